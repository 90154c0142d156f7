package dev.clustergov.adapters.rest.demo;

import dev.clustergov.core.application.establishment.AppointToBody;
import dev.clustergov.core.application.management.PublishDisclosure;
import dev.clustergov.core.application.operation.AdmitMember;
import dev.clustergov.core.disclosure.ChannelKind;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.general.DissolveOrganization;
import dev.clustergov.core.application.establishment.EstablishOrganization;
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
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.application.general.RevokeRecognition;
import dev.clustergov.core.application.general.SuspendOrganization;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.PromotionOrganization;
import io.vavr.control.Either;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import dev.clustergov.core.governance.BodyForm;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.cluster.ClusterLevel;
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
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.management.StaffCategory;

/**
 * The demo data set (演示数据), loaded through the use cases like any client's data: the ministry,
 * Jiangsu's department and five city authorities, a national-level cluster in each of 苏州, 深圳, 合肥, 长沙
 * and 西安, and POs in every lifecycle stage. Idempotent: what exists (by name) is not loaded again; {@link #loadAll}
 * writes the set in one unit of work, so that a load killed half-way leaves nothing of it and the next one loads it whole.
 */
public final class Demo {

  /** The national authority every fresh registry starts with, so that a token can register the provinces. */
  static final String MINISTRY = "工业和信息化部";

  /**
   * How long the named set's story runs, ending before the host clock's present: each PO is proposed, established about 30
   * days later, recognised later still and changes status months after, not all on one day (as {@link DemoData} schedules its
   * days). The days stay in the order of the ids, which the README names.
   */
  static final int DAYS = 240;

  private final Clustergov gov;
  private final DemoData.StoryClock clock;
  private final Map<String, String> ids = new LinkedHashMap<>();

  /** The named set over {@code ports}, written on the dates of its story (the host clock's present less {@link #DAYS}). */
  public Demo(Ports ports) {
    this.clock = new DemoData.StoryClock(ports.clock().now().minus(java.time.Duration.ofDays(DAYS)), ports.clock().zone());
    this.gov = Clustergov.using(DemoData.withClock(ports, clock));
  }

  /** The day of the story the next step is written on. */
  private Demo on(int day) {
    clock.day(day);
    return this;
  }

  /** The date of the story's day {@code day}. */
  private LocalDate date(int day) {
    return clock.startDate().plusDays(day);
  }

  /**
   * Proposes the PO on {@code proposed} with its charter adopted that day and neither Party organisation nor management
   * systems yet; its Party organisation (a 临时党支部 while {@code founding}, else its 党支部) is set up on {@code party} and
   * its systems adopted on {@code systems}, both filed by an
   * amendment of the application on {@code systems}, before its establishment (review stop 26 item 10: nothing of a PO is
   * dated before it was proposed).
   */
  private PromotionOrganization found(int proposed, int party, int systems, boolean founding, FoundingApplication whole) {
    FoundingApplication complete = dated(whole, date(proposed), date(party), date(systems), founding);
    PromotionOrganization o = on(proposed).propose(draft(withoutParty(complete)));
    on(systems);
    return ok(gov.amendFoundingApplication().handle(new dev.clustergov.core.application.establishment.AmendFoundingApplication.Command(
        o.id(), OptionalLong.of(o.version()), complete)));
  }

  /**
   * The application with its charter adopted on {@code charter}, its Party organisation set up on {@code party}, its systems
   * adopted on {@code systems}. The Party organisation of a PO that is being founded ({@code founding}: 筹建中, or its
   * founding ended) is a 临时党支部; that of one the story establishes its 党支部 (review stop 27 item 6).
   */
  private static FoundingApplication dated(FoundingApplication a, LocalDate charter, LocalDate party, LocalDate systems, boolean founding) {
    return new FoundingApplication(a.name(), a.cluster(), a.authority(), a.guidingBody(), a.founders(), a.type(), a.creditCode(),
        new CharterInput(charter, a.charter().businessScope(), a.charter().consentingFounders()),
        a.partyOrganization() == null ? null : new PartyInput(a.partyOrganization().form(), a.name() + (founding ? "临时党支部" : "党支部"), party),
        a.officeAddress(), a.equipment(), a.registeredCapital(), a.staff(),
        a.managementSystems().stream().map(s -> new SystemInput(s.kind(), s.title(), systems)).toList(),
        a.incomeSources(), a.bankAccount(), a.governance(), a.legalRepresentative());
  }

