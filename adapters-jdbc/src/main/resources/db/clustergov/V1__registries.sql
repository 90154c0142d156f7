-- clustergov schema, version 1: the registries, the PO aggregate with its child tables, policy
-- packs, the hash-chained event log and the id counters. One script for H2 (default mode) and
-- PostgreSQL; the only difference is ${idCollate}, set by JdbcClustergov: COLLATE "C" on
-- PostgreSQL (code-point order, as Java compares ids), empty on H2 (whose default order is already
-- Java's String order). Types are the ones both databases name alike in information_schema.

CREATE TABLE cluster (
  id          VARCHAR(64) ${idCollate} NOT NULL,
  version     BIGINT        NOT NULL,
  name        VARCHAR(1000) NOT NULL,
  region      VARCHAR(6)    NOT NULL,
  industry    VARCHAR(1000) NOT NULL,
  level       VARCHAR(32)   NOT NULL,
  enterprises INTEGER       NOT NULL,
  CONSTRAINT pk_cluster PRIMARY KEY (id)
);

CREATE TABLE authority (
  id           VARCHAR(64) ${idCollate} NOT NULL,
  version      BIGINT        NOT NULL,
  name         VARCHAR(1000) NOT NULL,
  jurisdiction VARCHAR(6)    NOT NULL,
  CONSTRAINT pk_authority PRIMARY KEY (id)
);

CREATE TABLE organization (
  id                 VARCHAR(64) ${idCollate} NOT NULL,
  version            BIGINT        NOT NULL,
  name               VARCHAR(1000) NOT NULL,
  cluster_id         VARCHAR(64) ${idCollate} NOT NULL,
  authority_id       VARCHAR(64) ${idCollate} NOT NULL,
  guiding_body       VARCHAR(1000),
  type_kind          VARCHAR(32),
  credit_code        VARCHAR(18),
  charter_adopted_on DATE,
  party_form         VARCHAR(32),
  party_name         VARCHAR(1000),
  party_set_up_on    DATE,
  office_address     VARCHAR(1000),
  registered_capital NUMERIC(15, 2) NOT NULL,
  bank_holder        VARCHAR(1000),
  bank_number        VARCHAR(100),
  bank_name          VARCHAR(1000),
  stage              VARCHAR(32)   NOT NULL,
  proposed_on        DATE          NOT NULL,
  established_on     DATE,
  recognised_on      DATE,
  stage_changed_on   DATE,
  CONSTRAINT pk_organization PRIMARY KEY (id),
  CONSTRAINT fk_organization_cluster FOREIGN KEY (cluster_id) REFERENCES cluster (id),
  CONSTRAINT fk_organization_authority FOREIGN KEY (authority_id) REFERENCES authority (id)
);

-- keyset listing by id under each filter, and countInCluster(cluster, stage)
CREATE INDEX ix_organization_cluster ON organization (cluster_id, id);
CREATE INDEX ix_organization_authority ON organization (authority_id, id);
CREATE INDEX ix_organization_stage ON organization (stage, id);
CREATE INDEX ix_organization_cluster_stage ON organization (cluster_id, stage);

-- child tables: keyed by (organization_id, position) so lists keep their order; each is read
-- with one query per page of organizations, never per row
CREATE TABLE organization_founder (
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  position        INTEGER       NOT NULL,
  name            VARCHAR(1000) NOT NULL,
  kind            VARCHAR(32)   NOT NULL,
  credit_code     VARCHAR(18),
  CONSTRAINT pk_organization_founder PRIMARY KEY (organization_id, position),
  CONSTRAINT fk_organization_founder FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE consortium_component (
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  position        INTEGER       NOT NULL,
  name            VARCHAR(1000) NOT NULL,
  kind            VARCHAR(32)   NOT NULL,
  CONSTRAINT pk_consortium_component PRIMARY KEY (organization_id, position),
  CONSTRAINT fk_consortium_component FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE charter_scope_item (
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  position        INTEGER       NOT NULL,
  item            VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_charter_scope_item PRIMARY KEY (organization_id, position),
  CONSTRAINT fk_charter_scope_item FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE charter_consent (
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  position        INTEGER       NOT NULL,
  founder_name    VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_charter_consent PRIMARY KEY (organization_id, position),
  CONSTRAINT fk_charter_consent FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE organization_equipment (
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  position        INTEGER       NOT NULL,
  item            VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_organization_equipment PRIMARY KEY (organization_id, position),
  CONSTRAINT fk_organization_equipment FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE organization_staff (
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  position        INTEGER       NOT NULL,
  person_id       VARCHAR(64)   NOT NULL,
  name            VARCHAR(1000) NOT NULL,
  category        VARCHAR(32)   NOT NULL,
  recruitment     VARCHAR(32)   NOT NULL,
  CONSTRAINT pk_organization_staff PRIMARY KEY (organization_id, position),
  CONSTRAINT fk_organization_staff FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE management_system (
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  position        INTEGER       NOT NULL,
  kind            VARCHAR(32)   NOT NULL,
  title           VARCHAR(1000) NOT NULL,
  adopted_on      DATE          NOT NULL,
  revision        INTEGER       NOT NULL,
  CONSTRAINT pk_management_system PRIMARY KEY (organization_id, position),
  CONSTRAINT fk_management_system FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE income_source (
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  kind            VARCHAR(32)   NOT NULL,
  CONSTRAINT pk_income_source PRIMARY KEY (organization_id, kind),
  CONSTRAINT fk_income_source FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE governance_body (
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  position        INTEGER       NOT NULL,
  body_id         VARCHAR(64)   NOT NULL,
  layer           VARCHAR(32)   NOT NULL,
  form            VARCHAR(32)   NOT NULL,
  name            VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_governance_body PRIMARY KEY (organization_id, position),
  CONSTRAINT fk_governance_body FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE TABLE body_seat (
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  body_position   INTEGER       NOT NULL,
  position        INTEGER       NOT NULL,
  person_id       VARCHAR(64)   NOT NULL,
  person_name     VARCHAR(1000) NOT NULL,
  role            VARCHAR(32)   NOT NULL,
  CONSTRAINT pk_body_seat PRIMARY KEY (organization_id, body_position, position),
  CONSTRAINT fk_body_seat FOREIGN KEY (organization_id, body_position) REFERENCES governance_body (organization_id, position)
);

CREATE TABLE seat_expert_field (
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  body_position   INTEGER     NOT NULL,
  seat_position   INTEGER     NOT NULL,
  field           VARCHAR(32) NOT NULL,
  CONSTRAINT pk_seat_expert_field PRIMARY KEY (organization_id, body_position, seat_position, field),
  CONSTRAINT fk_seat_expert_field FOREIGN KEY (organization_id, body_position, seat_position)
    REFERENCES body_seat (organization_id, body_position, position)
);

CREATE TABLE policy_pack (
  jurisdiction   VARCHAR(6)   NOT NULL,
  version        INTEGER      NOT NULL,
  effective_from DATE         NOT NULL,
  title_zh       VARCHAR(1000) NOT NULL,
  title_en       VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_policy_pack PRIMARY KEY (jurisdiction, version)
);

CREATE TABLE policy_value (
  jurisdiction VARCHAR(6)    NOT NULL,
  version      INTEGER       NOT NULL,
  param_key    VARCHAR(200)  NOT NULL,
  param_value  VARCHAR(4000) NOT NULL,
  CONSTRAINT pk_policy_value PRIMARY KEY (jurisdiction, version, param_key),
  CONSTRAINT fk_policy_value FOREIGN KEY (jurisdiction, version) REFERENCES policy_pack (jurisdiction, version)
);

-- the event log: seq is gap-free from 1 because it is allocated under the lock of event_head's one
-- row, in the transaction of the state change; hash = SHA-256(prev_hash, seq, payload), hex
CREATE TABLE event_log (
  seq       BIGINT           NOT NULL,
  payload   VARCHAR(1000000) NOT NULL,
  prev_hash VARCHAR(64)      NOT NULL,
  hash      VARCHAR(64)      NOT NULL,
  CONSTRAINT pk_event_log PRIMARY KEY (seq)
);

CREATE TABLE event_head (
  id        INTEGER     NOT NULL,
  last_seq  BIGINT      NOT NULL,
  last_hash VARCHAR(64) NOT NULL,
  CONSTRAINT pk_event_head PRIMARY KEY (id)
);

INSERT INTO event_head (id, last_seq, last_hash)
VALUES (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- identifiers drawn from the database: one counter per kind; the row '*' is the lock taken to
-- create a kind's counter, so that instances sharing one database never collide
CREATE TABLE id_counter (
  kind       VARCHAR(64) NOT NULL,
  last_value BIGINT      NOT NULL,
  CONSTRAINT pk_id_counter PRIMARY KEY (kind)
);

INSERT INTO id_counter (kind, last_value) VALUES ('*', 0);
