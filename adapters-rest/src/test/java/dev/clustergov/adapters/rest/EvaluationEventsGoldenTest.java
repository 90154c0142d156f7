package dev.clustergov.adapters.rest;

import dev.clustergov.core.organization.CreditCode;
import java.time.LocalDate;
import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.adapters.rest.demo.DemoData;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.application.supervision.DeclareEvaluatorTie;
import dev.clustergov.core.application.supervision.EngageEvaluator;
import dev.clustergov.core.application.supervision.GrantIncentive;
import dev.clustergov.core.application.supervision.PublishPolicyPack;
import dev.clustergov.core.application.supervision.RecordEvaluation;
import dev.clustergov.core.application.supervision.RegisterEvaluator;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The stored format of the events of evaluation, incentives and policy packs (评价、激励与政策包事件, Art.28–30),
 * pinned as {@link EventFormatGoldenTest} pins the demo registry's: on the demo registry, evaluators are
 * registered (with and without an authority they belong to), ties declared (ended and running), an evaluator
 * engaged for a PO, an evaluation recorded, a local pack published, an incentive granted and an engagement ended early
 * (decision 0475), and every event they record —
 * everything but its instant — must equal the golden file line for line. A deliberate change of format
 * regenerates the file ({@code -Dclustergov.golden.write=true}) and says so in a decision record.
 */
class EvaluationEventsGoldenTest {

  static final String GOLDEN = "/golden/evaluation-events.txt";

  static final List<String> TYPES = List.of("EvaluatorRegistered", "EvaluatorTieDeclared", "EvaluatorEngaged", "EvaluationRecorded",
      "PolicyPackPublished", "IncentiveGranted", "EvaluatorEngagementEnded");

  static <T> T accepted(Either<Refusal, T> result) {
    assertThat(result.isRight()).as(() -> String.valueOf(result.isLeft() ? result.getLeft() : "")).isTrue();
    return result.get();
  }

