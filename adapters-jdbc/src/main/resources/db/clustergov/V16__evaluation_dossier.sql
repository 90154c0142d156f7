-- The dossier as recorded at an evaluation's moment (decision 0505): kept beside the evaluation so that a verification
-- (复核) compares the registry's records with what the evaluation read, line by line, and tells a record changed by a
-- later command or entered late (back-dated) from one changed outside the commands. evaluation_dossier: the event log's
-- last sequence number when the evaluation read the dossier; evaluation_dossier_line: the lines of the dossier's
-- canonical text (Snapshot.entries), by position, each with its part and record. Evaluations recorded before this
-- migration have no row here: they are of the old form, verified by the records' dates alone. Part of the evaluation's
-- state hash (decision 0372), written in the unit of work that records the evaluation, before its event.
CREATE TABLE evaluation_dossier (
  evaluation_id    VARCHAR(64) ${idCollate} NOT NULL,
  recorded_through BIGINT      NOT NULL,
  CONSTRAINT pk_evaluation_dossier PRIMARY KEY (evaluation_id),
  CONSTRAINT fk_evaluation_dossier FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
);

CREATE TABLE evaluation_dossier_line (
  evaluation_id VARCHAR(64) ${idCollate} NOT NULL,
  position      INTEGER          NOT NULL,
  part          VARCHAR(64)      NOT NULL,
  record_key    VARCHAR(4000)    NOT NULL,
  line          VARCHAR(1000000) NOT NULL,
  CONSTRAINT pk_evaluation_dossier_line PRIMARY KEY (evaluation_id, position),
  CONSTRAINT fk_evaluation_dossier_line FOREIGN KEY (evaluation_id) REFERENCES evaluation_dossier (evaluation_id)
);
