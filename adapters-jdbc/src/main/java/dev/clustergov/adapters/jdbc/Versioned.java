package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.ConcurrencyConflict;
import java.util.function.Consumer;
import java.util.function.ToIntFunction;
import org.jdbi.v3.core.Handle;

/**
 * Optimistic concurrency (乐观并发) shared by the repositories: a new aggregate (version 0) is inserted
 * and an existing id refused; a stored one is updated only where its version is the one read
 * ({@code UPDATE … WHERE id = ? AND version = ?}). Either way a refusal reads the stored version and
 * names both in a {@link ConcurrencyConflict}.
 */
final class Versioned {
  private Versioned() {}

  private static final String SAVEPOINT = "clustergov_insert";

  static void save(Handle h, String aggregateType, String table, String id, long version,
      Consumer<Handle> insert, ToIntFunction<Handle> update) {
    if (version == 0) {
      // a savepoint, so that a racing insert of the same id leaves the transaction usable (PostgreSQL
      // aborts a transaction on any error) and the stored version can still be read for the conflict
      h.savepoint(SAVEPOINT);
      try {
        insert.accept(h);
      } catch (RuntimeException e) {
        if (!Transactions.isUniqueViolation(e)) {
          throw e;
        }
        h.rollbackToSavepoint(SAVEPOINT);
        throw new ConcurrencyConflict(aggregateType, id, 0, stored(h, table, id));
      }
      h.releaseSavepoint(SAVEPOINT);
    } else if (update.applyAsInt(h) == 0) {
      throw new ConcurrencyConflict(aggregateType, id, version, stored(h, table, id));
    }
  }

  /** The stored version, 0 when there is no such row. */
  static long stored(Handle h, String table, String id) {
    return h.createQuery("SELECT version FROM " + table + " WHERE id = :id")
        .bind("id", id)
        .mapTo(Long.class)
        .findOne()
        .orElse(0L);
  }
}
