package dev.clustergov.core.scenario;

import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.operation.PlatformRole;
import dev.clustergov.core.operation.PlatformKind;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.operation.MemberKind;
import static dev.clustergov.core.scenario.ScenarioDesk.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.operation.AdmitMember;
import dev.clustergov.core.application.operation.RecordServiceActivity;
import dev.clustergov.core.application.operation.RegisterPlatform;
import dev.clustergov.core.application.general.ReinstateOrganization;
import dev.clustergov.core.application.general.SuspendOrganization;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.operation.Coverage;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.testkit.contract.OperationSamples;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.organization.CreditCode;

/**
 * Chapter 4 as a story: 集群发展促进组织的运行以服务集群发展为中心 (Art.17), and 要 perform each of its
 * seven functions (Art.18–24). The Suzhou nano-materials PO admits its member units, builds a pilot
 * base and coordinates a shared manufacturing centre, and through its first year runs activities for
 * six functions — strategy, communication, government–enterprise connection, innovation, openness and
 * the service base — with outcomes Art.29 will reward. Self-discipline (Art.24) it forgets. A year
 * after recognition the compliance report blocks on Art.24; suspended by its bureau, it is not
 * reinstated until it adopts a self-discipline convention with its members.
 */
class OperationScenarioTest {

  private final ScenarioDesk desk = new ScenarioDesk();

  private Membership admit(String name, CreditCode code, MemberKind kind) {
    return accepted(desk.gov.admitMember().handle(new AdmitMember.Command(desk.po.id(), name, code, kind, null)));
  }

  private void held(String item, String title, String delivery, List<Membership> members, List<String> outside,
      RecordServiceActivity.OutcomesInput outcomes) {
    accepted(desk.gov.recordServiceActivity().handle(new RecordServiceActivity.Command(desk.po.id(), FunctionItem.parse(item).get(), title,
        null, Delivery.valueOf(delivery), members.stream().map(Membership::id).toList(), outside, true, null, outcomes)));
  }

