package dev.clustergov.core.incentive;

import static dev.clustergov.core.testkit.gen.IncentiveGens.DAY;
import static dev.clustergov.core.testkit.gen.IncentiveGens.PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.operation.TalentIntake;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.policy.ParameterValues;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.gen.IncentiveGens;
import io.vavr.control.Option;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What Art.29's incentive tells the PO: how many gates failed, which hold, the per-period cap at its exact
 * bound, each talent level rewarded, the metric caps in the formula, and the evidence of the rating and
 * sanction gates. Every amount and sentence is written here from the baseline policy (200,000 yuan a
 * leading talent, 20,000 a highly skilled one, 2,000,000 a period), never read back from the calculator.
 */
class IncentiveExplanationTest {

  static Dossier withOutcomes(Outcomes outcomes) {
    return IncentiveCalculatorTest.withOutcomes(outcomes);
  }

  static Outcomes talents(TalentIntake... t) {
    return new Outcomes(Money.ZERO, Money.ZERO, Money.ZERO, List.of(t));
  }

  static Policy capped() {
    PolicyPack pack = PolicyPack.define(Fixtures.SUZHOU, DAY.minusYears(1), 1, Text.of("设上限", "with caps"), ParameterValues.empty()
            .with(Parameters.INCENTIVE_CAP_TECHNOLOGY_TRANSACTIONS, Option.some(Money.yuan("100000.00")))
            .with(Parameters.INCENTIVE_CAP_TALENT, Option.some(Money.yuan("50000.00"))))
        .toEither().getOrElseThrow(e -> new IllegalStateException(e.mkString("; ")));
    return PolicyResolver.resolve(List.of(pack), Fixtures.SUZHOU, DAY);
  }

  @Test
  void an_ineligible_po_is_told_how_many_gates_failed_and_each_gate_whether_it_holds() {
    Incentive i = IncentiveCalculator.compute(Fixtures.compliantDossier(), Fixtures.baseline(), PERIOD, DAY);
    assertThat(i.trace().get(0).statement().en()).isEqualTo("Not eligible (2 conditions not met): the incentive is 0");
    assertThat(i.trace().get(0).statement().zh()).isEqualTo("不符合奖励条件（2项条件未满足），奖励为0");
    assertThat(i.trace()).filteredOn(s -> s.kind().equals("gate"))
        .extracting(s -> s.id() + " " + s.statement().en().substring(0, 6))
        .containsExactly("A29-incentive-recognised Holds:", "A29-incentive-five-layers Holds:",
            "A29-incentive-active-functions Fails:", "A29-incentive-rating Fails:", "A29-incentive-no-sanction Holds:");
    assertThat(i.trace()).filteredOn(s -> s.kind().equals("gate")).extracting(s -> s.statement().zh().substring(0, 3))
        .containsExactly("满足：", "满足：", "未满足", "未满足", "满足：");
  }

  @Test
  void a_subtotal_exactly_at_the_per_period_cap_is_within_it() {
    // 10 leading talents × 200,000 = 2,000,000 = the cap
    Incentive i = IncentiveCalculator.compute(withOutcomes(talents(new TalentIntake(TalentLevel.LEADING, 10))), Fixtures.baseline(),
        PERIOD, DAY);
    assertThat(i.amount()).isEqualTo(Money.yuan("2000000.00"));
    assertThat(i.trace()).filteredOn(s -> s.kind().equals("cap")).singleElement()
        .satisfies(s -> assertThat(s.statement().en())
            .isEqualTo("The metrics total 2000000.00 yuan, within the per-period cap of 2000000.00 yuan"));
    // one fen more is above it
    Incentive above = IncentiveCalculator.compute(withOutcomes(new Outcomes(Money.ZERO, Money.ZERO, Money.yuan("5.00"),
        List.of(new TalentIntake(TalentLevel.LEADING, 10)))), Fixtures.baseline(), PERIOD, DAY);
    assertThat(above.trace()).filteredOn(s -> s.kind().equals("cap")).singleElement()
        .satisfies(s -> assertThat(s.statement().en())
            .isEqualTo("The metrics total 2000000.01 yuan, above the per-period cap: 2000000.00 yuan"));
  }

