package dev.clustergov.core.application.port;

import io.vavr.control.Either;
import java.util.function.Supplier;

/**
 * A unit of work (事务): everything one use case writes — aggregates and events — commits together,
 * or nothing does. The work is rolled back when it returns a {@code Left} (a refusal) or throws.
 */
public interface UnitOfWork {
  <L, R> Either<L, R> run(Supplier<Either<L, R>> work);
}
