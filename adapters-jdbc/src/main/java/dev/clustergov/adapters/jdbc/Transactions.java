package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.UnitOfWork;
import io.vavr.control.Either;
import java.sql.SQLException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.Jdbi;

/**
 * The unit of work over JDBC (事务): the handle of the running unit of work is kept per thread, so
 * every repository and the event log called inside {@link #run} write through the same transaction;
 * outside one, each call runs in a short transaction of its own. A {@code run} inside a {@code run}
 * joins the outer one, whose outcome decides.
 */
final class Transactions implements UnitOfWork {
  private final Jdbi jdbi;
  private final ThreadLocal<Handle> current = new ThreadLocal<>();

  Transactions(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  @Override
  public <L, R> Either<L, R> run(Supplier<Either<L, R>> work) {
    Objects.requireNonNull(work, "work");
    if (current.get() != null) {
      return work.get();
    }
    try (Handle handle = jdbi.open()) {
      handle.begin();
      current.set(handle);
      Either<L, R> result;
      try {
        result = Objects.requireNonNull(work.get(), "a unit of work returned null");
      } catch (Throwable t) {
        rollbackQuietly(handle, t);
        throw t;
      }
      if (result.isRight()) {
        handle.commit();
      } else {
        handle.rollback();
      }
      return result;
    } finally {
      current.remove();
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

  /** Whether {@code t} is, or is caused by, a unique-key violation (SQLSTATE 23505 on H2 and PostgreSQL). */
  static boolean isUniqueViolation(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof SQLException s && "23505".equals(s.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  private static void rollbackQuietly(Handle handle, Throwable cause) {
    try {
      handle.rollback();
    } catch (RuntimeException e) {
      cause.addSuppressed(e);
    }
  }
}