  /** The application without its management systems, still drafts when the PO is proposed. */
  private static FoundingApplication draft(FoundingApplication a) {
    return new FoundingApplication(a.name(), a.cluster(), a.authority(), a.guidingBody(), a.founders(), a.type(), a.creditCode(),
        a.charter(), a.partyOrganization(), a.officeAddress(), a.equipment(), a.registeredCapital(), a.staff(), List.of(),
        a.incomeSources(), a.bankAccount(), a.governance(), a.legalRepresentative());
  }

  /**
   * Why an authority suspends a PO in the demo (both sets): an inspection finding left unrectified past its deadline, which
   * the records hold (Art.25, Art.29) — not an evaluation (review stop 26 item 1).
   */
  static final String SUSPENSION_REASON = "监督检查发现的问题逾期未整改，依据第二十五条、第二十九条暂停认定";

  /**
   * Inspection findings under Art.9 and the rectification each calls for (review stop 27 items 3 and 13): each names one of
   * the systems 第九条 lists (人事管理、行政管理、财务管理、业务管理、保密安全管理) — 档案管理 is Art.7(4)'s, not Art.9's — and
   * the demo draws them in turn, not one sentence for all.
   */
  static final List<List<String>> ART9_FINDINGS = List.of(
      List.of("行政管理制度执行不到位，理事会会议记录未按规定归档", "已补齐理事会会议记录，并按行政管理制度建立归档台账"),
      List.of("财务管理制度执行不到位，会费收入未单独列账核算", "已将会费收入单独列账核算，并完成年度对账"),
      List.of("业务管理制度执行不到位，服务活动台账记录不全", "已补全服务活动台账，并明确专人负责记录"),
      List.of("人事管理制度执行不到位，专职工作人员岗位职责未书面明确", "已制定专职工作人员岗位说明书，并经理事会审议通过"),
      List.of("保密安全管理制度执行不到位，成员单位报送数据未分级管理", "已对成员单位报送数据分级管理，并限定查阅权限"));

  /** The {@code n}th of {@link #ART9_FINDINGS}, in turn. */
  static List<String> art9Finding(int n) {
    return ART9_FINDINGS.get(Math.floorMod(n, ART9_FINDINGS.size()));
  }

  /** Opens an inspection of {@code o} today with one finding due in 30 days, never rectified. */
  private void inspectionLeftOverdue(PromotionOrganization o, String authority) {
    var by = new dev.clustergov.core.supervision.AuthorityId(authority);
    var opened = ok(gov.openInspection().handle(new dev.clustergov.core.application.supervision.OpenInspection.Command(o.id(), by,
        clock.today().getYear() + "年度专项监督检查", null)));
    ok(gov.recordInspectionFinding().handle(new dev.clustergov.core.application.supervision.RecordInspectionFinding.Command(o.id(),
        opened.id(), OptionalLong.empty(), by, dev.clustergov.core.guideline.Citation.of("Art.9"), art9Finding(0).get(0),
        clock.today().plusDays(30), null)));
  }

  /**
   * A civil-affairs credit code (GB 32100-2015) for the named set: {@code kind} 51 a 社会团体, 52 a 社会服务机构, the city's
   * region, and an organisation code MJ0001 + {@code n}: visibly invented, and apart from {@link DemoData}'s block (decision 0615).
   */
  static String code(String kind, String region, int n) {
    return kind + region + "MJ0001" + String.format("%03d", n);
  }

  /**
   * The cluster of the named set by which a storage is known to hold the demo data (decision 0632): the set's first, written
   * in the same unit of work as the rest of it, and a name no real registry holds.
   */
  static final String MARKER_CLUSTER = "苏州市澄湖纳米新材料集群";

  /** Whether {@code queries} read a storage the demo data was loaded into (its named set), with or without {@code --demo} now. */
  public static boolean present(dev.clustergov.core.application.Queries queries) {
    return queries.clusters().stream().anyMatch(c -> c.name().equals(MARKER_CLUSTER));
  }

  /** A fresh registry gets the ministry (jurisdiction 000000), the root of the supervision hierarchy. */
  public static void bootstrap(Clustergov gov) {
    if (gov.queries().authorities().isEmpty()) {
      ok(gov.registerAuthority().handle(new RegisterAuthority.Command(MINISTRY, new RegionCode("000000"))));
    }
  }

