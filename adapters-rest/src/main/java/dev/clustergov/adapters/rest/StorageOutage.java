package dev.clustergov.adapters.rest;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.Optional;

/**
 * The database out of reach (数据库不可用) — a fault of the surroundings, not of the server: no connection
 * to be had within the pool's timeout, a connection refused or broken, the database shutting down or
 * starting up. Such a request is answered 503 with {@code Retry-After}, so that a client or a load
 * balancer tries again; everything else unexpected stays a 500 (decision 0300).
 */
final class StorageOutage {

  /** Seconds a client should wait before trying again; the pool gives up on a connection after 2 s. */
  static final int RETRY_AFTER_SECONDS = 2;

  private StorageOutage() {}

  /**
   * The database-side cause of {@code failure} when it is the database being out of reach: a
   * {@link SQLTransientConnectionException} (HikariCP: no connection within the timeout), a
   * {@link SQLNonTransientConnectionException}, SQLSTATE class 08 (connection exception) or 57P01–57P03
   * (PostgreSQL: terminated by an administrator, crash shutdown, cannot connect now), anywhere in the
   * chain of causes. Jdbi wraps each of these once or twice; the wrapping does not matter.
   */
  static Optional<SQLException> of(Throwable failure) {
    int depth = 0;
    for (Throwable c = failure; c != null && depth < 32; c = c.getCause(), depth++) {
      if (c instanceof SQLException s && (outage(s) || diskFull(s))) {
        return Optional.of(s);
      }
    }
    return Optional.empty();
  }

  /**
   * The disk under the database is full ({@code ENOSPC}, or the user's quota: {@code EDQUOT}) somewhere in the chain of
   * causes: H2 says so as a general error (50000) around the file system's {@link java.io.IOException}, and closes its
   * database. A fault of the surroundings that passes once the disk has room again ({@code Storage.ClosedH2} reopens the
   * database), so a 503, not a 500.
   */
  static boolean diskFull(Throwable failure) {
    int depth = 0;
    for (Throwable c = failure; c != null && depth < 32; c = c.getCause(), depth++) {
      if (c instanceof java.io.IOException io && io.getMessage() != null
          && (io.getMessage().contains("No space left on device") || io.getMessage().contains("Disk quota exceeded"))) {
        return true;
      }
    }
    return false;
  }

  /**
   * The single writer's lock not had within the wait (H2 in a file, decision 0520), anywhere in the chain of causes: the
   * database is there but busy with another unit of work's writes; this one wrote nothing.
   */
  static Optional<dev.clustergov.adapters.jdbc.WriterBusy> writerBusy(Throwable failure) {
    int depth = 0;
    for (Throwable c = failure; c != null && depth < 32; c = c.getCause(), depth++) {
      if (c instanceof dev.clustergov.adapters.jdbc.WriterBusy b) {
        return Optional.of(b);
      }
    }
    return Optional.empty();
  }

  private static boolean outage(SQLException s) {
    if (s instanceof SQLTransientConnectionException || s instanceof SQLNonTransientConnectionException) {
      return true;
    }
    String state = s.getSQLState();
    return state != null && (state.startsWith("08") || state.equals("57P01") || state.equals("57P02") || state.equals("57P03"));
  }
}
