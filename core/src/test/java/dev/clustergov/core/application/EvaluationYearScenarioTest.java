package dev.clustergov.core.application;

import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.operation.PlatformRole;
import dev.clustergov.core.operation.PlatformKind;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.application.operation.AdmitMember;
import dev.clustergov.core.application.operation.RecordServiceActivity;
import dev.clustergov.core.application.operation.RegisterPlatform;
import dev.clustergov.core.application.supervision.AdoptSelfDisciplineMeasure;
import dev.clustergov.core.application.supervision.ComputeIncentive;
import dev.clustergov.core.application.supervision.GrantIncentive;
import dev.clustergov.core.application.supervision.ImposeSanction;
import dev.clustergov.core.application.supervision.LiftSanction;
import dev.clustergov.core.application.supervision.OpenInspection;
import dev.clustergov.core.application.supervision.RecordEvaluation;
import dev.clustergov.core.application.supervision.RecordInspectionFinding;
import dev.clustergov.core.application.supervision.RectifyFinding;
import dev.clustergov.core.application.supervision.RegisterEvaluator;
import dev.clustergov.core.application.supervision.RunWhatIf;
import static dev.clustergov.core.application.SuzhouRegistry.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.incentive.Incentive;
import dev.clustergov.core.incentive.IncentiveAward;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.whatif.WhatIfReport;
import java.util.OptionalLong;
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
import dev.clustergov.core.organization.CreditCode;

/**
 * A PO's year told through the use cases (Art.17–24, Art.28): recognised, it admits member units,
 * adopts a self-discipline convention, builds platforms and serves every item of every function with
 * outcomes; at the year's end an
 * independent evaluator rates it gold, and the rating is explained, current and verifiable. A year
 * later, with nothing new done, the next evaluation falls to bronze. The same year earns its Art.29
 * incentive (held to the cap), a what-if shows what a lower cap would take away (Art.30), and an
 * inspection finding left unrectified brings a sanction that withholds both incentive and rating until
 * it is rectified and lifted (Art.25–26, Art.29).
 */
class EvaluationYearScenarioTest {

  final SuzhouRegistry r = new SuzhouRegistry();

  /** What the busy year leaves behind: the PO, the day the year began, the evaluator and its gold rating. */
  record BusyYear(PromotionOrganization po, LocalDate start, Evaluator evaluator, Evaluation gold) {}

  @Test
  void a_busy_year_earns_gold_and_an_idle_one_after_it_bronze() {
    BusyYear year = busyYear();
    PromotionOrganization po = year.po();
    Evaluator evaluator = year.evaluator();
    Evaluation gold = year.gold();
    assertThat(gold.rating()).as(gold.trace().get().render(Language.EN)).isEqualTo(Rating.GOLD);
    assertThat(gold.totalPercent()).isGreaterThanOrEqualTo(new BigDecimal("80"));
    assertThat(gold.scores()).allSatisfy(s -> assertThat(s.atThreshold()).as(s.indicator()).isTrue());
    assertThat(gold.trace().get().render(Language.ZH)).startsWith("【第二十八条】评价结果：金标");
    assertThat(accepted(r.gov.queries().currentEvaluation(po.id()))).contains(gold);
    assertThat(accepted(r.gov.verifyEvaluation().handle(po.id(), gold.id())).verified()).isTrue();

    // a year on, nothing done: the year ending then has no activity
    r.memory.clock().advance(Duration.ofDays(400));
    Evaluation idle = accepted(r.engaging(evaluator.id(), po.id()).recordEvaluation().handle(new RecordEvaluation.Command(evaluator.id(), po.id(), null)));
    assertThat(idle.rating()).isEqualTo(Rating.BRONZE);
    assertThat(accepted(r.gov.queries().evaluations(po.id()))).containsExactly(gold, idle);
    assertThat(accepted(r.gov.queries().currentEvaluation(po.id()))).contains(idle);
    assertThat(accepted(r.gov.verifyEvaluation().handle(po.id(), gold.id())).verified()).as("the gold year still checks out").isTrue();
  }

