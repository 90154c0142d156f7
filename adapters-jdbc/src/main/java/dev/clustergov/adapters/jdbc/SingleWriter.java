package dev.clustergov.adapters.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.jdbi.v3.core.statement.StatementContext;
import org.jdbi.v3.core.statement.StatementCustomizer;

/**
 * One writing transaction at a time on an H2 database kept in a file (单写者锁), per database and JVM.
 *
 * <p>H2 2.x (MVStore) writes its store to the file at every commit when {@code WRITE_DELAY=0}, from the
 * committing thread, while other transactions go on changing the same maps. After a {@code kill -9}, a
 * store written while another transaction was between its undo-log record and its table and index
 * entries, or in the middle of committing, can come back torn: a transaction that never committed
 * keeps some rows (a PO one version on with no event for it), or a table's index names a row its data
 * map does not have (H2 then times out every read of it: {@code Row "424" not found in primary index}).
 * A bare H2 program with eight writing threads showed it in 4 of 35 kills; with the writes taken one
 * at a time, in none of 50 (decision 0302). So the adapter runs a unit of work holding this lock from its first
 * writing statement to its end (decision 0481), and any write outside one holding it throughout; readers are not held.
 *
 * <p>The lock is the JVM's: it covers the processes' own writes through this adapter, not other
 * writers to the same file (H2's server mode, a host's own statements on the same database).
 */
final class SingleWriter {

  /** Statements that write, or lock rows to write them. */
  private static final Pattern WRITES = Pattern.compile("^\\s*(INSERT|UPDATE|DELETE|MERGE)\\b|\\bFOR\\s+UPDATE\\b",
      Pattern.CASE_INSENSITIVE);

  private static final ConcurrentHashMap<String, ReentrantLock> LOCKS = new ConcurrentHashMap<>();

  private SingleWriter() {}

  /**
   * The lock of the database behind {@code ds} when it is H2 kept in a file (or in an H2 server), empty for
   * H2 in memory and for PostgreSQL, whose commits survive a crash whole.
   */
  static Optional<ReentrantLock> of(DataSource ds) {
    String url;
    try (Connection c = ds.getConnection()) {
      if (!c.getMetaData().getDatabaseProductName().equalsIgnoreCase("H2")) {
        return Optional.empty();
      }
      url = c.getMetaData().getURL();
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the database", e);
    }
    return database(url).map(key -> LOCKS.computeIfAbsent(key, k -> new ReentrantLock(true)));
  }

  /** {@code jdbc:h2:file:/x/db;WRITE_DELAY=0} → {@code jdbc:h2:file:/x/db}; empty for {@code jdbc:h2:mem:…}. */
  static Optional<String> database(String url) {
    String bare = url.split(";", 2)[0];
    if (bare.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:mem:")) {
      return Optional.empty();
    }
    return Optional.of(bare);
  }

  /**
   * Before a writing statement: when the thread does not hold {@code lock}, takes it if {@code takes} says the thread
   * runs a unit of work (which releases it when it ends: decision 0481), waiting for it at most {@code waitMs}
   * (decision 0520), and otherwise refuses the statement — a write that escaped the lock would bring back the risk the
   * lock exists for, so it fails where it happens, loudly.
   */
  static StatementCustomizer guard(ReentrantLock lock, java.util.function.BooleanSupplier takes, java.util.function.LongSupplier waitMs) {
    return new StatementCustomizer() {
      @Override
      public void beforeExecution(PreparedStatement stmt, StatementContext ctx) {
        if (!lock.isHeldByCurrentThread() && WRITES.matcher(ctx.getRenderedSql()).find()) {
          if (takes.getAsBoolean()) {
            take(lock, waitMs.getAsLong());
            return;
          }
          throw new IllegalStateException("a write to H2 in a file outside the adapter's single-writer lock (decision 0302): "
              + ctx.getRenderedSql());
        }
      }
    };
  }

  /**
   * Takes {@code lock}, waiting at most {@code waitMs} (decision 0520): a unit of work that cannot have it in that time —
   * another holds it through a long write — is refused with {@link WriterBusy} before it writes anything, instead of
   * waiting without bound behind it. An interrupted wait (the server stopping) is refused the same way, the flag kept.
   */
  static void take(ReentrantLock lock, long waitMs) {
    try {
      if (!lock.tryLock(waitMs, java.util.concurrent.TimeUnit.MILLISECONDS)) {
        throw new WriterBusy(waitMs);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new WriterBusy(waitMs);
    }
  }
}
