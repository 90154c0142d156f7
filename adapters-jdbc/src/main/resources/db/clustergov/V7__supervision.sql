-- clustergov schema, version 7: supervision (Art.24(1), Art.25–27, Art.29) — inspections with their
-- findings and rectification evidence, self-discipline measures and disciplinary actions, sanctions
-- with their grounds. Same conventions as V1: one script for H2 and PostgreSQL, ${idCollate} on id
-- columns, child rows keyed by position. A disciplinary action names a member unit by its id only:
-- the member register is another table's business.

CREATE TABLE inspection (
  id              VARCHAR(64) ${idCollate} NOT NULL,
  version         BIGINT        NOT NULL,
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  authority_id    VARCHAR(64) ${idCollate} NOT NULL,
  opened_on       DATE          NOT NULL,
  subject         VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_inspection PRIMARY KEY (id),
  CONSTRAINT fk_inspection_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_inspection_authority FOREIGN KEY (authority_id) REFERENCES authority (id)
);

CREATE INDEX ix_inspection_organization ON inspection (organization_id, id);

CREATE TABLE inspection_finding (
  inspection_id          VARCHAR(64) ${idCollate} NOT NULL,
  position               INTEGER       NOT NULL,
  noted_on               DATE          NOT NULL,
  clause                 VARCHAR(32)   NOT NULL,
  description            VARCHAR(4000) NOT NULL,
  rectify_by             DATE          NOT NULL,
  rectified_on           DATE,
  rectification          VARCHAR(4000),
  rectification_document VARCHAR(400),
  CONSTRAINT pk_inspection_finding PRIMARY KEY (inspection_id, position),
  CONSTRAINT fk_inspection_finding FOREIGN KEY (inspection_id) REFERENCES inspection (id)
);

CREATE TABLE sanction (
  id              VARCHAR(64) ${idCollate} NOT NULL,
  version         BIGINT        NOT NULL,
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  authority_id    VARCHAR(64) ${idCollate} NOT NULL,
  kind            VARCHAR(32)   NOT NULL,
  decided_on      DATE          NOT NULL,
  reason          VARCHAR(4000) NOT NULL,
  rectify_by      DATE,
  lifted_on       DATE,
  CONSTRAINT pk_sanction PRIMARY KEY (id),
  CONSTRAINT fk_sanction_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_sanction_authority FOREIGN KEY (authority_id) REFERENCES authority (id)
);

CREATE INDEX ix_sanction_organization ON sanction (organization_id, id);

CREATE TABLE sanction_ground (
  sanction_id VARCHAR(64) ${idCollate} NOT NULL,
  position    INTEGER     NOT NULL,
  clause      VARCHAR(32) NOT NULL,
  CONSTRAINT pk_sanction_ground PRIMARY KEY (sanction_id, position),
  CONSTRAINT fk_sanction_ground FOREIGN KEY (sanction_id) REFERENCES sanction (id)
);

CREATE TABLE self_discipline_measure (
  id              VARCHAR(64) ${idCollate} NOT NULL,
  version         BIGINT        NOT NULL,
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  kind            VARCHAR(32)   NOT NULL,
  title           VARCHAR(1000) NOT NULL,
  adopted_by      VARCHAR(64) ${idCollate} NOT NULL,
  adopted_on      DATE          NOT NULL,
  CONSTRAINT pk_self_discipline_measure PRIMARY KEY (id),
  CONSTRAINT fk_self_discipline_measure_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

CREATE INDEX ix_self_discipline_measure_organization ON self_discipline_measure (organization_id, id);

CREATE TABLE disciplinary_action (
  id              VARCHAR(64) ${idCollate} NOT NULL,
  version         BIGINT        NOT NULL,
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  member_id       VARCHAR(64) ${idCollate} NOT NULL,
  measure_id      VARCHAR(64) ${idCollate} NOT NULL,
  kind            VARCHAR(32)   NOT NULL,
  taken_on        DATE          NOT NULL,
  reason          VARCHAR(4000) NOT NULL,
  CONSTRAINT pk_disciplinary_action PRIMARY KEY (id),
  CONSTRAINT fk_disciplinary_action_organization FOREIGN KEY (organization_id) REFERENCES organization (id),
  CONSTRAINT fk_disciplinary_action_measure FOREIGN KEY (measure_id) REFERENCES self_discipline_measure (id)
);

CREATE INDEX ix_disciplinary_action_organization ON disciplinary_action (organization_id, id);
