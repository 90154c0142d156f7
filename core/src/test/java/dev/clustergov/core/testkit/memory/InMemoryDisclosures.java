package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Disclosures;
import dev.clustergov.core.disclosure.Disclosure;
import dev.clustergov.core.disclosure.DisclosureId;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Disclosures} in memory; obtained from {@link InMemoryClustergov#disclosures()}. */
final class InMemoryDisclosures implements Disclosures {
  private static final Comparator<Disclosure> ORDER = Comparator.comparing(Disclosure::organization)
      .thenComparing(Disclosure::publishedOn).thenComparing(Disclosure::id);

  private final Guard guard;
  private final InMemoryOrganizations organizations;
  final VersionedStore<DisclosureId, Disclosure> store = new VersionedStore<>(
      "Disclosure", Disclosure::id, Disclosure::version, Disclosure::withVersion).indexedBy(Disclosure::organization);

  InMemoryDisclosures(Guard guard, InMemoryOrganizations organizations) {
    this.guard = guard;
    this.organizations = organizations;
  }

  @Override
  public Optional<Disclosure> find(DisclosureId id) {
    return guard.locked(() -> store.find(id));
  }

  @Override
  public Disclosure save(Disclosure disclosure) {
    return guard.locked(() -> store.save(disclosure));
  }

  @Override
  public List<Disclosure> ofOrganization(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return guard.locked(() -> store.ofOwner(organization, x -> true).stream().sorted(ORDER).toList());
  }

  @Override
  public List<Disclosure> ofAuthority(AuthorityId authority, DisclosureKind kind) {
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(kind, "kind");
    return guard.locked(() -> store.where(d -> d.kind() == kind && organizations.store.find(d.organization())
        .map(o -> o.authority().equals(authority)).orElse(false)).stream().sorted(ORDER).toList());
  }

  /** One pass over the store for all of {@code organizations}, not one per PO. */
  @Override
  public java.util.Map<OrganizationId, List<Disclosure>> ofOrganization(java.util.Set<OrganizationId> organizations) {
    Objects.requireNonNull(organizations, "organizations");
    return guard.locked(() -> dev.clustergov.core.application.port.ByOrganization.group(organizations,
        store.ofOwners(organizations, x -> true).stream().sorted(ORDER).toList(), Disclosure::organization));
  }
}
