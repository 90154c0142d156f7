package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.SelfDiscipline;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.DisciplinaryAction;
import dev.clustergov.core.supervision.DisciplinaryActionId;
import dev.clustergov.core.supervision.MeasureId;
import dev.clustergov.core.supervision.SelfDisciplineMeasure;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link SelfDiscipline} in memory; obtained from {@link InMemoryClustergov#selfDiscipline()}. */
final class InMemorySelfDiscipline implements SelfDiscipline {
  private final Guard guard;
  final VersionedStore<MeasureId, SelfDisciplineMeasure> measures = new VersionedStore<>("SelfDisciplineMeasure",
      SelfDisciplineMeasure::id, SelfDisciplineMeasure::version, SelfDisciplineMeasure::withVersion).indexedBy(SelfDisciplineMeasure::organization);
  final VersionedStore<DisciplinaryActionId, DisciplinaryAction> actions = new VersionedStore<>("DisciplinaryAction",
      DisciplinaryAction::id, DisciplinaryAction::version, DisciplinaryAction::withVersion).indexedBy(DisciplinaryAction::organization);

  InMemorySelfDiscipline(Guard guard) {
    this.guard = guard;
  }

  @Override
  public Optional<SelfDisciplineMeasure> findMeasure(MeasureId id) {
    return guard.locked(() -> measures.find(id));
  }

  @Override
  public SelfDisciplineMeasure saveMeasure(SelfDisciplineMeasure measure) {
    return guard.locked(() -> measures.save(measure));
  }

  @Override
  public List<SelfDisciplineMeasure> measuresOf(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return guard.locked(() -> measures.ofOwner(organization, x -> true));
  }

  @Override
  public Optional<DisciplinaryAction> findAction(DisciplinaryActionId id) {
    return guard.locked(() -> actions.find(id));
  }

  @Override
  public DisciplinaryAction saveAction(DisciplinaryAction action) {
    return guard.locked(() -> actions.save(action));
  }

  @Override
  public List<DisciplinaryAction> actionsOf(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return guard.locked(() -> actions.ofOwner(organization, x -> true));
  }

  /** One pass over the store for all of {@code organizations}, not one per PO. */
  @Override
  public java.util.Map<OrganizationId, List<SelfDisciplineMeasure>> measuresOf(java.util.Set<OrganizationId> organizations) {
    Objects.requireNonNull(organizations, "organizations");
    return guard.locked(() -> dev.clustergov.core.application.port.ByOrganization.group(organizations,
        measures.ofOwners(organizations, x -> true), SelfDisciplineMeasure::organization));
  }

  /** One pass over the store for all of {@code organizations}, not one per PO. */
  @Override
  public java.util.Map<OrganizationId, List<DisciplinaryAction>> actionsOf(java.util.Set<OrganizationId> organizations) {
    Objects.requireNonNull(organizations, "organizations");
    return guard.locked(() -> dev.clustergov.core.application.port.ByOrganization.group(organizations,
        actions.ofOwners(organizations, x -> true), DisciplinaryAction::organization));
  }
}
