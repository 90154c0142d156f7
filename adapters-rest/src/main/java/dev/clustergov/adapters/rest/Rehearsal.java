package dev.clustergov.adapters.rest;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.UnitOfWork;
import io.vavr.control.Either;
import java.util.function.Supplier;

/**
 * A request whose body was misshapen (a value of the wrong type, a duplicate key, an unknown field) runs only as a
 * rehearsal (预演): its handler is called with what did fit, so that the core reports every other violation of the
 * same request, but no unit of work it opens may commit — one that would is rolled back by throwing {@link Stopped}.
 * The request is then answered 400 with all the violations together (decision 0360).
 */
final class Rehearsal {
  private Rehearsal() {}

  private static final ThreadLocal<Boolean> ON = new ThreadLocal<>();

  /** Thrown inside a unit of work of a rehearsal that was about to commit: it rolls the work back. */
  static final class Stopped extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Stopped() {
      super("a rehearsal does not commit", null, false, false);
    }
  }

  static void begin() {
    ON.set(Boolean.TRUE);
  }

  static void end() {
    ON.remove();
  }

  /** Whether {@code e}, or one of its causes, is the end of a rehearsal. */
  static boolean stopped(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Stopped) {
        return true;
      }
    }
    return false;
  }

  /** The host's ports, with a unit of work that never commits during a rehearsal. */
  static Ports guard(Ports p) {
    return new Ports(p.clusters(), p.authorities(), p.organizations(), p.policyPacks(), p.events(), p.clock(), p.ids(),
        new Guard(p.unitOfWork()), p.disputes(), p.ipAgreements(), p.disclosures(), p.disclosureObligations(), p.ledger(),
        p.feeSchedules(), p.memberships(), p.platforms(), p.activities(), p.inspections(), p.selfDiscipline(), p.sanctions(),
        p.incentiveAwards(), p.evaluators(), p.evaluations());
  }

  private record Guard(UnitOfWork delegate) implements UnitOfWork {
    @Override
    public <L, R> Either<L, R> run(Supplier<Either<L, R>> work) {
      if (ON.get() == null) {
        return delegate.run(work);
      }
      return delegate.run(() -> {
        Either<L, R> result = work.get();
        if (result.isRight()) {
          throw new Stopped();
        }
        return result;
      });
    }

    @Override
    public void lock(Lock what) {
      delegate.lock(what);
    }

    /** A rehearsal keeps no key: a success is rolled back with the key taken for it (decision 0540). */
    @Override
    public <L> Either<L, dev.clustergov.core.application.port.KeyedAnswer> once(String key, String fingerprint,
        Supplier<Either<L, String>> work) {
      return delegate.once(key, fingerprint, () -> {
        Either<L, String> result = work.get();
        if (result.isRight() && ON.get() != null) {
          throw new Stopped();
        }
        return result;
      });
    }

    @Override
    public <T> T read(Supplier<T> work) {
      return delegate.read(work);
    }
  }
}
