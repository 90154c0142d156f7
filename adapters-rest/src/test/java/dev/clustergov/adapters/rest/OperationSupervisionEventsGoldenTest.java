package dev.clustergov.adapters.rest;

import java.time.LocalDate;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.operation.PlatformRole;
import dev.clustergov.core.operation.PlatformKind;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.supervision.DisciplineKind;
import dev.clustergov.core.supervision.MeasureKind;
import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.adapters.rest.demo.DemoData;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Actor;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.operation.AdmitMember;
import dev.clustergov.core.application.operation.ChangePlatformOpenness;
import dev.clustergov.core.application.operation.RecordMemberLeaving;
import dev.clustergov.core.application.operation.RecordServiceActivity;
import dev.clustergov.core.application.operation.RegisterPlatform;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.application.supervision.AdoptSelfDisciplineMeasure;
import dev.clustergov.core.application.supervision.ImposeSanction;
import dev.clustergov.core.application.supervision.LiftSanction;
import dev.clustergov.core.application.supervision.OpenInspection;
import dev.clustergov.core.application.supervision.RecordInspectionFinding;
import dev.clustergov.core.application.supervision.RectifyFinding;
import dev.clustergov.core.application.supervision.TakeDisciplinaryAction;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.Platform;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SelfDisciplineMeasure;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The stored format of the events of chapter 4 (运行: members, platforms, service activities) and of chapter 5's
 * supervision (监督: inspections, findings, rectifications, self-discipline, sanctions), pinned before they became typed
 * records. From the demo registry, the operation and supervision commands are driven on its recognised Suzhou PO so
 * that every event type they record appears in each of its variants — a member with and without a credit code; a
 * platform open, restricted with a reason and without; an activity open, closed with a reason, with and without
 * outcomes; each kind of sanction, with the suspension and revocation it brings; a sanction lifted alone and the last
 * suspension lifted with the reinstatement it brings — and the lines after the demo's must equal the golden file, in
 * {@link EventFormatGoldenTest}'s canonical form (everything but the instant).
 */
class OperationSupervisionEventsGoldenTest {

  static final String GOLDEN = "/golden/operation-supervision-events.txt";

  static final OrganizationId SUZHOU_PO = new OrganizationId("org-000001");
  static final AuthorityId SUZHOU = new AuthorityId("authority-000003");

