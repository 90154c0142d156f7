package dev.clustergov.examples.host;

import dev.clustergov.adapters.jdbc.JdbcClustergov;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.application.port.TimeSource;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.ComplianceReport;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Either;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;

/**
 * An embedded host (嵌入式宿主示例): what a provincial industry department's platform writes to use
 * clustergov in-process — only {@code clustergov-core} and {@code clustergov-adapters-jdbc}, over its
 * own {@link DataSource} (here H2 in memory) and its own {@link TimeSource}. It files a founding application
 * from its own form ({@link Filing}), handles each kind of {@link Refusal}, recognises the PO, assesses
 * it and reads the findings with their clauses.
 */
public final class ProvincialPlatform {

  private static final AtomicInteger RUNS = new AtomicInteger();

  /** The platform's clock: the system's, in China's time zone (the port's default). */
  static final class SystemClock implements TimeSource {
    @Override
    public Instant now() {
      return Instant.now();
    }
  }

  private final PrintStream out;
  private final Ports ports;
  private final Clustergov gov;

  public ProvincialPlatform(DataSource dataSource, TimeSource clock, PrintStream out) {
    this.out = out;
    this.ports = JdbcClustergov.migrateAndConnect(dataSource, clock).ports();
    this.gov = Clustergov.using(ports);
  }

  /** Runs the platform's day on a fresh H2 database in memory; 0 when every step went as the guideline says. */
  public static int run(PrintStream out) {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:provincial-platform-" + RUNS.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    return new ProvincialPlatform(h2, new SystemClock(), out).day() ? 0 : 1;
  }

  /** The platform's day; true when every verdict was the expected one. */
  boolean day() {
    List<String> wrong = new ArrayList<>();
    out.println("== 1. 登记 the platform registers its cluster and the bureau that supervises it");
    Authority bureau = ok(gov.registerAuthority().handle(new RegisterAuthority.Command("苏州市工业和信息化局", new RegionCode("320500"))));
    Authority wuxi = ok(gov.registerAuthority().handle(new RegisterAuthority.Command("无锡市工业和信息化局", new RegionCode("320200"))));
    var cluster = ok(gov.registerCluster().handle(new RegisterCluster.Command("苏州市翊衡光通信集群", new RegionCode("320500"), "光通信", ClusterLevel.PROVINCIAL, 420)));
    out.println("  " + cluster.id() + " " + cluster.name() + ", " + bureau.id() + " " + bureau.name());

    Submissions submissions = new Submissions(ports);
    LocalDate today = ports.clock().today();
    Filing filing = sample(cluster.id().value(), bureau.id().value(), today);

    out.println("== 2. 提交 a filing with a blank name, a negative capital and a staff category not on the list: Malformed,"
        + " every problem at once");
    expect(wrong, "Malformed", submissions.submit(spoiled(filing), "51320500MA00021409"));

    out.println("== 3. 提交 a filing without a Party branch: Rejected at establishment, and no proposed PO is left behind");
    int before = organizations();
    String code = "51320500MA0002141";
    code = code + CreditCode.checkCharacter(code);
    expect(wrong, "Rejected", submissions.submit(filing.withParty(null), code));
    if (organizations() != before) {
      wrong.add("a refused submission left a PO behind");
    }
    out.println("  POs stored before and after: " + before + ", " + organizations());

    out.println("== 4. 提交 the complete filing: proposed and established in one unit of work");
    PromotionOrganization po = ok(submissions.submit(filing, code));
    out.println("  " + po.id() + " " + po.name() + " — " + po.stageLabel().zh() + " " + po.stageLabel().en());
    if (!Filings.fromOrganization(po).equals(filing)) {
      wrong.add("the stored PO does not map back to the filing");
    }

    out.println("== 5. 认定 recognition: by Wuxi (Rejected, Art.26), with a stale version (Conflict), of no PO (NotFound), then right");
    expect(wrong, "Rejected", gov.recogniseOrganization().handle(new RecogniseOrganization.Command(po.id(),
        OptionalLong.of(po.version()), wuxi.id())));
    expect(wrong, "Conflict", gov.recogniseOrganization().handle(new RecogniseOrganization.Command(po.id(),
        OptionalLong.of(po.version() - 1), bureau.id())));
    expect(wrong, "NotFound", gov.recogniseOrganization().handle(new RecogniseOrganization.Command(new OrganizationId("org-999999"),
        OptionalLong.empty(), bureau.id())));
    po = ok(gov.recogniseOrganization().handle(new RecogniseOrganization.Command(po.id(), OptionalLong.of(po.version()), bureau.id())));
    out.println("  " + po.id() + " — " + po.stageLabel().zh() + " " + po.stageLabel().en());

    out.println("== 6. 评估 the compliance assessment of the recognised PO, each finding with its clauses");
    ComplianceReport report = ok(gov.queries().compliance(po.id()));
    out.println("  " + report.assessments().size() + " rules assessed, " + report.findings().size() + " finding(s), "
        + report.blockingFindings().size() + " blocking: " + (report.clear() ? "CLEAR 合规" : "BLOCKED 不合规"));
    for (Finding f : report.findings()) {
      print(f);
    }
    if (!report.clear()) {
      wrong.add("a recognised PO should assess clear, but: " + report.blockingFindings());
    }
    out.println("== 7. 事件 " + gov.queries().events(0, 1000).size() + " events in the hash-chained log");
    if (!wrong.isEmpty()) {
      out.println("UNEXPECTED: " + wrong);
    }
    return wrong.isEmpty();
  }