  @Test
  void each_talent_level_with_people_gets_its_own_line_under_the_talent_metric() {
    Incentive i = IncentiveCalculator.compute(withOutcomes(talents(new TalentIntake(TalentLevel.LEADING, 1),
        new TalentIntake(TalentLevel.HIGHLY_SKILLED, 2))), Fixtures.baseline(), PERIOD, DAY);
    List<TraceStep> talent = i.trace().stream().filter(s -> s.id().equals("TALENT")).toList();
    assertThat(talent).extracting(s -> s.kind() + ": " + s.statement().en()).containsExactly(
        "metric: " + IncentiveMetric.TALENT.title().en() + ": 240000.00 yuan",
        "tier: leading talent 1 × 200000.00 yuan = 200000.00 yuan",
        "tier: highly skilled talent 2 × 20000.00 yuan = 40000.00 yuan");
    MetricAward award = i.metrics().get(3);
    assertThat(award.formula().en()).isEqualTo(
        "talent leading talent 1 × 200000.00 + high-level talent 0 × 100000.00 + highly skilled talent 2 × 20000.00 + general talent 0 × 0.00 = 240000.00 yuan");
    assertThat(talent.get(0).evidence().toString()).contains("LEADING:1").contains("HIGHLY_SKILLED:2");
    var byLevel = talent.get(0).evidence().stream().filter(e -> e.name().equals("byLevel")).findFirst().orElseThrow().words();
    assertThat(byLevel.zh()).contains("领军人才1人").contains("高技能人才2人");
    assertThat(byLevel.en()).contains("leading talent: 1").contains("highly skilled talent: 2");
  }

  @Test
  void a_metric_cap_set_by_the_policy_is_named_in_the_formula() {
    Incentive i = IncentiveCalculator.compute(withOutcomes(new Outcomes(Money.ZERO, Money.yuan("20000000.00"), Money.ZERO,
        List.of(new TalentIntake(TalentLevel.HIGH_LEVEL, 1)))), capped(), PERIOD, DAY);
    // 10M × 1 % + 10M × 0.5 % = 150,000, capped at 100,000; 1 × 100,000 capped at 50,000
    MetricAward tech = i.metrics().get(1);
    assertThat(tech.amount()).isEqualTo(Money.yuan("100000.00"));
    assertThat(tech.formula().en()).endsWith(" above 100,000,000 yuan: 150000.00 yuan, capped at 100000.00 yuan");
    assertThat(tech.formula().zh()).endsWith("超过1亿元部分按0.2%，计得150000.00元，该项上限100000.00元");
    MetricAward talent = i.metrics().get(3);
    assertThat(talent.amount()).isEqualTo(Money.yuan("50000.00"));
    assertThat(talent.formula().en()).endsWith(" = 100000.00 yuan, capped at 50000.00 yuan");
    assertThat(talent.formula().zh()).endsWith("＝100000.00元，该项上限50000.00元");
    assertThat(i.amount()).isEqualTo(Money.yuan("150000.00"));
  }

  @Test
  void only_activities_held_inside_the_period_make_a_function_active() {
    var item = Function.COLLABORATIVE_INNOVATION.items().get(0);
    ServiceActivity after = IncentiveGens.activity(Fixtures.ORGANIZATION_ID, "late", item, PERIOD.to().plusDays(1), Outcomes.NONE);
    ServiceActivity before = IncentiveGens.activity(Fixtures.ORGANIZATION_ID, "early", item, PERIOD.from().minusDays(1), Outcomes.NONE);
    ServiceActivity last = IncentiveGens.activity(Fixtures.ORGANIZATION_ID, "last", item, PERIOD.to(), Outcomes.NONE);
    assertThat(IncentiveCalculator.activeFunctions(List.of(after, before), PERIOD)).isEmpty();
    assertThat(IncentiveCalculator.activeFunctions(List.of(after, last), PERIOD)).containsExactly(Function.COLLABORATIVE_INNOVATION);
  }

  @Test
  void an_expired_evaluation_is_not_current_and_of_two_on_one_day_the_greater_id_holds() {
    var org = Fixtures.ORGANIZATION_ID;
    Evaluation expired = IncentiveGens.evaluation(org, "eval-old", Rating.GOLD, DAY.minusYears(3), DAY.minusDays(1));
    Evaluation a = IncentiveGens.evaluation(org, "eval-a", Rating.SILVER, DAY.minusMonths(2), DAY.plusYears(1));
    Evaluation b = IncentiveGens.evaluation(org, "eval-b", Rating.BRONZE, DAY.minusMonths(2), DAY.plusYears(1));
    assertThat(IncentiveCalculator.currentEvaluation(List.of(expired), DAY)).isEmpty();
    assertThat(IncentiveCalculator.currentEvaluation(List.of(b, expired, a), DAY)).map(e -> e.id().value()).contains("eval-b");
    assertThat(IncentiveCalculator.currentEvaluation(List.of(a, b), DAY)).map(e -> e.id().value()).contains("eval-b");
  }

