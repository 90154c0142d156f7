package dev.clustergov.examples;

import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.operation.PlatformRole;
import dev.clustergov.core.operation.PlatformKind;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.ip.IpActivity;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.dispute.Route;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.application.management.PublishFeeSchedule.Pricing;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.ip.PartyKind;
import dev.clustergov.core.finance.FeeKind;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.disclosure.ChannelKind;
import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.application.operation.AdmitMember;
import dev.clustergov.core.application.supervision.AdoptSelfDisciplineMeasure;
import dev.clustergov.core.application.establishment.AmendFoundingApplication;
import dev.clustergov.core.application.establishment.AppointToBody;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.supervision.ComputeIncentive;
import dev.clustergov.core.application.supervision.EngageEvaluator;
import dev.clustergov.core.application.management.DraftIpAgreement;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.establishment.FoundingApplication.SeatInput;
import dev.clustergov.core.application.supervision.GrantIncentive;
import dev.clustergov.core.application.management.HireStaff;
import dev.clustergov.core.application.supervision.ImposeSanction;
import dev.clustergov.core.application.supervision.LiftSanction;
import dev.clustergov.core.application.supervision.OpenInspection;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.management.PublishDisclosure;
import dev.clustergov.core.application.management.PublishFeeSchedule;
import dev.clustergov.core.application.supervision.PublishPolicyPack;
import dev.clustergov.core.application.management.RaiseDispute;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.management.RecordCharge;
import dev.clustergov.core.application.management.RecordDisputeStep;
import dev.clustergov.core.application.supervision.RecordEvaluation;
import dev.clustergov.core.application.supervision.RecordInspectionFinding;
import dev.clustergov.core.application.operation.RecordMemberLeaving;
import dev.clustergov.core.application.operation.RecordServiceActivity;
import dev.clustergov.core.application.supervision.RectifyFinding;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.application.supervision.RegisterEvaluator;
import dev.clustergov.core.application.operation.RegisterPlatform;
import dev.clustergov.core.application.supervision.RunWhatIf;
import dev.clustergov.core.application.management.SignIpAgreement;
import dev.clustergov.core.application.management.TermsInput;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.guideline.Article;
import dev.clustergov.core.guideline.Chapter;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.guideline.Guideline;
import dev.clustergov.core.incentive.Incentive;
import dev.clustergov.core.incentive.IncentiveAward;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.ComplianceReport;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.MeasureKind;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import dev.clustergov.core.whatif.PolicyChange;
import dev.clustergov.core.whatif.WhatIfReport;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.governance.SeatRole;

/**
 * The guideline walkthrough (指引全流程演示): one promotion organization of 苏州市恒岳纳米新材料集群 through
 * all six chapters — founded (Ch.1–2), governed and managed, disclosing, settling a dispute and sharing
 * IP (Ch.3), serving its cluster for a year (Ch.4), inspected, evaluated, rewarded, sanctioned, and
 * measured against a local policy draft with a what-if (Ch.5), with the catalogue's last word (Ch.6).
 * Every verdict is printed with its clauses in Chinese and English; each refusal is checked to have
 * written nothing.
 *
 * <p>Runs on the core test kit's in-memory ports (sequential ids, a clock that starts at 2025-03-03
 * 09:00 Beijing time and is moved on by the story), so every run prints the same.
 */
final class Walkthrough {

  /** What the story ended with, for its test: each refusal's findings as "rule clause clause…", and the key figures. */
  record Result(Map<String, List<String>> refusals, Map<String, List<String>> reported, Rating rating, List<String> belowThreshold,
      Money incentive,
      Money incentiveUnderDraft, boolean withheldUnderSanction, Rating ratingUnderSanction, Rating ratingAfterLifting,
      PromotionOrganization organization) {}

  static final Instant START = Instant.parse("2025-03-03T01:00:00Z");

  private final InMemoryClustergov memory = new InMemoryClustergov(START);
  private final Clustergov gov = Clustergov.using(memory.ports());
  private final PrintStream out;
  private final Report report;
  private final Map<String, List<String>> refusals = new LinkedHashMap<>();
  private final Map<String, List<String>> reported = new LinkedHashMap<>();

  private Walkthrough(PrintStream out) {
    this.out = out;
    this.report = new Report(out);
  }