  /** Loads what is missing; returns name → id of everything in the set. */
  public Map<String, String> load() {
    bootstrap(gov);
    authority(MINISTRY, "000000");
    authority("江苏省工业和信息化厅", "320000");
    String suzhou = authority("苏州市工业和信息化局", "320500");
    String shenzhen = authority("深圳市工业和信息化局", "440300");
    String hefei = authority("合肥市经济和信息化局", "340100");
    String changsha = authority("长沙市工业和信息化局", "430100");
    String xian = authority("西安市工业和信息化局", "610100");

    String nano = cluster(MARKER_CLUSTER, "320500", "纳米新材料", 620);
    String ict = cluster("深圳市岚峰通信终端集群", "440300", "通信终端", 980);
    String voice = cluster("合肥市岚湖智能语音集群", "340100", "智能语音", 410);
    String machinery = cluster("长沙市朗晴智能装备集群", "430100", "智能装备", 760);
    String aero = cluster("西安市昊原航空集群", "610100", "航空", 330);
    cluster("苏州市澄湖生物医药及高端医疗器械集群", "320500", "生物医药及高端医疗器械", 880); // left free for the README's walk

    // the story's days (decision 0596): proposed, established about 30 days later, recognised some 45 days after that, a
    // status changed months later; the ids stay in the README's order (each PO's days in order)
    // 已认定 recognised
    if (absent("苏州市澄湖纳米新材料产业集群促进会")) {
      var o = found(0, 12, 21, false, named("苏州市澄湖纳米新材料产业集群促进会", nano, suzhou, "苏州", "320500", "苏州澄微纳米科技有限公司",
          "苏州澄远纳米材料研究院", "苏州市澄湖微纳制造企业联合会", "苏州市高新区澄远路88号", "顾澄远"));
      // issue 20 item 3: its member units from the founding assembly on, more as it serves, and its disclosures (decision 0603)
      new Steps(o, "320500", "https://www.example.org.cn/320500-chenghu")
          .at(30, x -> establish(x, code("51", "320500", 1)))
          // review item 19: its founders are its first member units, from the founding day (decision 0627)
          .admit(30, 101, unit("苏州澄微纳米科技有限公司"), unit("苏州澄远纳米材料研究院", MemberKind.RESEARCH_INSTITUTE))
          .admit(30, 111, unit("苏州市澄湖微纳制造企业联合会", MemberKind.SOCIAL_GROUP))
          .admit(32, 103, unit("苏州澄湖纳米涂层材料有限公司"), unit("苏州澄镀精密薄膜科技股份有限公司"), unit("苏州澄湖职业技术学院", MemberKind.UNIVERSITY))
          .at(75, x -> recognise(x, suzhou))
          .viceChair(85)
          .disclose(92, "关于理事会增补副理事长的公告")
          .admit(110, 106, unit("苏州澄析纳米检测技术服务有限公司", MemberKind.SERVICE_PROVIDER), unit("苏州澄湖微纳装备制造有限公司"),
              unit("苏州澄湖科技融资担保有限公司", MemberKind.FINANCIAL_INSTITUTION))
          .annualReports(30)
          .run();
    }
    // 暂停 suspended
    if (absent("深圳市岚峰通信终端产业集群促进会")) {
      var o = found(40, 50, 62, false, named("深圳市岚峰通信终端产业集群促进会", ict, shenzhen, "深圳", "440300", "深圳市岚讯通信技术有限公司",
          "深圳市岚峰通信技术研究院", "深圳市岚峰通信终端企业联合会", "深圳市高新区岚峰路216号", "林岚峰"));
      new Steps(o, "440300", "https://www.example.org.cn/440300-lanfeng")
          .at(70, x -> establish(x, code("51", "440300", 2)))
          .admit(70, 121, unit("深圳市岚讯通信技术有限公司"), unit("深圳市岚峰通信技术研究院", MemberKind.RESEARCH_INSTITUTE))
          .admit(70, 128, unit("深圳市岚峰通信终端企业联合会", MemberKind.SOCIAL_GROUP))
          .admit(72, 123, unit("深圳市岚峰射频器件有限公司"), unit("深圳市岚屏显示模组有限公司"), unit("深圳市岚峰天线技术股份有限公司"),
              unit("深圳市岚测通信检测技术有限公司", MemberKind.SERVICE_PROVIDER), unit("深圳岚峰职业技术学院", MemberKind.UNIVERSITY))
          .at(100, x -> recognise(x, shenzhen))
          .viceChair(110)
          .disclose(118, "关于理事会增补副理事长的公告")
          // review stop 26 item 1: the suspension rests on what the records hold — an inspection finding left unrectified past
          // its deadline (Art.25), not an evaluation the PO never had
          .at(130, x -> inspectionLeftOverdue(x, shenzhen))
          .at(180, x -> ok(gov.suspendOrganization().handle(new SuspendOrganization.Command(x.id(), OptionalLong.of(x.version()),
              new dev.clustergov.core.supervision.AuthorityId(shenzhen), SUSPENSION_REASON))))
          .disclose(186, "关于集群发展促进组织认定被暂停的公告")
          .annualReports(70)
          .run();
    }
    // 已组建 established
    if (absent("合肥市岚湖智能语音产业集群促进中心")) {
      var o = found(110, 118, 131, false, named("合肥市岚湖智能语音产业集群促进中心", voice, hefei, "合肥", "340100", "合肥霁声智能科技股份有限公司",
          "合肥霁川智能语音研究院", "合肥市岚湖语音技术企业促进会", "合肥市高新区霁川路366号", "程岚湖"));
      new Steps(o, "340100", "https://www.example.org.cn/340100-lanhu")
          .at(141, x -> establish(x, code("52", "340100", 3)))
          .admit(141, 141, unit("合肥霁声智能科技股份有限公司"), unit("合肥霁川智能语音研究院", MemberKind.RESEARCH_INSTITUTE))
          .admit(141, 147, unit("合肥市岚湖语音技术企业促进会", MemberKind.SOCIAL_GROUP))
          .admit(143, 143, unit("合肥岚湖声学器件有限公司"), unit("合肥岚湖语音数据服务有限公司", MemberKind.SERVICE_PROVIDER), unit("合肥岚湖智能硬件有限公司"),
              unit("合肥岚湖职业技术学院", MemberKind.UNIVERSITY))
          .viceChair(150)
          .disclose(158, "关于理事会增补副理事长的公告")
          .annualReports(141)
          .run();
    }
    // 撤销认定 revoked, and a new PO being founded in the same cluster (筹建, its application still incomplete)
    if (absent("长沙市朗晴智能装备产业集群促进会")) {
      var o = found(60, 67, 80, false, named("长沙市朗晴智能装备产业集群促进会", machinery, changsha, "长沙", "430100", "长沙朗重工程机械有限公司",
          "长沙朗晴工程机械研究院", "长沙市朗晴工程机械配套企业协会", "长沙市经济技术开发区朗晴路18号", "易朗晴"));
      new Steps(o, "430100", "https://www.example.org.cn/430100-langqing")
          .at(90, x -> establish(x, code("51", "430100", 4)))
          .admit(90, 161, unit("长沙朗重工程机械有限公司"), unit("长沙朗晴工程机械研究院", MemberKind.RESEARCH_INSTITUTE))
          .admit(90, 167, unit("长沙市朗晴工程机械配套企业协会", MemberKind.SOCIAL_GROUP))
          .admit(92, 163, unit("长沙朗晴液压件有限公司"), unit("长沙朗晴智能控制系统有限公司"), unit("长沙朗晴精密铸造股份有限公司"),
              unit("长沙朗晴装备检测技术服务有限公司", MemberKind.SERVICE_PROVIDER))
          .at(135, x -> recognise(x, changsha))
          .viceChair(140)
          .disclose(147, "关于理事会增补副理事长的公告")
          .at(200, x -> ok(gov.revokeRecognition().handle(new RevokeRecognition.Command(x.id(), OptionalLong.of(x.version()),
              new dev.clustergov.core.supervision.AuthorityId(changsha), "经主管部门核查，不再具备可持续服务的能力，撤销认定"))))
          .disclose(206, "关于集群发展促进组织认定被撤销的公告")
          .annualReports(90)
          .run();
    }
    if (absent("长沙市朗晴智能装备产业集群发展促进会")) {
      // its application still incomplete: no Party organisation yet, and its systems still drafts
      on(215).propose(draft(withoutParty(dated(named("长沙市朗晴智能装备产业集群发展促进会", machinery, changsha, "长沙", "430100",
          "长沙骁腾重装科技有限公司", "长沙骁腾智能制造研究院", "长沙市骁腾智能制造企业联合会", "长沙市高新区骁腾路627号", "邵骁腾"), date(215), date(215), date(215), true))));
    }
    // 终止筹建 dissolved while proposed, and 筹建 proposed
    if (absent("西安市昊原航空产业集群发展联合会")) {
      var o = found(120, 131, 145, true, named("西安市昊原航空产业集群发展联合会", aero, xian, "西安", "610100", "西安辰翼航空制造有限公司",
          "西安辰屹航空技术研究院", "西安市昊原航空配套企业协会", "西安市高新区辰屹路1号", "严辰翼"));
      on(170);
      ok(gov.dissolveOrganization().handle(new DissolveOrganization.Command(o.id(), OptionalLong.of(o.version()),
          "发起单位协商一致，终止筹建，另行申请筹建")));
    }
    if (absent("西安市昊原航空产业集群促进会")) {
      var o = found(225, 226, 228, true, named("西安市昊原航空产业集群促进会", aero, xian, "西安", "610100", "西安辰翼航空制造有限公司",
          "西安辰屹航空技术研究院", "西安市昊原航空配套企业协会", "西安市高新区辰屹路1号", "戴昊川"));
      on(230);
      ok(gov.appointToBody().handle(new AppointToBody.Command(o.id(), OptionalLong.of(o.version()), new BodyId("experts"),
          new SeatInput(new PersonId("p-expert-9"), "郝航", SeatRole.EXPERT, List.of(ExpertField.TECHNOLOGY)))));
    }
    return ids;
  }

