package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.IncentiveAwards;
import dev.clustergov.core.incentive.IncentiveAward;
import dev.clustergov.core.incentive.IncentiveAwardId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link IncentiveAwards}: extend it with a factory of a fresh, empty adapter in which the
 * sample POs {@code org-001} and {@code org-002} and the sample authority exist (an adapter with foreign
 * keys stores them first).
 */
public abstract class IncentiveAwardsContract extends VersionedAggregatesContract<IncentiveAward, IncentiveAwardId> {
  private IncentiveAwards awards;

  /** A fresh, empty adapter; called once per test, on first use. */
  protected abstract IncentiveAwards freshIncentiveAwards();

  protected final IncentiveAwards awards() {
    if (awards == null) {
      awards = freshIncentiveAwards();
    }
    return awards;
  }

  @Test
  public void keeps_the_breakdown_every_metric_cap_formula_and_policy_version_exactly() {
    IncentiveAward a = IncentiveSamples.award("incentive-9", IncentiveSamples.PO, 2025);

    IncentiveAward saved = awards().save(a);

    IncentiveAward found = awards().find(a.id()).orElseThrow();
    assertThat(found).isEqualTo(saved);
    assertThat(found.metrics()).isEqualTo(a.metrics());
    assertThat(found.totals()).isEqualTo(a.totals());
    assertThat(found.amount().yuan()).isEqualByComparingTo("940000.00");
    assertThat(found.amount().yuan().scale()).isEqualTo(2);
    assertThat(found.policyVersions()).containsExactly("000000 v1 from 2023-12-01", "320500 v2 from 2025-01-01");
    assertThat(found.formula()).isEqualTo(a.formula());
  }

  @Test
  public void lists_the_awards_of_one_organization_by_period_and_no_other() {
    IncentiveAward y2025 = awards().save(IncentiveSamples.award("incentive-a", IncentiveSamples.PO, 2025));
    IncentiveAward y2024 = awards().save(IncentiveSamples.award("incentive-b", IncentiveSamples.PO, 2024));
    awards().save(IncentiveSamples.award("incentive-c", IncentiveSamples.OTHER_PO, 2024));

    assertThat(awards().of(IncentiveSamples.PO)).containsExactly(y2024, y2025);
  }

  @Override
  protected final String aggregateType() {
    return "IncentiveAward";
  }

  @Override
  protected final IncentiveAward sample(int n) {
    return IncentiveSamples.award("incentive-" + n, IncentiveSamples.PO, 2000 + n);
  }

  @Override
  protected final IncentiveAward changed(IncentiveAward a) {
    return new IncentiveAward(a.id(), a.version(), a.organization(), a.authority(), a.period(), a.grantedOn().plusDays(1), a.totals(),
        a.metrics(), a.subtotal(), a.cap(), a.amount(), a.formula(), a.policyVersions());
  }

  @Override
  protected final IncentiveAward save(IncentiveAward a) {
    return awards().save(a);
  }

  @Override
  protected final Optional<IncentiveAward> find(IncentiveAwardId id) {
    return awards().find(id);
  }

  @Override
  protected final IncentiveAwardId id(IncentiveAward a) {
    return a.id();
  }

  @Override
  protected final long version(IncentiveAward a) {
    return a.version();
  }

  @Override
  protected final IncentiveAward withVersion(IncentiveAward a, long version) {
    return a.withVersion(version);
  }
}
