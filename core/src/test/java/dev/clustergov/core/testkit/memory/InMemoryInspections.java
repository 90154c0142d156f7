package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Inspections;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.InspectionId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Inspections} in memory; obtained from {@link InMemoryClustergov#inspections()}. */
final class InMemoryInspections implements Inspections {
  private final Guard guard;
  final VersionedStore<InspectionId, Inspection> store = new VersionedStore<>("Inspection", Inspection::id, Inspection::version, Inspection::withVersion).indexedBy(Inspection::organization);

  InMemoryInspections(Guard guard) {
    this.guard = guard;
  }

  @Override
  public Optional<Inspection> find(InspectionId id) {
    return guard.locked(() -> store.find(id));
  }

  @Override
  public Inspection save(Inspection inspection) {
    return guard.locked(() -> store.save(inspection));
  }

  @Override
  public List<Inspection> of(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return guard.locked(() -> store.ofOwner(organization, x -> true));
  }

  /** One pass over the store for all of {@code organizations}, not one per PO. */
  @Override
  public java.util.Map<OrganizationId, List<Inspection>> of(java.util.Set<OrganizationId> organizations) {
    Objects.requireNonNull(organizations, "organizations");
    return guard.locked(() -> dev.clustergov.core.application.port.ByOrganization.group(organizations,
        store.ofOwners(organizations, x -> true), Inspection::organization));
  }
}
