package dev.clustergov.core.application;

import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.application.management.PublishFeeSchedule.Pricing;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.finance.FeeScheduleId;
import dev.clustergov.core.finance.FeeKind;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.general.ReinstateOrganization;
import dev.clustergov.core.application.management.AdoptManagementSystem;
import dev.clustergov.core.application.management.ChangeBankAccount;
import dev.clustergov.core.application.management.HireStaff;
import dev.clustergov.core.application.management.PublishFeeSchedule;
import dev.clustergov.core.application.management.RecordCharge;
import dev.clustergov.core.application.management.RecordExpenditure;
import dev.clustergov.core.application.management.RecordIncome;
import dev.clustergov.core.application.management.ReviseManagementSystem;
import static dev.clustergov.core.application.SuzhouRegistry.accepted;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static dev.clustergov.core.application.SuzhouRegistry.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.establishment.FoundingApplication.BankInput;
import dev.clustergov.core.application.management.PublishFeeSchedule.ItemInput;
import dev.clustergov.core.application.management.PublishFeeSchedule.TierInput;
import dev.clustergov.core.finance.FeeSchedule;
import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.finance.PayeeRelation;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.management.ManagementSystem;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Severity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.organization.FounderKind;

/** The commands of Art.9–13, each accepted and refused; a refused command changes nothing (SuzhouRegistry.refused). */
class ManagementCommandsTest {

  final SuzhouRegistry registry = new SuzhouRegistry();
  final Clustergov gov = registry.gov;

  static Money yuan(String s) {
    return Money.yuan(s);
  }

  static ItemInput fixed(String code, String amount) {
    return new ItemInput(code, code + "服务", Pricing.FIXED, yuan(amount), null, null, null);
  }

  static ItemInput range(String code, String min, String max) {
    return new ItemInput(code, code + "服务", Pricing.RANGE, null, yuan(min), yuan(max), null);
  }

  static ItemInput tiered(String code, String... labelAmount) {
    List<TierInput> tiers = new java.util.ArrayList<>();
    for (int i = 0; i < labelAmount.length; i += 2) {
      tiers.add(new TierInput(labelAmount[i], yuan(labelAmount[i + 1])));
    }
    return new ItemInput(code, code + "会费", Pricing.TIERED, null, null, null, tiers);
  }

  FeeSchedule dues(PromotionOrganization o, LocalDate publishedOn) {
    return accepted(gov.publishFeeSchedule().handle(new PublishFeeSchedule.Command(o.id(), null, OptionalLong.empty(), FeeKind.DUES,
        "会费标准", publishedOn, "促进会官网 www.example.org.cn 公告栏",
        List.of(tiered("dues", "会长单位", "50000.00", "理事单位", "10000.00", "会员单位", "2000.00")))));
  }

  // ---- Art.9 -----------------------------------------------------------------------------------

  @Test
  void a_system_is_adopted_once_then_revised_with_a_higher_revision_and_the_old_one_kept() {
    PromotionOrganization o = registry.establish(registry.propose(registry.application(d -> d.managementSystems = List.of(
        new FoundingApplication.SystemInput(ManagementSystemKind.PERSONNEL, "人事管理制度", LocalDate.parse("2025-01-01")),
        new FoundingApplication.SystemInput(ManagementSystemKind.FINANCIAL, "财务管理制度", LocalDate.parse("2025-01-01")),
        new FoundingApplication.SystemInput(ManagementSystemKind.ARCHIVES, "档案管理制度", LocalDate.parse("2025-01-01"))))));
    var appended = registry.appendedBy(() -> gov.adoptManagementSystem().handle(new AdoptManagementSystem.Command(
        o.id(), OptionalLong.of(o.version()), ManagementSystemKind.ADMINISTRATIVE, "行政管理制度（试行）", LocalDate.parse("2025-01-02"))));
    assertThat(appended.only().event().type()).isEqualTo("ManagementSystemAdopted");
    PromotionOrganization revised = accepted(gov.reviseManagementSystem().handle(new ReviseManagementSystem.Command(
        o.id(), OptionalLong.empty(), ManagementSystemKind.PERSONNEL, "人事管理制度（2025年修订）", LocalDate.parse("2025-02-01"))));

    List<ManagementSystem> personnel = revised.managementSystems().stream().filter(s -> s.kind() == ManagementSystemKind.PERSONNEL).toList();
    assertThat(personnel).extracting(ManagementSystem::revision).containsExactly(1, 2);
    assertThat(personnel.get(1).adoptedOn()).isEqualTo(LocalDate.of(2025, 2, 1));
    assertThat(revised.systemKinds()).contains(ManagementSystemKind.ADMINISTRATIVE);
  }

