package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.IncentiveAwards;
import dev.clustergov.core.incentive.IncentiveAward;
import dev.clustergov.core.incentive.IncentiveAwardId;
import dev.clustergov.core.organization.OrganizationId;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link IncentiveAwards} in memory; obtained from {@link InMemoryClustergov#incentiveAwards()}. */
final class InMemoryIncentiveAwards implements IncentiveAwards {
  private final Guard guard;
  final VersionedStore<IncentiveAwardId, IncentiveAward> store =
      new VersionedStore<>("IncentiveAward", IncentiveAward::id, IncentiveAward::version, IncentiveAward::withVersion);

  InMemoryIncentiveAwards(Guard guard) {
    this.guard = guard;
  }

  @Override
  public Optional<IncentiveAward> find(IncentiveAwardId id) {
    return guard.locked(() -> store.find(id));
  }

  @Override
  public IncentiveAward save(IncentiveAward award) {
    return guard.locked(() -> store.save(award));
  }

  @Override
  public List<IncentiveAward> of(OrganizationId organization) {
    Objects.requireNonNull(organization, "organization");
    return guard.locked(() -> store.where(a -> a.organization().equals(organization)).stream()
        .sorted(Comparator.comparing((IncentiveAward a) -> a.period().from()).thenComparing(IncentiveAward::id)).toList());
  }
}
