package dev.clustergov.core.policy;

import static dev.clustergov.core.policy.PolicyResolverTest.JAN_2024;
import static dev.clustergov.core.policy.PolicyResolverTest.JIANGSU;
import static dev.clustergov.core.policy.PolicyResolverTest.JULY_2024;
import static dev.clustergov.core.policy.PolicyResolverTest.SUZHOU;
import static dev.clustergov.core.policy.PolicyResolverTest.pack;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clustergov.core.kernel.Violation;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The policy's value kinds at their edges (Art.7(3), Art.29): equal tier bounds, a rate of exactly 100 %,
 * an empty table, the staffing head-count at each bound, value equality, and which pack wins a tie or is
 * read as recorded. Every expectation is written from the values in the test.
 */
class PolicyValueEdgesTest {

  static List<String> codes(io.vavr.control.Validation<io.vavr.collection.Seq<Violation>, ?> v) {
    return v.isValid() ? List.of() : v.getError().map(x -> x.field() + " " + x.code()).toJavaList();
  }

  @Test
  void marginal_rates_refuse_an_empty_table_and_equal_bounds_and_take_exactly_100_percent() {
    assertThat(codes(MarginalRates.parse("f", "  "))).containsExactly("f required");
    assertThat(codes(MarginalRates.parse("f", "100.00:1,100.00:2,*:3"))).containsExactly("f[1] tiers-bounds-order");
    assertThat(codes(MarginalRates.parse("f", "100.00:1,100.01:2,*:3"))).isEmpty();
    assertThat(codes(MarginalRates.parse("f", "*:100"))).isEmpty();
    assertThat(codes(MarginalRates.parse("f", "*:100.0001"))).containsExactly("f[0].percent out-of-range");
  }

  @Test
  void marginal_rates_read_in_words_as_a_policy_states_them_in_each_language() {
    var two = MarginalRates.parse("f", "50000000.00:0.2,*:0.1").get().words();
    assertThat(two.zh()).isEqualTo("5000万元以下部分按0.2%，超过部分按0.1%");
    assertThat(two.en()).isEqualTo("0.2 % up to 50,000,000 yuan, 0.1 % above");
    var three = MarginalRates.parse("f", "10000000.00:1,100000000.00:0.5,*:0.2").get().words();
    assertThat(three.zh()).isEqualTo("1000万元以下部分按1%，超过1000万元至1亿元部分按0.5%，超过1亿元部分按0.2%");
    assertThat(three.en()).isEqualTo("1 % up to 10,000,000 yuan, 0.5 % from 10,000,000 to 100,000,000 yuan, 0.2 % above 100,000,000 yuan");
    var odd = MarginalRates.parse("f", "12345.50:1,*:0.25").get().words();
    assertThat(odd.zh()).isEqualTo("12345.5元以下部分按1%，超过部分按0.25%");
    assertThat(odd.en()).isEqualTo("1 % up to 12,345.50 yuan, 0.25 % above");
    assertThat(MarginalRates.parse("f", "*:3").get().words().zh()).isEqualTo("全额按3%");
  }

  @Test
  void marginal_rates_are_equal_by_their_canonical_text() {
    MarginalRates a = MarginalRates.parse("f", "100:1.0, *:0.50").get();
    MarginalRates b = MarginalRates.parse("f", "100.00:1,*:0.5").get();
    MarginalRates c = MarginalRates.parse("f", "100.00:1,*:0.6").get();
    assertThat(a).isEqualTo(b).isNotEqualTo(c).isNotEqualTo("100.00:1,*:0.5");
    assertThat(a.hashCode()).isEqualTo(b.hashCode()).isNotEqualTo(c.hashCode()); // hashed by content, not one constant
    assertThat(a).hasToString("100.00:1,*:0.5");
    assertThat(a.tiers()).hasSize(2);
  }

