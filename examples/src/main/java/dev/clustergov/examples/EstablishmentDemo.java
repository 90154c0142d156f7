package dev.clustergov.examples;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.establishment.FoundingApplication.BankInput;
import dev.clustergov.core.application.establishment.FoundingApplication.BodyInput;
import dev.clustergov.core.application.establishment.FoundingApplication.CharterInput;
import dev.clustergov.core.application.establishment.FoundingApplication.FounderInput;
import dev.clustergov.core.application.establishment.FoundingApplication.PartyInput;
import dev.clustergov.core.application.establishment.FoundingApplication.SeatInput;
import dev.clustergov.core.application.establishment.FoundingApplication.StaffInput;
import dev.clustergov.core.application.establishment.FoundingApplication.SystemInput;
import dev.clustergov.core.application.establishment.FoundingApplication.TypeInput;
import dev.clustergov.core.application.establishment.AmendFoundingApplication;
import dev.clustergov.core.application.establishment.CheckEstablishment;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import dev.clustergov.core.governance.BodyForm;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.organization.FounderKind;
import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.governance.Layer;
import java.time.LocalDate;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.OrganizationKind;
import dev.clustergov.core.organization.PartyOrganizationForm;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.kernel.Dates;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.RegionNames;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.supervision.AuthorityId;

/**
 * The establishment demo (组建与认定演示): the guideline's Chapters 1–2 as a story. 苏州市恒岳纳米新材料集群
 * and 苏州市工业和信息化局 are registered; the cluster's leading enterprise, research institute and
 * industry alliance propose a promotion organization with an application that is not yet complete; the
 * report shows what Art.7–8 still miss; establishment is refused with every blocking finding and its
 * clause; the founders amend the application; the PO is established and recognised — first, wrongly,
 * by the provincial department, which is refused (Art.26), then by its own authority.
 *
 * <p>Runs on the use cases of {@link Clustergov} over the core test kit's in-memory ports
 * ({@link InMemoryClustergov}: sequential ids, a clock standing at 2025-03-03 09:00 Beijing time, a unit of
 * work that restores a snapshot on {@code Left}), so every run prints the same.
 */
final class EstablishmentDemo {

  /** What the demo ended with, for its test. */
  record Result(Refusal refusedEstablishment, PromotionOrganization organization) {
    boolean recognised() {
      return organization != null && organization.stage() == LifecycleStage.RECOGNISED;
    }
  }

  static final Instant NOW = Instant.parse("2025-03-03T01:00:00Z");

  private EstablishmentDemo() {}

