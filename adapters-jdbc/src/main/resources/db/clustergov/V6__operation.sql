-- clustergov schema, version 6: operation (Chapter 4, Art.17–24) — member units, hard platforms, and
-- public service activities with their participants and Art.29 outcomes. Same conventions as V1–V5:
-- one script for H2 and PostgreSQL, ${idCollate} on id columns, flags as SMALLINT 0/1, money exact
-- at scale 2, child rows keyed by position so lists keep their order.

CREATE TABLE membership (
  id              VARCHAR(64) ${idCollate} NOT NULL,
  version         BIGINT        NOT NULL,
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  name            VARCHAR(1000) NOT NULL,
  credit_code     VARCHAR(18),
  kind            VARCHAR(32)   NOT NULL,
  joined_on       DATE          NOT NULL,
  left_on         DATE,
  CONSTRAINT pk_membership PRIMARY KEY (id),
  CONSTRAINT fk_membership_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE INDEX ix_membership_organization ON membership (organization_id, id);
-- Art.28: is a unit a member of any PO? looked up registry-wide by credit code
CREATE INDEX ix_membership_credit_code ON membership (credit_code, id);

CREATE TABLE platform (
  id                 VARCHAR(64) ${idCollate} NOT NULL,
  version            BIGINT        NOT NULL,
  organization_id    VARCHAR(64) ${idCollate} NOT NULL,
  name               VARCHAR(1000) NOT NULL,
  kind               VARCHAR(32)   NOT NULL,
  role               VARCHAR(32)   NOT NULL,
  operator           VARCHAR(1000) NOT NULL,
  opened_on          DATE          NOT NULL,
  open_to_all        SMALLINT      NOT NULL,
  restriction_reason VARCHAR(4000),
  CONSTRAINT pk_platform PRIMARY KEY (id),
  CONSTRAINT fk_platform_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE INDEX ix_platform_organization ON platform (organization_id, id);

-- the item served is (article, item number), e.g. (21, 3) for Art.21(3); the four Art.29 outcomes are
-- columns, talent by level, so totals over a period are one SUM away
CREATE TABLE service_activity (
  id                      VARCHAR(64) ${idCollate} NOT NULL,
  version                 BIGINT        NOT NULL,
  organization_id         VARCHAR(64) ${idCollate} NOT NULL,
  item_article            INTEGER       NOT NULL,
  item_number             INTEGER       NOT NULL,
  title                   VARCHAR(2000) NOT NULL,
  held_on                 DATE          NOT NULL,
  delivery                VARCHAR(32)   NOT NULL,
  open_to_all             SMALLINT      NOT NULL,
  closed_reason           VARCHAR(4000),
  landed_investment       NUMERIC(15, 2) NOT NULL,
  technology_transactions NUMERIC(15, 2) NOT NULL,
  supply_contracts        NUMERIC(15, 2) NOT NULL,
  talents_leading         INTEGER       NOT NULL,
  talents_high_level      INTEGER       NOT NULL,
  talents_highly_skilled  INTEGER       NOT NULL,
  talents_general         INTEGER       NOT NULL,
  CONSTRAINT pk_service_activity PRIMARY KEY (id),
  CONSTRAINT fk_service_activity_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

-- activities of a PO in a period (coverage, dossier) read this index in day order
CREATE INDEX ix_service_activity_organization_day ON service_activity (organization_id, held_on, id);

-- member participants are membership ids; the use case checks them, the row keeps what was recorded
CREATE TABLE activity_member (
  activity_id   VARCHAR(64) ${idCollate} NOT NULL,
  position      INTEGER     NOT NULL,
  membership_id VARCHAR(64) ${idCollate} NOT NULL,
  CONSTRAINT pk_activity_member PRIMARY KEY (activity_id, position),
  CONSTRAINT fk_activity_member FOREIGN KEY (activity_id) REFERENCES service_activity (id)
);

CREATE TABLE activity_outside (
  activity_id VARCHAR(64) ${idCollate} NOT NULL,
  position    INTEGER       NOT NULL,
  name        VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_activity_outside PRIMARY KEY (activity_id, position),
  CONSTRAINT fk_activity_outside FOREIGN KEY (activity_id) REFERENCES service_activity (id)
);
