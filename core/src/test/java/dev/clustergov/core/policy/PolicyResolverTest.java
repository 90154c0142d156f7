package dev.clustergov.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PolicyResolverTest {

  static final RegionCode JIANGSU = new RegionCode("320000");
  static final RegionCode SUZHOU = new RegionCode("320500");
  static final RegionCode GUSU = new RegionCode("320508");
  static final RegionCode ZHEJIANG = new RegionCode("330000");
  static final LocalDate JAN_2024 = LocalDate.of(2024, 1, 1);
  static final LocalDate JULY_2024 = LocalDate.of(2024, 7, 1);
  static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);

  static PolicyPack pack(RegionCode where, LocalDate from, int version, Map<String, String> values) {
    return PolicyPack.parse(where, from, version, Text.of("政策 " + where, "policy " + where), values)
        .getOrElseGet(errors -> {
          throw new AssertionError(errors.mkString("; "));
        });
  }

  @Test
  void with_no_packs_the_national_baseline_is_in_force() {
    Policy policy = PolicyResolver.resolve(List.of(), GUSU, JULY_2024);

    assertThat(policy.get(Parameters.CAPITAL_MINIMUM_LOCAL)).isEqualTo(Money.yuan("30000"));
    assertThat(policy.sources()).containsExactly(NationalBaseline.pack().source());
    assertThat(policy.jurisdiction()).isEqualTo(GUSU);
  }

  @Test
  void the_most_specific_jurisdiction_wins() {
    var packs = List.of(
        pack(JIANGSU, JAN_2024, 1, Map.of("capital.minimum.local", "40000")),
        pack(SUZHOU, JAN_2024, 1, Map.of("capital.minimum.local", "50000")),
        pack(GUSU, JAN_2024, 1, Map.of("capital.minimum.local", "60000")));

    assertThat(PolicyResolver.resolve(packs, GUSU, JULY_2024).get(Parameters.CAPITAL_MINIMUM_LOCAL))
        .isEqualTo(Money.yuan("60000"));
    assertThat(PolicyResolver.resolve(packs, SUZHOU, JULY_2024).get(Parameters.CAPITAL_MINIMUM_LOCAL))
        .isEqualTo(Money.yuan("50000"));
    assertThat(PolicyResolver.resolve(packs, new RegionCode("320100"), JULY_2024).get(Parameters.CAPITAL_MINIMUM_LOCAL))
        .isEqualTo(Money.yuan("40000"));
  }

  @Test
  void the_latest_effective_version_wins() {
    var packs = List.of(
        pack(JIANGSU, JULY_2024, 2, Map.of("income.minimumSources", "3")),
        pack(JIANGSU, JAN_2024, 1, Map.of("income.minimumSources", "2")),
        pack(JIANGSU, JULY_2024, 3, Map.of("income.minimumSources", "4")));

    assertThat(PolicyResolver.resolve(packs, SUZHOU, JAN_2025).get(Parameters.INCOME_MINIMUM_SOURCES)).isEqualTo(4);
    assertThat(PolicyResolver.resolve(packs, SUZHOU, JULY_2024.minusDays(1)).get(Parameters.INCOME_MINIMUM_SOURCES))
        .isEqualTo(2);
  }

  @Test
  void a_later_version_replaces_an_earlier_one_whole_rather_than_stacking_on_it() {
    var packs = List.of(
        pack(JIANGSU, JAN_2024, 1, Map.of("income.minimumSources", "2", "capital.minimum.local", "40000")),
        pack(JIANGSU, JULY_2024, 2, Map.of("income.minimumSources", "3")));

    Policy policy = PolicyResolver.resolve(packs, JIANGSU, JAN_2025);

    assertThat(policy.get(Parameters.INCOME_MINIMUM_SOURCES)).isEqualTo(3);
    assertThat(policy.get(Parameters.CAPITAL_MINIMUM_LOCAL)).isEqualTo(Money.yuan("30000"));
  }

  @Test
  void a_future_dated_pack_is_ignored_before_its_date() {
    var packs = List.of(pack(JIANGSU, JAN_2025, 1, Map.of("income.minimumSources", "2")));

    assertThat(PolicyResolver.resolve(packs, JIANGSU, JAN_2025.minusDays(1)).get(Parameters.INCOME_MINIMUM_SOURCES))
        .isEqualTo(1);
    assertThat(PolicyResolver.resolve(packs, JIANGSU, JAN_2025).get(Parameters.INCOME_MINIMUM_SOURCES)).isEqualTo(2);
  }

  @Test
  void a_sibling_provinces_overlay_changes_nothing() {
    var packs = List.of(pack(ZHEJIANG, JAN_2024, 1, Map.of("capital.minimum.local", "90000")));

    Policy policy = PolicyResolver.resolve(packs, GUSU, JULY_2024);

    assertThat(policy.values()).isEqualTo(NationalBaseline.pack().values());
    assertThat(policy.sources()).containsExactly(NationalBaseline.pack().source());
  }

  @Test
  void a_narrower_jurisdictions_pack_does_not_reach_up_to_its_province() {
    var packs = List.of(pack(GUSU, JAN_2024, 1, Map.of("capital.minimum.local", "90000")));

    assertThat(PolicyResolver.resolve(packs, JIANGSU, JULY_2024).get(Parameters.CAPITAL_MINIMUM_LOCAL))
        .isEqualTo(Money.yuan("30000"));
  }

  @Test
  void an_overlay_changes_only_what_it_names() {
    var packs = List.of(pack(JIANGSU, JAN_2024, 1, Map.of("staffing.tiers", "100:4,*:9")));

    Policy policy = PolicyResolver.resolve(packs, SUZHOU, JULY_2024);

    assertThat(policy.get(Parameters.STAFFING_TIERS).format()).isEqualTo("100:4,*:9");
    for (Parameter<?> p : Parameters.all().remove(Parameters.STAFFING_TIERS)) {
      assertThat(policy.values().get(p)).as(p.key()).isEqualTo(NationalBaseline.pack().values().get(p));
      assertThat(policy.sourceOf(p)).as(p.key()).isEqualTo(NationalBaseline.pack().source());
    }
    assertThat(policy.sourceOf(Parameters.STAFFING_TIERS)).isEqualTo(new PolicySource(JIANGSU, 1, JAN_2024));
  }

  @Test
  void sources_list_the_packs_used_broadest_first() {
    var packs = List.of(
        pack(GUSU, JAN_2024, 1, Map.of("income.minimumSources", "4")),
        pack(JIANGSU, JAN_2024, 2, Map.of("income.minimumSources", "2")),
        pack(JIANGSU, JAN_2024, 1, Map.of("income.minimumSources", "3")),
        pack(SUZHOU, JULY_2024, 1, Map.of("income.minimumSources", "3")),
        pack(ZHEJIANG, JAN_2024, 1, Map.of("income.minimumSources", "5")));

    Policy policy = PolicyResolver.resolve(packs, GUSU, JAN_2025);

    assertThat(policy.sources()).containsExactly(
        new PolicySource(RegionCode.NATIONAL, 1, LocalDate.of(2023, 12, 1)),
        new PolicySource(JIANGSU, 2, JAN_2024),
        new PolicySource(SUZHOU, 1, JULY_2024),
        new PolicySource(GUSU, 1, JAN_2024));
  }

  @Test
  void a_revised_national_pack_applies_everywhere_and_the_baseline_is_listed_once() {
    var packs = List.of(NationalBaseline.pack(),
        pack(RegionCode.NATIONAL, JULY_2024, 2, Map.of("capital.minimum.national", "150000")));

    Policy before = PolicyResolver.resolve(packs, GUSU, JAN_2024);
    Policy after = PolicyResolver.resolve(packs, GUSU, JAN_2025);

    assertThat(before.sources()).containsExactly(NationalBaseline.pack().source());
    assertThat(after.get(Parameters.CAPITAL_MINIMUM_NATIONAL)).isEqualTo(Money.yuan("150000"));
    assertThat(after.sources()).containsExactly(NationalBaseline.pack().source(),
        new PolicySource(RegionCode.NATIONAL, 2, JULY_2024));
  }

  @Test
  void the_chain_runs_from_the_nation_down_to_the_region() {
    assertThat(PolicyResolver.chain(GUSU)).containsExactly(RegionCode.NATIONAL, JIANGSU, SUZHOU, GUSU);
    assertThat(PolicyResolver.chain(RegionCode.NATIONAL)).containsExactly(RegionCode.NATIONAL);
  }

  @Test
  void an_overlay_that_makes_the_merged_policy_inconsistent_is_refused() {
    PolicyPack overlay = pack(JIANGSU, JULY_2024, 1, Map.of("capital.minimum.local", "120000"));

    var result = PolicyResolver.validateOverlay(List.of(), overlay);

    assertThat(result.getError()).extracting(Violation::field, Violation::code)
        .containsExactly(tuple("capital.minimum.local", "capital-local-above-national"));
  }

  @Test
  void an_overlay_raising_a_minimum_above_the_baseline_is_accepted() {
    PolicyPack overlay = pack(JIANGSU, JULY_2024, 1,
        Map.of("capital.minimum.local", "80000", "capital.minimum.national", "200000", "staffing.tiers", "50:6,*:20"));

    assertThat(PolicyResolver.validateOverlay(List.of(), overlay).get()).isEqualTo(overlay);
  }

  @Test
  void an_overlay_is_checked_against_narrower_packs_that_inherit_from_it() {
    var cityRaisesLocal = pack(SUZHOU, JAN_2024, 1, Map.of("capital.minimum.local", "90000"));
    PolicyPack provinceLowersNational = pack(JIANGSU, JULY_2024, 1, Map.of("capital.minimum.national", "80000"));

    var result = PolicyResolver.validateOverlay(List.of(cityRaisesLocal), provinceLowersNational);

    assertThat(result.getError()).extracting(Violation::field, Violation::code)
        .containsExactly(tuple("capital.minimum.local", "capital-local-above-national"));
    // the region by its name (decision 0470), not its bare code
    assertThat(result.getError().head().en()).contains("merged for Suzhou, Jiangsu Province on 1 July 2024: ");
    assertThat(result.getError().head().zh()).startsWith("合并后（江苏省苏州市，2024年7月1日）：");
  }

  /**
   * A narrower pack that takes effect after the overlay is merged with it from its own first day: consistent on the
   * overlay's first day (Suzhou then has only the baseline's national minimum, 100,000 yuan), inconsistent from
   * 1 January 2025, when Suzhou's national minimum of 85,000 yuan meets the province's local minimum of 90,000.
   */
  @Test
  void an_overlay_is_checked_on_each_later_day_a_pack_takes_effect() {
    var cityLowersNationalLater = pack(SUZHOU, LocalDate.of(2025, 1, 1), 1, Map.of("capital.minimum.national", "85000"));
    PolicyPack provinceRaisesLocal = pack(JIANGSU, JULY_2024, 1, Map.of("capital.minimum.local", "90000"));

    var result = PolicyResolver.validateOverlay(List.of(cityLowersNationalLater), provinceRaisesLocal);

    assertThat(result.getError()).extracting(Violation::field, Violation::code)
        .containsExactly(tuple("capital.minimum.local", "capital-local-above-national"));
    assertThat(result.getError().head().en()).contains("merged for Suzhou, Jiangsu Province on 1 January 2025: ");
    assertThat(result.getError().head().zh()).startsWith("合并后（江苏省苏州市，2025年1月1日）：");
    // the same overlay without the later pack is consistent
    assertThat(PolicyResolver.validateOverlay(List.of(), provinceRaisesLocal).isValid()).isTrue();
  }

  @Test
  void an_overlay_reusing_a_taken_version_number_is_refused() {
    var first = pack(JIANGSU, JAN_2024, 1, Map.of("income.minimumSources", "2"));
    var clash = pack(JIANGSU, JULY_2024, 1, Map.of("income.minimumSources", "3"));

    assertThat(PolicyResolver.validateOverlay(List.of(first), clash).getError())
        .extracting(Violation::field, Violation::code).containsExactly(tuple("version", "version-taken"));
    assertThat(PolicyResolver.validateOverlay(List.of(first), first).isValid()).isTrue();
  }
}