  static List<String> events() {
    InMemoryClustergov memory = new InMemoryClustergov();
    Demo.loadAll(memory.ports(), DemoData.Size.SMALL);
    long demo = lastSequence(memory);
    Clustergov gov = Clustergov.using(memory.ports());
    Clustergov authority = gov.as(new Actor.Authority(SUZHOU));
    memory.clock().advance(Duration.ofDays(10)); // today 2025-03-13; the PO was proposed and recognised on 2025-03-03

    // Chapter 4: members, platforms, activities
    Membership navi = ok(gov.admitMember().handle(new AdmitMember.Command(SUZHOU_PO, "苏州纳衡科技有限公司",
        CreditCode.parse(code("91320500MA1MXXX01")).get(), MemberKind.ENTERPRISE, LocalDate.parse("2025-03-04"))));
    Membership institute = ok(gov.admitMember().handle(new AdmitMember.Command(SUZHOU_PO, "苏州纳米技术研究院",
        null, MemberKind.RESEARCH_INSTITUTE, LocalDate.parse("2025-03-05"))));
    Membership leaving = ok(gov.admitMember().handle(new AdmitMember.Command(SUZHOU_PO, "苏州纳米材料有限公司",
        CreditCode.parse(code("91320500MA1MXXX02")).get(), MemberKind.ENTERPRISE, LocalDate.parse("2025-03-04"))));
    ok(gov.recordMemberLeaving().handle(new RecordMemberLeaving.Command(SUZHOU_PO, leaving.id(),
        OptionalLong.of(leaving.version()), LocalDate.parse("2025-03-10"))));
    Membership leavingToday = ok(gov.admitMember().handle(new AdmitMember.Command(SUZHOU_PO, "苏州纳米服务有限公司",
        null, MemberKind.SERVICE_PROVIDER, null)));
    ok(gov.recordMemberLeaving().handle(new RecordMemberLeaving.Command(SUZHOU_PO, leavingToday.id(),
        OptionalLong.empty(), null)));

    Platform open = ok(gov.registerPlatform().handle(new RegisterPlatform.Command(SUZHOU_PO, "纳米材料中试基地", PlatformKind.PILOT_BASE, PlatformRole.BUILT,
        "苏州澄湖纳米科技发展有限公司", null, null, null)));
    Platform restricted = ok(gov.registerPlatform().handle(new RegisterPlatform.Command(SUZHOU_PO, "纳米器件共享制造中心",
        PlatformKind.SHARED_MANUFACTURING_CENTRE, PlatformRole.COORDINATED, "苏州纳衡科技有限公司", LocalDate.parse("2025-03-06"), false, "设备容量有限，先向发起单位开放")));
    Platform silent = ok(gov.registerPlatform().handle(new RegisterPlatform.Command(SUZHOU_PO, "纳米协同创新中心",
        PlatformKind.INNOVATION_CENTRE, PlatformRole.BUILT, "苏州澄远纳米技术研究所", LocalDate.parse("2025-03-07"), false, null)));
    ok(gov.changePlatformOpenness().handle(new ChangePlatformOpenness.Command(SUZHOU_PO, open.id(),
        OptionalLong.of(open.version()), false, "检修期间仅向参与共建的成员开放")));
    ok(gov.changePlatformOpenness().handle(new ChangePlatformOpenness.Command(SUZHOU_PO, restricted.id(),
        OptionalLong.empty(), true, null)));
    ok(gov.changePlatformOpenness().handle(new ChangePlatformOpenness.Command(SUZHOU_PO, silent.id(),
        OptionalLong.of(silent.version()), false, "")));

    ok(gov.recordServiceActivity().handle(new RecordServiceActivity.Command(SUZHOU_PO, item("Art.23(2)"), "纳米材料项目投融资对接会",
        LocalDate.parse("2025-03-08"), Delivery.BROKERED, List.of(navi.id(), institute.id()), List.of("苏州禾岚控股股份有限公司"), null, null,
        new RecordServiceActivity.OutcomesInput(Money.yuan("12000000"), Money.yuan("350000.5"), null,
            Map.of(TalentLevel.LEADING, 1, TalentLevel.GENERAL, 12)))));
    ok(gov.recordServiceActivity().handle(new RecordServiceActivity.Command(SUZHOU_PO, item("第十九条第（一）项"), "纳米新材料沙龙",
        null, Delivery.DIRECT, null, null, false, "仅限参与标准起草的成员", null)));
    ok(gov.recordServiceActivity().handle(new RecordServiceActivity.Command(SUZHOU_PO, item("Art.18(1)"), "集群发展战略研讨会",
        LocalDate.parse("2025-03-12"), Delivery.DIRECT, List.of(navi.id()), List.of(), true, null,
        new RecordServiceActivity.OutcomesInput(null, null, null, null))));
    ok(authority.recordServiceActivity().handle(new RecordServiceActivity.Command(SUZHOU_PO, item("Art.20(1)"), "政企对接座谈会",
        LocalDate.parse("2025-03-11"), Delivery.DIRECT, List.of(), List.of("苏州市澄湖产业园管委会", "苏州市澄湖产业园经济发展局"), false, null,
        new RecordServiceActivity.OutcomesInput(null, null, Money.yuan("880000.00"), null))));

    // Chapter 5: inspection, findings, rectification
    Inspection i = ok(authority.openInspection().handle(new OpenInspection.Command(SUZHOU_PO, SUZHOU, "2025年度事中事后监督检查",
        LocalDate.of(2025, 3, 9))));
    i = ok(authority.recordInspectionFinding().handle(new RecordInspectionFinding.Command(SUZHOU_PO, i.id(),
        OptionalLong.of(i.version()), SUZHOU, Citation.of("Art.9"), "保密安全管理制度未执行", LocalDate.of(2025, 4, 9), LocalDate.of(2025, 3, 10))));
    i = ok(gov.recordInspectionFinding().handle(new RecordInspectionFinding.Command(SUZHOU_PO, i.id(),
        OptionalLong.empty(), SUZHOU, Citation.of("第十四条"), "重大事项未按期披露", LocalDate.of(2025, 3, 20), null)));
    i = ok(authority.rectifyFinding().handle(new RectifyFinding.Command(SUZHOU_PO, i.id(), 1, OptionalLong.of(i.version()),
        SUZHOU, LocalDate.of(2025, 3, 12), "已印发并执行保密安全管理制度", "苏纳促〔2025〕3号")));
    ok(gov.rectifyFinding().handle(new RectifyFinding.Command(SUZHOU_PO, i.id(), 2, OptionalLong.empty(),
        SUZHOU, null, "已补充披露", "苏纳促〔2025〕4号")));
    Inspection today = ok(gov.openInspection().handle(new OpenInspection.Command(SUZHOU_PO, SUZHOU, "专项检查", null)));
    assertThat(today.findings()).isEmpty();

    // Self-discipline (Art.24(1), 27)
    SelfDisciplineMeasure convention = ok(gov.adoptSelfDisciplineMeasure().handle(new AdoptSelfDisciplineMeasure.Command(SUZHOU_PO,
        MeasureKind.CONVENTION, "苏州纳米新材料集群自律公约", new BodyId("assembly"), LocalDate.of(2025, 3, 5))));
    ok(gov.adoptSelfDisciplineMeasure().handle(new AdoptSelfDisciplineMeasure.Command(SUZHOU_PO,
        MeasureKind.DISCIPLINARY_RULES, "苏州纳米新材料集群惩戒办法", new BodyId("assembly"), null)));
    ok(gov.takeDisciplinaryAction().handle(new TakeDisciplinaryAction.Command(SUZHOU_PO, navi.id(),
        convention.id(), DisciplineKind.REMINDER, LocalDate.of(2025, 3, 11), "未按公约报送统计数据")));
    ok(gov.takeDisciplinaryAction().handle(new TakeDisciplinaryAction.Command(SUZHOU_PO, institute.id(),
        convention.id(), DisciplineKind.PUBLIC_CENSURE, null, "违反公约承诺")));

    // Sanctions (Art.29): each kind; the lifts; the suspension and revocation they bring, and the reinstatement
    Sanction warning = ok(authority.imposeSanction().handle(new ImposeSanction.Command(SUZHOU_PO, OptionalLong.empty(), SUZHOU,
        SanctionKind.WARNING, List.of(Citation.of("Art.14")), "重大事项未按期披露", null, LocalDate.of(2025, 3, 11))));
    ok(authority.imposeSanction().handle(new ImposeSanction.Command(SUZHOU_PO, null, SUZHOU,
        SanctionKind.RECTIFICATION_ORDER, List.of(Citation.of("Art.9"), Citation.of("第二十五条")), "检查发现问题，责令限期整改",
        LocalDate.of(2025, 4, 13), null)));
    ok(authority.liftSanction().handle(new LiftSanction.Command(SUZHOU_PO, warning.id(), OptionalLong.of(warning.version()),
        SUZHOU, LocalDate.of(2025, 3, 12), "已补充披露")));
    Sanction suspension = ok(authority.imposeSanction().handle(new ImposeSanction.Command(SUZHOU_PO, OptionalLong.empty(), SUZHOU,
        SanctionKind.SUSPENSION, List.of(Citation.of("Art.9")), "保密安全管理制度未执行", null, LocalDate.of(2025, 3, 12))));
    memory.clock().advance(Duration.ofDays(3));
    ok(authority.liftSanction().handle(new LiftSanction.Command(SUZHOU_PO, suspension.id(), OptionalLong.empty(),
        SUZHOU, null, "整改完成")));
    ok(gov.imposeSanction().handle(new ImposeSanction.Command(SUZHOU_PO, OptionalLong.empty(), SUZHOU,
        SanctionKind.REVOCATION, List.of(Citation.of("Art.25"), Citation.of("Art.29")), "拒不整改", null, null)));

    List<String> lines = new ArrayList<>();
    for (RecordedEvent r : memory.ports().events().read(demo, 1000)) {
      lines.add(r.sequence() + " " + r.event().canonical().replaceAll("(?m)^at=.*\\n", "")
          .replaceAll("(?m)^(data\\.dossierHash=)[0-9a-f]{64}$", "$1<sha-256>")
          .replace("\n", " | "));
    }
    return lines;
  }

