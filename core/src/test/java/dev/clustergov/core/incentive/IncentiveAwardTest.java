package dev.clustergov.core.incentive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.testkit.contract.IncentiveSamples;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * An incentive award (激励奖励, Art.29) at its edges, on the incentive package's own test (the application's and the
 * stores' contracts use it without its limits): an amount equal to its cap or its metrics' total is taken, one fen more
 * is refused; granted on its period's last day is taken, the day before refused; one amount per metric; a period shares
 * a day with another exactly when neither ends before the other begins.
 */
class IncentiveAwardTest {

  static final IncentiveAward AWARD = IncentiveSamples.award("award-1", IncentiveSamples.PO, 2025); // 940,000.00 of a 2,000,000.00 cap

  static IncentiveAward with(long version, Period period, LocalDate grantedOn, List<MetricAward> metrics, String subtotal, String cap,
      String amount) {
    IncentiveAward a = AWARD;
    return new IncentiveAward(a.id(), version, a.organization(), a.authority(), period, grantedOn, a.totals(), metrics,
        Money.yuan(subtotal), Money.yuan(cap), Money.yuan(amount), a.formula(), a.policyVersions());
  }

  static IncentiveAward amounts(String subtotal, String cap, String amount) {
    return with(0, AWARD.period(), AWARD.grantedOn(), AWARD.metrics(), subtotal, cap, amount);
  }

  @Test
  void an_award_is_at_most_its_cap_and_its_metrics_total_to_the_fen() {
    assertThat(amounts("940000.00", "940000.00", "940000.00").amount()).isEqualTo(Money.yuan("940000.00"));
    assertThatThrownBy(() -> amounts("940000.01", "940000.00", "940000.01")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never exceeds its cap");
    assertThatThrownBy(() -> amounts("940000.00", "2000000.00", "940000.01")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never exceeds its cap");
  }

  @Test
  void an_award_is_granted_on_or_after_its_period_s_last_day_with_a_version_of_zero_or_more() {
    Period year = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    assertThat(with(0, year, LocalDate.of(2025, 12, 31), AWARD.metrics(), "940000.00", "2000000.00", "940000.00").grantedOn())
        .isEqualTo(LocalDate.of(2025, 12, 31));
    assertThatThrownBy(() -> with(0, year, LocalDate.of(2025, 12, 30), AWARD.metrics(), "940000.00", "2000000.00", "940000.00"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("once its period has ended");
    assertThatThrownBy(() -> with(-1, year, LocalDate.of(2026, 3, 1), AWARD.metrics(), "940000.00", "2000000.00", "940000.00"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("version");
    IncentiveAward stored = AWARD.withVersion(3);
    assertThat(stored.version()).isEqualTo(3);
    assertThat(stored.withVersion(0)).isEqualTo(AWARD);
  }

  @Test
  void an_award_has_one_amount_per_metric() {
    List<MetricAward> twice = new ArrayList<>(AWARD.metrics());
    twice.add(AWARD.metrics().get(0));
    assertThatThrownBy(() -> with(0, AWARD.period(), AWARD.grantedOn(), twice, "940000.00", "2000000.00", "940000.00"))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("one amount per metric");
  }

  @Test
  void periods_overlap_when_they_share_a_day() {
    // AWARD's period is the year 2025
    assertThat(AWARD.overlaps(new Period(LocalDate.of(2025, 12, 31), LocalDate.of(2026, 1, 31)))).isTrue();
    assertThat(AWARD.overlaps(new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31)))).isFalse();
    assertThat(AWARD.overlaps(new Period(LocalDate.of(2024, 12, 1), LocalDate.of(2025, 1, 1)))).isTrue();
    assertThat(AWARD.overlaps(new Period(LocalDate.of(2024, 12, 1), LocalDate.of(2024, 12, 31)))).isFalse();
    assertThat(AWARD.overlaps(new Period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)))).isTrue();
  }

  /**
   * {@code of} awards a computed incentive as computed — its PO, period, day, totals, metrics, amounts, formula and the
   * versions of the packs used — and refuses one whose PO is not eligible (Art.29: no rating and no activity here).
   */
  @Test
  void an_eligible_computed_incentive_is_awarded_as_computed_and_an_ineligible_one_is_refused() {
    Incentive eligible = IncentiveCalculator.compute(IncentiveCalculatorTest.withOutcomes(new dev.clustergov.core.operation.Outcomes(
        Money.yuan("150000000.00"), Money.ZERO, Money.ZERO, List.of())), dev.clustergov.core.testkit.fixtures.Fixtures.baseline(),
        dev.clustergov.core.testkit.gen.IncentiveGens.PERIOD, dev.clustergov.core.testkit.gen.IncentiveGens.DAY);
    assertThat(eligible.eligible()).isTrue();
    IncentiveAward award = IncentiveAward.of(new IncentiveAwardId("award-9"), AWARD.authority(), eligible);
    assertThat(award).isEqualTo(new IncentiveAward(new IncentiveAwardId("award-9"), 0, eligible.organization(), AWARD.authority(),
        eligible.period(), eligible.computedOn(), eligible.totals(), eligible.metrics(), eligible.subtotal(), eligible.cap(),
        eligible.amount(), eligible.formula(), eligible.policy().stream().map(Object::toString).toList()));
    assertThat(award.amount()).isEqualTo(Money.yuan("600000.00"));

    Incentive ineligible = IncentiveCalculator.compute(dev.clustergov.core.testkit.fixtures.Fixtures.compliantDossier(),
        dev.clustergov.core.testkit.fixtures.Fixtures.baseline(), dev.clustergov.core.testkit.gen.IncentiveGens.PERIOD,
        dev.clustergov.core.testkit.gen.IncentiveGens.DAY);
    assertThat(ineligible.eligible()).isFalse();
    assertThatThrownBy(() -> IncentiveAward.of(new IncentiveAwardId("award-10"), AWARD.authority(), ineligible))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("only an eligible PO is awarded");
  }
}
