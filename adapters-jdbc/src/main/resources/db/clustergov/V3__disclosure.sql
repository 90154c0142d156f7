-- clustergov schema, version 3: information disclosure (Art.14). Disclosures and major-matter
-- obligations are their own aggregates; annual-report obligations are computed, not stored.
-- Each row names its PO (foreign key); the two aggregates refer to each other by id only
-- (disclosure.obligation_id, disclosure_obligation.fulfilled_by), as aggregates do; the use case
-- checks those references when it writes. Same script on H2 and PostgreSQL (see V1).

CREATE TABLE disclosure (
  id                VARCHAR(64) ${idCollate} NOT NULL,
  version           BIGINT        NOT NULL,
  organization_id   VARCHAR(64) ${idCollate} NOT NULL,
  kind              VARCHAR(32)   NOT NULL,
  report_year       INTEGER,
  obligation_id     VARCHAR(64) ${idCollate},
  published_on      DATE          NOT NULL,
  channel_kind      VARCHAR(32)   NOT NULL,
  channel_reference VARCHAR(1000) NOT NULL,
  title             VARCHAR(1000) NOT NULL,
  CONSTRAINT pk_disclosure PRIMARY KEY (id),
  CONSTRAINT fk_disclosure_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

-- a PO's disclosures by publication day (public page, dossier); an authority's annual reports by
-- kind, joined to its POs through ix_organization_authority
CREATE INDEX ix_disclosure_organization ON disclosure (organization_id, published_on, id);
CREATE INDEX ix_disclosure_organization_kind ON disclosure (organization_id, kind);

CREATE TABLE disclosure_obligation (
  id              VARCHAR(64) ${idCollate} NOT NULL,
  version         BIGINT       NOT NULL,
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  matter          VARCHAR(100) NOT NULL,
  event_seq       BIGINT       NOT NULL,
  arisen_on       DATE         NOT NULL,
  due_on          DATE         NOT NULL,
  fulfilled_by    VARCHAR(64) ${idCollate},
  fulfilled_on    DATE,
  CONSTRAINT pk_disclosure_obligation PRIMARY KEY (id),
  CONSTRAINT fk_disclosure_obligation_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);

-- a PO's obligations by the day they arose (dossier)
CREATE INDEX ix_disclosure_obligation_organization ON disclosure_obligation (organization_id, arisen_on, id);
-- what an authority's POs owe on a day: organization (authority_id, id) → here by PO, then open
-- (fulfilled_on null or later) and arisen by the day, without reading the fulfilled history
CREATE INDEX ix_disclosure_obligation_open ON disclosure_obligation (organization_id, fulfilled_on, arisen_on, due_on);
