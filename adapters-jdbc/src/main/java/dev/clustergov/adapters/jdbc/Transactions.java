package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.UnitOfWork;
import io.vavr.control.Either;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The unit of work over JDBC (事务): the handle of the running unit of work is kept per thread, so
 * every repository and the event log called inside {@link #run} write through the same transaction;
 * outside one, each call runs in a short transaction of its own. A {@code run} inside a {@code run}
 * joins the outer one, whose outcome decides. On H2 in a file, a unit of work holds the database's
 * {@link SingleWriter} lock from its first writing statement until its connection is returned (decision 0481),
 * and a write outside one from before the connection is borrowed until it is returned (decision 0302).
 *
 * <p>{@link #read} runs reads in one read-only transaction over a snapshot (REPEATABLE READ on PostgreSQL, SNAPSHOT
 * on H2), joined by every repository's read on the thread (decision 0420). When the adapter keeps read stamps, a
 * unit of work or a write outside one that commits without appending an event advances the registry's stamp, so
 * that no reader keeps an answer a write made stale, whatever wrote.
 */
final class Transactions implements UnitOfWork {
  private final Jdbi jdbi;
  /** The pool behind {@link #jdbi}, for {@link #readPlain}: null when the unit of work was made from a Jdbi alone. */
  private final javax.sql.DataSource dataSource;
  private final ReentrantLock writer;
  private final ThreadLocal<Handle> current = new ThreadLocal<>();
  /** The POs the running unit of work has written: what it reads of them is not yet committed. */
  private final ThreadLocal<java.util.Set<String>> written = ThreadLocal.withInitial(java.util.HashSet::new);
  /** Whether the thread's transaction is a {@link #read}: nothing may write in it. */
  private final ThreadLocal<Boolean> reading = new ThreadLocal<>();
  /** Whether the thread's writing transaction has appended an event, which advances the stamps itself. */
  private final ThreadLocal<Boolean> stamped = new ThreadLocal<>();
  /** Whether this database keeps read stamps (the migrated schema does; a bare test table may not). */
  private final boolean stamps;
  /** The dialect of the database, for the snapshot of {@link #read}. */
  private final JdbcClustergov.Dialect dialect;
  /** How long a unit of work waits for the single writer's lock before {@link WriterBusy} (decision 0520). */
  private volatile long writerWaitMs = JdbcClustergov.DEFAULT_WRITER_WAIT.toMillis();

  /** A unit of work that keeps no read stamps and reads on H2 (tests of the transaction machinery alone). */
  Transactions(Jdbi jdbi, Optional<ReentrantLock> writer) {
    this(jdbi, null, writer, JdbcClustergov.Dialect.H2, false);
  }

  /**
   * @param dataSource the pool {@code jdbi} draws on, for {@link #readPlain}; null to read through {@code jdbi} alone
   * @param writer the single-writer lock of the database, when it needs one
   * @param dialect which database: how {@link #read} asks for a snapshot
   * @param stamps whether the schema keeps read stamps ({@code event_head.registry_stamp}, decision 0420)
   */
  Transactions(Jdbi jdbi, javax.sql.DataSource dataSource, Optional<ReentrantLock> writer, JdbcClustergov.Dialect dialect,
      boolean stamps) {
    this.jdbi = jdbi;
    this.dataSource = dataSource;
    this.writer = writer.orElse(null);
    this.dialect = dialect;
    this.stamps = stamps;
    if (this.writer != null) {
      // a unit of work takes the lock at its first writing statement, not at its start (decision 0481)
      jdbi.addCustomizer(SingleWriter.guard(this.writer, () -> current.get() != null && !inRead(), () -> writerWaitMs));
    }
  }

  /** The dialect of the database. */
  JdbcClustergov.Dialect dialect() {
    return dialect;
  }

  @Override
  public <L, R> Either<L, R> run(Supplier<Either<L, R>> work) {
    Objects.requireNonNull(work, "work");
    if (current.get() != null) {
      refuseInRead();
      return work.get();
    }
    // the single writer's lock is taken by the unit's first writing statement (SingleWriter.guard), so its reads
    // before it do not hold other writers back; it is held from there until the commit or rollback (decision 0481)
    int held = writer == null ? 0 : writer.getHoldCount();
    Handle handle = null;
    try {
      handle = jdbi.open();
      handle.begin();
      current.set(handle);
      stamped.set(false);
      Either<L, R> result;
      try {
        result = Objects.requireNonNull(work.get(), "a unit of work returned null");
      } catch (Throwable t) {
        rollbackQuietly(handle, t);
        Handle failed = handle;
        handle = null;
        closeQuietly(failed, t);
        throw t;
      }
      if (result.isRight()) {
        try {
          stampUnstamped(handle);
          handle.commit();
        } catch (RuntimeException e) {
          Handle failed = handle;
          handle = null;
          closeQuietly(failed, e); // the commit's failure is what the caller sees, not the close's
          throw e;
        }
      } else {
        try {
          handle.rollback();
        } catch (RuntimeException lost) {
          // the connection went away after the refusal was decided (the database stopped): the refusal rests on what
          // this unit of work read, and nothing of it was committed — a transaction that is not committed ends with
          // its connection — so the refusal is the answer (ConnectionLostOnRefusalTest, found by DatabaseLossTest)
          Handle gone = handle;
          handle = null;
          closeQuietly(gone, lost);
        }
      }
      return result;
    } finally {
      current.remove();
      written.remove();
      stamped.remove();
      try {
        if (handle != null) {
          handle.close();
        }
      } finally {
        while (writer != null && writer.getHoldCount() > held) {
          writer.unlock();
        }
      }
    }
  }

  /** The table {@code answer_key} (V17): one row per request run under an idempotency key (decision 0540). */
  static final Columns ANSWER_KEY = Columns.of("answer_key", "idem_key", "fingerprint", "answer", "kept_at");

  /**
   * Takes {@code key} with an {@code INSERT} as the unit of work's first write, inside a savepoint: the primary key of
   * {@code answer_key} makes a second unit of work under the key wait for the first's transaction (PostgreSQL, H2 in
   * memory; on H2 in a file the single writer's lock makes it wait before), and then either take the key, when the first
   * kept nothing, or fail with a unique violation, be rolled back to the savepoint, and read the answer the first kept.
   * {@code work} runs after the key is taken, and its answer is written to the key's row before the commit.
   */
  @Override
  public <L> Either<L, dev.clustergov.core.application.port.KeyedAnswer> once(String key, String fingerprint,
      Supplier<Either<L, String>> work) {
    Objects.requireNonNull(fingerprint, "fingerprint");
    Objects.requireNonNull(work, "work");
    if (!dev.clustergov.core.application.port.KeyedAnswer.wellFormed(key)
        || fingerprint.length() > dev.clustergov.core.application.port.KeyedAnswer.MAX_FINGERPRINT) {
      throw new IllegalArgumentException("an idempotency key is 1 to " + dev.clustergov.core.application.port.KeyedAnswer.MAX_KEY
          + " visible ASCII characters, a fingerprint at most " + dev.clustergov.core.application.port.KeyedAnswer.MAX_FINGERPRINT);
    }
    return run(() -> {
      Handle h = current.get();
      String savepoint = "answer_key_claim";
      h.savepoint(savepoint);
      try {
        h.createUpdate("INSERT INTO answer_key (idem_key, fingerprint, answer, kept_at) VALUES (:idem_key, :fingerprint, NULL, LOCALTIMESTAMP)")
            .bind("idem_key", key).bind("fingerprint", fingerprint).execute();
      } catch (RuntimeException e) {
        if (!isUniqueViolation(e)) {
          throw e;
        }
        h.rollbackToSavepoint(savepoint);
        // READ COMMITTED: this statement sees the row of the unit of work that took the key and committed
        var kept = h.createQuery(ANSWER_KEY.select() + " WHERE idem_key = :idem_key").bind("idem_key", key)
            .map((rs, ctx) -> new dev.clustergov.core.application.port.KeyedAnswer(rs.getString("idem_key"), rs.getString("fingerprint"),
                java.util.Objects.requireNonNull(rs.getString("answer"), "a committed key without its answer"), false))
            .findOne()
            .orElseThrow(() -> new IllegalStateException("the key " + key + " was taken, but no answer is kept under it"));
        return Either.<L, dev.clustergov.core.application.port.KeyedAnswer>right(kept);
      }
      h.releaseSavepoint(savepoint);
      return work.get().map(answer -> {
        h.createUpdate("UPDATE answer_key SET answer = :answer WHERE idem_key = :idem_key").bind("answer", answer)
            .bind("idem_key", key).execute();
        return new dev.clustergov.core.application.port.KeyedAnswer(key, fingerprint, answer, true);
      });
    });
  }

  /**
   * Runs {@code work} in one read-only transaction over a snapshot of the database: every statement in it, on this
   * thread, sees the same committed state, however many there are (decision 0420). Inside a unit of work or another
   * read, {@code work} joins it. Takes no writer lock: a read never waits for the single writer (decision 0302).
   */
  @Override
  public <T> T read(java.util.function.Supplier<T> work) {
    Objects.requireNonNull(work, "work");
    return snapshot(h -> work.get());
  }

  /**
   * Runs {@code work} on the handle of one read-only transaction over a snapshot, as {@link #read} does: every statement
   * {@code work} sends through the handle, or through a repository on this thread, sees the same committed state. A
   * reader that compares two reads — the chain's head and its entries (decision 0560) — needs this: at READ COMMITTED a
   * commit between the two reads makes the second disagree with the first. Inside a unit of work or a read, {@code work}
   * runs on that transaction's handle.
   */
  <T> T snapshot(Function<Handle, T> work) {
    Objects.requireNonNull(work, "work");
    Handle joined = current.get();
    if (joined != null) {
      return work.apply(joined);
    }
    try (Handle handle = jdbi.open()) {
      java.sql.Connection c = handle.getConnection();
      int before = c.getTransactionIsolation();
      try {
        if (dialect == JdbcClustergov.Dialect.H2) {
          // H2's REPEATABLE READ takes each table's snapshot when the table is first read; SNAPSHOT takes one of all
          // tables at the transaction's first statement, which is what a dossier read across tables needs
          c.setTransactionIsolation(H2_SNAPSHOT);
        }
        handle.begin();
        if (dialect == JdbcClustergov.Dialect.POSTGRESQL) {
          // the first statement of the transaction, so it fixes the snapshot's kind before any read takes it
          handle.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        }
        current.set(handle);
        reading.set(Boolean.TRUE);
        T result;
        try {
          result = work.apply(handle);
        } catch (Throwable t) {
          rollbackQuietly(handle, t);
          throw t;
        }
        handle.commit();
        return result;
      } finally {
        current.remove();
        reading.remove();
        written.remove();
        try {
          if (c.getTransactionIsolation() != before) {
            c.setTransactionIsolation(before);
          }
        } catch (java.sql.SQLException restore) {
          // a connection lost under the read has nothing to restore, and its failure must not hide the read's own
          // (an outage, answered 503): HikariCP's "Connection is closed" carries no SQLSTATE (DatabaseLossTest)
          if (!c.isClosed()) {
            throw restore;
          }
        }
      }
    } catch (java.sql.SQLException e) {
      throw new org.jdbi.v3.core.ConnectionException(e);
    }
  }

  /** H2's JDBC code of its SNAPSHOT isolation level ({@code org.h2.engine.Constants.TRANSACTION_SNAPSHOT}). */
  static final int H2_SNAPSHOT = 6;

  /** Whether this thread is inside {@link #read}. */
  boolean inRead() {
    return Boolean.TRUE.equals(reading.get());
  }

  private void refuseInRead() {
    if (inRead()) {
      throw new IllegalStateException("a write inside a read-only snapshot (UnitOfWork.read): run it in a unit of work");
    }
  }

  /** Notes that the running writing transaction appended an event, which advanced the read stamps (decision 0420). */
  void stamped() {
    stamped.set(Boolean.TRUE);
  }

  /** A writing transaction about to commit without an event advances the registry's stamp (decision 0420). */
  private void stampUnstamped(Handle handle) {
    if (stamps && !Boolean.TRUE.equals(stamped.get())) {
      handle.createUpdate("UPDATE event_head SET registry_stamp = registry_stamp + 1 WHERE id = 1").execute();
    }
  }

  /** Runs {@code work}, which reads one statement, in the current transaction, or on a connection in auto-commit. */
  <T> T readOnce(Function<Handle, T> work) {
    Handle handle = current.get();
    if (handle != null) {
      return work.apply(handle);
    }
    return jdbi.withHandle(work::apply);
  }

  /** Sets a plain statement's parameters. */
  @FunctionalInterface
  interface Binder {
    void bind(java.sql.PreparedStatement statement) throws SQLException;
  }

  /** Reads the answer of a plain statement from its result set, which is not yet advanced to its first row. */
  @FunctionalInterface
  interface Reader<T> {
    T read(java.sql.ResultSet rows) throws SQLException;
  }

  /**
   * Runs one reading statement as {@link #readOnce} does — in the thread's transaction when there is one (a unit of work,
   * a {@link #read} snapshot), otherwise alone on a pooled connection in auto-commit, so it sees what is committed when
   * it starts — but as a plain JDBC {@code PreparedStatement}, without Jdbi's handle and statement machinery: for the
   * read stamp, read on every GET of a PO's resources, where that machinery was most of the read's cost (issue 16,
   * decision 0612). It is never a write, so the single writer's guard has nothing to see. A connection a host's pool
   * hands out outside auto-commit is rolled back after the read, so no transaction outlives it.
   */
  <T> T readPlain(String sql, Binder binder, Reader<T> reader) {
    Handle handle = current.get();
    try {
      if (handle != null) {
        return readOn(handle.getConnection(), sql, binder, reader);
      }
      if (dataSource == null) {
        return jdbi.withHandle(h -> readOn(h.getConnection(), sql, binder, reader));
      }
      try (java.sql.Connection c = dataSource.getConnection()) {
        if (c.getAutoCommit()) {
          return readOn(c, sql, binder, reader);
        }
        try {
          return readOn(c, sql, binder, reader);
        } finally {
          c.rollback();
        }
      }
    } catch (SQLException e) {
      throw new org.jdbi.v3.core.ConnectionException(e);
    }
  }

  private static <T> T readOn(java.sql.Connection c, String sql, Binder binder, Reader<T> reader) throws SQLException {
    try (java.sql.PreparedStatement statement = c.prepareStatement(sql)) {
      binder.bind(statement);
      try (java.sql.ResultSet rows = statement.executeQuery()) {
        return reader.read(rows);
      }
    }
  }

  /** Notes that the running unit of work, if any, wrote the PO {@code id}. */
  void wrote(String id) {
    if (current.get() != null) {
      written.get().add(id);
    }
  }

  /**
   * Whether a read of the PO {@code id} now sees only committed data: outside a unit of work, or inside
   * one that has not written it (a command reads its PO, holding its row, before it writes).
   */
  boolean readsCommitted(String id) {
    return current.get() == null || !written.get().contains(id);
  }

  /**
   * Holds the deciding row with {@code SELECT … FOR UPDATE} until the unit of work ends (on H2 and
   * PostgreSQL alike): the PO's or the cluster's own row, or the one row of {@code registry_lock}.
   */
  @Override
  public void lock(Lock what) {
    Objects.requireNonNull(what, "what");
    Handle handle = current.get();
    if (handle == null) {
      throw new IllegalStateException("lock(" + what + ") outside a unit of work");
    }
    if (what instanceof Lock.Organization o) {
      handle.createQuery("SELECT id FROM organization WHERE id = :id FOR UPDATE").bind("id", o.id().value())
          .mapTo(String.class).findOne();
    } else if (what instanceof Lock.Cluster c) {
      handle.createQuery("SELECT id FROM cluster WHERE id = :id FOR UPDATE").bind("id", c.id().value())
          .mapTo(String.class).findOne();
    } else {
      handle.createQuery("SELECT name FROM registry_lock WHERE name = 'registry' FOR UPDATE").mapTo(String.class).one();
    }
  }

  /** Whether this thread is inside {@link #run}: what it reads there may be its own writes, not yet committed. */
  boolean inUnitOfWork() {
    return current.get() != null;
  }

  /** Runs {@code work} in the current unit of work, or in a transaction of its own. */
  <T> T inTransaction(Function<Handle, T> work) {
    Handle handle = current.get();
    if (handle != null) {
      return work.apply(handle);
    }
    return jdbi.inTransaction(work::apply);
  }

  /**
   * Runs {@code work}, which writes, in the current unit of work, or in a transaction of its own that
   * holds the single-writer lock when the database has one.
   */
  <T> T inWriteTransaction(Function<Handle, T> work) {
    if (current.get() != null) {
      refuseInRead();
      return work.apply(current.get());
    }
    lockWriter();
    try {
      return jdbi.inTransaction(h -> {
        stamped.set(false);
        T result = work.apply(h);
        stampUnstamped(h);
        return result;
      });
    } finally {
      stamped.remove();
      unlockWriter();
    }
  }

  private void lockWriter() {
    if (writer != null) {
      SingleWriter.take(writer, writerWaitMs);
    }
  }

  /** How long a write waits for the single writer's lock, at most (decision 0520). */
  void writerWait(java.time.Duration wait) {
    if (wait.isNegative() || wait.isZero()) {
      throw new IllegalArgumentException("the writer's wait must be positive");
    }
    this.writerWaitMs = wait.toMillis();
  }

  private void unlockWriter() {
    if (writer != null) {
      writer.unlock();
    }
  }

  /** Whether {@code t} is, or is caused by, a unique-key violation (SQLSTATE 23505 on H2 and PostgreSQL). */
  static boolean isUniqueViolation(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException s && "23505".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** Closes a handle whose transaction failed: what closing it throws besides is kept with {@code cause}. */
  private static void closeQuietly(Handle handle, Throwable cause) {
    try {
      handle.close();
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }

  private static void rollbackQuietly(Handle handle, Throwable cause) {
    try {
      handle.rollback();
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }
}
