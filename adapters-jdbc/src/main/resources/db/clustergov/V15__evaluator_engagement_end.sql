-- Engagements ended early (终止委托, Art.28 with Art.26; decision 0475): the authority that commissioned an engagement
-- ends it from a day, with a reason. One row per ended engagement, a child of the evaluator like its engagements,
-- replaced with them when it is saved; part of the evaluator's state hash (decision 0372). A table of its own rather
-- than columns of evaluator_engagement, so that an engagement never ended hashes as it did before this migration.
CREATE TABLE evaluator_engagement_end (
  evaluator_id VARCHAR(64) ${idCollate} NOT NULL,
  position     INTEGER       NOT NULL,
  ended_on     DATE          NOT NULL,
  ended_by     VARCHAR(64) ${idCollate} NOT NULL,
  reason       VARCHAR(2000) NOT NULL,
  CONSTRAINT pk_evaluator_engagement_end PRIMARY KEY (evaluator_id, position),
  CONSTRAINT fk_evaluator_engagement_end_engagement FOREIGN KEY (evaluator_id, position)
    REFERENCES evaluator_engagement (evaluator_id, position),
  CONSTRAINT fk_evaluator_engagement_end_authority FOREIGN KEY (ended_by) REFERENCES authority (id)
);
