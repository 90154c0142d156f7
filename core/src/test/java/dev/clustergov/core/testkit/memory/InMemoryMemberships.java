package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Memberships;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Memberships} in memory; obtained from {@link InMemoryClustergov#memberships()}. */
final class InMemoryMemberships implements Memberships {
  private final Guard guard;
  final VersionedStore<MembershipId, Membership> store =
      new VersionedStore<>("Membership", Membership::id, Membership::version, Membership::withVersion).indexedBy(Membership::organization);

  InMemoryMemberships(Guard guard) {
    this.guard = guard;
  }

  @Override
  public Optional<Membership> find(MembershipId id) {
    return guard.locked(() -> store.find(id));
  }

  @Override
  public Membership save(Membership membership) {
    return guard.locked(() -> store.save(membership));
  }

  @Override
  public List<Membership> of(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return guard.locked(() -> store.ofOwner(organization, x -> true));
  }

  @Override
  public List<Membership> withCreditCode(CreditCode creditCode) {
    Objects.requireNonNull(creditCode, "creditCode");
    return guard.locked(() -> store.where(m -> m.creditCode().equals(Optional.of(creditCode))));
  }

  /** One pass over the store for all of {@code organizations}, not one per PO. */
  @Override
  public java.util.Map<OrganizationId, List<Membership>> of(java.util.Set<OrganizationId> organizations) {
    Objects.requireNonNull(organizations, "organizations");
    return guard.locked(() -> dev.clustergov.core.application.port.ByOrganization.group(organizations,
        store.ofOwners(organizations, x -> true), Membership::organization));
  }
}