  @Test
  void the_rating_and_sanction_gates_show_the_evaluation_and_the_sanctions_in_force() {
    var o = Fixtures.compliantOrganization();
    Dossier base = IncentiveProperties.eligible(List.of());
    List<dev.clustergov.core.supervision.Sanction> sanctions = new ArrayList<>(List.of(
        IncentiveGens.sanction(o.id(), o.authority(), "sanction-1", SanctionKind.SUSPENSION, DAY.minusMonths(1), Optional.empty()),
        IncentiveGens.sanction(o.id(), o.authority(), "sanction-0", SanctionKind.SUSPENSION, DAY.minusYears(1),
            Optional.of(DAY.minusMonths(6)))));
    Dossier d = Dossier.builder().from(base).sanctions(sanctions).build();
    Incentive i = IncentiveCalculator.compute(d, Fixtures.baseline(), PERIOD, DAY);
    GateCheck rating = i.gates().get(3);
    Evaluation current = base.evaluations().get(0);
    assertThat(rating.evidence().toString()).contains("evaluation=" + current.id().value())
        .contains("validUntil=" + current.validUntil());
    GateCheck sanction = i.gates().get(4);
    assertThat(sanction.passed()).isFalse();
    assertThat(sanction.evidence().toString()).contains("blockingSanctions=[sanction-1 SUSPENSION]").contains("sanctionsInForce=1");
    assertThat(i.amount()).isEqualTo(Money.ZERO);
  }

  /** A policy under which a sanction withholds the rating but does not by itself exclude incentives: the rating gate alone decides. */
  static Policy ratingAloneWithheld() {
    PolicyPack pack = PolicyPack.define(Fixtures.SUZHOU, DAY.minusYears(1), 1, Text.of("处理决定不排除奖励", "sanctions exclude no incentive"),
            ParameterValues.empty().with(Parameters.SANCTION_BLOCKS_INCENTIVES, io.vavr.collection.TreeSet.empty()))
        .toEither().getOrElseThrow(e -> new IllegalStateException(e.mkString("; ")));
    return PolicyResolver.resolve(List.of(pack), Fixtures.SUZHOU, DAY);
  }

  /** A policy under which a sanction withholds no rating but still excludes incentives: the sanction gate alone decides. */
  static Policy sanctionAloneExcludes() {
    PolicyPack pack = PolicyPack.define(Fixtures.SUZHOU, DAY.minusYears(1), 1, Text.of("处理决定不暂停适用评价等级", "sanctions withhold no rating"),
            ParameterValues.empty().with(Parameters.SANCTION_BLOCKS_RATING, io.vavr.collection.TreeSet.empty()))
        .toEither().getOrElseThrow(e -> new IllegalStateException(e.mkString("; ")));
    return PolicyResolver.resolve(List.of(pack), Fixtures.SUZHOU, DAY);
  }

  @Test
  void a_sanction_in_force_that_excludes_incentives_makes_the_po_ineligible_though_every_other_gate_holds() {
    // Art.29: 依法依规予以处理的 — the last gate; the rating stays in force under this policy, so only this gate fails
    var o = Fixtures.compliantOrganization();
    Dossier base = IncentiveProperties.eligible(List.of());
    Policy policy = sanctionAloneExcludes();
    var order = IncentiveGens.sanction(o.id(), o.authority(), "sanction-1", SanctionKind.RECTIFICATION_ORDER, DAY.minusMonths(1),
        Optional.empty());
    Dossier sanctioned = Dossier.builder().from(base).sanctions(List.of(order)).build();

    Incentive i = IncentiveCalculator.compute(sanctioned, policy, PERIOD, DAY);
    assertThat(i.gates()).extracting(GateCheck::passed).containsExactly(true, true, true, true, false);
    assertThat(i.reasons()).extracting(f -> f.rule()).containsExactly("A29-incentive-no-sanction");
    assertThat(IncentiveCalculator.eligible(sanctioned, policy, PERIOD, DAY)).isFalse();

    // the other side: the order lifted the day before, every gate holds
    var lifted = IncentiveGens.sanction(o.id(), o.authority(), "sanction-1", SanctionKind.RECTIFICATION_ORDER, DAY.minusMonths(1),
        Optional.of(DAY.minusDays(1)));
    Dossier cleared = Dossier.builder().from(base).sanctions(List.of(lifted)).build();
    assertThat(IncentiveCalculator.compute(cleared, policy, PERIOD, DAY).eligible()).isTrue();
    assertThat(IncentiveCalculator.eligible(cleared, policy, PERIOD, DAY)).isTrue();
  }