  static Result run(PrintStream out) {
    return new Walkthrough(out).story();
  }

  private Result story() {
    // ---- Chapter 1 -----------------------------------------------------------------------------
    chapter(Chapter.GENERAL);
    step("Art.2, Art.6 — 登记集群与主管部门 the cluster and the authorities");
    Cluster cluster = ok(gov.registerCluster().handle(new RegisterCluster.Command("苏州市恒岳纳米新材料集群", new RegionCode("320500"), "纳米新材料", ClusterLevel.NATIONAL, 960)));
    Authority suzhou = ok(gov.registerAuthority().handle(new RegisterAuthority.Command("苏州市工业和信息化局", new RegionCode("320500"))));
    Authority jiangsu = ok(gov.registerAuthority().handle(new RegisterAuthority.Command("江苏省工业和信息化厅", new RegionCode("320000"))));
    Authority wuxi = ok(gov.registerAuthority().handle(new RegisterAuthority.Command("无锡市工业和信息化局", new RegionCode("320200"))));
    // named by their names and regions, never their ids, inside Chinese (issue 20)
    out.println("  " + cluster.name() + "（" + dev.clustergov.core.kernel.RegionNames.name(cluster.region()).zh() + "，"
        + cluster.level().label().zh() + "） · " + cluster.level().label().en() + "; " + suzhou.name() + "；" + jiangsu.name()
        + "；" + wuxi.name());
    step("Art.6 — 由无锡主管 supervised from Wuxi, whose jurisdiction does not cover Suzhou");
    refused("Art.6 wrong supervising authority", () -> gov.proposeOrganization().handle(new ProposeOrganization.Command(
        EstablishmentDemo.completeApplication(cluster.id(), wuxi.id()))));

    // ---- Chapter 2 -----------------------------------------------------------------------------
    chapter(Chapter.ESTABLISHMENT);
    step("Art.7–8 — 发起筹建 proposed with an incomplete founding application");
    PromotionOrganization po = ok(gov.proposeOrganization().handle(new ProposeOrganization.Command(
        EstablishmentDemo.incompleteApplication(cluster.id(), suzhou.id()))));
    out.println("  " + po.name() + " — " + po.stageLabel().zh() + " " + po.stageLabel().en());
    PromotionOrganization proposed = po;
    refused("Art.7-8 establishment", () -> gov.establishOrganization().handle(
        new EstablishOrganization.Command(proposed.id(), OptionalLong.of(proposed.version()), null)));
    step("修改组建申请 the founders complete the application; establishment goes ahead");
    po = ok(gov.amendFoundingApplication().handle(new AmendFoundingApplication.Command(po.id(), OptionalLong.of(po.version()),
        EstablishmentDemo.completeApplication(cluster.id(), suzhou.id()))));
    String code = "51320500MA0002101";
    po = ok(gov.establishOrganization().handle(new EstablishOrganization.Command(po.id(), OptionalLong.of(po.version()),
        CreditCode.parse(code + CreditCode.checkCharacter(code)).get())));
    out.println("  " + po.stageLabel().zh() + " " + po.stageLabel().en() + " on " + po.establishedOn().orElseThrow());
    step("Art.26 — 认定 recognition: first by the provincial department, then by the PO's own authority");
    PromotionOrganization established = po;
    refused("Art.26 recognition by another authority", () -> gov.recogniseOrganization().handle(
        new RecogniseOrganization.Command(established.id(), OptionalLong.of(established.version()), jiangsu.id())));
    po = ok(gov.recogniseOrganization().handle(new RecogniseOrganization.Command(po.id(), OptionalLong.of(po.version()), suzhou.id())));
    out.println("  ACCEPTED " + po.name() + " — " + po.stageLabel().zh() + " " + po.stageLabel().en() + " on "
        + po.recognisedOn().orElseThrow());
    var id = po.id();

    // ---- Chapter 3 -----------------------------------------------------------------------------
    chapter(Chapter.MANAGEMENT);
    step("Art.11 — 会费标准 dues published, then a charge above the published standard");
    var dues = ok(gov.publishFeeSchedule().handle(new PublishFeeSchedule.Command(id, null, OptionalLong.empty(), FeeKind.DUES,
        "会费标准（成员大会2025年2月通过）", today(), "促进会官网", List.of(new PublishFeeSchedule.ItemInput("dues", "年度会费",
            Pricing.TIERED, null, null, null, List.of(new PublishFeeSchedule.TierInput("理事单位", Money.yuan("10000.00")),
                new PublishFeeSchedule.TierInput("成员单位", Money.yuan("2000.00"))))))));
    out.println("  ACCEPTED fee schedule “" + dues.title() + "”：理事单位10000.00元，成员单位2000.00元");
    refused("Art.11 charge above the standard", () -> gov.recordCharge().handle(new RecordCharge.Command(id, dues.id(), "dues",
        "成员单位", Money.yuan("3000.00"), today(), "苏州纳衡科技有限公司")));
    step("Art.13 — 市场化用人 a seconded hire far above the market is recorded, and reported");
    var hired = ok(gov.hireStaff().handle(new HireStaff.Command(id, OptionalLong.empty(), new PersonId("p-211"), "郑洁", StaffCategory.MANAGEMENT, Recruitment.SECONDMENT,
        today(), Money.yuan("40000.00"), Money.yuan("15000.00"))));
    reported("Art.13 seconded hire", hired.findings());
    step("Art.14 — 信息披露 a new vice-chair of the council is a major matter; a members-only notice is not disclosure");
    ok(gov.appointToBody().handle(new AppointToBody.Command(id, OptionalLong.empty(), new BodyId("council"),
        new SeatInput(new PersonId("p-106"), "吴刚", SeatRole.VICE_CHAIR, List.of()))));
    DisclosureObligation obligation = ok(gov.queries().disclosureObligations(id)).get(0);
    out.println("  obligation " + obligation.id() + " due " + obligation.dueOn());
    advance(10);
    refused("Art.14 members-only channel", () -> gov.publishDisclosure().handle(new PublishDisclosure.Command(id, DisclosureKind.MAJOR_MATTER, null,
        obligation.id(), today(), ChannelKind.MEMBERS_ONLY, "成员单位通讯", "理事会成员变动")));
    ok(gov.publishDisclosure().handle(new PublishDisclosure.Command(id, DisclosureKind.MAJOR_MATTER, null, obligation.id(), today(),
        ChannelKind.WEBSITE, "https://www.sznano.org.cn/xxgk/lsh", "关于理事会增补副理事长的公告")));
    out.println("  ACCEPTED disclosed on the website on " + today());
    step("Art.15 — 内部矛盾 two members fall out over the shared pilot line");
    Dispute dispute = ok(gov.raiseDispute().handle(new RaiseDispute.Command(id, "共享中试线使用时段和费用分摊争议",
        List.of("苏州纳衡科技有限公司", "苏州纳微新材料有限公司"), "苏州纳衡科技有限公司", Capacity.MEMBER, null)));
    refused("Art.15 court before consultation", () -> gov.recordDisputeStep().handle(new RecordDisputeStep.Command(id,
        dispute.id(), OptionalLong.empty(), StepKind.ESCALATED, null, "苏州纳衡科技有限公司", Capacity.PARTY, Route.LITIGATION, "起诉至法院")));
    Dispute d = dispute;
    for (String[] s : new String[][] {{"CONSULTATION_OPENED", "李强", "SECRETARIAT", "召开成员协商会"},
        {"CONSULTATION_FAILED", "李强", "SECRETARIAT", "双方未能达成一致"}, {"MEDIATION_OPENED", "刘洋", "MEDIATOR", "监事会主席刘洋调解"},
        {"RESOLVED_BY_MEDIATION", "刘洋", "MEDIATOR", "达成调解协议：费用按使用时长分摊"}}) {
      d = ok(gov.recordDisputeStep().handle(new RecordDisputeStep.Command(id, d.id(), OptionalLong.empty(), StepKind.valueOf(s[0]), null, s[1],
          Capacity.valueOf(s[2]), null, s[3])));
    }
    out.println("  ACCEPTED consultation, mediation: " + d.state() + " — " + d.outcome().orElse(""));
    step("Art.16 — 共建共享 an IP agreement among the park, the PO and the institute");
    String park = "苏州市澄湖产业园管理委员会";
    String institute = "苏州某纳米技术研究所";
    String poName = po.name();
    refused("Art.16 shares not 100 %", () -> gov.draftIpAgreement().handle(new DraftIpAgreement.Command(id,
        "纳米材料共性技术联合攻关知识产权管理协议", terms(park, poName, institute, "20", "33.3333", "46.6666"))));
    IpAgreement ip = ok(gov.draftIpAgreement().handle(new DraftIpAgreement.Command(id, "纳米材料共性技术联合攻关知识产权管理协议",
        terms(park, poName, institute, "20", "33.3333", "46.6667"))));
    for (String party : List.of(park, poName, institute)) {
      ip = ok(gov.signIpAgreement().handle(new SignIpAgreement.Command(id, ip.id(), OptionalLong.empty(), party, "法定代表人", null)));
    }
    out.println("  ACCEPTED “" + ip.title() + "”" + (ip.inForce() ? "三方签署，已生效 · signed by all three, in force"
        : "未生效 · not in force"));

    // ---- Chapter 4 -----------------------------------------------------------------------------
    chapter(Chapter.OPERATION);
    step("Art.24(1), Art.27 — 自律公约 the member congress adopts a self-discipline convention");
    ok(gov.adoptSelfDisciplineMeasure().handle(new AdoptSelfDisciplineMeasure.Command(id, MeasureKind.CONVENTION, "苏州纳米新材料产业集群自律公约",
        new BodyId("assembly"), null)));
    out.println("  ACCEPTED");
    step("Art.17 — 成员单位 20 member units join; one leaves");
    LocalDate start = today();
    List<Membership> members = new ArrayList<>();
    String[] brands = {"纳维", "纳微", "晶方", "华芯", "瑞红", "恒泰", "天孚", "凯诺", "博众", "汇川", "同程", "东山", "敏芯", "苏纳",
        "明志", "固锝", "科达", "纽威", "亿马", "捷力"};
    for (int i = 0; i < brands.length; i++) {
      String first17 = String.format("91320500MA0002%03d", 110 + i);
      members.add(ok(gov.admitMember().handle(new AdmitMember.Command(id, "苏州" + brands[i] + "纳米科技有限公司",
          CreditCode.parse(first17 + CreditCode.checkCharacter(first17)).get(), MemberKind.ENTERPRISE, null))));
    }
    String leaverCode = "91320500MA0002130";
    Membership leaver = ok(gov.admitMember().handle(new AdmitMember.Command(id, "苏州远航纳米材料有限公司",
        CreditCode.parse(leaverCode + CreditCode.checkCharacter(leaverCode)).get(), MemberKind.ENTERPRISE, null)));
    advance(1);
    ok(gov.recordMemberLeaving().handle(new RecordMemberLeaving.Command(id, leaver.id(), OptionalLong.empty(), null)));
    out.println("  ACCEPTED " + members.size() + " members; " + leaver.name() + " left on " + today());
    advance(1);
    step("Art.17, Art.23(2) — 服务活动 what may not be recorded");
    refused("Art.17 participant no longer a member", () -> gov.recordServiceActivity().handle(new RecordServiceActivity.Command(id,
        FunctionItem.parse("Art.19(1)").get(), "成员企业交流会", null, Delivery.DIRECT, List.of(leaver.id()), List.of(), null, null, null)));
    refused("Art.23(2) brokering provided directly", () -> gov.recordServiceActivity().handle(new RecordServiceActivity.Command(id,
        FunctionItem.parse("Art.23(2)").get(), "检验检测服务对接", null, Delivery.DIRECT, List.of(), List.of(), null, null, null)));
    step("Art.18–24 — 一年服务 two platforms and a year of services: four on each of the 32 function items");
    for (int i = 1; i <= 2; i++) {
      ok(gov.registerPlatform().handle(new RegisterPlatform.Command(id, "纳米材料中试基地" + (i == 1 ? "" : "二期"), PlatformKind.PILOT_BASE,
          PlatformRole.BUILT, "苏州纳米城运营公司", null, null, null)));
    }
    advance(360);
    int n = 0;
    for (FunctionItem item : FunctionItem.all()) {
      for (int k = 0; k < 4; k++) {
        n++;
        var outcomes = new RecordServiceActivity.OutcomesInput(Money.yuan("4000000"), Money.yuan("2000000"),
            Money.yuan("4000000"), Map.of(TalentLevel.HIGH_LEVEL, 1, TalentLevel.GENERAL, 1));
        ok(gov.recordServiceActivity().handle(new RecordServiceActivity.Command(id, item, item.zh() + "（第" + (k + 1)
            + "场）", start.plusDays(5 + (n * 2) % 350), item.citation().format().equals("Art.23(2)") ? Delivery.BROKERED : Delivery.DIRECT,
            List.of(members.get(n % 20).id(), members.get((n + 9) % 20).id()), List.of(OUTSIDE[n % OUTSIDE.length]), null, null,
            outcomes)));
      }
    }
    var coverage = ok(gov.queries().coverage(id, new Period(start, today())));
    coverage.functions().forEach(f -> out.println("  " + f.function().citation().format() + " " + f.function().citation().formatChinese()
        + " " + f.items().stream().filter(i -> !i.isGap()).count() + "/" + f.items().size() + " items served"));
    ComplianceReport afterYear = ok(gov.queries().compliance(id));
    out.println("  compliance 合规检查: " + afterYear.assessments().size() + " rules, " + afterYear.blockingFindings().size()
        + " blocking: " + (afterYear.clear() ? "CLEAR 合规" : "BLOCKED 不合规"));

    // ---- Chapter 5 -----------------------------------------------------------------------------
    chapter(Chapter.SUPERVISION);
    step("Art.28 — 第三方评价 an independent evaluator rates the year");
    Evaluator evaluator = ok(gov.registerEvaluator().handle(new RegisterEvaluator.Command(suzhou.id(), "长三角产业发展研究咨询有限公司",
        CreditCode.parse(creditCode("91310000MA0002131")).get(), null, start)));
    // Art.28 with Art.26: the PO's own authority engages it for the PO, for a year from today (decision 0380)
    ok(gov.engageEvaluator().handle(new EngageEvaluator.Command(evaluator.id(), id, OptionalLong.empty(), null,
        today().plusYears(1))));
    out.println("  ACCEPTED engaged by " + suzhou.id() + " until " + today().plusYears(1));
    Evaluation rated = ok(gov.recordEvaluation().handle(new RecordEvaluation.Command(evaluator.id(), id, null)));
    out.println("  ACCEPTED 评价 evaluation: " + rated.rating().title().zh() + " " + rated.rating().title().en() + ", total "
        + rated.totalPercent() + " %");
    rated.scores().stream().filter(s -> !s.atThreshold()).forEach(s -> out.println("  未达金标门槛 below gold's threshold: " + s.indicator()
        + " [" + s.source().format() + " " + s.source().formatChinese() + "] " + s.scorePercent() + " % < " + s.thresholdPercent() + " %"));
    rated.trace().ifPresent(t -> {
      out.println(indent(firstLines(t.render(Language.ZH), 6)));
      out.println(indent(firstLines(t.render(Language.EN), 6)));
    });
    step("Art.29 — 激励 the bureau rewards the year (metrics by tier, held to the cap)");
    LocalDate yearEnd = today().minusDays(1);
    IncentiveAward award = ok(gov.grantIncentive().handle(new GrantIncentive.Command(suzhou.id(), id, start, yearEnd)));
    award.metrics().forEach(m -> out.println("  " + m.metric().name() + " " + m.amount()));
    out.println("  ACCEPTED subtotal " + award.subtotal() + ", cap " + award.cap() + " => " + award.amount() + " [Art.29 第二十九条]");
    step("Art.30 — 因地制宜 Suzhou drafts a lower cap; what would change (what-if)");
    refused("Art.30 what-if outside the jurisdiction", () -> gov.runWhatIf().handle(new RunWhatIf.Command(wuxi.id(), new RegionCode("320500"), null, null,
        null, null, null, Map.of("incentive.cap.perPeriod", "1000000.00"))));
    WhatIfReport whatIf = ok(gov.runWhatIf().handle(new RunWhatIf.Command(suzhou.id(), null, null, null, null, null, null,
        Map.of("incentive.cap.perPeriod", "1000000.00"))));
    PolicyChange change = whatIf.changes().stream().filter(c -> c.organization().equals(id)).findFirst().orElseThrow();
    out.println("  what-if over " + whatIf.summary().organizations() + " PO(s): rating " + change.ratingBefore() + " → " + change.ratingAfter()
        + ", incentive " + change.incentiveBefore() + " → " + change.incentiveAfter() + " [Art.30 第三十条]");
    var pack = ok(gov.publishPolicyPack().handle(new PublishPolicyPack.Command(suzhou.id(), today().plusDays(30), 1,
        "苏州市集群促进组织激励办法（试行）", "Suzhou incentive measures for POs (trial)", Map.of("incentive.cap.perPeriod", "1000000.00"))));
    out.println("  ACCEPTED policy pack " + pack.jurisdiction() + " v" + pack.version() + " effective " + today().plusDays(30));
    step("Art.25–26 — 事中事后监督 an inspection: Wuxi may not; Suzhou finds a late disclosure, not rectified in time");
    refused("Art.26 inspection by another authority", () -> gov.openInspection().handle(new OpenInspection.Command(id, wuxi.id(),
        "监督检查", null)));
    Inspection inspection = ok(gov.openInspection().handle(new OpenInspection.Command(id, suzhou.id(), "年度事中事后监督检查", null)));
    ok(gov.recordInspectionFinding().handle(new RecordInspectionFinding.Command(id, inspection.id(), OptionalLong.empty(),
        suzhou.id(), Citation.of("Art.14"), "年度报告未按期披露", today().plusDays(30), null)));
    advance(31);
    ComplianceReport overdue = ok(gov.queries().compliance(id));
    reported("Art.25 rectification overdue", overdue.blockingFindings());
    step("Art.29 — 违规处理 a rectification order: incentive withheld and rating held while it is in force");
    Sanction order = ok(gov.imposeSanction().handle(new ImposeSanction.Command(id, OptionalLong.empty(), suzhou.id(),
        SanctionKind.RECTIFICATION_ORDER, List.of(Citation.of("Art.14"), Citation.of("Art.25")), "检查发现问题逾期未整改", today().plusDays(30),
        null)));
    out.println("  ACCEPTED " + order.kind().title().zh() + " · " + order.kind().title().en());
    Incentive withheld = ok(gov.computeIncentive().handle(new ComputeIncentive.Query(id, yearEnd.plusDays(1),
        today().minusDays(1))));
    reported("Art.29 incentive withheld", withheld.reasons());
    Evaluation held = ok(gov.recordEvaluation().handle(new RecordEvaluation.Command(evaluator.id(), id, null)));
    out.println("  evaluation under the order: " + held.rating().title().zh() + " " + held.rating().title().en());
    step("整改 rectified and lifted: rated again on its record");
    ok(gov.rectifyFinding().handle(new RectifyFinding.Command(id, inspection.id(), 1, OptionalLong.empty(), suzhou.id(), null,
        "已补充披露并建立台账", "苏纳促〔2026〕1号")));
    ok(gov.liftSanction().handle(new LiftSanction.Command(id, order.id(), OptionalLong.empty(), suzhou.id(), null, "整改完成")));
    Evaluation again = ok(gov.recordEvaluation().handle(new RecordEvaluation.Command(evaluator.id(), id, null)));
    out.println("  ACCEPTED 评价 evaluation: " + again.rating().title().zh() + " " + again.rating().title().en());

    // ---- Chapter 6 -----------------------------------------------------------------------------
    chapter(Chapter.SUPPLEMENTARY);
    Article last = Guideline.article(31).get();
    out.println("  " + last.citation().formatChinese() + " " + last.clause().zh());
    out.println("  " + last.citation().format() + " " + last.clause().en());
    out.println("  (a catalogue entry: no rule enforces it)");

    PromotionOrganization end = ok(gov.queries().organization(id));
    out.println();
    out.println("== " + end.name() + " — " + end.stageLabel().zh() + " " + end.stageLabel().en() + "; "
        + memory.events().last() + " events recorded 事件");
    return new Result(refusals, reported, rated.rating(),
        rated.scores().stream().filter(s -> !s.atThreshold()).map(s -> s.indicator() + " " + s.source().format()).toList(), award.amount(), change.incentiveAfter(), !withheld.eligible(), held.rating(),
        again.rating(), end);
  }