  @Test
  void adopting_a_kind_already_adopted_is_refused_citing_Art9() {
    PromotionOrganization o = registry.established();
    assertThat(cited(registry.rejected(() -> gov.adoptManagementSystem().handle(new AdoptManagementSystem.Command(
        o.id(), OptionalLong.empty(), ManagementSystemKind.PERSONNEL, "人事管理制度", LocalDate.parse("2025-01-02")))))).containsExactly("A9-system-revision Art.9");
  }

  @Test
  void a_revision_dated_before_the_current_one_is_refused_and_a_kind_never_adopted_cannot_be_revised() {
    PromotionOrganization o = registry.established();
    // the fixtures adopted PERSONNEL on 2026-03-01; the clock says 2025-03-03, so revise earlier than that
    registry.refused(() -> gov.reviseManagementSystem().handle(new ReviseManagementSystem.Command(
        o.id(), OptionalLong.empty(), ManagementSystemKind.PERSONNEL, "人事管理制度", LocalDate.parse("2025-01-01"))));
    PromotionOrganization without = registry.establish(registry.propose(registry.application(d -> d.managementSystems = List.of(
        new FoundingApplication.SystemInput(ManagementSystemKind.PERSONNEL, "人事", LocalDate.parse("2025-01-01")),
        new FoundingApplication.SystemInput(ManagementSystemKind.FINANCIAL, "财务", LocalDate.parse("2025-01-01")),
        new FoundingApplication.SystemInput(ManagementSystemKind.ARCHIVES, "档案", LocalDate.parse("2025-01-01")),
        new FoundingApplication.SystemInput(ManagementSystemKind.DISPUTE_RESOLUTION, "协商调解", LocalDate.parse("2025-01-01")),
        new FoundingApplication.SystemInput(ManagementSystemKind.IP_MANAGEMENT, "知识产权", LocalDate.parse("2025-01-01"))))));
    assertThat(registry.refused(() -> gov.reviseManagementSystem().handle(new ReviseManagementSystem.Command(
        without.id(), OptionalLong.empty(), ManagementSystemKind.BUSINESS, "业务管理制度", LocalDate.parse("2025-02-01"))))).isInstanceOf(Refusal.NotFound.class);
  }

  @Test
  void malformed_system_commands_list_every_violation() {
    PromotionOrganization o = registry.established();
    // an unknown kind is the REST adapter's to report (RoutesContract)
    assertThat(registry.malformed(() -> gov.adoptManagementSystem().handle(new AdoptManagementSystem.Command(
        o.id(), OptionalLong.empty(), null, " ", LocalDate.parse("2099-01-01")))))
        .containsExactlyInAnyOrder("kind:required", "title:required", "adoptedOn:future-date");
    assertThat(registry.malformed(() -> gov.reviseManagementSystem().handle(new ReviseManagementSystem.Command(
        o.id(), OptionalLong.empty(), ManagementSystemKind.PERSONNEL, "人事管理制度", null))))
        .containsExactlyInAnyOrder("revisedOn:required");
  }

  @Test
  void recognition_is_refused_while_an_Art9_system_is_missing_one_finding_per_system() {
    PromotionOrganization o = registry.establish(registry.propose(registry.application(d -> d.managementSystems = List.of(
        new FoundingApplication.SystemInput(ManagementSystemKind.PERSONNEL, "人事", LocalDate.parse("2025-01-01")),
        new FoundingApplication.SystemInput(ManagementSystemKind.FINANCIAL, "财务", LocalDate.parse("2025-01-01")),
        new FoundingApplication.SystemInput(ManagementSystemKind.ARCHIVES, "档案", LocalDate.parse("2025-01-01")),
        new FoundingApplication.SystemInput(ManagementSystemKind.DISPUTE_RESOLUTION, "协商调解", LocalDate.parse("2025-01-01")),
        new FoundingApplication.SystemInput(ManagementSystemKind.IP_MANAGEMENT, "知识产权", LocalDate.parse("2025-01-01"))))));
    var findings = registry.rejected(() -> gov.recogniseOrganization().handle(
        new RecogniseOrganization.Command(o.id(), OptionalLong.empty(), registry.authority.id())));
    assertThat(ruleIds(findings)).containsExactlyInAnyOrder(
        "A9-administrative-system", "A9-business-system", "A9-confidentiality-security-system");
  }

