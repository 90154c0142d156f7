package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Sanctions;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Sanctions} in memory; obtained from {@link InMemoryClustergov#sanctions()}. */
final class InMemorySanctions implements Sanctions {
  private final Guard guard;
  final VersionedStore<SanctionId, Sanction> store = new VersionedStore<>("Sanction", Sanction::id, Sanction::version, Sanction::withVersion).indexedBy(Sanction::organization);

  InMemorySanctions(Guard guard) {
    this.guard = guard;
  }

  @Override
  public Optional<Sanction> find(SanctionId id) {
    return guard.locked(() -> store.find(id));
  }

  @Override
  public Sanction save(Sanction sanction) {
    return guard.locked(() -> store.save(sanction));
  }

  @Override
  public List<Sanction> of(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return guard.locked(() -> store.ofOwner(organization, x -> true));
  }

  /** One pass over the store for all of {@code organizations}, not one per PO. */
  @Override
  public java.util.Map<OrganizationId, List<Sanction>> of(java.util.Set<OrganizationId> organizations) {
    Objects.requireNonNull(organizations, "organizations");
    return guard.locked(() -> dev.clustergov.core.application.port.ByOrganization.group(organizations,
        store.ofOwners(organizations, x -> true), Sanction::organization));
  }
}