  // ---- printing and checking -------------------------------------------------------------------

  private void chapter(Chapter c) {
    out.println();
    out.println("======== 第" + "一二三四五六".charAt(c.ordinal()) + "章 " + c.title().zh() + " — Chapter " + (c.ordinal() + 1) + " "
        + c.title().en() + " ========");
  }

  private void step(String title) {
    report.heading(title);
  }

  /** Runs a command that must be refused, prints the refusal and checks it wrote nothing. */
  private void refused(String label, Supplier<? extends Either<Refusal, ?>> command) {
    InMemoryClustergov.Snapshot before = memory.snapshot();
    Either<Refusal, ?> result = command.get();
    if (result.isRight()) {
      throw new IllegalStateException("the walkthrough expected a refusal (" + label + ") but the command was accepted: " + result.get());
    }
    if (!memory.snapshot().equals(before)) {
      throw new IllegalStateException("a refused command changed the registry: " + label);
    }
    report.print(result.getLeft());
    refusals.put(label, result.getLeft() instanceof Refusal.Rejected r ? cited(r.rejection().findings()) : List.of(result.getLeft().toString()));
  }

  /** Prints findings reported about an accepted step or a query, in both languages. */
  private void reported(String label, List<Finding> findings) {
    out.println("  REPORTED 发现 " + findings.size() + " finding(s):");
    for (Finding f : findings) {
      out.println("  - " + f.rule() + " (" + f.severity().label().en() + "/" + f.severity().label().zh() + ")  ["
          + Report.cite(f.citations()) + "]");
      out.println("      " + f.message().zh());
      out.println("      " + f.message().en());
    }
    reported.put(label, cited(findings));
  }

