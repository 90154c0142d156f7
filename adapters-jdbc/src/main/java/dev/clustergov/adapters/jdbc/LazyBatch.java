package dev.clustergov.adapters.jdbc;

import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/** A batch of child rows, prepared on its first row and not sent when it has none (one statement per table). */
final class LazyBatch {
  private final Handle h;
  private final String sql;
  private PreparedBatch batch;

  LazyBatch(Handle h, String sql) {
    this.h = h;
    this.sql = sql;
  }

  PreparedBatch row() {
    if (batch == null) {
      batch = h.prepareBatch(sql);
    }
    return batch;
  }

  void execute() {
    if (batch != null) {
      batch.execute();
    }
  }
}
