-- Engagements of third-party evaluators (委托评价, Art.28; decision 0380): the PO's own supervising authority engages a
-- registered evaluator to evaluate one PO from a day until a day, both included. Child rows of the evaluator, replaced
-- with its ties when it is saved; part of the evaluator's state hash (decision 0372).
CREATE TABLE evaluator_engagement (
  evaluator_id    VARCHAR(64) ${idCollate} NOT NULL,
  position        INTEGER       NOT NULL,
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  engaged_by      VARCHAR(64) ${idCollate} NOT NULL,
  engaged_from    DATE          NOT NULL,
  engaged_until   DATE          NOT NULL,
  CONSTRAINT pk_evaluator_engagement PRIMARY KEY (evaluator_id, position),
  CONSTRAINT fk_evaluator_engagement_evaluator FOREIGN KEY (evaluator_id) REFERENCES evaluator (id),
  CONSTRAINT fk_evaluator_engagement_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_evaluator_engagement_authority FOREIGN KEY (engaged_by) REFERENCES authority (id),
  CONSTRAINT ck_evaluator_engagement_period CHECK (engaged_until >= engaged_from)
);

CREATE INDEX ix_evaluator_engagement_organization ON evaluator_engagement (organization_id);
