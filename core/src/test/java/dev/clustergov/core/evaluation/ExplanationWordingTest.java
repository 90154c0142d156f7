package dev.clustergov.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.supervision.Explanation;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the evaluation's explanation says (Art.28: the result is explained to the PO and the authority), checked
 * word for word where a wrong word would mislead: the gates, each dimension's full points, whether an indicator
 * is at its threshold, and whether a rule passed, failed or did not apply. The numbers come from the national
 * baseline's indicators (weights 20 / 20 / 20 / 25 / 15; O1 is 2 points, target 4, threshold 25 %; gold at 80 %
 * with every indicator at its threshold, silver at 65 %).
 */
class ExplanationWordingTest {

  static final java.time.LocalDate DAY = EvaluationSamples.DAY;

  static EvaluationResult evaluate(Dossier d) {
    return EvaluationEngine.evaluate(d, Fixtures.baseline(), DAY);
  }

  static Explanation rule(Explanation e, dev.clustergov.core.rules.Rule r) {
    return e.because().stream().filter(n -> n.kind() == Explanation.Kind.RULE && n.text().en().startsWith(r.message().en()))
        .findFirst().orElseThrow(() -> new AssertionError("no rule " + r.id() + " under " + e.text().en()));
  }

  static Explanation child(Explanation e, String enPrefix) {
    return e.because().stream().filter(n -> n.text().en().startsWith(enPrefix)).findFirst().orElseThrow(() -> new AssertionError(
        "no node starting " + enPrefix + " under " + e.text().en()));
  }

  @Test
  void a_quiet_po_is_told_the_gates_that_its_scores_rate_bronze_and_that_not_every_indicator_is_at_its_threshold() {
    EvaluationResult r = evaluate(EvaluationSamples.quiet());
    assertThat(r.everyIndicatorAtThreshold()).isFalse();
    // the reason stands first under the verdict (review stop 28, P1), the gates second
    Explanation gates = r.trace().because().get(1);
    assertThat(gates.text().en()).isEqualTo("Gates: gold at a total of at least 80 points with every indicator at its threshold and no finding against a binding requirement; silver at a total of at least 65 points "
        + "with no finding against a binding requirement; bronze when evaluated with no such finding. Rating on the scores alone: bronze; "
        + "not every indicator is at its threshold");
    assertThat(gates.text().zh()).isEqualTo("评级门槛：金标为总分不低于80分、每项指标达到门槛且无不符合约束性要求的问题；银标为总分不低于65分且无不符合约束性要求的问题；铜标为已评价且无不符合约束性要求的问题。"
        + "仅按得分评级：铜标；并非每项指标均达到门槛");
  }

  @Test
  void a_busy_po_is_told_every_indicator_is_at_its_threshold() {
    EvaluationResult r = evaluate(EvaluationSamples.busy());
    assertThat(r.everyIndicatorAtThreshold()).isTrue();
    assertThat(r.trace().because().get(1).text().en()).endsWith("Rating on the scores alone: gold; every indicator is at its threshold");
    assertThat(r.trace().because().get(1).text().zh()).endsWith("按得分评级：金标；每项指标均达到门槛");
    Explanation why = r.trace().because().get(0);
    assertThat(dev.clustergov.core.testkit.ChineseTerms.mismatch(why.text().zh(), why.text().en())).isEmpty();
  }

  @Test
  void the_verdict_writes_its_validity_as_a_date_in_words_in_each_language() {
    Explanation t = evaluate(EvaluationSamples.busy()).trace();
    assertThat(t.text().zh()).matches(".*，总分\\d+\\.\\d{2}分（满分100分），有效期至\\d{4}年\\d{1,2}月\\d{1,2}日");
    assertThat(t.text().en()).contains(", total ").contains(" of 100, valid until ");
    assertThat(t.text().en()).matches(".*valid until \\d{1,2} [A-Z][a-z]+ \\d{4}");
    assertThat(dev.clustergov.core.testkit.ChineseTerms.mismatch(t.text().zh(), t.text().en())).isEmpty();
  }