  /**
   * Recognised, the PO admits 20 member units, adopts its convention, builds two platforms and holds four
   * activities on each of the 32 items over 360 days, each with 4 million yuan of landed investment,
   * 2 million of technology deals, 4 million of supply contracts, a high-level and a general hire; then an
   * independent evaluator rates it.
   */
  private BusyYear busyYear() {
    PromotionOrganization po = r.recognised();
    LocalDate start = r.memory.clock().today();
    // Art.24(1), Art.27: the member congress adopts a self-discipline convention, or the year ends in a blocking finding
    var congress = po.governance().in(dev.clustergov.core.governance.Layer.DECISION).get(0).id();
    accepted(r.gov.adoptSelfDisciplineMeasure().handle(new AdoptSelfDisciplineMeasure.Command(po.id(),
        dev.clustergov.core.supervision.MeasureKind.CONVENTION,
        "苏州纳米产业集群自律公约", congress, null)));
    List<Membership> members = new ArrayList<>();
    for (int i = 1; i <= 20; i++) {
      members.add(accepted(r.gov.admitMember().handle(new AdmitMember.Command(po.id(), "成员企业" + i,
          CreditCode.parse(Fixtures.creditCode(String.format("91320500MA%07d", 500 + i))).get(), MemberKind.ENTERPRISE, null))));
    }
    for (int i = 1; i <= 2; i++) {
      accepted(r.gov.registerPlatform().handle(new RegisterPlatform.Command(po.id(), "纳米中试基地" + i, PlatformKind.PILOT_BASE, PlatformRole.BUILT,
          "苏州纳米城运营公司", null, null, null)));
    }
    r.memory.clock().advance(Duration.ofDays(360));
    int n = 0;
    for (FunctionItem item : FunctionItem.all()) {
      for (int k = 0; k < 4; k++) {
        n++;
        LocalDate held = start.plusDays(5 + (n * 2) % 350);
        var outcomes = new RecordServiceActivity.OutcomesInput(Money.yuan("4000000"), Money.yuan("2000000"),
            Money.yuan("4000000"), Map.of(TalentLevel.HIGH_LEVEL, 1, TalentLevel.GENERAL, 1));
        accepted(r.gov.recordServiceActivity().handle(new RecordServiceActivity.Command(po.id(), item,
            // Art.23(2) is brokering itself (the operation slice's guard A23.2-brokered)
            "服务活动 " + n, held, item.citation().format().equals("Art.23(2)") ? Delivery.BROKERED : Delivery.DIRECT,
            List.of(members.get(n % 20).id(), members.get((n + 9) % 20).id()), List.of("上海外部机构" + (n % 12)),
            null, null, outcomes)));
      }
    }
    Evaluator evaluator = accepted(r.gov.registerEvaluator().handle(new RegisterEvaluator.Command(r.authority.id(),
        "长三角产业发展研究咨询有限公司", dev.clustergov.core.organization.CreditCode.parse(Fixtures.creditCode("91310000MA0PG0001")).get(), null,
        start)));

    Evaluation gold = accepted(r.engaging(evaluator.id(), po.id()).recordEvaluation().handle(new RecordEvaluation.Command(evaluator.id(), po.id(), null)));
    return new BusyYear(po, start, evaluator, gold);
  }