  // ---- Art.13 ----------------------------------------------------------------------------------

  @Test
  void a_hire_records_its_terms_and_an_appointment_without_open_recruitment_comes_back_as_an_advisory_finding() {
    PromotionOrganization o = registry.established();
    var hired = accepted(gov.hireStaff().handle(new HireStaff.Command(o.id(), OptionalLong.empty(), new PersonId("staff-11"), "吴昊",
        StaffCategory.MANAGEMENT, Recruitment.DIRECT_APPOINTMENT, LocalDate.parse("2025-02-10"), yuan("30000.00"), yuan("15000.00"))));
    assertThat(hired.organization().staff()).hasSize(11);
    assertThat(hired.organization().staff().get(10).terms()).isPresent();
    assertThat(hired.findings()).extracting(Finding::rule).containsExactlyInAnyOrder("A13-open-recruitment", "A13-market-salary");
    assertThat(hired.findings()).allMatch(f -> f.severity() == Severity.ADVISORY);
  }

  @Test
  void an_open_hire_at_the_market_rate_has_no_finding() {
    PromotionOrganization o = registry.established();
    var hired = accepted(gov.hireStaff().handle(new HireStaff.Command(o.id(), OptionalLong.empty(), new PersonId("staff-11"), "吴昊",
        StaffCategory.MANAGEMENT, Recruitment.OPEN_RECRUITMENT, LocalDate.parse("2025-02-10"), yuan("22500.00"), yuan("15000.00"))));
    assertThat(hired.findings()).isEmpty();
  }

  @Test
  void hiring_a_person_already_on_staff_or_before_establishment_is_refused() {
    PromotionOrganization o = registry.established();
    assertThat(registry.malformed(() -> gov.hireStaff().handle(new HireStaff.Command(o.id(), OptionalLong.empty(), new PersonId("staff-1"), "x",
        StaffCategory.MANAGEMENT, Recruitment.OPEN_RECRUITMENT, LocalDate.parse("2025-02-10"), yuan("1.00"), yuan("1.00"))))).containsExactly("person:duplicate");
    PromotionOrganization p = registry.proposed();
    assertThat(cited(registry.rejected(() -> gov.hireStaff().handle(new HireStaff.Command(p.id(), OptionalLong.empty(), new PersonId("staff-99"), "x",
        StaffCategory.MANAGEMENT, Recruitment.OPEN_RECRUITMENT, LocalDate.parse("2025-02-10"), yuan("1.00"), yuan("1.00")))))).containsExactly("A12-books-open Art.12 Art.10");
    // an unknown category or recruitment, a day that is no date and a negative salary are the REST adapter's to report
    // (RoutesContract)
    assertThat(registry.malformed(() -> gov.hireStaff().handle(new HireStaff.Command(o.id(), OptionalLong.empty(), null, "",
        null, null, LocalDate.of(1948, 12, 31), null, yuan("0")))))
        .containsExactlyInAnyOrder("person:required", "name:required", "category:required", "recruitment:required", "hiredOn:date-range",
            "monthlySalary:required", "marketBenchmark:zero");
  }

  // ---- Art.10 ----------------------------------------------------------------------------------