  @Test
  void a_rating_withheld_under_a_sanction_is_not_in_force_so_the_rating_gate_fails_and_says_why() {
    // Art.29 with Art.28: 获得奖励须持有……有效第三方评价结果; a rating 暂停适用 is not 有效 (review stop 27, item 7)
    var o = Fixtures.compliantOrganization();
    Dossier base = IncentiveProperties.eligible(List.of());
    Policy policy = ratingAloneWithheld();
    var order = IncentiveGens.sanction(o.id(), o.authority(), "sanction-1", SanctionKind.RECTIFICATION_ORDER, DAY.minusMonths(1),
        Optional.empty());
    Dossier withheld = Dossier.builder().from(base).sanctions(List.of(order)).build();

    Incentive i = IncentiveCalculator.compute(withheld, policy, PERIOD, DAY);
    GateCheck rating = i.gates().get(3);
    assertThat(rating.passed()).isFalse();
    assertThat(i.gates().get(4).passed()).as("the policy lets no sanction exclude incentives").isTrue();
    assertThat(i.eligible()).isFalse();
    assertThat(IncentiveCalculator.eligible(withheld, policy, PERIOD, DAY)).isFalse();
    assertThat(i.reasons()).extracting(f -> f.rule()).containsExactly("A29-incentive-rating");
    var line = rating.evidence().stream().filter(e -> e.name().equals("currentRating")).findFirst().orElseThrow().line();
    assertThat(line.zh()).isEqualTo("现行评价等级：金标（因处理决定暂停适用）");
    assertThat(line.en()).isEqualTo("current rating: gold (withheld under a sanction)");

    // the other side: the same order lifted before the day, the rating is in force again and the gate holds
    var lifted = IncentiveGens.sanction(o.id(), o.authority(), "sanction-1", SanctionKind.RECTIFICATION_ORDER, DAY.minusMonths(1),
        Optional.of(DAY.minusDays(1)));
    Dossier inForce = Dossier.builder().from(base).sanctions(List.of(lifted)).build();
    Incentive j = IncentiveCalculator.compute(inForce, policy, PERIOD, DAY);
    assertThat(j.gates().get(3).passed()).isTrue();
    assertThat(j.eligible()).isTrue();
    assertThat(IncentiveCalculator.eligible(inForce, policy, PERIOD, DAY)).isTrue();
    assertThat(j.gates().get(3).evidence().stream().filter(e -> e.name().equals("currentRating")).findFirst().orElseThrow().line().zh())
        .isEqualTo("现行评价等级：金标");
  }

  @Test
  void the_sanction_gate_is_worded_as_the_condition_that_holds_in_one_term() {
    // 满足 must mean the incentive is not blocked: the text states the absence of an excluding 处理决定
    var gate = dev.clustergov.core.rules.IncentiveGuards.NO_BLOCKING_SANCTION;
    assertThat(gate.message().zh()).startsWith("获得奖励须无生效的排除奖励的处理决定").doesNotContain("处理措施");
    assertThat(gate.message().en()).startsWith("An incentive requires no sanction in force that excludes incentives");
    Incentive i = IncentiveCalculator.compute(IncentiveProperties.eligible(List.of()), Fixtures.baseline(), PERIOD, DAY);
    GateCheck sanction = i.gates().get(4);
    assertThat(sanction.passed()).isTrue();
    assertThat(sanction.evidence()).allSatisfy(e -> assertThat(e.line().zh()).doesNotContain("处理措施"));
    assertThat(sanction.evidence()).anySatisfy(e -> assertThat(e.line().zh()).isEqualTo("生效的处理决定数：0"));
  }
}
