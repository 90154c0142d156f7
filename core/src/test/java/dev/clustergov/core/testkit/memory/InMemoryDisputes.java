package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Disputes;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.DisputeId;
import dev.clustergov.core.organization.OrganizationId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Disputes} in memory; obtained from {@link InMemoryClustergov#disputes()}. */
final class InMemoryDisputes implements Disputes {
  private final Guard guard;
  final VersionedStore<DisputeId, Dispute> store = new VersionedStore<>("Dispute", Dispute::id, Dispute::version, Dispute::withVersion).indexedBy(Dispute::organization);

  InMemoryDisputes(Guard guard) {
    this.guard = guard;
  }

  @Override
  public Optional<Dispute> find(DisputeId id) {
    return guard.locked(() -> store.find(id));
  }

  @Override
  public Dispute save(Dispute dispute) {
    return guard.locked(() -> store.save(dispute));
  }

  @Override
  public List<Dispute> of(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return guard.locked(() -> store.ofOwner(organization, x -> true));
  }

  /** One pass over the store for all of {@code organizations}, not one per PO. */
  @Override
  public java.util.Map<OrganizationId, List<Dispute>> of(java.util.Set<OrganizationId> organizations) {
    Objects.requireNonNull(organizations, "organizations");
    return guard.locked(() -> dev.clustergov.core.application.port.ByOrganization.group(organizations,
        store.ofOwners(organizations, x -> true), Dispute::organization));
  }
}