  @Test
  void the_operation_and_supervision_events_keep_their_recorded_format() throws IOException {
    List<String> actual = events();
    if (Boolean.getBoolean("clustergov.golden.write")) {
      Files.writeString(Path.of("src/test/resources" + GOLDEN), String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
    }
    List<String> expected;
    try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
      assertThat(in).as("golden file " + GOLDEN).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    Set<String> types = new TreeSet<>();
    actual.forEach(l -> types.add(l.replaceFirst("^\\d+ type=([A-Za-z]+) .*$", "$1")));
    assertThat(types).as("every event type of the chapters' commands").containsAll(List.of(
        "MemberAdmitted", "MemberLeft", "PlatformRegistered", "PlatformOpennessChanged", "ServiceActivityRecorded",
        "InspectionOpened", "InspectionFindingRecorded", "FindingRectified", "SelfDisciplineMeasureAdopted",
        "DisciplinaryActionTaken", "SanctionImposed", "SanctionLifted",
        "OrganizationSuspended", "OrganizationReinstated", "RecognitionRevoked"));
    for (int n = 0; n < Math.min(actual.size(), expected.size()); n++) {
      assertThat(actual.get(n)).as("event line " + (n + 1)).isEqualTo(expected.get(n));
    }
    assertThat(actual).hasSameSizeAs(expected);
  }

  private static long lastSequence(InMemoryClustergov memory) {
    long after = 0;
    while (true) {
      List<RecordedEvent> page = memory.ports().events().read(after, 1000);
      if (page.isEmpty()) {
        return after;
      }
      after = page.get(page.size() - 1).sequence();
    }
  }

  private static String code(String first17) {
    return first17 + CreditCode.checkCharacter(first17);
  }

  private static <T> T ok(Either<Refusal, T> r) {
    return r.getOrElseThrow(refusal -> new AssertionError("refused: " + refusal));
  }

  private static FunctionItem item(String citation) {
    return FunctionItem.parse(citation).get();
  }
}
