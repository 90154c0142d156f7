-- clustergov schema, version 5: the PO's legal representative (法定代表人). Runs unchanged on H2 and
-- PostgreSQL (see V1). Both columns are null until one is named; a change of legal representative is a
-- major matter to disclose (Art.14), recorded as an event, so only the current one is kept here.

ALTER TABLE organization ADD COLUMN legal_representative_id VARCHAR(64) ${idCollate};
ALTER TABLE organization ADD COLUMN legal_representative_name VARCHAR(1000);
