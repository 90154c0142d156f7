package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.DisclosureObligations;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link DisclosureObligations} in memory; obtained from {@link InMemoryClustergov#disclosureObligations()}. */
final class InMemoryDisclosureObligations implements DisclosureObligations {
  private final Guard guard;
  private final InMemoryOrganizations organizations;
  final VersionedStore<DisclosureObligationId, DisclosureObligation> store = new VersionedStore<>(
      "DisclosureObligation", DisclosureObligation::id, DisclosureObligation::version, DisclosureObligation::withVersion).indexedBy(DisclosureObligation::organization);

  InMemoryDisclosureObligations(Guard guard, InMemoryOrganizations organizations) {
    this.guard = guard;
    this.organizations = organizations;
  }

  @Override
  public Optional<DisclosureObligation> find(DisclosureObligationId id) {
    return guard.locked(() -> store.find(id));
  }

  @Override
  public DisclosureObligation save(DisclosureObligation obligation) {
    return guard.locked(() -> store.save(obligation));
  }

  @Override
  public List<DisclosureObligation> ofOrganization(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return guard.locked(() -> store.ofOwner(organization, x -> true).stream()
        .sorted(Comparator.comparing(DisclosureObligation::arisenOn).thenComparing(DisclosureObligation::id)).toList());
  }

  @Override
  public List<DisclosureObligation> openOn(AuthorityId authority, LocalDate on) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(on, "on");
    return guard.locked(() -> store.where(o -> o.openOn(on) && organizations.store.find(o.organization())
            .map(po -> po.authority().equals(authority)).orElse(false)).stream()
        .sorted(Comparator.comparing(DisclosureObligation::dueOn).thenComparing(DisclosureObligation::id)).toList());
  }

  /** One pass over the store for all of {@code organizations}, not one per PO. */
  @Override
  public java.util.Map<OrganizationId, List<DisclosureObligation>> ofOrganization(java.util.Set<OrganizationId> organizations) {
    Objects.requireNonNull(organizations, "organizations");
    return guard.locked(() -> dev.clustergov.core.application.port.ByOrganization.group(organizations,
        store.ofOwners(organizations, x -> true).stream().sorted(Comparator.comparing(DisclosureObligation::arisenOn).thenComparing(DisclosureObligation::id)).toList(), DisclosureObligation::organization));
  }
}
