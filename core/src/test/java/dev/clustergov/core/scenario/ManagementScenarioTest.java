package dev.clustergov.core.scenario;

import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.application.management.PublishFeeSchedule.Pricing;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.finance.PayeeRelation;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.finance.FeeKind;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.management.AdoptManagementSystem;
import dev.clustergov.core.application.management.ChangeBankAccount;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.management.HireStaff;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.management.PublishFeeSchedule;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.management.RecordCharge;
import dev.clustergov.core.application.management.RecordExpenditure;
import dev.clustergov.core.application.management.RecordIncome;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.kernel.RegionCode;

/**
 * Chapter 3, Art.9–13, as the Suzhou nano-materials PO lives it in its first months: it sets up its
 * rules (Art.9), is recognised, publishes its dues (Art.11), takes a donation and charges dues (Art.10,
 * Art.11), is stopped from paying a founder privately without it being noticed (Art.10), keeps its own
 * account (Art.12) and hires from the market (Art.13).
 */
class ManagementScenarioTest {

  final InMemoryClustergov memory = new InMemoryClustergov();
  final Clustergov gov = Clustergov.using(memory.ports());

  static <T> T ok(Either<Refusal, T> r) {
    assertThat(r.isRight()).as("accepted, but: %s", r.isLeft() ? r.getLeft() : null).isTrue();
    return r.get();
  }

  static List<String> rules(Either<Refusal, ?> r) {
    assertThat(r.isLeft()).isTrue();
    return ((Refusal.Rejected) r.getLeft()).rejection().findings().stream().map(Finding::rule).toList();
  }

  PromotionOrganization established(List<FoundingApplication.SystemInput> systems) {
    var cluster = ok(gov.registerCluster().handle(new RegisterCluster.Command("苏州市恒岳纳米新材料集群", new RegionCode("320500"), "纳米新材料", ClusterLevel.MUNICIPAL, 600)));
    var authority = ok(gov.registerAuthority().handle(new RegisterAuthority.Command("苏州市工业和信息化局", new RegionCode("320500"))));
    FoundingApplication a = Fixtures.compliantApplication();
    a = new FoundingApplication(a.name(), cluster.id(), authority.id(), a.guidingBody(), a.founders(), a.type(),
        Fixtures.PO_CODE, a.charter(), a.partyOrganization(), a.officeAddress(), a.equipment(), a.registeredCapital(),
        a.staff(), systems == null ? a.managementSystems() : systems, a.incomeSources(), a.bankAccount(), a.governance());
    PromotionOrganization o = ok(gov.proposeOrganization().handle(new ProposeOrganization.Command(a)));
    return ok(gov.establishOrganization().handle(new EstablishOrganization.Command(o.id(), OptionalLong.empty(), Fixtures.PO_CODE)));
  }

  @Test
  void art9_the_po_is_recognised_only_once_its_five_management_systems_are_in_place() {
    PromotionOrganization o = established(List.of(new FoundingApplication.SystemInput(ManagementSystemKind.PERSONNEL, "人事管理制度", LocalDate.parse("2025-01-01")),
        new FoundingApplication.SystemInput(ManagementSystemKind.FINANCIAL, "财务管理制度", LocalDate.parse("2025-01-01")),
        new FoundingApplication.SystemInput(ManagementSystemKind.ARCHIVES, "档案管理制度", LocalDate.parse("2025-01-01")),
        // Art.15 and Art.16 systems are in place, so only Art.9's are missing
        new FoundingApplication.SystemInput(ManagementSystemKind.DISPUTE_RESOLUTION, "民主协商和内部矛盾调解制度", LocalDate.parse("2025-01-01")),
        new FoundingApplication.SystemInput(ManagementSystemKind.IP_MANAGEMENT, "知识产权管理制度", LocalDate.parse("2025-01-01"))));
    var recognise = new RecogniseOrganization.Command(o.id(), OptionalLong.empty(), o.authority());
    assertThat(rules(gov.recogniseOrganization().handle(recognise)))
        .containsExactlyInAnyOrder("A9-administrative-system", "A9-business-system", "A9-confidentiality-security-system");
    for (String kind : List.of("ADMINISTRATIVE", "BUSINESS", "CONFIDENTIALITY_SECURITY")) {
      ok(gov.adoptManagementSystem().handle(new AdoptManagementSystem.Command(o.id(), OptionalLong.empty(), ManagementSystemKind.valueOf(kind), kind + " 制度", LocalDate.parse("2025-02-01"))));
    }
    assertThat(ok(gov.recogniseOrganization().handle(recognise)).stage()).isEqualTo(LifecycleStage.RECOGNISED);
  }

