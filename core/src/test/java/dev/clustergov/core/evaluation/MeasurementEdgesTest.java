package dev.clustergov.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.dispute.Step;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.disclosure.Channel;
import dev.clustergov.core.disclosure.ChannelKind;
import dev.clustergov.core.disclosure.Disclosure;
import dev.clustergov.core.disclosure.DisclosureId;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.Platform;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.policy.Indicator;
import dev.clustergov.core.policy.Indicators;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.ImmutableDossier;
import dev.clustergov.core.rules.RuleBook;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The edges of what counts for an indicator (Art.28's evaluation): a platform from the day it opened, a dispute from
 * the day it was raised, a rule only where it applies — and the evidence each measurement gives, read as an
 * evaluator reads it. Expected values are counted by hand from the dossier each test builds.
 */
class MeasurementEdgesTest {

  static final LocalDate DAY = EvaluationSamples.DAY;
  static final Dossier BASE = ImmutableDossier.copyOf(Fixtures.compliantDossier()).withPeriod(EvaluationEngine.periodEnding(DAY));
  static final FunctionItem STRATEGY = Function.GUIDE_STRATEGY.items().head();

  static Measurement measure(String measure, Dossier d) {
    Indicator i = Indicators.parse("t", "T:OPERATION:Art.17:1:" + measure + ":100:50").get().all().head();
    return Measurements.measure(i, Snapshot.of(d, DAY), Fixtures.baseline(), DAY, RuleBook.standard());
  }

  /** Measured on the dossier as given, not its snapshot: {@code measure} keeps its own day filters. */
  static Measurement measureRaw(String measure, Dossier d) {
    Indicator i = Indicators.parse("t", "T:OPERATION:Art.17:1:" + measure + ":100:50").get().all().head();
    return Measurements.measure(i, d, Fixtures.baseline(), DAY, RuleBook.standard());
  }

  static String evidence(Measurement m) {
    return m.evidence().toString();
  }

  static Platform platform(int n, LocalDate opened, boolean open, Optional<String> reason) {
    Platform p = EvaluationSamples.platform(n);
    return new Platform(p.id(), 0, p.organization(), p.name(), p.kind(), p.role(), p.operator(), opened, open, reason);
  }

  @Test
  void the_twelve_months_ending_on_the_day_are_the_evaluations_period() {
    assertThat(EvaluationEngine.periodEnding(LocalDate.of(2025, 6, 30)))
        .isEqualTo(new dev.clustergov.core.finance.Period(LocalDate.of(2024, 7, 1), LocalDate.of(2025, 6, 30)));
  }

  @Test
  void a_platform_counts_from_the_day_it_opened() {
    assertThat(measureRaw("PLATFORMS", ImmutableDossier.copyOf(BASE).withPlatforms(platform(1, DAY, true, Optional.empty()),
        platform(2, DAY.plusDays(1), true, Optional.empty()))).value()).isEqualByComparingTo("1");
  }

  @Test
  void open_service_counts_activities_and_opened_platforms_and_names_what_is_closed_without_a_reason() {
    ServiceActivity open = EvaluationSamples.activity(1, STRATEGY, List.of(), Outcomes.NONE);
    Dossier d = ImmutableDossier.copyOf(BASE).withActivities(open).withPlatforms(
        platform(1, DAY, false, Optional.empty()),
        platform(2, DAY, false, Optional.of(" ")),
        platform(3, DAY, false, Optional.of("仅限中试合作单位")),
        platform(4, DAY.plusDays(1), false, Optional.empty()));
    Measurement m = measureRaw("OPEN_SERVICE", d);
    // 1 activity + 3 platforms opened by the day = 4 services; pf-1 and pf-2 (a blank reason) are closed without one
    assertThat(m.value()).isEqualByComparingTo("50");
    assertThat(evidence(m)).isEqualTo("[services=4, closedWithoutReason=[pf-1, pf-2]]");
  }

  @Test
  void an_activity_closed_with_a_blank_reason_is_closed_without_one() {
    ServiceActivity a = EvaluationSamples.activity(1, STRATEGY, List.of(), Outcomes.NONE);
    ServiceActivity blank = new ServiceActivity(a.id(), 0, a.organization(), a.item(), a.title(), a.heldOn(), a.delivery(), List.of(),
        List.of(), false, Optional.of("  "), Outcomes.NONE);
    assertThat(evidence(measure("OPEN_SERVICE", ImmutableDossier.copyOf(BASE).withActivities(blank))))
        .isEqualTo("[services=1, closedWithoutReason=[act-1]]");
  }

  @Test
  void items_and_functions_name_their_gaps() {
    Dossier d = ImmutableDossier.copyOf(BASE).withActivities(EvaluationSamples.activity(1, STRATEGY, List.of(), Outcomes.NONE));
    Measurement items = measure("ITEMS_COVERED", d);
    String first = STRATEGY.citation().format();
    String second = Function.GUIDE_STRATEGY.items().get(1).citation().format();
    assertThat(evidence(items)).startsWith("[itemsCovered=[" + first + "], gaps=[" + second + ", ")
        .endsWith("itemsInAll=" + FunctionItem.all().size() + "]");
    assertThat(evidence(items).split(",").length).as("31 gaps and two more fields").isGreaterThan(FunctionItem.all().size() - 1);
    Measurement functions = measure("FUNCTIONS_ACTIVE", d);
    assertThat(evidence(functions)).isEqualTo("[functionsActive=[GUIDE_STRATEGY], idle=[PROMOTE_COMMUNICATION, "
        + "CONNECT_GOVERNMENT_ENTERPRISE, COLLABORATIVE_INNOVATION, OPENNESS_INTEGRATION, SERVICE_BASE, SELF_DISCIPLINE]]");
  }

  @Test
  void the_activities_period_ends_on_the_day_when_the_dossiers_period_runs_past_it() {
    Dossier longer = ImmutableDossier.copyOf(BASE).withPeriod(new dev.clustergov.core.finance.Period(DAY.minusYears(1).plusDays(1),
        DAY.plusDays(30)));
    assertThat(evidence(measure("ACTIVITIES", longer))).endsWith("period=" + DAY.minusYears(1).plusDays(1) + ".." + DAY + "]");
    Dossier shorter = ImmutableDossier.copyOf(BASE).withPeriod(new dev.clustergov.core.finance.Period(DAY.minusYears(1).plusDays(1),
        DAY.minusDays(30)));
    assertThat(evidence(measure("ACTIVITIES", shorter))).endsWith("period=" + DAY.minusYears(1).plusDays(1) + ".." + DAY.minusDays(30) + "]");
  }

  @Test
  void the_money_metrics_count_the_activities_that_brought_some() {
    ServiceActivity some = EvaluationSamples.activity(1, STRATEGY, List.of(),
        new Outcomes(Money.yuan("10.00"), Money.ZERO, Money.ZERO, List.of()));
    ServiceActivity more = EvaluationSamples.activity(3, STRATEGY, List.of(),
        new Outcomes(Money.yuan("0.01"), Money.ZERO, Money.ZERO, List.of()));
    ServiceActivity none = EvaluationSamples.activity(2, STRATEGY, List.of(), Outcomes.NONE);
    assertThat(evidence(measure("LANDED_INVESTMENT", ImmutableDossier.copyOf(BASE).withActivities(some, none, more))))
        .isEqualTo("[landedInvestment=10.01, activitiesWithIt=2]");
  }

  @Test
  void a_disclosure_due_but_not_made_is_named() {
    LocalDate due = DAY.minusDays(10);
    Measurement m = measure("DISCLOSURE_PUNCTUALITY", ImmutableDossier.copyOf(BASE).withDisclosureObligations(
        MeasurementsTest.obligation("o1", due, Optional.of(due)), MeasurementsTest.obligation("o2", due, Optional.empty())));
    assertThat(evidence(m)).isEqualTo("[obligationsDue=2, lateOrOpen=[o2], annualReportsDue=0, lateOrOpenAnnualReports=[], period=2025-11-28..2026-11-27]");
    assertThat(m.value()).isEqualByComparingTo("50");
  }

  /**
   * Art.14 公开重大事项、年度报告等: an annual report not disclosed by its day counts against timely disclosure as a major
   * matter does. Established on 1 March 2024 and judged on 27 November 2026, the PO owed the reports for 2024 (due
   * 31 May 2025) and 2025 (due 31 May 2026) under the baseline's 31 May: with neither published and one of two major
   * matters on time, one of four disclosures was on time.
   */
  /**
   * An annual report published by its day is on time, and one whose year has ended but whose day has not come is not
   * yet due: judged on 1 March 2026, a PO established on 1 March 2024 that published its 2024 report on 30 May 2025
   * owed one report, on time; the 2025 report (due 31 May 2026) is not counted.
   */
  @Test
  void an_annual_report_published_by_its_day_is_on_time_and_one_not_yet_due_is_not_counted() {
    LocalDate day = LocalDate.of(2026, 3, 1);
    Disclosure report2024 = new Disclosure(new DisclosureId("dis-2024"), 1, BASE.organization().id(), DisclosureKind.ANNUAL_REPORT,
        java.util.OptionalInt.of(2024), Optional.empty(), LocalDate.of(2025, 5, 30),
        new Channel(ChannelKind.WEBSITE, "https://www.example.org.cn/xxgk"), "2024年度报告");
    Dossier d = ImmutableDossier.copyOf(BASE).withPeriod(EvaluationEngine.periodEnding(day))
        .withOrganization(ImmutablePromotionOrganization.copyOf(BASE.organization()).withEstablishedOn(LocalDate.of(2024, 3, 1)))
        .withDisclosures(List.of(report2024))
        .withDisclosureObligations(List.of());
    Indicator i = Indicators.parse("t", "T:OPERATION:Art.17:1:DISCLOSURE_PUNCTUALITY:100:50").get().all().head();

    Measurement m = Measurements.measure(i, d, Fixtures.baseline(), day, RuleBook.standard());

    assertThat(m.value()).isEqualByComparingTo("100");
    assertThat(evidence(m)).isEqualTo("[obligationsDue=0, lateOrOpen=[], annualReportsDue=1, lateOrOpenAnnualReports=[], period=2025-03-02..2026-03-01]");
  }

  @Test
  void an_annual_report_not_disclosed_by_its_day_counts_against_timely_disclosure() {
    LocalDate due = DAY.minusDays(10);
    Dossier d = ImmutableDossier.copyOf(BASE)
        .withOrganization(ImmutablePromotionOrganization.copyOf(BASE.organization()).withEstablishedOn(LocalDate.of(2024, 3, 1)))
        .withDisclosures(List.of())
        .withDisclosureObligations(
            MeasurementsTest.obligation("o1", due, Optional.of(due)), MeasurementsTest.obligation("o2", due, Optional.empty()));

    Measurement m = measure("DISCLOSURE_PUNCTUALITY", d);

    assertThat(m.value()).isEqualByComparingTo("25");
    assertThat(evidence(m)).isEqualTo("[obligationsDue=2, lateOrOpen=[o2], annualReportsDue=2,"
        + " lateOrOpenAnnualReports=[2024 due 2025-05-31, 2025 due 2026-05-31], period=2025-11-28..2026-11-27]");
    assertThat(m.evidence().get(3).line().zh()).isEqualTo("逾期或尚未披露的年度报告：2024年度报告（披露期限为2025年5月31日）、2025年度报告（披露期限为2026年5月31日）");
  }

  @Test
  void a_dispute_counts_from_the_day_it_was_raised_and_one_past_consultation_is_never_overdue() {
    var overdue = MeasurementsTest.raised("d1", DAY.minusDays(31));
    var tomorrow = MeasurementsTest.raised("d2", DAY.plusDays(1));
    var consulted = MeasurementsTest.raised("d3", DAY.minusDays(100))
        .with(new Step(StepKind.CONSULTATION_OPENED, DAY.minusDays(99), "秘书处", Capacity.SECRETARIAT, Optional.empty(), Optional.empty()))
        .with(new Step(StepKind.CONSULTATION_FAILED, DAY.minusDays(90), "秘书处", Capacity.SECRETARIAT, Optional.empty(), Optional.empty()));
    Measurement m = measureRaw("DISPUTES_HANDLED", ImmutableDossier.copyOf(BASE).withDisputes(overdue, tomorrow, consulted));
    // raised by the day: d1 and d3; d1 waits for consultation 31 days > 30, d3 is past consultation
    assertThat(m.value()).isEqualByComparingTo("50");
    assertThat(evidence(m)).isEqualTo("[disputes=2, overdue=[d1], policyMaximumDays=30, period=2025-11-28..2026-11-27]");
  }

  @Test
  void a_rule_that_does_not_apply_is_left_out_of_the_share() {
    // A12-account-not-shared does not apply without a bank account; A7.1 passes: 1 of 1 applicable
    Dossier noAccount = BASE.with(ImmutablePromotionOrganization.copyOf(BASE.organization()).withBankAccount(Optional.empty()));
    Measurement m = measure("RULES(A7.1-party-organisation+A12-account-not-shared)", noAccount);
    assertThat(m.value()).isEqualByComparingTo("100");
    assertThat(evidence(m)).isEqualTo("[rulesPassed=1, rulesApplicable=1]");
  }
}
