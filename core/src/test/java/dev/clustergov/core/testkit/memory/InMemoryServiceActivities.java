package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.ServiceActivities;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.operation.ActivityId;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.organization.OrganizationId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link ServiceActivities} in memory; obtained from {@link InMemoryClustergov#activities()}. */
final class InMemoryServiceActivities implements ServiceActivities {
  private final Guard guard;
  final VersionedStore<ActivityId, ServiceActivity> store =
      new VersionedStore<>("ServiceActivity", ServiceActivity::id, ServiceActivity::version, ServiceActivity::withVersion).indexedBy(ServiceActivity::organization);

  InMemoryServiceActivities(Guard guard) {
    this.guard = guard;
  }

  @Override
  public Optional<ServiceActivity> find(ActivityId id) {
    return guard.locked(() -> store.find(id));
  }

  @Override
  public ServiceActivity save(ServiceActivity activity) {
    return guard.locked(() -> store.save(activity));
  }

  @Override
  public List<ServiceActivity> of(OrganizationId organization, Period period) {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(period, "period");
    return guard.locked(() -> store.ofOwner(organization, a -> period.contains(a.heldOn())).stream()
        .sorted(Comparator.comparing(ServiceActivity::heldOn).thenComparing(ServiceActivity::id)).toList());
  }

  /** One pass over the store for all of {@code organizations}, not one per PO. */
  @Override
  public java.util.Map<OrganizationId, List<ServiceActivity>> of(java.util.Set<OrganizationId> organizations, dev.clustergov.core.finance.Period period) {
    Objects.requireNonNull(organizations, "organizations");
    return guard.locked(() -> dev.clustergov.core.application.port.ByOrganization.group(organizations,
        store.ofOwners(organizations, x -> period.contains(x.heldOn())).stream().sorted(Comparator.comparing(ServiceActivity::heldOn).thenComparing(ServiceActivity::id)).toList(), ServiceActivity::organization));
  }
}
