-- clustergov schema, version 9: incentive awards (Art.29) — what the PO's own authority granted for a
-- period, with the results it was measured by, each metric's formula and amount, the caps and the
-- policy pack versions, so an award can be recomputed and checked. Same conventions as V1: one script
-- for H2 and PostgreSQL, ${idCollate} on id columns, child rows keyed by position.

CREATE TABLE incentive_award (
  id                      VARCHAR(64) ${idCollate} NOT NULL,
  version                 BIGINT         NOT NULL,
  organization_id         VARCHAR(64) ${idCollate} NOT NULL,
  authority_id            VARCHAR(64) ${idCollate} NOT NULL,
  period_from             DATE           NOT NULL,
  period_to               DATE           NOT NULL,
  granted_on              DATE           NOT NULL,
  landed_investment       NUMERIC(20, 2) NOT NULL,
  technology_transactions NUMERIC(20, 2) NOT NULL,
  supply_contracts        NUMERIC(20, 2) NOT NULL,
  talent_leading          INTEGER        NOT NULL,
  talent_high_level       INTEGER        NOT NULL,
  talent_highly_skilled   INTEGER        NOT NULL,
  talent_general          INTEGER        NOT NULL,
  activities              INTEGER        NOT NULL,
  subtotal                NUMERIC(20, 2) NOT NULL,
  cap                     NUMERIC(20, 2) NOT NULL,
  amount                  NUMERIC(20, 2) NOT NULL,
  formula_zh              VARCHAR(2000)  NOT NULL,
  formula_en              VARCHAR(2000)  NOT NULL,
  policy_versions         VARCHAR(2000)  NOT NULL,
  CONSTRAINT pk_incentive_award PRIMARY KEY (id),
  CONSTRAINT fk_incentive_award_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_incentive_award_authority FOREIGN KEY (authority_id) REFERENCES authority (id)
);

CREATE INDEX ix_incentive_award_organization ON incentive_award (organization_id, period_from);

CREATE TABLE incentive_award_metric (
  award_id   VARCHAR(64) ${idCollate} NOT NULL,
  position   INTEGER        NOT NULL,
  metric     VARCHAR(32)    NOT NULL,
  base       VARCHAR(200)   NOT NULL,
  formula_zh VARCHAR(2000)  NOT NULL,
  formula_en VARCHAR(2000)  NOT NULL,
  computed   NUMERIC(20, 2) NOT NULL,
  cap        NUMERIC(20, 2),
  amount     NUMERIC(20, 2) NOT NULL,
  CONSTRAINT pk_incentive_award_metric PRIMARY KEY (award_id, position),
  CONSTRAINT fk_incentive_award_metric FOREIGN KEY (award_id) REFERENCES incentive_award (id)
);