  /** A member unit to admit: its name and kind (成员单位, Art.17). */
  private record Unit(String name, MemberKind kind) {}

  private static Unit unit(String name) {
    return new Unit(name, MemberKind.ENTERPRISE);
  }

  private static Unit unit(String name, MemberKind kind) {
    return new Unit(name, kind);
  }

  /**
   * A named PO's steps after its proposal, each on a day of its story, written in the order of their days (decision 0596:
   * each PO's own days in order) whatever the order they are listed in; each step reads the PO as it then is.
   */
  private final class Steps {
    private final PromotionOrganization po;
    private final String region;
    private final String site;
    private final java.util.TreeMap<Integer, List<java.util.function.Consumer<PromotionOrganization>>> days = new java.util.TreeMap<>();

    Steps(PromotionOrganization po, String region, String site) {
      this.po = po;
      this.region = region;
      this.site = site;
    }

    Steps at(int day, java.util.function.Consumer<PromotionOrganization> step) {
      days.computeIfAbsent(day, d -> new ArrayList<>()).add(step);
      return this;
    }

    /**
     * Admits {@code units} on {@code day}, coded (GB 32100) from {@code first} on in the named set's block: 12 a university or
     * research institute (a public institution), 91 the others (decision 0615).
     */
    Steps admit(int day, int first, Unit... units) {
      return at(day, x -> {
        for (int i = 0; i < units.length; i++) {
          Unit u = units[i];
          boolean institution = u.kind() == MemberKind.UNIVERSITY || u.kind() == MemberKind.RESEARCH_INSTITUTE;
          String first17 = code(institution ? "12" : u.kind() == MemberKind.SOCIAL_GROUP ? "51" : "91", region, first + i);
          ok(gov.admitMember().handle(new AdmitMember.Command(x.id(), u.name(), CreditCode.parse(first17 + CreditCode.checkCharacter(first17)).get(),
              u.kind(), null)));
        }
      });
    }

