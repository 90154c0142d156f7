package dev.clustergov.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.ImmutableDossier;
import dev.clustergov.core.supervision.Explanation;
import dev.clustergov.core.supervision.IndicatorScore;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionId;
import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EvaluationEngineTest {

  static final java.time.LocalDate DAY = EvaluationSamples.DAY;

  @Test
  void a_busy_compliant_po_is_rated_gold_with_every_indicator_scored() {
    EvaluationResult r = EvaluationEngine.evaluate(EvaluationSamples.busy(), Fixtures.baseline(), DAY);
    assertThat(r.scores()).hasSize(Fixtures.baseline().get(Parameters.EVALUATION_INDICATORS).all().size());
    assertThat(r.blockingFindings()).isEmpty();
    assertThat(r.everyIndicatorAtThreshold()).isTrue();
    assertThat(r.totalPercent()).isGreaterThanOrEqualTo(new BigDecimal("80"));
    assertThat(r.rating()).isEqualTo(Rating.GOLD);
    assertThat(r.validUntil()).isEqualTo(DAY.plusMonths(24).minusDays(1));
    assertThat(r.dossierHash()).matches("[0-9a-f]{64}");
    assertThat(r.policyVersions()).containsExactly("000000 v1 from 2023-12-01");
  }

  @Test
  void a_compliant_po_without_activities_is_rated_bronze_its_operation_and_results_scoring_nothing() {
    EvaluationResult r = EvaluationEngine.evaluate(EvaluationSamples.quiet(), Fixtures.baseline(), DAY);
    assertThat(r.blockingFindings()).isEmpty();
    assertThat(r.totalPercent()).isLessThan(new BigDecimal("65"));
    assertThat(r.rating()).isEqualTo(Rating.BRONZE);
    assertThat(score(r, "O1").scorePercent()).isEqualByComparingTo("0");
    assertThat(score(r, "R1").scorePercent()).isEqualByComparingTo("0");
  }

  @Test
  void a_blocking_finding_means_no_rating_and_the_finding_is_in_the_trace_with_its_clause() {
    Dossier broken = EvaluationSamples.busy().with(
        dev.clustergov.core.organization.ImmutablePromotionOrganization.copyOf(Fixtures.compliantOrganization())
            .withPartyOrganization(Optional.empty()));
    EvaluationResult r = EvaluationEngine.evaluate(broken, Fixtures.baseline(), DAY);
    assertThat(r.blockingFindings()).extracting(f -> f.rule()).contains("A7.1-party-organisation");
    assertThat(r.rating()).isEqualTo(Rating.NONE);
    assertThat(r.scoreRating()).isNotEqualTo(Rating.NONE);
    assertThat(r.trace().nodes()).anySatisfy(n -> {
      assertThat(n.kind()).isEqualTo(Explanation.Kind.FINDING);
      assertThat(n.clauses()).contains(Citation.item(7, 1));
    });
  }

  @Test
  void a_suspension_in_force_holds_the_rating_at_none_citing_art29() {
    Sanction suspension = new Sanction(new SanctionId("san-1"), 0, Fixtures.ORGANIZATION_ID, Fixtures.AUTHORITY_ID,
        SanctionKind.SUSPENSION, DAY.minusDays(10), List.of(Citation.article(12)), "共用账户", Optional.empty(), Optional.empty());
    Dossier d = ImmutableDossier.copyOf(EvaluationSamples.busy()).withSanctions(suspension);
    EvaluationResult r = EvaluationEngine.evaluate(d, Fixtures.baseline(), DAY);
    assertThat(r.rating()).isEqualTo(Rating.NONE);
    assertThat(r.scoreRating()).isEqualTo(Rating.GOLD);
    assertThat(r.sanctions()).hasSize(1);
    assertThat(r.trace().nodes()).anySatisfy(n -> {
      assertThat(n.kind()).isEqualTo(Explanation.Kind.SANCTION);
      assertThat(n.clauses()).contains(Citation.article(29));
    });
    Sanction lifted = new Sanction(suspension.id(), 0, suspension.organization(), suspension.authority(), suspension.kind(),
        suspension.decidedOn(), suspension.grounds(), suspension.reason(), Optional.empty(), Optional.of(DAY.minusDays(1)));
    assertThat(EvaluationEngine.evaluate(ImmutableDossier.copyOf(d).withSanctions(lifted), Fixtures.baseline(), DAY).rating())
        .isEqualTo(Rating.GOLD);
  }

  /** Review stop 28, P1 and P2: under the verdict, why — every gate that failed, named — and no validity for no grade. */
  @Test
  void no_grade_states_every_gate_that_failed_right_under_the_verdict_and_no_validity() {
    Sanction order = new Sanction(new SanctionId("san-1"), 0, Fixtures.ORGANIZATION_ID, Fixtures.AUTHORITY_ID,
        SanctionKind.SUSPENSION, DAY.minusDays(10), List.of(Citation.article(12)), "共用账户", Optional.empty(), Optional.empty());
    Dossier d = ImmutableDossier.copyOf(EvaluationSamples.busy().with(
        dev.clustergov.core.organization.ImmutablePromotionOrganization.copyOf(Fixtures.compliantOrganization())
            .withPartyOrganization(Optional.empty()))).withSanctions(order);
    EvaluationResult r = EvaluationEngine.evaluate(d, Fixtures.baseline(), DAY);
    assertThat(r.rating()).isEqualTo(Rating.NONE);
    Explanation why = r.trace().because().get(0);
    assertThat(why.kind()).isEqualTo(Explanation.Kind.VERDICT);
    assertThat(why.text().zh()).startsWith("评定理由：因不符合约束性要求（第七条第（一）项：")
        .contains("，且处理决定（暂停认定，" + dev.clustergov.core.kernel.Dates.zh(DAY.minusDays(10)) + "作出）仍在生效")
        .endsWith("不予评定等级（总分" + r.totalPercent().stripTrailingZeros().toPlainString() + "分）。")
        .doesNotContain("并非每项指标均达到门槛").doesNotContain("A7.1").doesNotContain("san-1");
    assertThat(why.text().en()).startsWith("Why: not rated, because a binding requirement is not met (Art.7(1): ")
        .contains(", and a sanction (suspension of recognition, decided on ").doesNotContain("A7.1").doesNotContain("san-1");
    assertThat(why.clauses()).contains(Citation.article(28), Citation.item(7, 1), Citation.article(29));
    assertThat(r.trace().text().zh()).doesNotContain("有效期");
    assertThat(r.trace().text().en()).doesNotContain("valid until");
    assertThat(dev.clustergov.core.testkit.ChineseTerms.problems(why.text().zh())).isEmpty();
  }

  @Test
  void a_rated_po_is_told_why_it_got_its_label_and_not_every_threshold_only_where_that_stopped_gold() {
    EvaluationResult gold = EvaluationEngine.evaluate(EvaluationSamples.busy(), Fixtures.baseline(), DAY);
    assertThat(gold.trace().because().get(0).text().zh()).startsWith("评定理由：总分").contains("不低于金标的80分，每项指标均达到门槛").endsWith("评为金标。");
    assertThat(gold.trace().text().zh()).contains("有效期至");
    RatingGates gates = RatingGates.from(Fixtures.baseline());
    assertThat(EvaluationEngine.reason(gates, new BigDecimal("85"), false, Rating.SILVER, List.of(), List.of()).zh())
        .isEqualTo("评定理由：总分85分，达到金标的80分，但并非每项指标均达到门槛，评为银标。");
    assertThat(EvaluationEngine.reason(gates, new BigDecimal("70"), false, Rating.SILVER, List.of(), List.of()).zh())
        .doesNotContain("并非每项指标").contains("低于金标的80分");
    EvaluationResult bronze = EvaluationEngine.evaluate(EvaluationSamples.quiet(), Fixtures.baseline(), DAY);
    assertThat(bronze.trace().because().get(0).text().en()).startsWith("Why: a total of ").contains("below silver's 65").endsWith("rated bronze.");
  }

  @Test
  void the_trace_runs_verdict_dimension_indicator_rule_evidence_in_both_languages() {
    EvaluationResult r = EvaluationEngine.evaluate(EvaluationSamples.busy(), Fixtures.baseline(), DAY);
    Explanation t = r.trace();
    assertThat(t.kind()).isEqualTo(Explanation.Kind.VERDICT);
    assertThat(t.text().zh()).contains("金标");
    assertThat(t.text().en()).contains("gold");
    Explanation governance = t.because().stream().filter(n -> n.text().en().startsWith("governance")).findFirst().orElseThrow();
    Explanation g2 = governance.because().stream().filter(n -> n.text().en().startsWith("G2")).findFirst().orElseThrow();
    assertThat(g2.clauses()).containsExactly(Citation.item(8, 2));
    Explanation rule = g2.because().stream().filter(n -> n.kind() == Explanation.Kind.RULE).findFirst().orElseThrow();
    // decision 0565: the rule is its requirement under its clause; its id in neither language (review stop 28, E1)
    assertThat(rule.text().zh()).endsWith("（符合要求）").doesNotContain("A8.2");
    assertThat(rule.text().en()).endsWith(" (met)").doesNotContain("A8.2");
    assertThat(t.nodes()).allSatisfy(n -> assertThat(dev.clustergov.core.testkit.ChineseTerms.problems(n.text().zh()))
        .as(n.text().zh()).isEmpty());
    assertThat(g2.because()).anySatisfy(e -> {
      assertThat(e.kind()).isEqualTo(Explanation.Kind.EVIDENCE);
      assertThat(e.text().en()).isEqualTo("Evidence (rules passed): 3");
      assertThat(e.text().zh()).isEqualTo("证据（通过的规则数）：3");
    });
    assertThat(t.nodes()).anySatisfy(n -> {
      assertThat(n.kind()).isEqualTo(Explanation.Kind.RULE);
      assertThat(n.because()).isNotEmpty().allSatisfy(e -> assertThat(e.kind()).isEqualTo(Explanation.Kind.EVIDENCE));
    });
    assertThat(t.render(Language.ZH)).contains("【第二十八条】评价结果：金标");
    assertThat(t.render(Language.EN)).contains("[Art.28] Rating: gold");
    assertThat(Explanation.parse(t.format())).contains(t);
  }

  @Test
  void records_dated_after_the_day_change_neither_the_scores_nor_the_hash() {
    Dossier d = EvaluationSamples.busy();
    var later = EvaluationSamples.activity(999, dev.clustergov.core.guideline.FunctionItem.all().head(), List.of(),
        dev.clustergov.core.operation.Outcomes.NONE);
    var laterActivity = new dev.clustergov.core.operation.ServiceActivity(later.id(), 0, later.organization(), later.item(),
        later.title(), DAY.plusDays(3), later.delivery(), later.memberParticipants(), later.outsideParticipants(),
        true, Optional.empty(), later.outcomes());
    Dossier withLater = ImmutableDossier.copyOf(d).withActivities(
        java.util.stream.Stream.concat(d.activities().stream(), java.util.stream.Stream.of(laterActivity)).toList());
    EvaluationResult a = EvaluationEngine.evaluate(d, Fixtures.baseline(), DAY);
    EvaluationResult b = EvaluationEngine.evaluate(withLater, Fixtures.baseline(), DAY);
    assertThat(b.dossierHash()).isEqualTo(a.dossierHash());
    assertThat(b.scores()).isEqualTo(a.scores());
    EvaluationResult c = EvaluationEngine.evaluate(withLater, Fixtures.baseline(), DAY.plusDays(3));
    assertThat(c.dossierHash()).isNotEqualTo(a.dossierHash());
  }

  @Test
  void the_snapshot_keeps_the_supervision_parts_so_their_rules_see_them_and_the_hash_covers_them() {
    var measure = new dev.clustergov.core.supervision.SelfDisciplineMeasure(new dev.clustergov.core.supervision.MeasureId("measure-1"), 0,
        Fixtures.ORGANIZATION_ID, dev.clustergov.core.supervision.MeasureKind.CONVENTION, "自律公约",
        new dev.clustergov.core.governance.BodyId("congress"), DAY.minusDays(5));
    Dossier with = ImmutableDossier.copyOf(EvaluationSamples.busy()).withSelfDisciplineMeasures(measure);
    assertThat(Snapshot.of(with, DAY).selfDisciplineMeasures()).containsExactly(measure);
    assertThat(EvaluationEngine.evaluate(with, Fixtures.baseline(), DAY).dossierHash())
        .isNotEqualTo(EvaluationEngine.evaluate(EvaluationSamples.busy(), Fixtures.baseline(), DAY).dossierHash());
  }

  static IndicatorScore score(EvaluationResult r, String id) {
    return r.scores().stream().filter(s -> s.indicator().equals(id)).findFirst().orElseThrow();
  }

  /**
   * Decision 0610: a rule list's indicator is titled in the trace by the clauses its rules cite in the evaluation's rule
   * book, not by their ids: with the Art.16 rule of G5 also citing Art.26, G5 reads 第十五条、第十六条、第二十六条, which no
   * rule id says.
   */
  @Test
  void a_rule_lists_indicator_is_titled_by_the_clauses_its_rules_cite_in_the_book() {
    java.util.List<dev.clustergov.core.rules.Rule> rules = new java.util.ArrayList<>(dev.clustergov.core.rules.RuleBook.standard().rules());
    rules.replaceAll(r -> r.id().equals("A16-ip-system") ? r.alsoCiting(Citation.article(26)) : r);
    for (var book : java.util.List.of(dev.clustergov.core.rules.RuleBook.standard(), dev.clustergov.core.rules.RuleBook.of(rules))) {
      Explanation t = EvaluationEngine.evaluate(EvaluationSamples.busy(), Fixtures.baseline(), DAY, book).trace();
      Explanation g5 = t.nodes().stream().filter(n -> n.kind() == Explanation.Kind.INDICATOR && n.text().en().startsWith("G5 "))
          .findFirst().orElseThrow();
      boolean art26 = book.citations("A16-ip-system").contains(Citation.article(26));
      assertThat(g5.text().zh()).startsWith(art26 ? "“第十五条、第十六条、第二十六条要求的符合比例（共2项）”指标："
          : "“第十五条、第十六条要求的符合比例（共2项）”指标：");
      assertThat(g5.text().en()).startsWith(art26
          ? "G5 share of the requirements of Art.15, Art.16, Art.26 met (2 rules): "
          : "G5 share of the requirements of Art.15, Art.16 met (2 rules): ");
      // the indicator's line cites every article it counts, not its own clause alone (review stop 27, item 10)
      assertThat(g5.clauses()).containsExactlyElementsOf(art26
          ? java.util.List.of(Citation.article(15), Citation.article(16), Citation.article(26))
          : java.util.List.of(Citation.article(15), Citation.article(16)));
    }
  }
}
