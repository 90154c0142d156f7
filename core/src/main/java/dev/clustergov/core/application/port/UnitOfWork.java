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