  static Result run(PrintStream out) {
    Ports ports = new InMemoryClustergov(NOW).ports();
    Clustergov gov = Clustergov.using(ports);
    Report report = new Report(out);

    report.heading("1. 登记集群与主管部门 Register the cluster and its authority (Art.2, Art.6)");
    Cluster cluster = expect(out, gov.registerCluster().handle(new RegisterCluster.Command(
        "苏州市恒岳纳米新材料集群", new RegionCode("320500"), "纳米新材料", ClusterLevel.NATIONAL, 960)));
    Authority city = expect(out, gov.registerAuthority().handle(new RegisterAuthority.Command("苏州市工业和信息化局", new RegionCode("320500"))));
    Authority province = expect(out, gov.registerAuthority().handle(new RegisterAuthority.Command("江苏省工业和信息化厅", new RegionCode("320000"))));
    // named by their names and regions, never their ids, inside Chinese (issue 20)
    out.println("  集群：" + cluster.name() + "（" + RegionNames.name(cluster.region()).zh() + "，" + cluster.level().label().zh() + "，"
        + cluster.enterprises() + "家企业） · cluster: " + RegionNames.name(cluster.region()).en() + ", "
        + cluster.level().label().en() + ", " + cluster.enterprises() + " enterprises");
    out.println("  主管部门：" + city.name() + "（辖区：" + RegionNames.name(city.jurisdiction()).zh() + "） · authority, jurisdiction "
        + RegionNames.name(city.jurisdiction()).en());
    out.println("  省级部门：" + province.name() + "（辖区：" + RegionNames.name(province.jurisdiction()).zh()
        + "） · provincial department, jurisdiction " + RegionNames.name(province.jurisdiction()).en());

    report.heading("2. 发起筹建 Propose the PO with an incomplete founding application");
    PromotionOrganization po = expect(out, gov.proposeOrganization().handle(
        new ProposeOrganization.Command(incompleteApplication(cluster.id(), city.id()))));
    out.println("  " + po.name() + " — " + po.stageLabel().zh() + " " + po.stageLabel().en());

    report.heading("3. 组建条件核查 Establishment report");
    report.print(expect(out, gov.checkEstablishment().handle(new CheckEstablishment.Query(po.id()))));

    report.heading("4. 申请组建 Establish — refused");
    Either<Refusal, PromotionOrganization> refused = gov.establishOrganization().handle(
        new EstablishOrganization.Command(po.id(), OptionalLong.of(po.version()), null));
    Refusal refusal = refused.isLeft() ? refused.getLeft() : null;
    if (refusal == null) {
      out.println("  UNEXPECTED: establishment went ahead with an incomplete application");
      return new Result(null, refused.get());
    }
    report.print(refusal);

    report.heading("5. 修改组建申请 Amend the founding application to complete it");
    po = expect(out, gov.amendFoundingApplication().handle(new AmendFoundingApplication.Command(
        po.id(), OptionalLong.of(po.version()), completeApplication(cluster.id(), city.id()))));
    out.println("  " + po.name() + "：组建申请已修改 · founding application amended (version " + po.version() + ")");
    report.print(expect(out, gov.checkEstablishment().handle(new CheckEstablishment.Query(po.id()))));

    report.heading("6. 组建 Establish, recording the credit code from registration as a legal person");
    po = expect(out, gov.establishOrganization().handle(
        new EstablishOrganization.Command(po.id(), OptionalLong.of(po.version()), CreditCode.parse("51320500MA00021018").get())));
    out.println("  " + po.name() + " — " + po.stageLabel().zh() + " " + po.stageLabel().en()
        + "（组建日期：" + Dates.zh(po.establishedOn().orElseThrow()) + "） · established on " + Dates.en(po.establishedOn().orElseThrow()));

    report.heading("7. 认定 Recognise — first by the provincial department (refused, Art.26), then by its own authority");
    Either<Refusal, PromotionOrganization> wrongActor = gov.recogniseOrganization().handle(
        new RecogniseOrganization.Command(po.id(), OptionalLong.of(po.version()), province.id()));
    if (wrongActor.isLeft()) {
      report.print(wrongActor.getLeft());
    }
    po = expect(out, gov.recogniseOrganization().handle(
        new RecogniseOrganization.Command(po.id(), OptionalLong.of(po.version()), city.id())));
    out.println("  " + po.name() + " — " + po.stageLabel().zh() + " " + po.stageLabel().en()
        + "（认定日期：" + Dates.zh(po.recognisedOn().orElseThrow()) + "） · recognised on " + Dates.en(po.recognisedOn().orElseThrow()));

    report.heading("8. 最终报告 Final report");
    report.print(expect(out, gov.checkEstablishment().handle(new CheckEstablishment.Query(po.id()))));

    report.heading("9. 事件日志 Event log");
    report.events(ports.events());
    return new Result(refusal, po);
  }

  private static <T> T expect(PrintStream out, Either<Refusal, T> result) {
    if (result.isLeft()) {
      new Report(out).print(result.getLeft());
      throw new IllegalStateException("the demo's script was refused: " + result.getLeft());
    }
    return result.get();
  }

  // ---- the founding applications -------------------------------------------------------------

