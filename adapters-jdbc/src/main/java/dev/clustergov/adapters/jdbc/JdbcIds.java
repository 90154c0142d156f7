package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.IdSource;
import dev.clustergov.core.kernel.Identifier;

/**
 * Identifiers drawn from the database (数据库标识来源): {@code kind-000042}, one counter per kind in
 * {@code id_counter}, incremented in the current unit of work (or a short transaction of its own),
 * so that several processes sharing one database never hand out the same id. Zero-padding to six
 * digits keeps ids in creation order for the first million of a kind.
 */
final class JdbcIds implements IdSource {
  private final Transactions tx;

  JdbcIds(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public String next(String kind) {
    // kind + '-' + at least six digits must still be an identifier (at most 64 characters)
    if (kind == null || kind.length() > 57 || !Identifier.wellFormed(kind)) {
      throw new IllegalArgumentException("not a usable id kind: " + kind);
    }
    long n = tx.inWriteTransaction(h -> {
      if (increment(h, kind) == 0) {
        // the first id of a kind: creating its counter happens under the lock of the row '*', so
        // that two processes never both insert it
        h.createQuery("SELECT last_value FROM id_counter WHERE kind = '*' FOR UPDATE").mapTo(Long.class).one();
        if (increment(h, kind) == 0) {
          h.createUpdate("INSERT INTO id_counter (kind, last_value) VALUES (:kind, 1)").bind("kind", kind).execute();
        }
      }
      return h.createQuery("SELECT last_value FROM id_counter WHERE kind = :kind").bind("kind", kind).mapTo(Long.class).one();
    });
    return String.format("%s-%06d", kind, n);
  }

  private static int increment(org.jdbi.v3.core.Handle h, String kind) {
    return h.createUpdate("UPDATE id_counter SET last_value = last_value + 1 WHERE kind = :kind").bind("kind", kind).execute();
  }
}