  @Test
  void a_year_of_service_with_one_function_forgotten_blocks_reinstatement_until_it_is_performed() {
    // 集群成员单位: an enterprise, an institute and a university join
    Membership navi = admit("苏州纳衡科技有限公司", OperationSamples.creditCode("MA1MXXX01"), MemberKind.ENTERPRISE);
    Membership sinano = admit("苏州澄远纳米技术研究所", null, MemberKind.RESEARCH_INSTITUTE);
    Membership suda = admit("苏州澄远理工学院", null, MemberKind.UNIVERSITY);

    // 统筹搭建创新中心、中试基地、共享制造中心等硬平台: one built, open to all; one coordinated, restricted with its reason
    accepted(desk.gov.registerPlatform().handle(new RegisterPlatform.Command(desk.po.id(), "纳米材料中试基地", PlatformKind.PILOT_BASE, PlatformRole.BUILT,
        "苏州澄湖纳米科技发展有限公司", null, true, null)));
    accepted(desk.gov.registerPlatform().handle(new RegisterPlatform.Command(desk.po.id(), "精密制造共享中心", PlatformKind.SHARED_MANUFACTURING_CENTRE,
        PlatformRole.COORDINATED, "苏州某精密制造有限公司", null, false, "设备产能有限，先向出资共建成员开放")));

    // a year of public services, month by month
    desk.daysPass(20);
    held("Art.18(5)", "纳米新材料集群行动计划研讨会", "DIRECT", List.of(navi, sinano, suda), List.of(), null);
    desk.daysPass(30);
    held("Art.19(1)", "月度会员沙龙", "DIRECT", List.of(navi, suda), List.of(), null);
    desk.daysPass(30);
    held("Art.20(3)", "企业诉求座谈会（市工信局参加）", "DIRECT", List.of(navi), List.of("苏州市工业和信息化局"), null);
    desk.daysPass(30);
    held("第二十一条第（三）项", "中试熟化成果转化对接会", "BROKERED", List.of(navi, sinano), List.of("上海某投资管理有限公司"),
        new RecordServiceActivity.OutcomesInput(Money.yuan("12000000.00"), Money.yuan("800000.00"), null, Map.of(TalentLevel.HIGH_LEVEL, 2)));
    desk.daysPass(60);
    held("Art.22(3)", "纳米技术国际博览会", "DIRECT", List.of(navi, sinano, suda), List.of("德国某弗劳恩霍夫研究所", "南京澈言理工学院"),
        new RecordServiceActivity.OutcomesInput(null, null, Money.yuan("3500000.50"), Map.of(TalentLevel.LEADING, 1)));
    desk.daysPass(60);
    held("Art.23(2)", "科技金融对接会", "BROKERED", List.of(suda), List.of("苏州禾岚控股股份有限公司"), null);

    // a unit outside the cluster's membership cannot be listed as a member participant (Art.17)
    assertThat(desk.refusedCiting(() -> desk.gov.recordServiceActivity().handle(new RecordServiceActivity.Command(desk.po.id(),
        FunctionItem.parse("Art.23(3)").get(), "技术培训", null, Delivery.DIRECT, List.of(navi.id(), new MembershipId("member-999999")),
        List.of(), true, null, null))))
        .containsExactly("A17-participants-members Art.17");

    // coverage of the year: six functions active, self-discipline a gap, Art.29's outcomes added up exactly
    desk.daysPass(140);
    Period year = new Period(desk.po.recognisedOn().orElseThrow(), desk.memory.clock().today());
    Coverage coverage = accepted(desk.gov.queries().coverage(desk.po.id(), year));
    assertThat(coverage.activeFunctions()).isEqualTo(6);
    assertThat(coverage.functionGaps()).containsExactly(Function.SELF_DISCIPLINE);
    assertThat(coverage.total().participatingMembers()).isEqualTo(3);
    assertThat(coverage.total().outsideUnitCount()).isEqualTo(5);
    assertThat(coverage.total().outcomes().landedInvestment().toString()).isEqualTo("12000000.00");
    assertThat(coverage.total().outcomes().supplyContracts().toString()).isEqualTo("3500000.50");
    assertThat(coverage.total().outcomes().talentCount()).isEqualTo(3);

    // 要积极促进集群自律规范 (Art.24): a year after recognition, the silent function blocks
    var report = accepted(desk.gov.queries().compliance(desk.po.id()));
    // (with the supervision slice, Art.24(1)'s own rule also blocks: no self-discipline measure has been adopted)
    assertThat(report.blockingFindings()).extracting(Finding::rule).containsExactly("A24-function-performed", "A24.1-self-discipline");
    assertThat(report.findings()).extracting(Finding::rule).doesNotContain("A17-open-platforms", "A17-non-exclusive-activities");

    // suspended by its bureau, it is not reinstated while the function stays silent
    var bureau = desk.po.authority();
    var suspended = accepted(desk.gov.suspendOrganization().handle(new SuspendOrganization.Command(desk.po.id(),
        OptionalLong.empty(), bureau, "年度检查：自律规范职能未履行")));
    assertThat(desk.refusedCiting(() -> desk.gov.reinstateOrganization().handle(new ReinstateOrganization.Command(desk.po.id(),
        OptionalLong.of(suspended.version()), bureau, "整改完成")))).containsExactly("A24-function-performed Art.24",
        "A24.1-self-discipline Art.24(1)");

    // the PO adopts a self-discipline convention with its members (Art.24(1)) and is reinstated
    var congress = desk.po.governance().in(dev.clustergov.core.governance.Layer.DECISION).get(0).id();
    accepted(desk.gov.adoptSelfDisciplineMeasure().handle(new dev.clustergov.core.application.supervision.AdoptSelfDisciplineMeasure.Command(
        desk.po.id(), dev.clustergov.core.supervision.MeasureKind.CONVENTION, "苏州纳米新材料集群自律公约", congress, null)));
    held("第二十四条第（一）项", "集群自律公约签约大会", "DIRECT", List.of(navi, sinano, suda), List.of(), null);
    var reinstated = accepted(desk.gov.reinstateOrganization().handle(new ReinstateOrganization.Command(desk.po.id(),
        OptionalLong.of(suspended.version()), bureau, "已建立集群自律公约")));
    assertThat(reinstated.stage().name()).isEqualTo("RECOGNISED");
    assertThat(desk.eventTypes()).contains("MemberAdmitted", "PlatformRegistered", "ServiceActivityRecorded", "OrganizationReinstated");
  }
}