  @Test
  void staffing_tiers_give_each_bound_its_own_minimum_and_a_bad_table_in_code_is_a_bug() {
    StaffingTiers t = StaffingTiers.from(StaffingTiers.Tier.upTo(200, 5), StaffingTiers.Tier.upTo(1000, 10),
        StaffingTiers.Tier.above(15));
    assertThat(t.minimumStaffFor(200)).isEqualTo(5);
    assertThat(t.minimumStaffFor(201)).isEqualTo(10);
    assertThat(t.minimumStaffFor(1000)).isEqualTo(10);
    assertThat(t.minimumStaffFor(1001)).isEqualTo(15);
    assertThat(t).hasToString("200:5,1000:10,*:15").isEqualTo(StaffingTiers.parse("f", "200:5, 1000:10, *:15").get())
        .isNotEqualTo(StaffingTiers.parse("f", "200:5,1000:11,*:15").get());
    assertThat(t.hashCode()).isEqualTo(StaffingTiers.parse("f", "200:5,1000:10,*:15").get().hashCode())
        .isNotEqualTo(StaffingTiers.parse("f", "200:5,1000:11,*:15").get().hashCode()); // hashed by content
    assertThat(t.tiers()).hasSize(3);
    assertThatThrownBy(StaffingTiers::from).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StaffingTiers.from(StaffingTiers.Tier.upTo(200, 5))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("tiers-not-open");
    assertThatThrownBy(() -> StaffingTiers.from(StaffingTiers.Tier.upTo(200, 5), StaffingTiers.Tier.above(4)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("tiers-staff-order");
  }

  @Test
  void parameter_values_are_empty_until_one_is_set_and_equal_by_their_text() {
    assertThat(ParameterValues.parse(null).get().isEmpty()).isTrue();
    assertThat(ParameterValues.empty().isEmpty()).isTrue();
    ParameterValues two = ParameterValues.parse(Map.of("income.minimumSources", "2")).get();
    assertThat(two.isEmpty()).isFalse();
    assertThat(two.toString()).startsWith("{").endsWith("}").contains("income.minimumSources").contains("2");
    assertThat(two).isEqualTo(ParameterValues.parse(Map.of("income.minimumSources", " 2 ")).get())
        .isNotEqualTo(ParameterValues.parse(Map.of("income.minimumSources", "3")).get());
    assertThat(two.hashCode()).isEqualTo(ParameterValues.parse(Map.of("income.minimumSources", "2")).get().hashCode())
        .isNotEqualTo(ParameterValues.parse(Map.of("income.minimumSources", "3")).get().hashCode()); // hashed by content
  }

  @Test
  void the_indicator_set_is_equal_by_its_text() {
    Indicators baseline = NationalBaseline.pack().values().get(Parameters.EVALUATION_INDICATORS).getOrElseThrow(IllegalStateException::new);
    Indicators same = Indicators.of(baseline.all().toJavaArray(Indicator[]::new));
    assertThat(same).isEqualTo(baseline).hasToString(baseline.format());
    assertThat(same.hashCode()).isEqualTo(baseline.hashCode());
    assertThat(Indicators.of(baseline.all().head())).isNotEqualTo(baseline);
    // hashed by content, not one constant for every table: a table of one indicator and the baseline's table differ
    assertThat(Indicators.of(baseline.all().head()).hashCode()).isNotEqualTo(baseline.hashCode());
  }

  @Test
  void an_indicator_s_malformed_number_is_refused_and_a_bad_set_written_in_code_is_a_bug() {
    assertThat(codes(Indicators.parse("f",
        "O1:OPERATION:Art.18:2:ACTIVITIES(GUIDE_STRATEGY):4.001:25;O2:OPERATION:Art.18:2:ACTIVITIES(GUIDE_STRATEGY):4:-1")))
        .containsExactly("f[0].target not-a-number", "f[1].threshold not-a-number");
    // an unknown dimension is refused naming every dimension, in full-width quotes joined by 、 in Chinese
    assertThat(Indicators.parse("f", "O1:FINANCE:Art.18:2:ACTIVITIES(GUIDE_STRATEGY):4:25").getError().head().zh())
        .isEqualTo("评价维度应为“ESTABLISHMENT”、“GOVERNANCE”、“MANAGEMENT”、“OPERATION”、“RESULTS”之一");
    // the edges an indicator takes: weight 0, threshold 0 % and 100 %; a talent level named by its title
    Indicators edges = Indicators.parse("f", "O1:OPERATION:Art.18:0:ACTIVITIES(GUIDE_STRATEGY):4:0;O2:RESULTS:Art.18:5:TALENTS(LEADING):1:100").get();
    assertThat(edges.all().map(Indicator::weight).toJavaList()).containsExactly(0, 5);
    assertThat(edges.all().get(1).title().zh()).isEqualTo("人才招引数量（领军人才）");
    Indicator o1 = Indicators.parse("f", "O1:OPERATION:Art.18:2:ACTIVITIES(GUIDE_STRATEGY):4:25").get().all().head();
    assertThatThrownBy(() -> Indicators.of(o1, o1)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("indicators[1]").hasMessageContaining("duplicate");
  }

  @Test
  void a_parameter_defined_in_code_needs_a_dotted_key_and_is_equal_by_it() {
    var clause = dev.clustergov.core.guideline.Citation.of("Art.7(2)");
    Codec<dev.clustergov.core.kernel.Money> money = Codec.money();
    var one = Parameter.define("test.minimum", clause, money, dev.clustergov.core.kernel.Money.yuan("1.00"), "测试", "test");
    var same = Parameter.define("test.minimum", clause, money, dev.clustergov.core.kernel.Money.yuan("2.00"), "测试", "test");
    assertThat(one).isEqualTo(same).hasToString("test.minimum")
        .isNotEqualTo(Parameter.define("test.maximum", clause, money, dev.clustergov.core.kernel.Money.yuan("1.00"), "测试", "test"));
    assertThat(one.hashCode()).isEqualTo(same.hashCode());
    assertThat(one.codec()).isSameAs(money);
    assertThat(one.baseline()).isEqualTo(dev.clustergov.core.kernel.Money.yuan("1.00"));
    for (String bad : new String[] {"Test minimum", "", "test..minimum"}) {
      assertThatThrownBy(() -> Parameter.define(bad, clause, money, dev.clustergov.core.kernel.Money.yuan("1.00"), "测试", "test"))
          .as(bad).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a parameter key");
    }
    assertThatThrownBy(() -> Parameter.define(null, clause, money, dev.clustergov.core.kernel.Money.yuan("1.00"), "测试", "test"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a parameter key");
  }

  @Test
  void a_consistency_condition_reads_its_parameters_and_says_nothing_until_each_is_set() {
    var local = Parameters.CAPITAL_MINIMUM_LOCAL;
    var national = Parameters.CAPITAL_MINIMUM_NATIONAL;
    Consistency between = Consistency.between("local-above-national", local, national, (l, n) -> l.compareTo(n) <= 0,
        dev.clustergov.core.kernel.Text.of("地方标准高于国家标准", "local above national"));
    Consistency positive = Consistency.of("local-zero", local, l -> l.compareTo(dev.clustergov.core.kernel.Money.ZERO) > 0,
        dev.clustergov.core.kernel.Text.of("地方标准为零", "local zero"));
    assertThat(between.code()).isEqualTo("local-above-national");
    assertThat(between.reads().toJavaList()).containsExactly(local, national);
    assertThat(positive.reads().toJavaList()).containsExactly(local);
    var highLocal = ParameterValues.empty().with(local, dev.clustergov.core.kernel.Money.yuan("200000.00"));
    assertThat(between.check(highLocal)).isEmpty(); // national unset
    assertThat(codes(io.vavr.control.Validation.invalid(between.check(highLocal.with(national, dev.clustergov.core.kernel.Money.yuan("100000.00"))))))
        .containsExactly("capital.minimum.local local-above-national");
    assertThat(between.check(highLocal.with(national, dev.clustergov.core.kernel.Money.yuan("200000.00")))).isEmpty();
    assertThat(positive.check(highLocal)).isEmpty();
    assertThat(codes(io.vavr.control.Validation.invalid(positive.check(ParameterValues.empty().with(local, dev.clustergov.core.kernel.Money.ZERO)))))
        .containsExactly("capital.minimum.local local-zero");
  }

  @Test
  void of_two_packs_equally_recent_the_last_given_wins_and_a_recorded_resolution_reads_only_the_versions_named() {
    PolicyPack a = pack(JIANGSU, JAN_2024, 1, Map.of("income.minimumSources", "2"));
    PolicyPack b = pack(JIANGSU, JAN_2024, 1, Map.of("income.minimumSources", "3"));
    assertThat(PolicyResolver.resolve(List.of(a, b), SUZHOU, JULY_2024).get(Parameters.INCOME_MINIMUM_SOURCES)).isEqualTo(3);
    assertThat(PolicyResolver.resolve(List.of(b, a), SUZHOU, JULY_2024).get(Parameters.INCOME_MINIMUM_SOURCES)).isEqualTo(2);

    PolicyPack later = pack(JIANGSU, JULY_2024, 2, Map.of("income.minimumSources", "4"));
    Policy recorded = PolicyResolver.resolveAsRecorded(List.of(a, later), SUZHOU, JULY_2024.plusDays(1),
        List.of(NationalBaseline.pack().source().toString(), a.source().toString()));
    assertThat(recorded.get(Parameters.INCOME_MINIMUM_SOURCES)).isEqualTo(2);
    assertThat(recorded.sources().map(Object::toString)).contains("320000 v1 from 2024-01-01").doesNotContain("320000 v2 from 2024-07-01");
  }

  @Test
  void a_value_outside_an_enumeration_is_refused_naming_every_value_allowed() {
    var v = Codec.enumValue(dev.clustergov.core.supervision.Rating.class).parse("f", "PLATINUM");
    assertThat(v.getError().head().en()).isEqualTo("'PLATINUM' is not one of GOLD, SILVER, BRONZE, NONE");
  }

  @Test
  void talent_amounts_read_every_level_and_are_equal_by_their_amounts() {
    var leading = dev.clustergov.core.operation.TalentLevel.LEADING;
    var general = dev.clustergov.core.operation.TalentLevel.GENERAL;
    TalentAmounts a = TalentAmounts.of(leading, "200000.00", general, "10.00");
    assertThat(a).hasToString("LEADING:200000.00,HIGH_LEVEL:0.00,HIGHLY_SKILLED:0.00,GENERAL:10.00");
    assertThat(a.perPerson(general)).isEqualTo(dev.clustergov.core.kernel.Money.yuan("10.00"));
    // an empty text is a table of no amounts: every level at 0.00
    assertThat(TalentAmounts.parse("f", "  ").get()).hasToString("LEADING:0.00,HIGH_LEVEL:0.00,HIGHLY_SKILLED:0.00,GENERAL:0.00");
    assertThat(a).isEqualTo(TalentAmounts.of(general, "10.00", leading, "200000.00"))
        .isNotEqualTo(TalentAmounts.of(leading, "200000.00"));
    assertThat(a.hashCode()).isEqualTo(TalentAmounts.of(general, "10.00", leading, "200000.00").hashCode())
        .isNotEqualTo(TalentAmounts.of(leading, "200000.00").hashCode()); // hashed by content
  }

  @Test
  void a_pack_reads_as_its_source_and_values_and_is_equal_by_them() {
    PolicyPack a = pack(JIANGSU, JAN_2024, 1, Map.of("income.minimumSources", "2"));
    assertThat(a.toString()).startsWith("320000 v1 from 2024-01-01 ");
    assertThat(a.hashCode()).isEqualTo(pack(JIANGSU, JAN_2024, 1, Map.of("income.minimumSources", "2")).hashCode())
        .isNotEqualTo(pack(JIANGSU, JAN_2024, 1, Map.of("income.minimumSources", "3")).hashCode()); // hashed by content
  }

  @Test
  void a_baseline_written_in_code_that_does_not_read_back_is_a_bug_naming_the_key_the_value_and_the_codec_s_refusal() {
    var clause = dev.clustergov.core.guideline.Citation.of("Art.7(2)");
    // refused by its own codec: the refusal is in the message
    assertThatThrownBy(() -> Parameter.define("test.sources", clause, Codec.count(1, 6), 7, "测试", "test"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("test.sources: value does not round-trip: 7 test.sources: out-of-range (test.sources must be between 1 and 6)");
    // read back, but as another value: nothing was refused, so nothing more is said
    Codec<Integer> lossy = Codec.<Integer>of((f, raw) -> io.vavr.control.Validation.valid(0), v -> v.toString());
    assertThatThrownBy(() -> Parameter.define("test.sources", clause, lossy, 7, "测试", "test"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("test.sources: value does not round-trip: 7");
    assertThat(Parameter.define("test.sources", clause, lossy, 0, "测试", "test").baseline()).isZero();
  }

  @Test
  void an_indicator_written_in_code_needs_a_weight_of_at_least_0_a_target_above_0_and_a_threshold_from_0_to_100() {
    var clause = dev.clustergov.core.guideline.Citation.article(18);
    java.util.function.Function<String, Indicator> o1 = cells -> {
      String[] c = cells.split(":");
      return new Indicator("O1", Dimension.OPERATION, clause, Integer.parseInt(c[0]), Measure.MEMBERS, "",
          new java.math.BigDecimal(c[1]), new java.math.BigDecimal(c[2]));
    };
    // the edges it takes: weight 0, the least target above 0, thresholds 0 and 100
    assertThat(o1.apply("0:0.01:0").format()).isEqualTo("O1:OPERATION:Art.18:0:MEMBERS:0.01:0");
    assertThat(o1.apply("100:1:100").format()).isEqualTo("O1:OPERATION:Art.18:100:MEMBERS:1:100");
    // a target of 0 would score every measured value against nothing
    for (String bad : new String[] {"-1:1:0", "1:0:0", "1:-1:0", "1:1:-0.01", "1:1:100.01"}) {
      assertThatThrownBy(() -> o1.apply(bad)).as(bad).isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage("indicator O1: weight, target or threshold out of range");
    }
  }
}
