-- clustergov schema, version 8: third-party evaluation (Art.28) — the evaluator registry with its
-- declared ties, and recorded evaluations with their indicator scores as child rows, the policy pack
-- versions as child rows and the explanation as one canonical text column (ADR 0270). Same conventions
-- as V1–V6: one script for H2 and PostgreSQL, ${idCollate} on id columns, exact decimals, child rows
-- keyed by position so lists keep their order.

CREATE TABLE evaluator (
  id                   VARCHAR(64) ${idCollate} NOT NULL,
  version              BIGINT        NOT NULL,
  name                 VARCHAR(1000) NOT NULL,
  credit_code          VARCHAR(18)   NOT NULL,
  registered_by        VARCHAR(64) ${idCollate} NOT NULL,
  registered_on        DATE          NOT NULL,
  affiliated_authority VARCHAR(64) ${idCollate},
  CONSTRAINT pk_evaluator PRIMARY KEY (id),
  -- the registry holds a unit once (guard A28-evaluator-once); the index also serves the lookup by code
  CONSTRAINT uq_evaluator_credit_code UNIQUE (credit_code)
);

CREATE TABLE evaluator_tie (
  evaluator_id    VARCHAR(64) ${idCollate} NOT NULL,
  position        INTEGER       NOT NULL,
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  nature          VARCHAR(1000) NOT NULL,
  tie_from        DATE          NOT NULL,
  tie_until       DATE,
  CONSTRAINT pk_evaluator_tie PRIMARY KEY (evaluator_id, position),
  CONSTRAINT fk_evaluator_tie_evaluator FOREIGN KEY (evaluator_id) REFERENCES evaluator (id),
  CONSTRAINT fk_evaluator_tie_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

-- trace: the explanation in Explanation.format()'s canonical text, NULL when none was recorded
CREATE TABLE evaluation (
  id              VARCHAR(64) ${idCollate} NOT NULL,
  version         BIGINT        NOT NULL,
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  evaluator_id    VARCHAR(64) ${idCollate} NOT NULL,
  evaluated_on    DATE          NOT NULL,
  valid_until     DATE          NOT NULL,
  total_percent   NUMERIC(5, 2) NOT NULL,
  rating          VARCHAR(16)   NOT NULL,
  dossier_hash    VARCHAR(64)   NOT NULL,
  trace           VARCHAR(1000000),
  CONSTRAINT pk_evaluation PRIMARY KEY (id),
  CONSTRAINT fk_evaluation_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_evaluation_evaluator FOREIGN KEY (evaluator_id) REFERENCES evaluator (id)
);

CREATE INDEX ix_evaluation_organization ON evaluation (organization_id, evaluated_on, id);

CREATE TABLE evaluation_policy (
  evaluation_id VARCHAR(64) ${idCollate} NOT NULL,
  position      INTEGER      NOT NULL,
  source        VARCHAR(200) NOT NULL,
  CONSTRAINT pk_evaluation_policy PRIMARY KEY (evaluation_id, position),
  CONSTRAINT fk_evaluation_policy FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
);

CREATE TABLE evaluation_score (
  evaluation_id     VARCHAR(64) ${idCollate} NOT NULL,
  position          INTEGER        NOT NULL,
  indicator         VARCHAR(16)    NOT NULL,
  dimension         VARCHAR(16)    NOT NULL,
  source            VARCHAR(32)    NOT NULL,
  weight            INTEGER        NOT NULL,
  measured          NUMERIC(20, 2) NOT NULL,
  target            NUMERIC(20, 2) NOT NULL,
  score_percent     NUMERIC(5, 2)  NOT NULL,
  threshold_percent NUMERIC(5, 2)  NOT NULL,
  CONSTRAINT pk_evaluation_score PRIMARY KEY (evaluation_id, position),
  CONSTRAINT fk_evaluation_score FOREIGN KEY (evaluation_id) REFERENCES evaluation (id)
);