    /** On {@code day} the council adds a 副理事长, someone of the PO's own (a major matter, Art.14). */
    Steps viceChair(int day) {
      return at(day, x -> ok(gov.appointToBody().handle(new AppointToBody.Command(x.id(), OptionalLong.of(x.version()), new BodyId("council"),
          new SeatInput(new PersonId("p-vice"), DemoNames.person(new java.util.Random((x.name() + "副理事长").hashCode()), people),
              SeatRole.VICE_CHAIR, List.of())))));
    }

    /** On {@code day} the PO discloses on its website every major matter still open (Art.14), under {@code title}. */
    Steps disclose(int day, String title) {
      return at(day, x -> {
        for (var o : ok(gov.queries().disclosureObligations(x.id()))) {
          if (o.openOn(clock.today())) {
            ok(gov.publishDisclosure().handle(new PublishDisclosure.Command(x.id(), DisclosureKind.MAJOR_MATTER, null, o.id(), clock.today(),
                ChannelKind.WEBSITE, site + "/xxgk/zdsx/" + clock.today().toString().replace("-", ""), title)));
          }
        }
      });
    }

    /**
     * The annual report of each year from the establishment on {@code established}, published on 20 April of the year after
     * (due by 31 May, Art.14) when that day falls within the story, as the generated set's.
     */
    Steps annualReports(int established) {
      for (int year = date(established).getYear(); ; year++) {
        int day = (int) java.time.temporal.ChronoUnit.DAYS.between(clock.startDate(), LocalDate.of(year + 1, 4, 20));
        if (day > DAYS) {
          return this;
        }
        int reportYear = year;
        at(Math.max(established + 1, day), x -> ok(gov.publishDisclosure().handle(new PublishDisclosure.Command(x.id(),
            DisclosureKind.ANNUAL_REPORT, reportYear, null, clock.today(), ChannelKind.WEBSITE, site + "/xxgk/ndbg/" + reportYear,
            reportYear + "年度工作报告"))));
      }
    }

