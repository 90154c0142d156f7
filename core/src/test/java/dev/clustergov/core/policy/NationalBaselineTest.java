package dev.clustergov.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.RegionCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class NationalBaselineTest {

  private final PolicyPack baseline = NationalBaseline.pack();

  @Test
  void is_the_national_pack_from_december_2023_version_one() {
    assertThat(baseline.jurisdiction()).isEqualTo(RegionCode.NATIONAL);
    assertThat(baseline.effectiveFrom()).isEqualTo(LocalDate.of(2023, 12, 1));
    assertThat(baseline.version()).isEqualTo(1);
  }

  @Test
  void sets_every_registered_parameter() {
    assertThat(baseline.isComplete()).isTrue();
    assertThat(baseline.values().parameters()).containsExactlyInAnyOrderElementsOf(Parameters.all());
  }

  @Test
  void sets_each_value_as_documented() {
    ParameterValues v = baseline.values();
    assertThat(v.get(Parameters.CAPITAL_MINIMUM_NATIONAL).get()).isEqualTo(Money.yuan("100000.00"));
    assertThat(v.get(Parameters.CAPITAL_MINIMUM_LOCAL).get()).isEqualTo(Money.yuan("30000.00"));
    assertThat(v.get(Parameters.STAFFING_TIERS).get().format()).isEqualTo("200:5,1000:10,*:15");
    assertThat(v.get(Parameters.STAFFING_REQUIRE_ALL_CATEGORIES).get()).isTrue();
    assertThat(v.get(Parameters.ADVISORY_REQUIRED_EXPERT_FIELDS).get())
        .containsExactly(ExpertField.TECHNOLOGY, ExpertField.SERVICES, ExpertField.INDUSTRY_MANAGEMENT);
    assertThat(v.get(Parameters.ADVISORY_MINIMUM_EXPERT_FIELDS).get()).isEqualTo(3);
    assertThat(v.get(Parameters.GOVERNANCE_SUPERVISOR_MANAGER_SEPARATION).get()).isTrue();
    assertThat(v.get(Parameters.INCOME_MINIMUM_SOURCES).get()).isEqualTo(1);
    assertThat(v.get(Parameters.CLUSTER_MAX_RECOGNISED_ORGANIZATIONS).get()).isEqualTo(1);
    assertThat(v.get(Parameters.RULES_BINDING_ADVISORIES).get()).isEmpty();
    assertThat(v.get(Parameters.CHARTER_MINIMUM_BUSINESS_SCOPE_ITEMS).get()).isEqualTo(1);
  }

  @Test
  void writes_its_values_as_text_that_reads_back_to_the_same_pack() {
    var back = PolicyPack.parse(baseline.jurisdiction(), baseline.effectiveFrom(), baseline.version(),
        baseline.title(), baseline.rawValues().toJavaMap());

    assertThat(back.get()).isEqualTo(baseline);
    assertThat(baseline.rawValues().get("capital.minimum.national").get()).isEqualTo("100000.00");
  }

  @Test
  void staffing_tiers_give_five_ten_and_fifteen_staff_by_cluster_size() {
    StaffingTiers tiers = baseline.values().get(Parameters.STAFFING_TIERS).get();

    assertThat(tiers.minimumStaffFor(1)).isEqualTo(5);
    assertThat(tiers.minimumStaffFor(200)).isEqualTo(5);
    assertThat(tiers.minimumStaffFor(201)).isEqualTo(10);
    assertThat(tiers.minimumStaffFor(1000)).isEqualTo(10);
    assertThat(tiers.minimumStaffFor(1001)).isEqualTo(15);
  }
}
