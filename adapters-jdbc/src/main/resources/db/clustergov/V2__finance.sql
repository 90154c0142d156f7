-- clustergov schema, version 2: Chapter 3, Art.9–13. Runs unchanged on H2 and PostgreSQL (see V1).
-- Flags are SMALLINT 0/1, not BOOLEAN: PostgreSQL's driver reports BOOLEAN as BIT, H2 as BOOLEAN,
-- and the two schemas must read alike.

-- Art.12: founders may record their own account number; the PO's and the founders' numbers are
-- looked up registry-wide by number, so both are indexed
ALTER TABLE organization_founder ADD COLUMN bank_number VARCHAR(100);
CREATE INDEX ix_organization_bank_number ON organization (bank_number);
CREATE INDEX ix_organization_founder_bank_number ON organization_founder (bank_number);

-- Art.13: the terms of a hire (all null for staff declared at founding)
ALTER TABLE organization_staff ADD COLUMN hired_on DATE;
ALTER TABLE organization_staff ADD COLUMN monthly_salary NUMERIC(15, 2);
ALTER TABLE organization_staff ADD COLUMN market_benchmark NUMERIC(15, 2);

-- Art.11: fee schedules, their editions, items and tiers (one aggregate, versioned)
CREATE TABLE fee_schedule (
  id              VARCHAR(64) ${idCollate} NOT NULL,
  version         BIGINT        NOT NULL,
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  kind            VARCHAR(32)   NOT NULL,
  title           VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_fee_schedule PRIMARY KEY (id),
  CONSTRAINT fk_fee_schedule_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE INDEX ix_fee_schedule_organization ON fee_schedule (organization_id, id);

CREATE TABLE fee_edition (
  schedule_id  VARCHAR(64) ${idCollate} NOT NULL,
  number       INTEGER       NOT NULL,
  published_on DATE          NOT NULL,
  channel      VARCHAR(2000) NOT NULL,
  recorded_on  DATE          NOT NULL,
  CONSTRAINT pk_fee_edition PRIMARY KEY (schedule_id, number),
  CONSTRAINT fk_fee_edition FOREIGN KEY (schedule_id) REFERENCES fee_schedule (id)
);

CREATE TABLE fee_item (
  schedule_id VARCHAR(64) ${idCollate} NOT NULL,
  edition     INTEGER        NOT NULL,
  position    INTEGER        NOT NULL,
  code        VARCHAR(256)   NOT NULL,
  name        VARCHAR(1000)  NOT NULL,
  pricing     VARCHAR(16)    NOT NULL,
  amount      NUMERIC(15, 2),
  min_amount  NUMERIC(15, 2),
  max_amount  NUMERIC(15, 2),
  CONSTRAINT pk_fee_item PRIMARY KEY (schedule_id, edition, position),
  CONSTRAINT fk_fee_item FOREIGN KEY (schedule_id, edition) REFERENCES fee_edition (schedule_id, number)
);

CREATE TABLE fee_tier (
  schedule_id   VARCHAR(64) ${idCollate} NOT NULL,
  edition       INTEGER        NOT NULL,
  item_position INTEGER        NOT NULL,
  position      INTEGER        NOT NULL,
  label         VARCHAR(400)   NOT NULL,
  amount        NUMERIC(15, 2) NOT NULL,
  CONSTRAINT pk_fee_tier PRIMARY KEY (schedule_id, edition, item_position, position),
  CONSTRAINT fk_fee_tier FOREIGN KEY (schedule_id, edition, item_position) REFERENCES fee_item (schedule_id, edition, position)
);

-- Art.10–11: the ledger, append-only; read per PO over a period of dates
CREATE TABLE income_entry (
  id              VARCHAR(64) ${idCollate} NOT NULL,
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  kind            VARCHAR(32)    NOT NULL,
  amount          NUMERIC(15, 2) NOT NULL,
  received_on     DATE           NOT NULL,
  payer           VARCHAR(1000)  NOT NULL,
  schedule_id     VARCHAR(64) ${idCollate},
  edition         INTEGER,
  item_code       VARCHAR(256),
  tier            VARCHAR(400),
  recorded_on     DATE           NOT NULL,
  CONSTRAINT pk_income_entry PRIMARY KEY (id),
  CONSTRAINT fk_income_entry_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_income_entry_edition FOREIGN KEY (schedule_id, edition) REFERENCES fee_edition (schedule_id, number)
);

CREATE INDEX ix_income_entry_organization_date ON income_entry (organization_id, received_on, id);

CREATE TABLE expenditure (
  id                VARCHAR(64) ${idCollate} NOT NULL,
  organization_id   VARCHAR(64) ${idCollate} NOT NULL,
  amount            NUMERIC(15, 2) NOT NULL,
  paid_on           DATE           NOT NULL,
  payee             VARCHAR(1000)  NOT NULL,
  payee_reference   VARCHAR(256),
  relation          VARCHAR(32)    NOT NULL,
  declared_relation VARCHAR(32)    NOT NULL,
  payee_on_staff    SMALLINT       NOT NULL,
  purpose           VARCHAR(2000)  NOT NULL,
  payroll           SMALLINT       NOT NULL,
  fee_funded        SMALLINT       NOT NULL,
  scope_item        VARCHAR(1000),
  recorded_on       DATE           NOT NULL,
  CONSTRAINT pk_expenditure PRIMARY KEY (id),
  CONSTRAINT fk_expenditure_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE INDEX ix_expenditure_organization_date ON expenditure (organization_id, paid_on, id);