  private static final String NAME = "苏州市纳米新材料产业集群发展促进会";
  private static final List<FounderInput> FOUNDERS = List.of(
      new FounderInput("苏州澄湖纳米科技发展有限公司", FounderKind.LEADING_ENTERPRISE, CreditCode.parse("91320500MA00021027").get()),
      new FounderInput("苏州某纳米技术研究所", FounderKind.RESEARCH_INSTITUTION, CreditCode.parse("12320500MA0002103F").get()),
      new FounderInput("苏州市纳米产业技术创新战略联盟", FounderKind.SOCIAL_GROUP, CreditCode.parse("51320500MA0002104H").get()));

  /**
   * What the founders file first: no Party organisation yet (Art.7(1)), registered capital below the
   * national minimum (Art.7(2)), no archives management system (Art.7(4)), no supervision layer and no
   * expert committee (Art.8(2)), a charter the research institute has not yet signed (Art.8(2)), and
   * three staff for a cluster of 960 enterprises (Art.7(3), advisory).
   */
  static FoundingApplication incompleteApplication(ClusterId cluster, AuthorityId authority) {
    return new FoundingApplication(NAME, cluster, authority, "苏州市人民政府", FOUNDERS,
        new TypeInput(OrganizationKind.SOCIAL_GROUP, List.of()), null,
        new CharterInput(LocalDate.parse("2025-01-15"), List.of("产业研究与规划咨询", "产学研协同创新服务", "成员单位交流与对接活动"),
            List.of("苏州澄湖纳米科技发展有限公司", "苏州市纳米产业技术创新战略联盟")),
        null,
        "江苏省苏州市澄湖路388号", List.of("办公电脑", "会议室设备", "档案柜"),
        Money.yuan("50000.00"),
        List.of(
            new StaffInput(new PersonId("p-201"), "周敏", StaffCategory.MANAGEMENT, Recruitment.OPEN_RECRUITMENT),
            new StaffInput(new PersonId("p-202"), "吴浩", StaffCategory.PROFESSIONAL_TECHNICAL, Recruitment.OPEN_RECRUITMENT),
            new StaffInput(new PersonId("p-203"), "郑丽", StaffCategory.AUXILIARY, Recruitment.OPEN_RECRUITMENT)),
        List.of(
            new SystemInput(ManagementSystemKind.PERSONNEL, "苏州市纳米新材料产业集群发展促进会人事管理制度", LocalDate.parse("2025-01-15")),
            new SystemInput(ManagementSystemKind.FINANCIAL, "苏州市纳米新材料产业集群发展促进会财务管理制度", LocalDate.parse("2025-01-15"))),
        List.of(IncomeKind.MEMBERSHIP_DUES, IncomeKind.GOVERNMENT_APPROPRIATION),
        new BankInput(NAME, "3220 0188 3360 5250 1234", "岚川银行苏州澄湖支行"),
        List.of(
            new BodyInput(new BodyId("assembly"), Layer.DECISION, BodyForm.MEMBER_CONGRESS, "成员大会", List.of(
                new SeatInput(new PersonId("p-101"), "张伟", SeatRole.CHAIR, List.of()))),
            new BodyInput(new BodyId("council"), Layer.MANAGEMENT, BodyForm.COUNCIL, "理事会", List.of(
                new SeatInput(new PersonId("p-101"), "张伟", SeatRole.CHAIR, List.of()),
                new SeatInput(new PersonId("p-102"), "王芳", SeatRole.VICE_CHAIR, List.of()))),
            new BodyInput(new BodyId("secretariat"), Layer.EXECUTION, BodyForm.SECRETARIAT, "秘书处", List.of(
                new SeatInput(new PersonId("p-103"), "李强", SeatRole.SECRETARY_GENERAL, List.of())))));
  }

