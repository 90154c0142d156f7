package dev.clustergov.core.application;

import static dev.clustergov.core.application.SuzhouRegistry.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.operation.RecordServiceActivity;
import dev.clustergov.core.application.supervision.RecordEvaluation;
import dev.clustergov.core.application.supervision.RegisterEvaluator;
import dev.clustergov.core.application.supervision.RunPolicyCases;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.ParameterValues;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.whatif.CaseVerdict;
import dev.clustergov.core.whatif.PolicyCase;
import dev.clustergov.core.whatif.PolicyCase.Expectation;
import dev.clustergov.core.whatif.PolicyCaseReport;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Policy cases (Art.30) through the query, on the Suzhou registry in memory: verdicts, the trace of a miss, every problem at once. */
class PolicyCasesTest {

  final SuzhouRegistry r = new SuzhouRegistry();

  /** As IncentiveTest's: a recognised PO with a year's services in four functions, 20 million yuan of deals, a leading talent, rated. */
  PromotionOrganization rewarded() {
    PromotionOrganization o = r.recognised();
    for (String item : List.of("Art.18(1)", "Art.19(1)", "Art.20(1)")) {
      accepted(r.gov.recordServiceActivity().handle(new RecordServiceActivity.Command(o.id(), OperationDesk.item(item), "服务活动 " + item, null,
          Delivery.DIRECT, List.of(), List.of(), true, null, null)));
    }
    accepted(r.gov.recordServiceActivity().handle(new RecordServiceActivity.Command(o.id(), OperationDesk.item("Art.21(3)"), "成果转化对接会", null,
        Delivery.BROKERED, List.of(), List.of("苏州大学"), true, null,
        new RecordServiceActivity.OutcomesInput(null, Money.yuan("20000000.00"), null, Map.of(TalentLevel.LEADING, 1)))));
    Evaluator e = accepted(r.gov.registerEvaluator().handle(new RegisterEvaluator.Command(
        r.authority.id(), "江苏产业评估研究院", dev.clustergov.core.organization.CreditCode.parse(Fixtures.creditCode("91110000MA0EYAL01")).get(),
        null, null)));
    accepted(r.engaging(e.id(), o.id()).recordEvaluation().handle(new RecordEvaluation.Command(e.id(), o.id(), null)));
    r.memory.clock().advance(Duration.ofDays(365)); // the activities' year has ended: it is the incentive's period
    return o;
  }

  static Expectation incentive(String yuan) {
    return new Expectation(Optional.empty(), Optional.empty(), Optional.of(true), Optional.of(Money.yuan(yuan)), List.of(), List.of());
  }

  @Test
  void each_case_is_judged_under_its_pack_and_a_missed_expectation_is_traced_to_its_clause() {
    PromotionOrganization o = rewarded();
    LocalDate day = r.memory.clock().today();
    ParameterValues lowerCap = ParameterValues.empty().with(Parameters.INCENTIVE_CAP_PER_PERIOD, Money.yuan("100000.00"));
    PolicyCaseReport report = accepted(r.gov.runPolicyCases().handle(new RunPolicyCases.Query(r.authority.id(), List.of(
        new PolicyCase("in force", o.id(), day, Optional.empty(), incentive("350000.00")),
        new PolicyCase("a lower cap", o.id(), day, Optional.of(lowerCap), incentive("100000.00")),
        new PolicyCase("wrongly expected", o.id(), day, Optional.of(lowerCap), new Expectation(Optional.of(Rating.GOLD), Optional.empty(),
            Optional.empty(), Optional.of(Money.yuan("350000.00")), List.of("A12-own-account"), List.of()))))));
    assertThat(report.cases()).extracting(CaseVerdict::name, CaseVerdict::passed)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("in force", true), org.assertj.core.groups.Tuple.tuple("a lower cap", true),
            org.assertj.core.groups.Tuple.tuple("wrongly expected", false));
    assertThat(report.passed()).isFalse();
    assertThat(report.failed()).isEqualTo(1);
    CaseVerdict wrong = report.cases().get(2);
    assertThat(wrong.draft()).isTrue();
    assertThat(wrong.incentive()).isEqualTo(Money.yuan("100000.00"));
    assertThat(wrong.mismatches()).extracting(CaseVerdict.Mismatch::expectation)
        .containsExactly("rating", "incentive", "failing[0]");
    CaseVerdict.Mismatch money = wrong.mismatches().get(1);
    assertThat(money.expected()).isEqualTo("350000.00");
    assertThat(money.actual()).isEqualTo("100000.00");
    assertThat(money.citations()).containsExactly(Citation.article(29));
    assertThat(money.message().zh()).isEqualTo("激励金额应为350000.00元，实际为100000.00元");
    assertThat(wrong.mismatches().get(2).citations()).isNotEmpty();
    assertThat(wrong.mismatches().get(0).citations()).containsExactly(Citation.article(28));
    // what it actually got is shown whether it passed or not: the same rating as under the pack in force
    assertThat(wrong.rating()).isEqualTo(report.cases().get(0).rating());
    assertThat(wrong.findings()).isEqualTo(report.cases().get(0).findings());
  }

  @Test
  void a_malformed_file_reports_every_problem_of_every_case_and_runs_nothing() {
    PromotionOrganization o = rewarded();
    LocalDate day = r.memory.clock().today();
    ParameterValues inverted = ParameterValues.empty().with(Parameters.EVALUATION_GOLD_PERCENT, new BigDecimal("50"))
        .with(Parameters.EVALUATION_SILVER_PERCENT, new BigDecimal("80"));
    List<String> problems = r.malformed(() -> r.gov.runPolicyCases().handle(new RunPolicyCases.Query(r.authority.id(), List.of(
        new PolicyCase("a", o.id(), day, Optional.empty(), new Expectation(Optional.empty(), Optional.empty(), Optional.empty(),
            Optional.empty(), List.of("no-such-rule"), List.of("A15-dispute-system", "nor-this"))),
        new PolicyCase("a", new OrganizationId("org-999999"), day, Optional.of(inverted), Expectation.nothing()),
        new PolicyCase(" ", o.id(), day, Optional.empty(), Expectation.nothing())))));
    assertThat(problems).startsWith("cases[0].expect.failing[0]:unknown-rule", "cases[0].expect.passing[1]:unknown-rule",
        "cases[1].name:duplicate", "cases[1].organization:not-in-jurisdiction");
    assertThat(problems).anyMatch(p -> p.startsWith("cases[1].draft."));
    assertThat(problems).last().isEqualTo("cases[2].name:required");
    // another jurisdiction's PO is answered as an unknown one: Wuxi's authority learns nothing of Suzhou's
    assertThat(r.malformed(() -> r.gov.runPolicyCases().handle(new RunPolicyCases.Query(r.wuxi.id(), List.of(
        new PolicyCase("x", o.id(), day, Optional.empty(), Expectation.nothing()))))))
        .containsExactly("cases[0].organization:not-in-jurisdiction");
    assertThat(r.malformed(() -> r.gov.runPolicyCases().handle(new RunPolicyCases.Query(r.authority.id(), List.of()))))
        .containsExactly("cases:required");
  }
}
