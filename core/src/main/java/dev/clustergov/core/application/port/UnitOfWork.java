package dev.clustergov.core.application.port;

import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.organization.OrganizationId;
import io.vavr.control.Either;
import java.util.function.Supplier;

/**
 * A unit of work (事务): everything one use case writes — aggregates and events — commits together,
 * or nothing does. The work is rolled back when it returns a {@code Left} (a refusal) or throws.
 */
public interface UnitOfWork {
  <L, R> Either<L, R> run(Supplier<Either<L, R>> work);

  /**
   * Runs {@code work}, which only reads, so that every read in it sees one consistent state of the stores (一致读取,
   * decision 0420): a unit of work committed by another thread or process is seen whole or not at all, however many
   * statements the reads take. A read inside a running {@link #run} or {@code read} joins it. The default runs
   * {@code work} as it is, which is right for stores whose every read is of one consistent state already; an adapter
   * over a database opens one read-only transaction over a snapshot.
   */
  default <T> T read(Supplier<T> work) {
    return work.get();
  }

  /**
   * Runs {@code work} as one unit of work at most once under the idempotency key {@code key} (幂等键, decision 0540). The
   * key, with {@code fingerprint} and the answer {@code work} gives, is kept in the same unit of work as what
   * {@code work} writes — both are committed or neither is: a {@code Left} or a throw keeps neither, and the key stays
   * free — and the store holds a key once (a unique key where it is a database), so that of the units of work that race
   * under one key, on one server or several on one database, exactly one runs {@code work}; each other waits for it
   * and gets its answer, or runs {@code work} itself when that one kept nothing.
   *
   * <p>Called outside any unit of work (or first in one, before anything is locked): a unit of work that waits for a
   * key must hold nothing another waits for.
   *
   * @param key 1 to {@link KeyedAnswer#MAX_KEY} visible ASCII characters ({@link KeyedAnswer#wellFormed})
   * @param fingerprint who asked what under the key, at most {@link KeyedAnswer#MAX_FINGERPRINT} characters
   * @return {@code work}'s refusal; or the answer kept under the key: {@code work}'s own ({@link KeyedAnswer#first()}),
   *     or, without running {@code work}, the one kept when the key was taken, with that request's fingerprint — the
   *     caller compares it with its own and refuses a key used for another request
   * @throws UnsupportedOperationException when this store keeps no keys (a host's own unit of work that does not)
   */
  default <L> Either<L, KeyedAnswer> once(String key, String fingerprint, Supplier<Either<L, String>> work) {
    throw new UnsupportedOperationException("this unit of work keeps no idempotency keys: implement UnitOfWork.once");
  }

  /**
   * Holds the row that decides {@code what} until the running unit of work ends, so that two units of
   * work deciding on it run one after the other and the second sees what the first wrote: a PO's row
   * for what must hold within one PO (one current membership per credit code, incentive periods),
   * a cluster's row for its limit of recognised POs (Art.2), the registry's for identities that span
   * POs (a unified social credit code, a bank account, an evaluator, an authority's jurisdiction).
   * Locks are taken in the order PO, cluster, registry. Called only inside {@link #run}.
   */
  void lock(Lock what);

  /** What a unit of work may hold (锁定对象). */
  sealed interface Lock {
    /** One PO's row. */
    record Organization(OrganizationId id) implements Lock {}

    /** One cluster's row. */
    record Cluster(ClusterId id) implements Lock {}

    /** The registry's identities: credit codes, bank accounts, evaluators, jurisdictions, live names. */
    record Registry() implements Lock {}

    Lock REGISTRY = new Registry();
  }
}
