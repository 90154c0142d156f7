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
 * joins the outer one, whose outcome decides. On H2 in a file, a unit of work and a write outside one
 * hold the database's {@link SingleWriter} lock from before the connection is borrowed until it is
 * returned (decision 0302).
 */
final class Transactions implements UnitOfWork {
  private final Jdbi jdbi;
  private final ReentrantLock writer;
  private final ThreadLocal<Handle> current = new ThreadLocal<>();
  /** The POs the running unit of work has written: what it reads of them is not yet committed. */
  private final ThreadLocal<java.util.Set<String>> written = ThreadLocal.withInitial(java.util.HashSet::new);

  /** @param writer the single-writer lock of the database, when it needs one */
  Transactions(Jdbi jdbi, Optional<ReentrantLock> writer) {
    this.jdbi = jdbi;
    this.writer = writer.orElse(null);
    if (this.writer != null) {
      jdbi.addCustomizer(SingleWriter.guard(this.writer));
    }
  }

  @Override
  public <L, R> Either<L, R> run(Supplier<Either<L, R>> work) {
    Objects.requireNonNull(work, "work");
    if (current.get() != null) {
      return work.get();
    }
    lockWriter();
    Handle handle = null;
    try {
      handle = jdbi.open();
      handle.begin();
      current.set(handle);
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
      try {
        if (handle != null) {
          handle.close();
        }
      } finally {
        unlockWriter();
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
      return work.apply(current.get());
    }
    lockWriter();
    try {
      return jdbi.inTransaction(work::apply);
    } finally {
      unlockWriter();
    }
  }

  private void lockWriter() {
    if (writer != null) {
      writer.lock();
    }
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