  /** The same application, completed: everything Art.7–8 ask for. */
  static FoundingApplication completeApplication(ClusterId cluster, AuthorityId authority) {
    FoundingApplication first = incompleteApplication(cluster, authority);
    List<StaffInput> staff = new ArrayList<>(first.staff());
    String[][] more = {
        {"p-204", "孙磊", "PROFESSIONAL_TECHNICAL"}, {"p-205", "钱静", "PROFESSIONAL_TECHNICAL"},
        {"p-206", "冯涛", "PROFESSIONAL_TECHNICAL"}, {"p-207", "陈晨", "MANAGEMENT"},
        {"p-208", "褚洁", "MANAGEMENT"}, {"p-209", "卫东", "AUXILIARY"}, {"p-210", "蒋欣", "PROFESSIONAL_TECHNICAL"}};
    for (String[] s : more) {
      staff.add(new StaffInput(new PersonId(s[0]), s[1], StaffCategory.valueOf(s[2]), Recruitment.OPEN_RECRUITMENT));
    }
    List<SystemInput> systems = new ArrayList<>(first.managementSystems());
    systems.add(new SystemInput(ManagementSystemKind.ARCHIVES, "苏州市纳米新材料产业集群发展促进会档案管理制度", LocalDate.parse("2025-02-20")));
    // Art.15 and Art.16: required once recognised (decisions 0241, 0243)
    systems.add(new SystemInput(ManagementSystemKind.DISPUTE_RESOLUTION, "苏州市纳米新材料产业集群发展促进会民主协商和内部矛盾调解制度", LocalDate.parse("2025-02-20")));
    systems.add(new SystemInput(ManagementSystemKind.IP_MANAGEMENT, "苏州市纳米新材料产业集群发展促进会“共建共享”知识产权管理制度", LocalDate.parse("2025-02-20")));
    // Art.9: the other three systems, required before recognition
    systems.add(new SystemInput(ManagementSystemKind.ADMINISTRATIVE, "苏州市纳米新材料产业集群发展促进会行政管理制度", LocalDate.parse("2025-02-20")));
    systems.add(new SystemInput(ManagementSystemKind.BUSINESS, "苏州市纳米新材料产业集群发展促进会业务管理制度", LocalDate.parse("2025-02-20")));
    systems.add(new SystemInput(ManagementSystemKind.CONFIDENTIALITY_SECURITY, "苏州市纳米新材料产业集群发展促进会保密安全管理制度", LocalDate.parse("2025-02-20")));
    List<BodyInput> governance = new ArrayList<>(first.governance());
    governance.add(1, new BodyInput(new BodyId("supervisors"), Layer.SUPERVISION, BodyForm.BOARD_OF_SUPERVISORS, "监事会", List.of(
        new SeatInput(new PersonId("p-104"), "刘洋", SeatRole.CHAIR, List.of()),
        new SeatInput(new PersonId("p-105"), "黄静", SeatRole.MEMBER, List.of()))));
    governance.add(new BodyInput(new BodyId("experts"), Layer.ADVISORY, BodyForm.EXPERT_COMMITTEE, "专家委员会", List.of(
        new SeatInput(new PersonId("p-301"), "赵院士", SeatRole.CHAIR, List.of(ExpertField.TECHNOLOGY)),
        new SeatInput(new PersonId("p-302"), "钱教授", SeatRole.EXPERT, List.of(ExpertField.TECHNOLOGY, ExpertField.SERVICES)),
        new SeatInput(new PersonId("p-303"), "孙研究员", SeatRole.EXPERT, List.of(ExpertField.INDUSTRY_MANAGEMENT)),
        new SeatInput(new PersonId("p-304"), "李律师", SeatRole.EXPERT, List.of(ExpertField.LAW)))));
    return new FoundingApplication(first.name(), cluster, authority, first.guidingBody(), first.founders(),
        first.type(), null,
        new CharterInput(LocalDate.parse("2025-02-20"), first.charter().businessScope(),
            FOUNDERS.stream().map(FounderInput::name).toList()),
        new PartyInput(PartyOrganizationForm.BRANCH, "中共苏州市纳米新材料产业集群发展促进会支部委员会", LocalDate.parse("2025-02-18")),
        first.officeAddress(), first.equipment(), Money.yuan("300000.00"), staff, systems,
        List.of(IncomeKind.MEMBERSHIP_DUES, IncomeKind.GOVERNMENT_APPROPRIATION, IncomeKind.SERVICE_INCOME), first.bankAccount(), governance);
  }
}