  @Test
  void each_dimension_states_its_full_points_as_the_sum_of_its_weights() {
    Explanation t = evaluate(EvaluationSamples.quiet()).trace();
    assertThat(child(t, "establishment").text().en()).endsWith(" of 20 points");
    assertThat(child(t, "governance").text().en()).endsWith(" of 20 points");
    assertThat(child(t, "management").text().en()).endsWith(" of 20 points");
    assertThat(child(t, "operation").text().en()).endsWith(" of 25 points");
    assertThat(child(t, "results").text().zh()).startsWith("成效：得").endsWith("分（满分15分）");
  }

  @Test
  void an_indicator_below_its_threshold_says_so_with_its_numbers_in_both_languages() {
    Explanation o1 = child(child(evaluate(EvaluationSamples.quiet()).trace(), "operation"), "O1");
    assertThat(o1.text().en()).endsWith(": measured 0 against a target of 4, score 0 % (weight 2), below its threshold of 25 %");
    assertThat(o1.text().zh()).endsWith("：计量值0，目标值4，得分0%（权重2），未达到门槛25%");
  }

  /**
   * Review stop 28 P10: an amount of yuan is written one way, grouped with two decimals and its unit — the report printed
   * «计量值58774334，目标值100000000» beside «58,774,334.00元» elsewhere.
   */
  @Test
  void an_indicator_measured_in_yuan_writes_its_amounts_grouped_with_the_unit() {
    Explanation r1 = child(child(evaluate(EvaluationSamples.busy()).trace(), "results"), "R1");
    assertThat(r1.text().zh()).containsPattern("：计量值\\d{1,3}(,\\d{3})*\\.\\d{2}元，目标值100,000,000\\.00元，得分");
    assertThat(r1.text().en()).containsPattern(": measured \\d{1,3}(,\\d{3})*\\.\\d{2} yuan against a target of 100,000,000\\.00 yuan, score");
    // its evidence too: the Money in words, grouped
    assertThat(r1.because()).anySatisfy(e -> assertThat(e.text().zh()).containsPattern("：\\d{1,3}(,\\d{3})*\\.\\d{2}元$"));
  }

  @Test
  void an_indicator_at_its_threshold_says_so() {
    Explanation e3 = child(child(evaluate(EvaluationSamples.quiet()).trace(), "establishment"), "E3");
    assertThat(e3.text().en()).endsWith(": measured 100 against a target of 100, score 100 % (weight 3), at or above its threshold of 100 %");
    assertThat(e3.text().zh()).endsWith("：计量值100，目标值100，得分100%（权重3），达到门槛100%");
  }

  @Test
  void a_rule_under_an_indicator_says_whether_it_passed_failed_or_did_not_apply() {
    Dossier d = EvaluationSamples.quiet().with(ImmutablePromotionOrganization.copyOf(Fixtures.compliantOrganization())
        .withPartyOrganization(Optional.empty()).withBankAccount(Optional.empty()));
    Explanation t = evaluate(d).trace();
    Explanation e3 = child(child(t, "establishment"), "E3");
    // the requirement, then whether it is met, in each language alike; no rule id in either (review stop 28, E1)
    Explanation party = rule(e3, dev.clustergov.core.rules.EstablishmentRules.PARTY_ORGANISATION);
    assertThat(party.text().en()).endsWith(" (not met)").doesNotContain("A7.1");
    assertThat(party.text().zh()).endsWith("（不符合要求）");
    Explanation m2 = child(child(t, "management"), "M2");
    Explanation notShared = m2.because().stream().filter(n -> n.kind() == Explanation.Kind.RULE && n.text().en().endsWith("(does not apply)"))
        .findFirst().orElseThrow();
    assertThat(notShared.text().zh()).endsWith("（不适用）");
    assertThat(m2.because().stream().filter(n -> n.kind() == Explanation.Kind.RULE))
        .anySatisfy(n -> {
          assertThat(n.text().en()).endsWith(" (met)");
          assertThat(n.text().zh()).endsWith("（符合要求）");
        })
        .allSatisfy(n -> assertThat(n.text().en()).doesNotContainPattern("\\bA\\d+[.-]").doesNotStartWith("Rule "));
    assertThat(List.of(e3.kind(), m2.kind())).containsOnly(Explanation.Kind.INDICATOR);
  }
}