  @Test
  void the_gold_year_earns_its_capped_incentive_until_an_unrectified_finding_brings_a_sanction_that_withholds_both() {
    BusyYear year = busyYear();
    PromotionOrganization po = year.po();
    assertThat(year.gold().rating()).isEqualTo(Rating.GOLD);
    LocalDate today = r.memory.clock().today();

    // Art.29: the bureau rewards the year just ended; the tiers by hand over 128 activities' outcomes —
    // landed 512 million: 100M × 0.5 % + 400M × 0.2 % + 12M × 0.1 % = 1,312,000;
    // technology 256 million: 10M × 1 % + 90M × 0.5 % + 156M × 0.2 % = 862,000;
    // supply 512 million: 50M × 0.2 % + 462M × 0.1 % = 562,000; talent 128 high-level × 100,000 = 12,800,000;
    // together 15,536,000, held to the baseline's cap of 2,000,000 a period
    IncentiveAward award = accepted(r.gov.grantIncentive().handle(new GrantIncentive.Command(r.authority.id(), po.id(),
        year.start(), today.minusDays(1))));
    assertThat(award.metrics()).extracting(m -> m.metric().name() + "=" + m.amount()).containsExactly(
        "LANDED_INVESTMENT=1312000.00", "TECHNOLOGY_TRANSACTIONS=862000.00", "SUPPLY_CONTRACTS=562000.00", "TALENT=12800000.00");
    assertThat(award.subtotal()).isEqualTo(Money.yuan("15536000.00"));
    assertThat(award.amount()).isEqualTo(Money.yuan("2000000.00"));

    // Art.30: Suzhou tries a draft halving the cap — this PO would receive a million less, its rating unchanged
    WhatIfReport halved = accepted(r.gov.runWhatIf().handle(new RunWhatIf.Command(r.authority.id(), null, null, null, null,
        null, null, Map.of("incentive.cap.perPeriod", "1000000.00"))));
    assertThat(halved.changes()).filteredOn(c -> c.organization().equals(po.id())).singleElement().satisfies(c -> {
      assertThat(c.ratingAfter()).isEqualTo(c.ratingBefore());
      assertThat(c.incentiveBefore()).isEqualTo(Money.yuan("2000000.00"));
      assertThat(c.incentiveAfter()).isEqualTo(Money.yuan("1000000.00"));
    });

    // Art.25–26: the bureau inspects and orders a rectification within 30 days; nothing is done
    Inspection opened = accepted(r.gov.openInspection().handle(new OpenInspection.Command(po.id(), r.authority.id(),
        "年度事中事后监督检查", null)));
    accepted(r.gov.recordInspectionFinding().handle(new RecordInspectionFinding.Command(po.id(), opened.id(),
        OptionalLong.empty(), r.authority.id(), Citation.of("Art.14"), "重大事项未按期披露", today.plusDays(30), null)));
    r.memory.clock().advance(Duration.ofDays(31));
    assertThat(accepted(r.gov.queries().compliance(po.id())).blockingFindings()).extracting(Finding::rule)
        .contains("A25-rectification-overdue");

    // Art.29: a rectification order; while it is in force the PO can be neither rewarded nor rated
    Sanction order = accepted(r.gov.imposeSanction().handle(new ImposeSanction.Command(po.id(), OptionalLong.empty(),
        r.authority.id(), dev.clustergov.core.supervision.SanctionKind.RECTIFICATION_ORDER,
        List.of(Citation.of("Art.14"), Citation.of("Art.25")), "检查发现问题逾期未整改", r.memory.clock().today().plusDays(30), null)));
    LocalDate now = r.memory.clock().today();
    Incentive withheld = accepted(r.gov.computeIncentive().handle(new ComputeIncentive.Query(po.id(),
        today, now.minusDays(1))));
    assertThat(withheld.eligible()).isFalse();
    assertThat(withheld.amount().isZero()).isTrue();
    assertThat(withheld.reasons()).extracting(Finding::rule).contains("A29-incentive-no-sanction");
    Evaluation held = accepted(r.engaging(year.evaluator().id(), po.id()).recordEvaluation().handle(new RecordEvaluation.Command(year.evaluator().id(), po.id(), null)));
    assertThat(held.rating()).isEqualTo(Rating.NONE);

    // rectified and lifted, the PO is rated again on its record
    accepted(r.gov.rectifyFinding().handle(new RectifyFinding.Command(po.id(), opened.id(), 1, OptionalLong.empty(),
        r.authority.id(), null, "已补充披露并建立台账", "苏纳促〔2027〕1号")));
    accepted(r.gov.liftSanction().handle(new LiftSanction.Command(po.id(), order.id(), OptionalLong.empty(),
        r.authority.id(), null, "整改完成")));
    Evaluation again = accepted(r.engaging(year.evaluator().id(), po.id()).recordEvaluation().handle(new RecordEvaluation.Command(year.evaluator().id(), po.id(), null)));
    assertThat(again.rating()).isNotEqualTo(Rating.NONE);
  }
}