  @Test
  void income_is_recorded_by_source_and_fees_cannot_bypass_a_schedule() {
    PromotionOrganization o = registry.established();
    var e = accepted(gov.recordIncome().handle(new RecordIncome.Command(o.id(), IncomeKind.GOVERNMENT_APPROPRIATION, yuan("200000.00"),
        LocalDate.parse("2025-01-15"), "苏州市澄湖产业园经济发展局")));
    assertThat(e.kind()).isEqualTo(IncomeKind.GOVERNMENT_APPROPRIATION);
    assertThat(cited(registry.rejected(() -> gov.recordIncome().handle(new RecordIncome.Command(o.id(), IncomeKind.MEMBERSHIP_DUES,
        yuan("2000.00"), LocalDate.parse("2025-01-15"), "会员单位甲"))))).containsExactly("A11-charge-under-published-standard Art.11");
    // an unknown kind, an amount in less than a fen and a day that is no date are the REST adapter's to report (RoutesContract)
    assertThat(registry.malformed(() -> gov.recordIncome().handle(new RecordIncome.Command(o.id(), null, null,
        null, " ")))).containsExactlyInAnyOrder("kind:required", "amount:required", "receivedOn:required", "payer:required");
    assertThat(registry.malformed(() -> gov.recordIncome().handle(new RecordIncome.Command(o.id(), IncomeKind.DONATION, yuan("0"),
        LocalDate.of(2201, 1, 1), "某基金会")))).containsExactlyInAnyOrder("amount:zero", "receivedOn:date-range");
  }

  @Test
  void a_payment_to_a_founder_outside_payroll_and_scope_is_recorded_with_the_Art10_finding_even_when_declared_other() {
    PromotionOrganization o = registry.established();
    var recorded = accepted(gov.recordExpenditure().handle(new RecordExpenditure.Command(o.id(), yuan("80000.00"), LocalDate.parse("2025-02-01"),
        "苏州纳衡科技有限公司", null, PayeeRelation.OTHER, "借款", false, false, null)));
    assertThat(recorded.expenditure().relation()).isEqualTo(PayeeRelation.FOUNDER);
    assertThat(recorded.expenditure().declaredRelation()).isEqualTo(PayeeRelation.OTHER);
    assertThat(ruleIds(recorded.findings())).containsExactly("A10-no-private-taking");
    assertThat(recorded.findings().get(0).evidence().toString()).contains("80000.00", "declared OTHER");
  }

  @Test
  void payroll_counts_only_for_staff_and_scope_spending_by_an_officer_is_fine() {
    PromotionOrganization o = registry.established();
    var toOfficer = accepted(gov.recordExpenditure().handle(new RecordExpenditure.Command(o.id(), yuan("5000.00"), LocalDate.parse("2025-02-01"),
        "张伟", "p-zhang", PayeeRelation.OTHER, "“工资”", true, false, null)));
    assertThat(toOfficer.expenditure().relation()).isEqualTo(PayeeRelation.OFFICER);
    assertThat(ruleIds(toOfficer.findings())).containsExactly("A10-no-private-taking");
    var salary = accepted(gov.recordExpenditure().handle(new RecordExpenditure.Command(o.id(), yuan("9000.00"), LocalDate.parse("2025-02-01"),
        "工作人员1", "staff-1", PayeeRelation.STAFF, "2月工资", true, false, null)));
    assertThat(salary.findings()).isEmpty();
    var scope = accepted(gov.recordExpenditure().handle(new RecordExpenditure.Command(o.id(), yuan("3000.00"), LocalDate.parse("2025-02-01"),
        "张伟", "p-zhang", PayeeRelation.OFFICER, "会展差旅报销", false, true, "会展与对外交流")));
    assertThat(scope.findings()).isEmpty();
  }

  @Test
  void fee_funded_spending_without_a_charter_scope_item_is_an_Art11_finding() {
    PromotionOrganization o = registry.established();
    var recorded = accepted(gov.recordExpenditure().handle(new RecordExpenditure.Command(o.id(), yuan("12000.00"), LocalDate.parse("2025-02-01"),
        "某旅行社", null, PayeeRelation.OTHER, "理事会考察", false, true, "旅游")));
    assertThat(ruleIds(recorded.findings())).containsExactly("A11-fees-for-business-scope");
  }

  // ---- Art.11 ----------------------------------------------------------------------------------