    /** Writes the steps in the order of their days. */
    void run() {
      days.forEach((day, steps) -> {
        on(day);
        steps.forEach(step -> step.accept(gov.queries().organization(po.id()).get()));
      });
    }
  }

  private String authority(String name, String jurisdiction) {
    String id = gov.queries().authorities().stream().filter(a -> a.name().equals(name)).map(a -> a.id().value()).findFirst()
        .orElseGet(() -> ok(gov.registerAuthority().handle(new RegisterAuthority.Command(name, new RegionCode(jurisdiction)))).id().value());
    ids.put(name, id);
    return id;
  }

  private String cluster(String name, String region, String industry, int enterprises) {
    String id = gov.queries().clusters().stream().filter(c -> c.name().equals(name)).map(c -> c.id().value()).findFirst()
        .orElseGet(() -> ok(gov.registerCluster().handle(new RegisterCluster.Command(name, new RegionCode(region), industry, ClusterLevel.NATIONAL, enterprises)))
            .id().value());
    ids.put(name, id);
    return id;
  }

  private boolean absent(String name) {
    var query = dev.clustergov.core.application.port.OrganizationQuery.all(dev.clustergov.core.application.port.OrganizationQuery.MAX_LIMIT);
    java.util.Optional<dev.clustergov.core.organization.OrganizationId> after = java.util.Optional.empty();
    for (int page = 0; page < 1000; page++) {
      var list = gov.queries().organizations(new dev.clustergov.core.application.port.OrganizationQuery(
          query.cluster(), query.authority(), query.stage(), after, query.limit()));
      for (PromotionOrganization o : list) {
        if (o.name().equals(name)) {
          ids.put(name, o.id().value());
          return false;
        }
      }
      if (list.size() < query.limit()) {
        return true;
      }
      after = java.util.Optional.of(list.get(list.size() - 1).id());
    }
    return true;
  }

  private PromotionOrganization propose(FoundingApplication a) {
    PromotionOrganization o = ok(gov.proposeOrganization().handle(new ProposeOrganization.Command(a)));
    ids.put(o.name(), o.id().value());
    return o;
  }

  private PromotionOrganization establish(PromotionOrganization o, String first17) {
    o = gov.queries().organization(o.id()).get();
    return ok(gov.establishOrganization().handle(new EstablishOrganization.Command(o.id(), OptionalLong.of(o.version()),
        CreditCode.parse(first17 + CreditCode.checkCharacter(first17)).get())));
  }

  private PromotionOrganization recognise(PromotionOrganization o, String authority) {
    o = gov.queries().organization(o.id()).get();
    return ok(gov.recogniseOrganization().handle(new RecogniseOrganization.Command(o.id(), OptionalLong.of(o.version()),
        new dev.clustergov.core.supervision.AuthorityId(authority))));
  }

  private static <T> T ok(Either<Refusal, T> r) {
    return r.getOrElseThrow(refusal -> new IllegalStateException("demo data refused: " + refusal));
  }

