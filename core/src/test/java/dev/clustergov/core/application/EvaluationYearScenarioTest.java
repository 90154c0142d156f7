package dev.clustergov.core.application;

import static dev.clustergov.core.application.SuzhouRegistry.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A PO's year told through the use cases (Art.17–24, Art.28): recognised, it admits member units,
 * adopts a self-discipline convention, builds platforms and serves every item of every function with
 * outcomes; at the year's end an
 * independent evaluator rates it gold, and the rating is explained, current and verifiable. A year
 * later, with nothing new done, the next evaluation falls to bronze.
 */
class EvaluationYearScenarioTest {

  final SuzhouRegistry r = new SuzhouRegistry();

  @Test
  void a_busy_year_earns_gold_and_an_idle_one_after_it_bronze() {
    PromotionOrganization po = r.recognised();
    LocalDate start = r.memory.clock().today();
    // Art.24(1), Art.27: the member congress adopts a self-discipline convention, or the year ends in a blocking finding
    String congress = po.governance().in(dev.clustergov.core.governance.Layer.DECISION).get(0).id().value();
    accepted(r.gov.adoptSelfDisciplineMeasure().handle(new AdoptSelfDisciplineMeasure.Command(po.id(), "CONVENTION",
        "苏州纳米产业集群自律公约", congress, null)));
    List<Membership> members = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      members.add(accepted(r.gov.admitMember().handle(new AdmitMember.Command(po.id(), "成员企业" + i,
          Fixtures.creditCode(String.format("91320500MA%07d", 500 + i)), "ENTERPRISE", null))));
    }
    for (int i = 1; i <= 2; i++) {
      accepted(r.gov.registerPlatform().handle(new RegisterPlatform.Command(po.id(), "纳米中试基地" + i, "PILOT_BASE", "BUILT",
          "苏州纳米城运营公司", null, null, null)));
    }
    r.memory.clock().advance(Duration.ofDays(360));
    int n = 0;
    for (FunctionItem item : FunctionItem.all()) {
      for (int k = 0; k < 4; k++) {
        n++;
        LocalDate held = start.plusDays(5 + (n * 2) % 350);
        var outcomes = new RecordServiceActivity.OutcomesInput(new BigDecimal("4000000"), new BigDecimal("2000000"),
            new BigDecimal("4000000"), Map.of("HIGH_LEVEL", 1, "GENERAL", 1));
        accepted(r.gov.recordServiceActivity().handle(new RecordServiceActivity.Command(po.id(), item.citation().format(),
            // Art.23(2) is brokering itself (the operation slice's guard A23.2-brokered)
            "服务活动 " + n, held.toString(), item.citation().format().equals("Art.23(2)") ? "BROKERED" : "DIRECT",
            List.of(members.get(n % 20).id().value(), members.get((n + 9) % 20).id().value()), List.of("上海外部机构" + (n % 12)),
            null, null, outcomes)));
      }
    }
    Evaluator evaluator = accepted(r.gov.registerEvaluator().handle(new RegisterEvaluator.Command(r.authority.id().value(),
        "长三角产业评估中心", Fixtures.creditCode("91310000MA0PG0001"), null, start.toString())));

    Evaluation gold = accepted(r.gov.recordEvaluation().handle(new RecordEvaluation.Command(evaluator.id().value(), po.id(), null)));
    assertThat(gold.rating()).as(gold.trace().get().render(Language.EN)).isEqualTo(Rating.GOLD);
    assertThat(gold.totalPercent()).isGreaterThanOrEqualTo(new BigDecimal("80"));
    assertThat(gold.scores()).allSatisfy(s -> assertThat(s.atThreshold()).as(s.indicator()).isTrue());
    assertThat(gold.trace().get().render(Language.ZH)).startsWith("【第二十八条】评价结果：金标");
    assertThat(accepted(r.gov.queries().currentEvaluation(po.id()))).contains(gold);
    assertThat(accepted(r.gov.verifyEvaluation().handle(po.id(), gold.id())).verified()).isTrue();

    // a year on, nothing done: the year ending then has no activity
    r.memory.clock().advance(Duration.ofDays(400));
    Evaluation idle = accepted(r.gov.recordEvaluation().handle(new RecordEvaluation.Command(evaluator.id().value(), po.id(), null)));
    assertThat(idle.rating()).isEqualTo(Rating.BRONZE);
    assertThat(accepted(r.gov.queries().evaluations(po.id()))).containsExactly(gold, idle);
    assertThat(accepted(r.gov.queries().currentEvaluation(po.id()))).contains(idle);
    assertThat(accepted(r.gov.verifyEvaluation().handle(po.id(), gold.id())).verified()).as("the gold year still checks out").isTrue();
  }
}
