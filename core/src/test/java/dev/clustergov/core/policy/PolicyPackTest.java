package dev.clustergov.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyPackTest {

  static final RegionCode JIANGSU = new RegionCode("320000");
  static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 1);
  static final Text TITLE = Text.of("江苏省集群发展促进组织政策", "Jiangsu policy for promotion organizations");

  @Test
  void an_overlay_sets_only_the_values_it_names() {
    PolicyPack pack = PolicyPack.parse(JIANGSU, JULY_2024, 1, TITLE,
        Map.of("capital.minimum.local", "50000", "income.minimumSources", "2")).get();

    assertThat(pack.values().size()).isEqualTo(2);
    assertThat(pack.values().get(Parameters.CAPITAL_MINIMUM_LOCAL).get()).isEqualTo(Money.yuan("50000"));
    assertThat(pack.values().get(Parameters.STAFFING_TIERS).isEmpty()).isTrue();
    assertThat(pack.isComplete()).isFalse();
  }

  @Test
  void reports_a_negative_money_an_unknown_key_and_out_of_order_tiers_all_at_once() {
    var result = PolicyPack.parse(JIANGSU, JULY_2024, 1, TITLE, Map.of(
        "capital.minimum.local", "-1",
        "capital.minimum.galactic", "5",
        "staffing.tiers", "1000:10,200:10,*:15"));

    assertThat(result.getError()).extracting(Violation::field, Violation::code).containsExactlyInAnyOrder(
        tuple("capital.minimum.local", "negative"),
        tuple("capital.minimum.galactic", "unknown-parameter"),
        tuple("staffing.tiers[1]", "tiers-bounds-order"));
  }

  @Test
  void reports_header_problems_together_with_value_problems() {
    var result = PolicyPack.parse(null, null, 0, Text.of(" ", "Jiangsu"), Map.of("income.minimumSources", "x"));

    assertThat(result.getError()).extracting(Violation::field).containsExactly(
        "jurisdiction", "effectiveFrom", "version", "title.zh", "income.minimumSources");
  }

  @Test
  void refuses_values_inconsistent_with_each_other_in_the_same_pack() {
    var result = PolicyPack.parse(JIANGSU, JULY_2024, 1, TITLE,
        Map.of("capital.minimum.local", "200000", "capital.minimum.national", "100000"));

    assertThat(result.getError()).extracting(Violation::field, Violation::code)
        .containsExactly(tuple("capital.minimum.local", "capital-local-above-national"));
  }

  @Test
  void leaves_a_cross_parameter_check_to_the_merge_when_the_pack_names_only_one_side() {
    var result = PolicyPack.parse(JIANGSU, JULY_2024, 1, TITLE, Map.of("capital.minimum.local", "200000"));

    assertThat(result.isValid()).isTrue();
  }

  @Test
  void refuses_more_expert_fields_than_there_are() {
    var result = PolicyPack.parse(JIANGSU, JULY_2024, 1, TITLE, Map.of("advisory.minimumExpertFields", "7"));

    assertThat(result.getError()).extracting(Violation::field, Violation::code)
        .containsExactly(tuple("advisory.minimumExpertFields", "out-of-range"));
  }

  @Test
  void raw_values_read_back_to_an_equal_pack() {
    PolicyPack pack = PolicyPack.parse(JIANGSU, JULY_2024, 3, TITLE, Map.of(
        "capital.minimum.local", " 50000 ",
        "staffing.tiers", "100:4, 500:8, *:12",
        "advisory.requiredExpertFields", "LAW,TECHNOLOGY",
        "rules.bindingAdvisories", "A7.3-staffing")).get();

    assertThat(pack.rawValues().toJavaMap()).containsExactlyInAnyOrderEntriesOf(Map.of(
        "capital.minimum.local", "50000.00",
        "staffing.tiers", "100:4,500:8,*:12",
        "advisory.requiredExpertFields", "TECHNOLOGY,LAW",
        "rules.bindingAdvisories", "A7.3-staffing"));
    assertThat(PolicyPack.parse(JIANGSU, JULY_2024, 3, TITLE, pack.rawValues().toJavaMap()).get()).isEqualTo(pack);
  }

  @Test
  void a_pack_built_from_typed_values_equals_the_one_parsed_from_text() {
    ParameterValues typed = ParameterValues.empty()
        .with(Parameters.CAPITAL_MINIMUM_LOCAL, Money.yuan("50000"))
        .with(Parameters.INCOME_MINIMUM_SOURCES, 2);

    assertThat(PolicyPack.define(JIANGSU, JULY_2024, 1, TITLE, typed).get())
        .isEqualTo(PolicyPack.parse(JIANGSU, JULY_2024, 1, TITLE,
            Map.of("capital.minimum.local", "50000.00", "income.minimumSources", "2")).get());
  }

  @Test
  void a_typed_value_its_codec_would_refuse_is_a_bug() {
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
        .isThrownBy(() -> ParameterValues.empty().with(Parameters.INCOME_MINIMUM_SOURCES, 0));
  }
}
