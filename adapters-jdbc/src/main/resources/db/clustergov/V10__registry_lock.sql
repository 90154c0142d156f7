-- The registry's identities (a unified social credit code, a bank account, an evaluator, an authority's
-- jurisdiction, a live PO's name in its cluster) span POs: a command that decides on one of them holds
-- this one row FOR UPDATE for its whole unit of work, so two such commands run one after the other and
-- the second sees what the first wrote (issue 14, decision 0345).
CREATE TABLE registry_lock (
  name VARCHAR(20) PRIMARY KEY
);
INSERT INTO registry_lock (name) VALUES ('registry');

-- one PO per unified social credit code (Art.2) is decided by a lookup under that lock
CREATE INDEX ix_organization_credit_code ON organization (credit_code);
