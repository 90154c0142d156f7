package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Platforms;
import dev.clustergov.core.operation.Platform;
import dev.clustergov.core.operation.PlatformId;
import dev.clustergov.core.organization.OrganizationId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Platforms} in memory; obtained from {@link InMemoryClustergov#platforms()}. */
final class InMemoryPlatforms implements Platforms {
  private final Guard guard;
  final VersionedStore<PlatformId, Platform> store =
      new VersionedStore<>("Platform", Platform::id, Platform::version, Platform::withVersion).indexedBy(Platform::organization);

  InMemoryPlatforms(Guard guard) {
    this.guard = guard;
  }

  @Override
  public Optional<Platform> find(PlatformId id) {
    return guard.locked(() -> store.find(id));
  }

  @Override
  public Platform save(Platform platform) {
    return guard.locked(() -> store.save(platform));
  }

  @Override
  public List<Platform> of(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return guard.locked(() -> store.ofOwner(organization, x -> true));
  }

  /** One pass over the store for all of {@code organizations}, not one per PO. */
  @Override
  public java.util.Map<OrganizationId, List<Platform>> of(java.util.Set<OrganizationId> organizations) {
    Objects.requireNonNull(organizations, "organizations");
    return guard.locked(() -> dev.clustergov.core.application.port.ByOrganization.group(organizations,
        store.ofOwners(organizations, x -> true), Platform::organization));
  }
}
