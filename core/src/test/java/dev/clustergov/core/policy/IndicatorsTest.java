package dev.clustergov.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.guideline.Guideline;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.rules.RuleBook;
import dev.clustergov.core.testkit.property.Alphabet;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The evaluation indicators as a policy parameter (Art.28, Art.30): the baseline set, its codec, its consistency. */
class IndicatorsTest {

  static final Indicators BASELINE = Parameters.EVALUATION_INDICATORS.baseline();

  @Test
  void the_baseline_has_about_thirty_indicators_over_the_five_dimensions_weighing_100_in_all() {
    assertThat(BASELINE.all().size()).isBetween(30, 40);
    assertThat(BASELINE.totalWeight()).isEqualTo(100);
    for (Dimension d : Dimension.values()) {
      assertThat(BASELINE.all().filter(i -> i.dimension() == d).size()).as(d.name()).isGreaterThanOrEqualTo(5);
    }
    assertThat(BASELINE.all().map(Indicator::measure).distinct().size()).isEqualTo(Measure.values().length);
  }

  @Test
  void every_baseline_indicator_cites_a_clause_the_guideline_has_and_names_only_rules_the_book_has() {
    RuleBook book = RuleBook.standard();
    for (Indicator i : BASELINE.all()) {
      assertThat(Guideline.clause(i.source()).isDefined()).as(i.id() + " " + i.source()).isTrue();
      if (i.measure() == Measure.RULES) {
        assertThat(i.arguments()).as(i.id()).allSatisfy(id -> assertThat(book.rule(id)).as(id).isPresent());
      }
    }
  }

  @Test
  void the_baseline_written_as_text_fits_a_stored_value_and_reads_back_equal() {
    String text = Parameters.EVALUATION_INDICATORS.format(BASELINE);
    assertThat(text.length()).isLessThanOrEqualTo(4000); // policy_value.param_value is VARCHAR(4000)
    assertThat(Parameters.EVALUATION_INDICATORS.parse(text).get()).isEqualTo(BASELINE);
  }