  private static List<String> cited(List<Finding> findings) {
    return findings.stream().map(f -> f.rule() + " " + String.join(" ", f.citations().stream().map(Citation::format).toList())).toList();
  }

  private <T> T ok(Either<Refusal, T> result) {
    if (result.isLeft()) {
      report.print(result.getLeft());
      throw new IllegalStateException("the walkthrough's script was refused: " + result.getLeft());
    }
    return result.get();
  }

  private LocalDate today() {
    return memory.clock().today();
  }

  private void advance(int days) {
    memory.clock().advance(Duration.ofDays(days));
    out.println("  … " + days + " day(s) later: " + today());
  }

  /** Units outside the cluster that took part (非成员参与单位, Art.22); invented, as decision 0410 asks of demo data. */
  private static final String[] OUTSIDE = {"江南某理工大学", "东海某工业大学", "某微系统技术研究院", "某微技术工业研究院",
      "无锡某微电子有限公司", "合肥某集成电路有限公司", "某国际应用研究协会", "某海外产业技术研究所", "某海外科技研究机构",
      "某纳米科学研究中心", "江北某大学", "某市科技创新服务中心"};

  private static String creditCode(String first17) {
    return first17 + CreditCode.checkCharacter(first17);
  }

  private static TermsInput terms(String government, String po, String partner, String... shares) {
    Map<String, BigDecimal> m = new LinkedHashMap<>();
    m.put(government, new BigDecimal(shares[0]));
    m.put(po, new BigDecimal(shares[1]));
    m.put(partner, new BigDecimal(shares[2]));
    return new TermsInput(
        List.of(new TermsInput.PartyInput(government, PartyKind.GOVERNMENT), new TermsInput.PartyInput(po, PartyKind.PROMOTION_ORGANIZATION),
            new TermsInput.PartyInput(partner, PartyKind.PARTNER)),
        Map.of(IpActivity.CREATION, List.of(partner, po), IpActivity.PROTECTION, List.of(po), IpActivity.UTILISATION, List.of(government, partner)),
        List.of(new TermsInput.OwnershipInput("联合攻关形成的发明专利", List.of(partner, po))),
        List.of(new TermsInput.UseRightInput(government, "在园区内公益性推广")), m);
  }

  private static String firstLines(String text, int count) {
    String[] lines = text.split("\n");
    return String.join("\n", java.util.Arrays.copyOf(lines, Math.min(count, lines.length)))
        + (lines.length > count ? "\n…" : "");
  }

  private static String indent(String text) {
    return "  " + text.replace("\n", "\n  ");
  }
}
