-- A creating request sent with an Idempotency-Key (幂等键, decision 0540): the key, a fingerprint of who asked what
-- under it, and the answer given, taken and kept in the unit of work of the request's own writes, so the same request
-- sent again under its key gets that answer and writes nothing a second time. The primary key is what makes two racing
-- requests under one key, on one server or several on one database, run once: the second waits for the first's
-- transaction and finds its key. The answer is null only inside the unit of work that took the key.
CREATE TABLE answer_key (
  idem_key    VARCHAR(200)     NOT NULL,
  fingerprint VARCHAR(64)      NOT NULL,
  answer      VARCHAR(1000000),
  kept_at     TIMESTAMP        NOT NULL,
  CONSTRAINT pk_answer_key PRIMARY KEY (idem_key)
);
