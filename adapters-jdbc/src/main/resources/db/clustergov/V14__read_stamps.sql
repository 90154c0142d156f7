-- Read stamps (issue 16, decision 0420): what a reader compares to know that nothing it derived from a PO changed.
-- organization_stamp: the sequence number of the last event about the PO's own parts (its disputes, ledger,
-- activities, …), written in the unit of work of the event. event_head.registry_stamp: a counter advanced by every
-- unit of work that changes what more than one PO reads — a PO's own row (its stage, bank account, founders: read by
-- other POs' dossiers), a cluster, an authority, a policy pack, an evaluator — and by every write without an event.
ALTER TABLE event_head ADD COLUMN registry_stamp BIGINT DEFAULT 0 NOT NULL;

CREATE TABLE organization_stamp (
  organization_id VARCHAR(64) ${idCollate} NOT NULL,
  stamp           BIGINT      NOT NULL,
  CONSTRAINT pk_organization_stamp PRIMARY KEY (organization_id)
);