  @Test
  void a_malformed_set_reports_every_problem_of_every_indicator_at_once() {
    var result = Indicators.parse("evaluation.indicators",
        "e1:NOWHERE:Art.99:101:COUNT(x):0:101;O1:OPERATION:Art.18:2:ACTIVITIES(GUIDE_STRATEGY):4:25;O1:OPERATION:Art.18:2:MEMBERS:4:25;"
            + "X:RESULTS:Art.29:1:MEMBERS(x):1:1;Y:RESULTS;Z:RESULTS:Art.29:1:RULES():1:1;O2:OPERATION:Art.19:2:ACTIVITIES(NOT_A_FUNCTION):4:25;"
            + "T:RESULTS:Art.29:1:TALENTS(NOBODY):1:1");
    assertThat(result.getError()).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
        tuple("evaluation.indicators[0].id", "not-an-indicator-id"),
        tuple("evaluation.indicators[0].dimension", "unknown-value"),
        tuple("evaluation.indicators[0].source", "not-a-citation"),
        tuple("evaluation.indicators[0].weight", "out-of-range"),
        tuple("evaluation.indicators[0].measure", "unknown-value"),
        tuple("evaluation.indicators[0].target", "out-of-range"),
        tuple("evaluation.indicators[0].threshold", "out-of-range"),
        tuple("evaluation.indicators[2]", "duplicate"),
        tuple("evaluation.indicators[3].measure", "unexpected-argument"),
        tuple("evaluation.indicators[4]", "not-an-indicator"),
        tuple("evaluation.indicators[5].measure", "not-rule-ids"),
        tuple("evaluation.indicators[6].measure", "unknown-value"),
        tuple("evaluation.indicators[7].measure", "unknown-value"));
  }

  @Test
  void parsing_never_throws_and_what_parses_formats_back_to_itself() {
    Gen<String> raw = Gen.oneOf(Gen.strings(Alphabet.ANY, 0, 80), Gen.strings(Alphabet.ASCII_PRINTABLE, 0, 120),
        Gen.elements(BASELINE.format(), "A:GOVERNANCE:Art.8(2).5:0:RULES(A8.2.5-expert-fields):100:0", "B:RESULTS:Art.29:100:TALENTS(LEADING):0.5:99.99"));
    Property.forAll(raw).named("parse is total, format round-trips").tries(500).check(s -> {
      var v = Indicators.parse("f", s);
      if (v.isValid()) {
        assertThat(Indicators.parse("f", v.get().format()).get()).isEqualTo(v.get());
      } else {
        assertThat(v.getError()).isNotEmpty();
      }
    });
  }

  @Test
  void a_local_pack_may_change_weights_thresholds_and_targets_but_not_leave_a_total_other_than_100() {
    RegionCode jiangsu = new RegionCode("320000");
    Text title = Text.of("江苏评价指标", "Jiangsu indicators");
    String lighter = BASELINE.format().replace("R1:RESULTS:Art.29:3:LANDED_INVESTMENT:100000000:30", "R1:RESULTS:Art.29:3:LANDED_INVESTMENT:50000000:20");
    var ok = PolicyPack.parse(jiangsu, LocalDate.of(2025, 1, 1), 1, title,
        Map.of("evaluation.indicators", lighter, "evaluation.goldPercent", "85"));
    assertThat(ok.isValid()).as("%s", ok).isTrue();
    assertThat(ok.get().values().get(Parameters.EVALUATION_INDICATORS).get().byId("R1").get().target()).isEqualByComparingTo("50000000");
    String heavier = BASELINE.format().replace("R1:RESULTS:Art.29:3:", "R1:RESULTS:Art.29:4:");
    var bad = PolicyPack.parse(jiangsu, LocalDate.of(2025, 1, 1), 1, title,
        Map.of("evaluation.indicators", heavier, "evaluation.goldPercent", "60", "evaluation.silverPercent", "70"));
    assertThat(bad.getError()).extracting(Violation::code)
        .containsExactlyInAnyOrder("evaluation-weights-total", "evaluation-gold-below-silver");
  }

  @Test
  void an_indicators_title_and_text_name_its_measure_and_argument() {
    Indicator o1 = BASELINE.byId("O1").get();
    assertThat(o1.source()).isEqualTo(Citation.article(18));
    assertThat(o1.format()).isEqualTo("O1:OPERATION:Art.18:2:ACTIVITIES(GUIDE_STRATEGY):4:25");
    assertThat(o1.title().zh()).isEqualTo("服务活动数（引导集群战略方向）"); // the function by its title, not its constant
    assertThat(o1.title().en()).isEqualTo("service activities held (guide the cluster's strategic direction)");
  }

  /**
   * Decision 0565: the Chinese names an indicator by its title alone (its id stays in the English), so no two indicators of
   * the baseline may share a Chinese title, and none holds an ASCII letter; a rule list is named by its clause and counted,
   * its rules' clauses as the standard rule book cites them (decision 0610), as a report shows it.
   */
  @Test
  void every_indicator_of_the_baseline_has_its_own_chinese_title_without_identifiers() {
    RuleBook book = RuleBook.standard();
    java.util.List<String> titles = BASELINE.all().map(i -> i.title(book::citations).zh()).toJavaList();
    assertThat(titles).doesNotHaveDuplicates().noneMatch(t -> t.matches(".*[A-Za-z].*"));
    Indicator e1 = BASELINE.byId("E1").get();
    assertThat(e1.title(book::citations).zh()).isEqualTo("第二条要求的符合比例（共3项）");
    assertThat(e1.title(book::citations).en()).isEqualTo("share of the requirements of Art.2 met (3 rules)");
    // the English counts the rules as the Chinese does, neither naming them by id (review stop 27, item 10)
    assertThat(BASELINE.all().map(i -> i.title(book::citations).en()).toJavaList()).noneMatch(t -> t.matches(".*\\bA\\d+[.-].*"));
    // every article its rules cite, in the guideline's order, a clause another covers left out (zh review item 7)
    assertThat(BASELINE.byId("G5").get().title(book::citations).zh()).isEqualTo("第十五条、第十六条要求的符合比例（共2项）");
    assertThat(BASELINE.byId("G5").get().title(book::citations).en()).isEqualTo("share of the requirements of Art.15, Art.16 met (2 rules)");
    assertThat(BASELINE.byId("G5").get().clauses(book::citations)).containsExactly(Citation.article(15), Citation.article(16));
    assertThat(BASELINE.byId("O1").get().clauses(book::citations)).containsExactly(BASELINE.byId("O1").get().source());
    assertThat(BASELINE.byId("M2").get().title(book::citations).zh()).isEqualTo("第十条、第十二条要求的符合比例（共3项）");
    assertThat(BASELINE.byId("G2").get().title(book::citations).zh()).isEqualTo("第八条第（二）项要求的符合比例（共3项）");
  }

  /**
   * Decision 0610: a rule list is named by the clauses its rules cite in the rule book, not by their ids. The Art.15 rule
   * under an id that does not carry its article ({@code dispute-procedure}) still puts 第十五条 in the title; read from the
   * ids (decision 0590), the title said 第十六条 alone over a count that included it. Without the book, the indicator's own
   * clause alone; a rule the book lacks adds none.
   */
  @Test
  void a_rule_list_is_named_by_the_clauses_its_rules_cite_in_the_book_not_by_their_ids() {
    var dispute = dev.clustergov.core.rules.DisputeRules.DISPUTE_SYSTEM;
    var renamed = new dev.clustergov.core.rules.Rule("dispute-procedure", dispute.clauses(), dispute.severity(), dispute.stages(),
        dispute.message(), dispute.check());
    RuleBook book = RuleBook.of(java.util.List.of(renamed, dev.clustergov.core.rules.IpRules.IP_SYSTEM));
    Indicator g9 = new Indicator("G9", Dimension.GOVERNANCE, Citation.article(16), 3, Measure.RULES,
        "dispute-procedure+A16-ip-system+A99-unknown", new java.math.BigDecimal("100"), new java.math.BigDecimal("50"));
    assertThat(g9.title(book::citations)).isEqualTo(Text.of("第十五条、第十六条要求的符合比例（共3项）",
        "share of the requirements of Art.15, Art.16 met (3 rules)"));
    assertThat(g9.title()).isEqualTo(Text.of("第十六条要求的符合比例（共3项）",
        "share of the requirements of Art.16 met (3 rules)"));
  }
}