  @Test
  void a_charge_is_accepted_at_the_tier_amount_of_a_schedule_in_force_and_refused_otherwise() {
    PromotionOrganization o = registry.established();
    FeeSchedule s = dues(o, LocalDate.parse("2025-01-01"));
    var charge = accepted(gov.recordCharge().handle(new RecordCharge.Command(o.id(), s.id(), "dues", "理事单位",
        yuan("10000.00"), LocalDate.parse("2025-01-20"), "苏州纳衡科技有限公司")));
    assertThat(charge.kind()).isEqualTo(IncomeKind.MEMBERSHIP_DUES);
    assertThat(charge.basis().orElseThrow().edition()).isEqualTo(1);
    // wrong amount for the tier; before publication; unknown item; unknown schedule
    for (var c : List.of(
        new RecordCharge.Command(o.id(), s.id(), "dues", "理事单位", yuan("12000.00"), LocalDate.parse("2025-01-20"), "甲"),
        new RecordCharge.Command(o.id(), s.id(), "dues", "理事单位", yuan("10000.00"), LocalDate.parse("2024-12-31"), "甲"),
        new RecordCharge.Command(o.id(), s.id(), "training", null, yuan("10000.00"), LocalDate.parse("2025-01-20"), "甲"),
        new RecordCharge.Command(o.id(), new FeeScheduleId("fee-999"), "dues", "理事单位", yuan("10000.00"), LocalDate.parse("2025-01-20"), "甲"))) {
      assertThat(cited(registry.rejected(() -> gov.recordCharge().handle(c)))).containsExactly("A11-charge-under-published-standard Art.11");
    }
  }

  @Test
  void a_new_edition_supersedes_from_its_publication_date_and_cannot_be_backdated_before_the_last() {
    PromotionOrganization o = registry.established();
    FeeSchedule s = accepted(gov.publishFeeSchedule().handle(new PublishFeeSchedule.Command(o.id(), null, OptionalLong.empty(),
        FeeKind.SERVICE_FEES, "检测服务收费标准", LocalDate.parse("2025-01-01"), "官网", List.of(fixed("test", "800.00"), range("consult", "1000.00", "5000.00")))));
    FeeSchedule v2 = accepted(gov.publishFeeSchedule().handle(new PublishFeeSchedule.Command(o.id(), s.id(),
        OptionalLong.of(s.version()), FeeKind.SERVICE_FEES, "检测服务收费标准", LocalDate.parse("2025-02-01"), "官网", List.of(fixed("test", "900.00")))));
    assertThat(v2.editions()).hasSize(2);
    accepted(gov.recordCharge().handle(new RecordCharge.Command(o.id(), s.id(), "test", null, yuan("800.00"), LocalDate.parse("2025-01-31"), "甲")));
    accepted(gov.recordCharge().handle(new RecordCharge.Command(o.id(), s.id(), "consult", null, yuan("2500.50"), LocalDate.parse("2025-01-31"), "甲")));
    accepted(gov.recordCharge().handle(new RecordCharge.Command(o.id(), s.id(), "test", null, yuan("900.00"), LocalDate.parse("2025-02-01"), "甲")));
    registry.rejected(() -> gov.recordCharge().handle(new RecordCharge.Command(o.id(), s.id(), "test", null, yuan("800.00"), LocalDate.parse("2025-02-01"), "甲")));
    registry.rejected(() -> gov.recordCharge().handle(new RecordCharge.Command(o.id(), s.id(), "consult", null, yuan("2500.00"), LocalDate.parse("2025-02-02"), "甲")));
    assertThat(cited(registry.rejected(() -> gov.publishFeeSchedule().handle(new PublishFeeSchedule.Command(o.id(), s.id(),
        OptionalLong.empty(), FeeKind.SERVICE_FEES, "检测服务收费标准", LocalDate.parse("2025-01-15"), "官网", List.of(fixed("test", "1.00")))))))
        .containsExactly("A11-edition-order Art.11");
  }

  @Test
  void a_malformed_schedule_lists_every_violation() {
    PromotionOrganization o = registry.established();
    assertThat(registry.malformed(() -> gov.publishFeeSchedule().handle(new PublishFeeSchedule.Command(o.id(), null, OptionalLong.empty(),
        null, "", LocalDate.parse("2099-01-01"), "", List.of(range("a", "10.00", "5.00"), fixed("a", "1.00"),
            new ItemInput("t", "t", Pricing.TIERED, null, null, null, List.of())))))).contains(
        "kind:required", "title:required", "publishedOn:future-date", "channel:required", "items[0].max:below-min", "items[2].tiers:required");
    // what did not parse at the edge arrives as null: a missing item, pricing, amount or tier amount
    assertThat(registry.malformed(() -> gov.publishFeeSchedule().handle(new PublishFeeSchedule.Command(o.id(), null, OptionalLong.empty(),
        FeeKind.SERVICE_FEES, "收费标准", LocalDate.parse("2025-01-01"), "官网", java.util.Arrays.asList(
            new ItemInput("a", "a", null, null, null, null, null), null, new ItemInput("b", "b", Pricing.FIXED, null, null, null, null),
            new ItemInput("c", "c", Pricing.RANGE, null, yuan("1.00"), null, null),
            new ItemInput("t", "t", Pricing.TIERED, null, null, null, java.util.Arrays.asList(new TierInput("x", null), null)))))))
        .containsExactlyInAnyOrder("items[0].pricing:required", "items[1]:required", "items[2].amount:required",
            "items[3].max:required", "items[4].tiers[0].amount:required", "items[4].tiers[1]:required");
  }

