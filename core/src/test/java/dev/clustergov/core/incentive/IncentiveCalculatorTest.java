package dev.clustergov.core.incentive;

import static dev.clustergov.core.testkit.gen.IncentiveGens.DAY;
import static dev.clustergov.core.testkit.gen.IncentiveGens.PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.TalentIntake;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.policy.MarginalRates;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.gen.IncentiveGens;
import java.util.List;
import org.junit.jupiter.api.Test;

class IncentiveCalculatorTest {

  static Dossier withOutcomes(Outcomes outcomes) {
    return IncentiveProperties.eligible(List.of(IncentiveGens.activity(Fixtures.ORGANIZATION_ID, "deal",
        Function.COLLABORATIVE_INNOVATION.items().get(2), PERIOD.from().plusDays(40), outcomes)));
  }

  @Test
  void the_baseline_formula_rewards_each_tier_at_its_own_rate_and_talent_by_level() {
    Outcomes o = new Outcomes(Money.yuan("150000000.00"), Money.yuan("20000000.00"), Money.ZERO,
        List.of(new TalentIntake(TalentLevel.LEADING, 1), new TalentIntake(TalentLevel.HIGHLY_SKILLED, 2)));
    Incentive i = IncentiveCalculator.compute(withOutcomes(o), Fixtures.baseline(), PERIOD, DAY);

    assertThat(i.eligible()).isTrue();
    // 100M × 0.5 % + 50M × 0.2 % = 500,000 + 100,000
    assertThat(i.metrics().get(0).amount()).isEqualTo(Money.yuan("600000.00"));
    // 10M × 1 % + 10M × 0.5 % = 100,000 + 50,000
    assertThat(i.metrics().get(1).amount()).isEqualTo(Money.yuan("150000.00"));
    assertThat(i.metrics().get(2).amount()).isEqualTo(Money.ZERO);
    // 1 × 200,000 + 2 × 20,000
    assertThat(i.metrics().get(3).amount()).isEqualTo(Money.yuan("240000.00"));
    assertThat(i.amount()).isEqualTo(Money.yuan("990000.00"));
    // the rates in words, never the parameter's notation (zh review item 4)
    assertThat(i.metrics().get(0).formula().zh()).isEqualTo("落地项目投资额150000000.00元，1亿元以下部分按0.5%，超过1亿元至5亿元部分按0.2%，超过5亿元部分按0.1%，计得600000.00元")
        .doesNotContain("*").doesNotContain(":");
    assertThat(i.metrics().get(0).formula().en()).isEqualTo("investment in projects brought to the cluster 150000000.00 yuan at 0.5 % up to 100,000,000 yuan, "
        + "0.2 % from 100,000,000 to 500,000,000 yuan, 0.1 % above 500,000,000 yuan: 600000.00 yuan");
    assertThat(i.totals().landedInvestment()).isEqualTo(Money.yuan("150000000.00"));
    assertThat(i.totals().talents().get(TalentLevel.HIGHLY_SKILLED)).isEqualTo(2);
  }

  @Test
  void the_cap_per_period_limits_a_large_result() {
    Outcomes o = new Outcomes(Money.yuan("900000000000.00"), Money.ZERO, Money.ZERO, List.of());
    Incentive i = IncentiveCalculator.compute(withOutcomes(o), Fixtures.baseline(), PERIOD, DAY);
    assertThat(i.subtotal()).isGreaterThan(Money.yuan("2000000.00"));
    assertThat(i.amount()).isEqualTo(Fixtures.baseline().get(Parameters.INCENTIVE_CAP_PER_PERIOD));
    assertThat(i.trace()).anyMatch(s -> s.kind().equals("cap") && s.statement().en().contains("above the per-period cap"));
  }

  @Test
  void rates_round_down_to_the_fen_tier_by_tier() {
    MarginalRates r = MarginalRates.from(MarginalRates.upTo("1.00", "33.3333"), MarginalRates.above("0.0001"));
    assertThat(r.rewardFor(Money.yuan("1.00"))).isEqualTo(Money.yuan("0.33"));
    assertThat(r.rewardFor(Money.yuan("101.00"))).isEqualTo(Money.yuan("0.33"));
    assertThat(r.rewardFor(Money.yuan("10001.00"))).isEqualTo(Money.yuan("0.34"));
  }

  @Test
  void the_explanation_goes_from_verdict_to_gates_and_metrics_each_citing_art_29_in_both_languages() {
    Incentive i = IncentiveCalculator.compute(withOutcomes(new Outcomes(Money.yuan("1000.00"), Money.ZERO, Money.ZERO, List.of())),
        Fixtures.baseline(), PERIOD, DAY);
    assertThat(i.trace().get(0).kind()).isEqualTo("verdict");
    assertThat(i.trace().get(0).depth()).isZero();
    assertThat(i.trace()).filteredOn(s -> s.kind().equals("gate")).hasSize(5);
    assertThat(i.trace()).filteredOn(s -> s.kind().equals("metric")).extracting(TraceStep::id)
        .containsExactly("LANDED_INVESTMENT", "TECHNOLOGY_TRANSACTIONS", "SUPPLY_CONTRACTS", "TALENT");
    assertThat(i.trace()).allMatch(s -> !s.statement().zh().isBlank() && !s.statement().en().isBlank() && !s.clauses().isEmpty());
    assertThat(i.formula().zh()).contains("每期上限");
    assertThat(i.policy()).isNotEmpty();
  }

  @Test
  void a_po_with_no_rating_and_no_activity_gets_zero_with_both_reasons() {
    Dossier d = Fixtures.compliantDossier();
    Incentive i = IncentiveCalculator.compute(d, Fixtures.baseline(), PERIOD, DAY);
    assertThat(i.amount()).isEqualTo(Money.ZERO);
    assertThat(i.reasons()).extracting(f -> f.rule()).containsExactly("A29-incentive-active-functions", "A29-incentive-rating");
    assertThat(i.reasons().get(1).render(dev.clustergov.core.kernel.Language.ZH)).contains("第二十九条").contains("第二十八条");
  }
}
