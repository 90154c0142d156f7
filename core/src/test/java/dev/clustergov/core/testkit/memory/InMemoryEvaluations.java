package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Evaluations;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.EvaluationId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Evaluations} in memory; obtained from {@link InMemoryClustergov#evaluations()}. */
final class InMemoryEvaluations implements Evaluations {
  private final Guard guard;
  final VersionedStore<EvaluationId, Evaluation> store =
      new VersionedStore<>("Evaluation", Evaluation::id, Evaluation::version, Evaluation::withVersion).indexedBy(Evaluation::organization);

  /** The dossiers kept with the evaluations (decision 0505); pruned with the store when a unit of work rolls back. */
  final java.util.SortedMap<EvaluationId, dev.clustergov.core.evaluation.DossierAsRecorded> dossiers = new java.util.TreeMap<>();

  InMemoryEvaluations(Guard guard) {
    this.guard = guard;
  }

  @Override
  public Optional<Evaluation> find(EvaluationId id) {
    return guard.locked(() -> store.find(id));
  }

  @Override
  public Evaluation save(Evaluation evaluation) {
    return guard.locked(() -> store.save(evaluation));
  }

  @Override
  public void keep(dev.clustergov.core.evaluation.DossierAsRecorded dossier) {
    Objects.requireNonNull(dossier, "dossier");
    guard.locked(() -> {
      if (store.find(dossier.evaluation()).isEmpty()) {
        throw new IllegalStateException("no evaluation " + dossier.evaluation().value() + " to keep a dossier with");
      }
      if (dossiers.putIfAbsent(dossier.evaluation(), dossier) != null) {
        throw new IllegalStateException("the dossier of " + dossier.evaluation().value() + " is kept once");
      }
      return null;
    });
  }

  @Override
  public Optional<dev.clustergov.core.evaluation.DossierAsRecorded> dossierAsRecorded(EvaluationId id) {
    return guard.locked(() -> Optional.ofNullable(dossiers.get(id)));
  }

  /** The copies of evaluations a rolled-back unit of work recorded go with them. */
  void pruneDossiers() {
    dossiers.keySet().retainAll(store.copy().keySet());
  }

  @Override
  public List<Evaluation> of(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return guard.locked(() -> store.ofOwner(organization, x -> true).stream()
        .sorted(Comparator.comparing(Evaluation::evaluatedOn).thenComparing(Evaluation::id)).toList());
  }

  /** One pass over the store for all of {@code organizations}, not one per PO. */
  @Override
  public java.util.Map<OrganizationId, List<Evaluation>> of(java.util.Set<OrganizationId> organizations) {
    Objects.requireNonNull(organizations, "organizations");
    return guard.locked(() -> dev.clustergov.core.application.port.ByOrganization.group(organizations,
        store.ofOwners(organizations, x -> true).stream().sorted(Comparator.comparing(Evaluation::evaluatedOn).thenComparing(Evaluation::id)).toList(), Evaluation::organization));
  }
}