  // ---- Art.12 ----------------------------------------------------------------------------------

  @Test
  void an_account_in_another_name_or_shared_with_another_po_or_a_founder_is_refused_citing_Art12() {
    PromotionOrganization first = registry.established();
    PromotionOrganization second = registry.establish(registry.propose(registry.application(d -> {
      d.name = "苏州市纳米新材料产业创新联盟";
      d.bankAccount = null;
      d.founders = List.of(new FoundingApplication.FounderInput("苏州纳衡科技有限公司", FounderKind.LEADING_ENTERPRISE, null, "62220000111122223333"),
          new FoundingApplication.FounderInput("苏州澄远纳米技术研究所", FounderKind.RESEARCH_INSTITUTION, null),
          new FoundingApplication.FounderInput("苏州市澄湖纳米产业协会", FounderKind.SOCIAL_GROUP, null));
    })));
    assertThat(ruleIds(registry.rejected(() -> gov.changeBankAccount().handle(new ChangeBankAccount.Command(second.id(),
        OptionalLong.empty(), new BankInput(first.name(), first.bankAccount().orElseThrow().number(), "岚川银行"))))))
        .containsExactlyInAnyOrder("A12-own-account", "A12-account-not-shared");
    assertThat(ruleIds(registry.rejected(() -> gov.changeBankAccount().handle(new ChangeBankAccount.Command(second.id(),
        OptionalLong.empty(), new BankInput(second.name(), "62220000111122223333", "澄信银行"))))))
        .containsExactly("A12-account-not-shared");
    // the same numbers written with the spaces and dashes of a passbook are still the same account
    assertThat(ruleIds(registry.rejected(() -> gov.changeBankAccount().handle(new ChangeBankAccount.Command(second.id(),
        OptionalLong.empty(), new BankInput(second.name(), "6222 0000 1111-2222 3333", "澄信银行"))))))
        .containsExactly("A12-account-not-shared");
    var changed = accepted(gov.changeBankAccount().handle(new ChangeBankAccount.Command(second.id(), OptionalLong.empty(),
        new BankInput(second.name(), "32250199883600005555", "澄信银行苏州分行"))));
    assertThat(changed.bankAccount().orElseThrow().holder()).isEqualTo(second.name());
  }

  @Test
  void the_assessment_over_a_period_reads_the_ledger_of_that_period_only() {
    PromotionOrganization o = registry.recognised();
    accepted(gov.recordExpenditure().handle(new RecordExpenditure.Command(o.id(), yuan("100.00"), LocalDate.parse("2025-02-01"),
        "苏州纳衡科技有限公司", null, PayeeRelation.FOUNDER, "借款", false, false, null)));
    var report = accepted(gov.queries().assess(o.id(), Period.assessedOn(LocalDate.of(2025, 3, 3))));
    assertThat(report.findings()).extracting(Finding::rule).contains("A10-no-private-taking");
    var earlier = accepted(gov.queries().assess(o.id(), new Period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))));
    assertThat(earlier.findings()).extracting(Finding::rule).doesNotContain("A10-no-private-taking");
    // and a misappropriation on the books blocks reinstatement after a suspension
    PromotionOrganization suspended = registry.suspend(registry.stored(o.id()));
    assertThat(ruleIds(registry.rejected(() -> gov.reinstateOrganization().handle(new ReinstateOrganization.Command(
        suspended.id(), OptionalLong.empty(), registry.authority.id(), "整改完成"))))).contains("A10-no-private-taking");
    assertThat(suspended.stage()).isEqualTo(LifecycleStage.SUSPENDED);
  }
}