  @Test
  void art10_to_art12_fees_are_charged_by_the_published_standard_and_a_private_payment_to_a_founder_is_found() {
    PromotionOrganization o = established(null);
    o = ok(gov.recogniseOrganization().handle(new RecogniseOrganization.Command(o.id(), OptionalLong.empty(), o.authority())));
    var dues = ok(gov.publishFeeSchedule().handle(new PublishFeeSchedule.Command(o.id(), null, OptionalLong.empty(), FeeKind.DUES,
        "会费标准（会员大会2025年1月通过）", LocalDate.parse("2025-01-10"), "促进会官网及会员通讯", List.of(new PublishFeeSchedule.ItemInput("dues", "年度会费",
            Pricing.TIERED, null, null, null, List.of(new PublishFeeSchedule.TierInput("理事单位", Money.yuan("10000.00")),
                new PublishFeeSchedule.TierInput("会员单位", Money.yuan("2000.00"))))))));
    ok(gov.recordIncome().handle(new RecordIncome.Command(o.id(), IncomeKind.DONATION, Money.yuan("50000.00"), LocalDate.parse("2025-01-20"), "苏州某基金会")));
    ok(gov.recordCharge().handle(new RecordCharge.Command(o.id(), dues.id(), "dues", "会员单位", Money.yuan("2000.00"),
        LocalDate.parse("2025-01-25"), "苏州某材料公司")));
    // Art.11: a "special levy" at an unpublished amount is refused
    assertThat(rules(gov.recordCharge().handle(new RecordCharge.Command(o.id(), dues.id(), "dues", "会员单位",
        Money.yuan("3000.00"), LocalDate.parse("2025-01-25"), "苏州某材料公司")))).containsExactly("A11-charge-under-published-standard");
    // Art.10: a payment to a founder outside payroll and scope is recorded, and found
    var paid = ok(gov.recordExpenditure().handle(new RecordExpenditure.Command(o.id(), Money.yuan("30000.00"), LocalDate.parse("2025-02-01"),
        "苏州纳衡科技有限公司", null, PayeeRelation.OTHER, "往来款", false, true, null)));
    assertThat(paid.findings()).extracting(Finding::rule).containsExactlyInAnyOrder("A10-no-private-taking", "A11-fees-for-business-scope");
    var report = ok(gov.queries().assess(o.id(), Period.assessedOn(LocalDate.of(2025, 3, 3))));
    assertThat(report.blockingFindings()).extracting(Finding::rule).containsExactlyInAnyOrder("A10-no-private-taking", "A11-fees-for-business-scope");
    // Art.12: the account stays the PO's own
    assertThat(rules(gov.changeBankAccount().handle(new ChangeBankAccount.Command(o.id(), OptionalLong.empty(),
        new FoundingApplication.BankInput("苏州纳衡科技有限公司", "62220000999", "澄信银行"))))).containsExactly("A12-own-account");
  }

  @Test
  void art13_hires_are_recorded_with_their_market_benchmark_and_a_seconded_hire_is_reported() {
    PromotionOrganization o = established(null);
    var open = ok(gov.hireStaff().handle(new HireStaff.Command(o.id(), OptionalLong.empty(), new PersonId("staff-11"), "吴昊", StaffCategory.PROFESSIONAL_TECHNICAL,
        Recruitment.OPEN_RECRUITMENT, LocalDate.parse("2025-02-15"), Money.yuan("16000.00"), Money.yuan("15000.00"))));
    assertThat(open.findings()).isEmpty();
    var seconded = ok(gov.hireStaff().handle(new HireStaff.Command(o.id(), OptionalLong.empty(), new PersonId("staff-12"), "郑洁", StaffCategory.MANAGEMENT,
        Recruitment.SECONDMENT, LocalDate.parse("2025-02-16"), Money.yuan("40000.00"), Money.yuan("15000.00"))));
    assertThat(seconded.findings()).extracting(Finding::rule).containsExactlyInAnyOrder("A13-open-recruitment", "A13-market-salary");
    // the hire is named by the person's name and terms in words, never by the person's id (issue 20)
    assertThat(seconded.findings()).flatExtracting(Finding::evidence).extracting(e -> e.line())
        .contains(dev.clustergov.core.kernel.Text.of("未经公开招聘的工作人员：郑洁（借调或派驻）", "staff not openly recruited: 郑洁 (secondment or assignment)"),
            dev.clustergov.core.kernel.Text.of("薪酬偏离基准的工作人员：郑洁（月工资40,000.00元，市场薪酬基准15,000.00元）",
                "staff paid off the benchmark: 郑洁 (monthly salary 40,000.00 yuan, market benchmark 15,000.00 yuan)"));
  }
}
