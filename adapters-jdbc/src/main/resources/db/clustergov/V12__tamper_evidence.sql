-- Tamper evidence (issue 15, decision 0372). state_hash: SHA-256 of the canonical text of the event's aggregate as
-- stored right after the event was appended (its row and child rows); NULL for events before V12 and for aggregates
-- the adapter does not hash (see AggregateStates). When present it is part of the entry's chain hash.
ALTER TABLE event_log ADD COLUMN state_hash VARCHAR(64);

-- Signed checkpoints of the chain head: Ed25519 over "clustergov-checkpoint\n" seq "\n" hash, by a key kept outside
-- the database; the public key's SHA-256 names which key signed.
CREATE TABLE chain_checkpoint (
  seq        BIGINT       NOT NULL,
  hash       VARCHAR(64)  NOT NULL,
  key_id     VARCHAR(64)  NOT NULL,
  signature  VARCHAR(200) NOT NULL,
  CONSTRAINT pk_chain_checkpoint PRIMARY KEY (seq)
);
