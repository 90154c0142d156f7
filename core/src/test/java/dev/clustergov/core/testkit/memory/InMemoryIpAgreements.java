package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.IpAgreements;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.ip.IpAgreementId;
import dev.clustergov.core.organization.OrganizationId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link IpAgreements} in memory; obtained from {@link InMemoryClustergov#ipAgreements()}. */
final class InMemoryIpAgreements implements IpAgreements {
  private final Guard guard;
  final VersionedStore<IpAgreementId, IpAgreement> store = new VersionedStore<>(
      "IpAgreement", IpAgreement::id, IpAgreement::version, IpAgreement::withVersion).indexedBy(IpAgreement::organization);

  InMemoryIpAgreements(Guard guard) {
    this.guard = guard;
  }

  @Override
  public Optional<IpAgreement> find(IpAgreementId id) {
    return guard.locked(() -> store.find(id));
  }

  @Override
  public IpAgreement save(IpAgreement agreement) {
    return guard.locked(() -> store.save(agreement));
  }

  @Override
  public List<IpAgreement> of(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return guard.locked(() -> store.ofOwner(organization, x -> true));
  }

  /** One pass over the store for all of {@code organizations}, not one per PO. */
  @Override
  public java.util.Map<OrganizationId, List<IpAgreement>> of(java.util.Set<OrganizationId> organizations) {
    Objects.requireNonNull(organizations, "organizations");
    return guard.locked(() -> dev.clustergov.core.application.port.ByOrganization.group(organizations,
        store.ofOwners(organizations, x -> true), IpAgreement::organization));
  }
}
