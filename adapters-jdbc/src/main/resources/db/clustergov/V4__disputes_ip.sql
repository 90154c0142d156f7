-- clustergov schema, version 4: internal disputes (Art.15) and IP management agreements (Art.16).
-- Same conventions as V1: one script for H2 and PostgreSQL, ${idCollate} on id columns, child rows
-- keyed by position so lists keep their order. A dispute's state is not stored: it is what its steps
-- add up to, so no row can claim a state its history does not support.

CREATE TABLE dispute (
  id              VARCHAR(64) ${idCollate} NOT NULL,
  version         BIGINT        NOT NULL,
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  subject         VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_dispute PRIMARY KEY (id),
  CONSTRAINT fk_dispute_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE INDEX ix_dispute_organization ON dispute (organization_id, id);

CREATE TABLE dispute_party (
  dispute_id VARCHAR(64) ${idCollate} NOT NULL,
  position   INTEGER       NOT NULL,
  name       VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_dispute_party PRIMARY KEY (dispute_id, position),
  CONSTRAINT fk_dispute_party FOREIGN KEY (dispute_id) REFERENCES dispute (id)
);

CREATE TABLE dispute_step (
  dispute_id VARCHAR(64) ${idCollate} NOT NULL,
  position   INTEGER       NOT NULL,
  kind       VARCHAR(32)   NOT NULL,
  on_date    DATE          NOT NULL,
  actor      VARCHAR(1000) NOT NULL,
  capacity   VARCHAR(32)   NOT NULL,
  route      VARCHAR(32),
  note       VARCHAR(4000),
  CONSTRAINT pk_dispute_step PRIMARY KEY (dispute_id, position),
  CONSTRAINT fk_dispute_step FOREIGN KEY (dispute_id) REFERENCES dispute (id)
);

CREATE TABLE ip_agreement (
  id              VARCHAR(64) ${idCollate} NOT NULL,
  version         BIGINT        NOT NULL,
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  title           VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_ip_agreement PRIMARY KEY (id),
  CONSTRAINT fk_ip_agreement_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE INDEX ix_ip_agreement_organization ON ip_agreement (organization_id, id);

-- one row per revision of the terms; the children below hang off (agreement_id, revision)
CREATE TABLE ip_revision (
  agreement_id VARCHAR(64) ${idCollate} NOT NULL,
  revision     INTEGER NOT NULL,
  proposed_on  DATE    NOT NULL,
  CONSTRAINT pk_ip_revision PRIMARY KEY (agreement_id, revision),
  CONSTRAINT fk_ip_revision FOREIGN KEY (agreement_id) REFERENCES ip_agreement (id)
);

CREATE TABLE ip_party (
  agreement_id VARCHAR(64) ${idCollate} NOT NULL,
  revision     INTEGER       NOT NULL,
  position     INTEGER       NOT NULL,
  name         VARCHAR(1000) NOT NULL,
  kind         VARCHAR(32)   NOT NULL,
  CONSTRAINT pk_ip_party PRIMARY KEY (agreement_id, revision, position),
  CONSTRAINT fk_ip_party FOREIGN KEY (agreement_id, revision) REFERENCES ip_revision (agreement_id, revision)
);

CREATE TABLE ip_duty (
  agreement_id VARCHAR(64) ${idCollate} NOT NULL,
  revision     INTEGER       NOT NULL,
  activity     VARCHAR(32)   NOT NULL,
  position     INTEGER       NOT NULL,
  party_name   VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_ip_duty PRIMARY KEY (agreement_id, revision, activity, position),
  CONSTRAINT fk_ip_duty FOREIGN KEY (agreement_id, revision) REFERENCES ip_revision (agreement_id, revision)
);

-- an ownership clause with no owner keeps one row with a null owner, so the clause is not lost
CREATE TABLE ip_ownership (
  agreement_id   VARCHAR(64) ${idCollate} NOT NULL,
  revision       INTEGER       NOT NULL,
  position       INTEGER       NOT NULL,
  owner_position INTEGER       NOT NULL,
  results        VARCHAR(1000) NOT NULL,
  owner_name     VARCHAR(1000),
  CONSTRAINT pk_ip_ownership PRIMARY KEY (agreement_id, revision, position, owner_position),
  CONSTRAINT fk_ip_ownership FOREIGN KEY (agreement_id, revision) REFERENCES ip_revision (agreement_id, revision)
);

CREATE TABLE ip_use_right (
  agreement_id VARCHAR(64) ${idCollate} NOT NULL,
  revision     INTEGER       NOT NULL,
  position     INTEGER       NOT NULL,
  holder       VARCHAR(1000) NOT NULL,
  scope        VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_ip_use_right PRIMARY KEY (agreement_id, revision, position),
  CONSTRAINT fk_ip_use_right FOREIGN KEY (agreement_id, revision) REFERENCES ip_revision (agreement_id, revision)
);

-- benefit shares are exact percentages, scale 4 (33.3333); a share is never rounded
CREATE TABLE ip_share (
  agreement_id VARCHAR(64) ${idCollate} NOT NULL,
  revision     INTEGER       NOT NULL,
  position     INTEGER       NOT NULL,
  party_name   VARCHAR(1000) NOT NULL,
  percent      NUMERIC(7, 4) NOT NULL,
  CONSTRAINT pk_ip_share PRIMARY KEY (agreement_id, revision, position),
  CONSTRAINT fk_ip_share FOREIGN KEY (agreement_id, revision) REFERENCES ip_revision (agreement_id, revision)
);

CREATE TABLE ip_signature (
  agreement_id VARCHAR(64) ${idCollate} NOT NULL,
  revision     INTEGER       NOT NULL,
  position     INTEGER       NOT NULL,
  party_name   VARCHAR(1000) NOT NULL,
  signatory    VARCHAR(1000) NOT NULL,
  signed_on    DATE          NOT NULL,
  CONSTRAINT pk_ip_signature PRIMARY KEY (agreement_id, revision, position),
  CONSTRAINT fk_ip_signature FOREIGN KEY (agreement_id, revision) REFERENCES ip_revision (agreement_id, revision)
);