  private int organizations() {
    return gov.queries().organizations(OrganizationQuery.all(OrganizationQuery.MAX_LIMIT)).size();
  }

  /** Prints a refusal as a platform would show it to its user, and checks it is of the expected kind. */
  private void expect(List<String> wrong, String kind, Either<Refusal, ?> result) {
    if (result.isRight()) {
      wrong.add("expected " + kind + " but accepted: " + result.get());
      return;
    }
    Refusal refusal = result.getLeft();
    if (refusal instanceof Refusal.Malformed m) {
      out.println("  Malformed 输入有误 (" + m.violations().size() + "):");
      for (Violation v : m.violations()) {
        out.println("  - " + v.field() + ": " + v.zh() + " / " + v.en());
      }
    } else if (refusal instanceof Refusal.Rejected r) {
      out.println("  Rejected 不符合指引 (" + r.rejection().command() + "):");
      r.rejection().findings().forEach(this::print);
    } else if (refusal instanceof Refusal.NotFound n) {
      out.println("  NotFound 不存在: " + n.kind() + " " + n.id());
    } else if (refusal instanceof Refusal.Conflict c) {
      out.println("  Conflict 已被他人修改: " + c.aggregateType() + " " + c.aggregateId() + " is at v" + c.actual()
          + ", the request was based on v" + c.expected() + " — reload and retry");
    }
    if (!refusal.getClass().getSimpleName().equals(kind)) {
      wrong.add("expected " + kind + " but was " + refusal);
    }
  }

  private void print(Finding f) {
    out.println("  - " + f.rule() + " (" + f.severity().label().zh() + "/" + f.severity().label().en() + ") ["
        + f.citations().stream().map(c -> c.format() + " " + c.formatChinese()).collect(Collectors.joining("; ")) + "]");
    out.println("      " + f.message().zh());
    out.println("      " + f.message().en());
  }

  private <T> T ok(Either<Refusal, T> result) {
    return result.getOrElseThrow(r -> new IllegalStateException("the platform's step was refused: " + r));
  }

  /** The platform's form as the founders filled it in. */
  static Filing sample(String cluster, String authority, LocalDate today) {
    LocalDate adopted = today.minusDays(30);
    String name = "苏州市光通信产业集群促进会";
    List<Filing.Staff> staff = new ArrayList<>();
    String[] names = {"邬静澜", "阙庭舟", "宓嘉禾", "郜一帆", "冼映秋", "闵朔北", "訾晴川", "查雨禾", "蒯文渊", "鞠暮云"};
    String[] categories = {"专业技术人员", "管理人员", "辅助人员"};
    for (int i = 0; i < names.length; i++) {
      staff.add(new Filing.Staff("s-" + (i + 1), names[i], categories[i % 3]));
    }
    List<Filing.SystemAdopted> systems = Filings.SYSTEMS.keySet().stream().map(k -> new Filing.SystemAdopted(k, adopted)).toList();
    return new Filing(name, cluster, authority, "苏州市人民政府",
        List.of(new Filing.Founder("苏州光岫通信科技有限公司", "龙头企业", null), new Filing.Founder("苏州澄远理工学院", "科研机构", null),
            new Filing.Founder("苏州市光通信行业协会", "社会团体", null)),
        "社会团体", adopted, List.of("产业研究与规划咨询", "技术创新协同服务", "会展与对外交流"),
        new Filing.PartyBranch(name + "党支部", adopted.plusDays(5)), "苏州市吴江区光通信产业园学府路8号", List.of("办公电脑", "会议系统"),
        new BigDecimal("500000.00"), staff, systems, List.of("会员会费", "服务收入"),
        new Filing.Bank(name, "32250199883600009876", "岚川银行苏州吴江支行"),
        List.of(new Filing.Body("会员大会", List.of(seat("p-1", "岑煦川", "负责人"), seat("p-2", "芮晓汀", "成员"))),
            new Filing.Body("监事会", List.of(seat("p-3", "鄢明翰", "负责人"))),
            new Filing.Body("理事会", List.of(seat("p-1", "岑煦川", "负责人"), seat("p-4", "蔺启衡", "成员"))),
            new Filing.Body("秘书处", List.of(seat("p-5", "滕书媛", "秘书长"))),
            new Filing.Body("专家委员会", List.of(new Filing.Seat("p-6", "晏承朴", "专家", List.of("技术")),
                new Filing.Seat("p-7", "裘若汐", "专家", List.of("服务")), new Filing.Seat("p-8", "樊立峤", "专家", List.of("行业管理"))))));
  }

  /** What a careless user might send: three fields wrong at once. */
  static Filing spoiled(Filing f) {
    List<Filing.Staff> staff = new ArrayList<>(f.staff());
    staff.set(0, new Filing.Staff("s-1", staff.get(0).name(), "临时工"));
    return new Filing(" ", f.cluster(), f.authority(), f.guidingBody(), f.founders(), f.organizationType(), f.charterAdopted(),
        f.businessScope(), f.party(), f.officeAddress(), f.equipment(), new BigDecimal("-1.00"), staff, f.systems(),
        f.incomeSources(), f.bank(), f.bodies());
  }

  private static Filing.Seat seat(String id, String name, String role) {
    return new Filing.Seat(id, name, role, List.of());
  }

  static String cite(List<Citation> citations) {
    return citations.stream().map(Citation::format).collect(Collectors.joining(" "));
  }
}