  static List<String> chapterEvents() {
    InMemoryClustergov memory = new InMemoryClustergov();
    Demo.loadAll(memory.ports(), DemoData.Size.SMALL);
    List<RecordedEvent> demo = memory.ports().events().read(0, 100_000);
    long before = demo.get(demo.size() - 1).sequence();
    Clustergov gov = Clustergov.using(memory.ports());
    AuthorityId jiangsu = new AuthorityId("authority-000002");
    AuthorityId suzhou = new AuthorityId("authority-000003");
    OrganizationId textile = new OrganizationId("org-000008");
    OrganizationId batteries = new OrganizationId("org-000009");

    // an evaluator that is an authority's own unit, and one that is nobody's
    Evaluator own = accepted(gov.registerEvaluator().handle(new RegisterEvaluator.Command(jiangsu, "苏州市工业经济研究所",
        CreditCode.parse(Fixtures.creditCode("12320500MB0000001")).get(), suzhou, LocalDate.of(2024, 6, 1))));
    Evaluator third = accepted(gov.registerEvaluator().handle(new RegisterEvaluator.Command(jiangsu, "江苏中评产业研究院有限公司",
        CreditCode.parse(Fixtures.creditCode("91320000MA0GXD801")).get(), null, null)));
    // a tie that ended and one still running
    accepted(gov.declareEvaluatorTie().handle(new DeclareEvaluatorTie.Command(own.id(), OptionalLong.empty(), textile,
        "咨询服务", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 6, 30))));
    accepted(gov.declareEvaluatorTie().handle(new DeclareEvaluatorTie.Command(own.id(), OptionalLong.empty(), batteries,
        "培训合作", LocalDate.of(2024, 9, 1), null)));
    // the textile PO of the small demo is under a rectification order (Art.25, Art.29): its findings are rectified and the order
    // lifted by its authority, so that the evaluation below rates it and an incentive may follow (decision 0616)
    LocalDate today = memory.ports().clock().today();
    for (dev.clustergov.core.supervision.Inspection inspection : memory.ports().inspections().of(textile)) {
      for (dev.clustergov.core.supervision.InspectionFinding finding : inspection.findings()) {
        if (finding.rectification().isEmpty()) {
          accepted(gov.rectifyFinding().handle(new dev.clustergov.core.application.supervision.RectifyFinding.Command(textile,
              inspection.id(), finding.number(), OptionalLong.empty(), inspection.authority(), today, "已按期完成整改并建立长效机制",
              "整改报告")));
        }
      }
    }
    for (dev.clustergov.core.supervision.Sanction sanction : memory.ports().sanctions().of(textile)) {
      if (sanction.liftedOn().isEmpty()) {
        accepted(gov.liftSanction().handle(new dev.clustergov.core.application.supervision.LiftSanction.Command(textile, sanction.id(),
            OptionalLong.empty(), sanction.authority(), today, "整改完成，解除处理决定")));
      }
    }
    // engaged by the PO's own authority for a period (Art.28, decision 0380), then evaluating
    accepted(gov.engageEvaluator().handle(new EngageEvaluator.Command(third.id(), textile, OptionalLong.empty(), LocalDate.of(2024, 1, 1),
        LocalDate.of(2099, 12, 31))));
    accepted(gov.recordEvaluation().handle(new RecordEvaluation.Command(third.id(), textile, null)));
    // a local pack of the textile PO's authority, and an incentive granted under it: its rating is now in force and no sanction
    // excludes it (Art.28, Art.29; decision 0616)
    accepted(gov.publishPolicyPack().handle(new PublishPolicyPack.Command(suzhou, LocalDate.of(2025, 1, 1), 1, "苏州市集群发展促进组织激励政策",
        "Suzhou cluster development promotion organization incentives", Map.of("incentive.requireFiveLayers", "false",
            "incentive.requireRecognition", "false", "incentive.minimumActiveFunctions", "1", "incentive.cap.perPeriod", "800000.00"))));
    accepted(gov.grantIncentive().handle(new GrantIncentive.Command(suzhou, textile, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))));
    // an engagement ended early by the authority that gave it, with its reason (decision 0475)
    Evaluator engaged = accepted(gov.engageEvaluator().handle(new EngageEvaluator.Command(third.id(), batteries, OptionalLong.empty(),
        LocalDate.of(2024, 1, 1), LocalDate.of(2099, 12, 31))));
    accepted(gov.endEngagement().handle(new dev.clustergov.core.application.supervision.EndEngagement.Command(third.id(),
        engaged.engagements().size(), batteries, OptionalLong.empty(), null, "评价机构与本组织产生利害关系，终止委托")));

    List<String> lines = new ArrayList<>();
    for (RecordedEvent r : memory.ports().events().read(before, 100_000)) {
      String canonical = r.event().canonical();
      lines.add(r.sequence() + " " + canonical.replaceAll("(?m)^at=.*\\n", "")
          .replaceAll("(?m)^(data\\.dossierHash=)[0-9a-f]{64}$", "$1<sha-256>")
          .replace("\n", " | "));
    }
    return lines;
  }

  @Test
  void the_events_of_evaluation_incentives_and_policy_packs_keep_their_recorded_format() throws IOException {
    List<String> actual = chapterEvents();
    if (Boolean.getBoolean("clustergov.golden.write")) {
      Files.writeString(Path.of("src/test/resources" + GOLDEN), String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
    }
    TreeSet<String> types = new TreeSet<>();
    actual.forEach(l -> types.add(l.replaceAll("^\\d+ type=([A-Za-z]+) .*$", "$1")));
    assertThat(types).as("every event type of the chapter is pinned").containsAll(TYPES);
    List<String> expected;
    try (InputStream in = EvaluationEventsGoldenTest.class.getResourceAsStream(GOLDEN)) {
      assertThat(in).as("golden file " + GOLDEN).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
      assertThat(actual.get(i)).as("event line " + (i + 1)).isEqualTo(expected.get(i));
    }
    assertThat(actual).hasSameSizeAs(expected);
  }
}
