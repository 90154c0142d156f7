package dev.clustergov.core.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.operation.ActivityId;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.operation.TalentIntake;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The totals an incentive reads (Art.29) summed by hand: only activities held within the period, its first and last
 * day included; the people attracted counted per level and in all.
 */
class MetricTotalsTest {

  static final Period YEAR = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));

  static ServiceActivity held(int n, LocalDate on, String landed, List<TalentIntake> talents) {
    return new ServiceActivity(new ActivityId("act-" + n), 0, Fixtures.ORGANIZATION_ID, FunctionItem.all().head(), "活动" + n, on,
        Delivery.DIRECT, List.of(), List.of("外部单位" + n), true, Optional.empty(),
        new Outcomes(Money.yuan(landed), Money.yuan("1.00"), Money.ZERO, talents));
  }

  @Test
  void only_activities_held_within_the_period_count_and_talents_add_up_per_level() {
    MetricTotals t = MetricTotals.of(List.of(
        held(1, LocalDate.of(2025, 1, 1), "100.00", List.of(new TalentIntake(TalentLevel.LEADING, 2), new TalentIntake(TalentLevel.GENERAL, 4))),
        held(2, LocalDate.of(2025, 12, 31), "50.00", List.of(new TalentIntake(TalentLevel.LEADING, 3))),
        held(3, LocalDate.of(2024, 12, 31), "7.00", List.of(new TalentIntake(TalentLevel.LEADING, 100))),
        held(4, LocalDate.of(2026, 1, 1), "9.00", List.of(new TalentIntake(TalentLevel.GENERAL, 100)))), YEAR);
    assertThat(t.activities()).isEqualTo(2);
    assertThat(t.landedInvestment()).isEqualTo(Money.yuan("150.00"));
    assertThat(t.amount(IncentiveMetric.LANDED_INVESTMENT)).isEqualTo(Money.yuan("150.00"));
    assertThat(t.amount(IncentiveMetric.TECHNOLOGY_TRANSACTIONS)).isEqualTo(Money.yuan("2.00"));
    assertThat(t.amount(IncentiveMetric.SUPPLY_CONTRACTS)).isEqualTo(Money.ZERO);
    assertThat(t.amount(IncentiveMetric.TALENT)).isEqualTo(Money.ZERO);
    assertThat(t.talents()).isEqualTo(Map.of(TalentLevel.LEADING, 5, TalentLevel.HIGH_LEVEL, 0, TalentLevel.HIGHLY_SKILLED, 0,
        TalentLevel.GENERAL, 4));
    assertThat(t.talentCount()).isEqualTo(9);
  }

  @Test
  void no_activity_in_the_period_gives_zero_everywhere() {
    MetricTotals t = MetricTotals.of(List.of(held(1, LocalDate.of(2024, 6, 1), "100.00", List.of(new TalentIntake(TalentLevel.LEADING, 2)))), YEAR);
    assertThat(t.activities()).isZero();
    assertThat(t.talentCount()).isZero();
    assertThat(t.landedInvestment()).isEqualTo(Money.ZERO);
  }
}