  /** A complete founding application (Art.7–8) for a PO of {@code city}, its charter and systems adopted on 2025-01-15. */
  public static FoundingApplication application(String name, String cluster, String authority, String city, String region,
      String leader, String institute, String association, String office) {
    return application(name, cluster, authority, city, region, leader, institute, association, office, LocalDate.parse("2025-01-15"),
        CHAIR, null);
  }

  /**
   * The named set's application: its charter and systems adopted on {@code adopted}, its party branch 17 days later, and
   * the chair of its council named as its legal representative (法定代表人), as {@link DemoData}'s generated POs.
   */
  private FoundingApplication named(String name, String cluster, String authority, String city, String region,
      String leader, String institute, String association, String office, String chair) {
    // review stop 26 item 2: each PO its own people — its chair (and so legal representative) named by the story, the
    // other seat holders and staff drawn for it alone, never one person in the bodies of several POs
    FoundingApplication a = application(name, cluster, authority, city, region, leader, institute, association, office,
        LocalDate.parse("2025-01-15"), chair, people);
    return new FoundingApplication(a.name(), a.cluster(), a.authority(), a.guidingBody(), a.founders(), a.type(), a.creditCode(),
        a.charter(), a.partyOrganization(), a.officeAddress(), a.equipment(), a.registeredCapital(), a.staff(), a.managementSystems(),
        a.incomeSources(), a.bankAccount(), a.governance(), new FoundingApplication.PersonInput(new PersonId("p-chair"), chair));
  }

  /** The people already named in this load of the named set (its chairs first), so that each PO's are its own. */
  private final java.util.Set<String> people = new java.util.HashSet<>(List.of("顾澄远", "林岚峰", "程岚湖", "易朗晴", "邵骁腾",
      "严辰翼", "戴昊川"));

  /** The chair of the council of the README's application, and so its legal representative. */
  private static final String CHAIR = "钱志远";

  /**
   * {@code taken} null: the fixed people of the README's application; else people drawn (for the PO's name, so always the
   * same) that are not in {@code taken}, and added to it.
   */
  private static FoundingApplication application(String name, String cluster, String authority, String city, String region,
      String leader, String institute, String association, String office, LocalDate adopted, String chair, java.util.Set<String> taken) {
    java.util.Random draw = new java.util.Random(name.hashCode());
    java.util.function.Function<String, String> person = fixed -> {
      if (taken == null) {
        return fixed;
      }
      return DemoNames.person(draw, taken);
    };
    List<StaffInput> staff = new ArrayList<>();
    StaffCategory[] categories = {StaffCategory.PROFESSIONAL_TECHNICAL, StaffCategory.MANAGEMENT, StaffCategory.AUXILIARY};
    String[] surnames = {"王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙"};
    for (int i = 0; i < 12; i++) {
      staff.add(new StaffInput(new PersonId("s-" + (i + 1)), person.apply(surnames[i] + (i % 2 == 0 ? "景澄" : "沐岚")), categories[i % 3],
          Recruitment.OPEN_RECRUITMENT));
    }
    String party = name + "党支部";
    return new FoundingApplication(name, new ClusterId(cluster), new AuthorityId(authority), city + "市人民政府",
        List.of(new FounderInput(leader, FounderKind.LEADING_ENTERPRISE, null), new FounderInput(institute, FounderKind.RESEARCH_INSTITUTION, null),
            new FounderInput(association, FounderKind.SOCIAL_GROUP, null)),
        new TypeInput(DemoData.kindOf(name), List.of()), null,
        new CharterInput(adopted, List.of("产业研究与规划咨询", "技术创新协同服务", "会展与对外交流", "人才培训"),
            List.of(leader, institute, association)),
        new PartyInput(PartyOrganizationForm.BRANCH, party, adopted.plusDays(17)), office, List.of("办公电脑", "会议系统", "展示中心"),
        Money.yuan("800000.00"), staff,
        List.of(new SystemInput(ManagementSystemKind.PERSONNEL, "人事管理制度", adopted), new SystemInput(ManagementSystemKind.FINANCIAL, "财务管理制度", adopted),
            new SystemInput(ManagementSystemKind.ARCHIVES, "档案管理制度", adopted),
            // Art.9: the other systems, required once recognised; Art.15 and Art.16: dispute and IP systems
            new SystemInput(ManagementSystemKind.ADMINISTRATIVE, "行政管理制度", adopted), new SystemInput(ManagementSystemKind.BUSINESS, "业务管理制度", adopted),
            new SystemInput(ManagementSystemKind.CONFIDENTIALITY_SECURITY, "保密安全管理制度", adopted),
            new SystemInput(ManagementSystemKind.DISPUTE_RESOLUTION, "民主协商和内部矛盾调解制度", adopted),
            new SystemInput(ManagementSystemKind.IP_MANAGEMENT, "“共建共享”知识产权管理制度", adopted)),
        List.of(IncomeKind.MEMBERSHIP_DUES, IncomeKind.SERVICE_INCOME, IncomeKind.GOVERNMENT_APPROPRIATION),
        new BankInput(name, "6222" + region + String.format("%010d", Integer.toUnsignedLong(name.hashCode())), "澄信银行" + city + "分行"),
        List.of(
            new BodyInput(new BodyId("assembly"), Layer.DECISION, BodyForm.MEMBER_CONGRESS, "成员大会",
                List.of(seat("p-chair", chair, SeatRole.CHAIR), seat("p-m1", person.apply("郑春燕"), SeatRole.MEMBER))),
            new BodyInput(new BodyId("supervisors"), Layer.SUPERVISION, BodyForm.BOARD_OF_SUPERVISORS, "监事会",
                List.of(seat("p-sup", person.apply("冯建国"), SeatRole.CHAIR))),
            new BodyInput(new BodyId("council"), Layer.MANAGEMENT, BodyForm.COUNCIL, "理事会",
                List.of(seat("p-chair", chair, SeatRole.CHAIR), seat("p-m2", person.apply("褚海波"), SeatRole.MEMBER))),
            new BodyInput(new BodyId("secretariat"), Layer.EXECUTION, BodyForm.SECRETARIAT, "秘书处",
                List.of(seat("p-sg", person.apply("卫思源"), SeatRole.SECRETARY_GENERAL))),
            new BodyInput(new BodyId("experts"), Layer.ADVISORY, BodyForm.EXPERT_COMMITTEE, "专家委员会",
                List.of(expert("p-e1", person.apply("蒋文博"), ExpertField.TECHNOLOGY), expert("p-e2", person.apply("沈若兰"), ExpertField.SERVICES),
                    expert("p-e3", person.apply("韩立群"), ExpertField.INDUSTRY_MANAGEMENT)))),
        null);
  }

