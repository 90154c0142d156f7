-- A proposal sent with an Idempotency-Key: the key, a fingerprint of who sent what, and the PO it founded, written in
-- the proposal's unit of work, so the same proposal sent again under its key answers with that PO (issue 14).
CREATE TABLE proposal_key (
  idem_key        VARCHAR(200) NOT NULL,
  fingerprint     VARCHAR(64)  NOT NULL,
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  CONSTRAINT pk_proposal_key PRIMARY KEY (idem_key),
  CONSTRAINT fk_proposal_key_organization FOREIGN KEY (organization_id) REFERENCES organization (id)
);
