package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.FeeSchedules;
import dev.clustergov.core.finance.FeeSchedule;
import dev.clustergov.core.finance.FeeScheduleId;
import dev.clustergov.core.organization.OrganizationId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link FeeSchedules} in memory; obtained from {@link InMemoryClustergov#feeSchedules()}. */
final class InMemoryFeeSchedules implements FeeSchedules {
  private final Guard guard;
  final VersionedStore<FeeScheduleId, FeeSchedule> store = new VersionedStore<>(
      "FeeSchedule", FeeSchedule::id, FeeSchedule::version, FeeSchedule::withVersion).indexedBy(FeeSchedule::organization);

  InMemoryFeeSchedules(Guard guard) {
    this.guard = guard;
  }

  @Override
  public Optional<FeeSchedule> find(FeeScheduleId id) {
    return guard.locked(() -> store.find(id));
  }

  @Override
  public FeeSchedule save(FeeSchedule schedule) {
    return guard.locked(() -> store.save(schedule));
  }

  @Override
  public List<FeeSchedule> of(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return guard.locked(() -> store.ofOwner(organization, x -> true));
  }

  /** One pass over the store for all of {@code organizations}, not one per PO. */
  @Override
  public java.util.Map<OrganizationId, List<FeeSchedule>> of(java.util.Set<OrganizationId> organizations) {
    Objects.requireNonNull(organizations, "organizations");
    return guard.locked(() -> dev.clustergov.core.application.port.ByOrganization.group(organizations,
        store.ofOwners(organizations, x -> true), FeeSchedule::organization));
  }
}