  static FoundingApplication withoutParty(FoundingApplication a) {
    return new FoundingApplication(a.name(), a.cluster(), a.authority(), a.guidingBody(), a.founders(), a.type(), a.creditCode(),
        a.charter(), null, a.officeAddress(), a.equipment(), a.registeredCapital(), a.staff(), a.managementSystems(),
        a.incomeSources(), a.bankAccount(), a.governance(), a.legalRepresentative());
  }

  private static SeatInput seat(String id, String name, SeatRole role) {
    return new SeatInput(new PersonId(id), name, role, List.of());
  }

  private static SeatInput expert(String id, String name, ExpertField field) {
    return new SeatInput(new PersonId(id), name, SeatRole.EXPERT, List.of(field));
  }

  /** The seed of the generated part of {@code --demo}. */
  static final long SEED = 2025L;

  /**
   * What {@code --demo} loads: this named set (whose ids the README uses), then {@link DemoData}'s generated
   * set of {@code size} ({@link DemoData.Size#DEMO} for the server) from {@link #SEED}; both idempotent.
   * Returns the lines to log.
   */
  public static String loadAll(Ports ports, DemoData.Size size) {
    // one unit of work, as the generated set: a kill -9 between a PO's proposal and its establishment left it proposed for
    // good (the next start found its name and went on), so the named set is written whole or not at all
    Map<String, String> ids = ports.unitOfWork().<Refusal, Map<String, String>>run(() -> Either.right(new Demo(ports)
        .load())).get();
    String named = describe(ids);
    DemoData.Created generated = DemoData.generate(ports, size, SEED);
    return named + (generated.isEmpty() ? "generated demo data: already there" : "generated demo data: " + generated.summary());
  }

  static String describe(Map<String, String> ids) {
    StringBuilder b = new StringBuilder("demo data:\n");
    ids.forEach((name, id) -> b.append("  ").append(id).append("  ").append(name).append('\n'));
    return b.toString();
  }

}
