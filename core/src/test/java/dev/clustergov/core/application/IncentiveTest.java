package dev.clustergov.core.application;

import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.application.operation.RecordServiceActivity;
import dev.clustergov.core.application.supervision.ComputeIncentive;
import dev.clustergov.core.application.supervision.GrantIncentive;
import dev.clustergov.core.application.supervision.RecordEvaluation;
import dev.clustergov.core.application.supervision.RegisterEvaluator;
import dev.clustergov.core.application.supervision.RunWhatIf;
import static dev.clustergov.core.application.SuzhouRegistry.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.incentive.Incentive;
import dev.clustergov.core.incentive.IncentiveAward;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.whatif.WhatIfReport;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.organization.CreditCode;

/** Art.29 incentives and Art.30 what-ifs through the use cases, on the Suzhou registry in memory. */
class IncentiveTest {

  final SuzhouRegistry r = new SuzhouRegistry();

  /** A recognised PO with a year's services in four functions, 20 million yuan of technology deals and a leading talent, rated. */
  PromotionOrganization rewarded() {
    PromotionOrganization o = r.recognised();
    for (String item : List.of("Art.18(1)", "Art.19(1)", "Art.20(1)")) {
      accepted(r.gov.recordServiceActivity().handle(new RecordServiceActivity.Command(o.id(), OperationDesk.item(item), "服务活动 " + item, null, Delivery.DIRECT,
          List.of(), List.of(), true, null, null)));
    }
    accepted(r.gov.recordServiceActivity().handle(new RecordServiceActivity.Command(o.id(), OperationDesk.item("Art.21(3)"), "成果转化对接会", null, Delivery.BROKERED,
        List.of(), List.of("苏州澄远理工学院"), true, null,
        new RecordServiceActivity.OutcomesInput(null, Money.yuan("20000000.00"), null, Map.of(TalentLevel.LEADING, 1)))));
    Evaluator e = accepted(r.gov.registerEvaluator().handle(new RegisterEvaluator.Command(
        r.authority.id(), "江苏产业评估研究院", dev.clustergov.core.organization.CreditCode.parse(Fixtures.creditCode("91110000MA0EYAL01")).get(),
        null, null)));
    accepted(r.engaging(e.id(), o.id()).recordEvaluation().handle(new RecordEvaluation.Command(e.id(), o.id(), null)));
    return o;
  }

  LocalDate today() {
    return r.memory.clock().today();
  }

  GrantIncentive.Command grant(PromotionOrganization o, LocalDate from, LocalDate to) {
    return new GrantIncentive.Command(r.authority.id(), o.id(), from, to);
  }

  @Test
  void the_pos_own_authority_grants_the_amount_the_formula_gives_and_it_is_recorded_with_its_breakdown() {
    PromotionOrganization o = rewarded();
    LocalDate start = today();
    r.memory.clock().advance(Duration.ofDays(40));
    var appended = r.appendedBy(() -> r.gov.grantIncentive().handle(grant(o, start, today().minusDays(1))));
    IncentiveAward award = appended.value();
    // 10M × 1 % + 10M × 0.5 % on technology deals, and 200,000 for the leading talent
    assertThat(award.amount()).isEqualTo(Money.yuan("350000.00"));
    assertThat(award.metrics()).extracting(m -> m.metric().name() + "=" + m.amount())
        .containsExactly("LANDED_INVESTMENT=0.00", "TECHNOLOGY_TRANSACTIONS=150000.00", "SUPPLY_CONTRACTS=0.00", "TALENT=200000.00");
    assertThat(award.authority()).isEqualTo(r.authority.id());
    assertThat(award.policyVersions()).containsExactly("000000 v1 from 2023-12-01");
    assertThat(appended.types()).contains("IncentiveGranted");
    assertThat(accepted(r.gov.queries().incentiveAwards(o.id()))).containsExactly(award);
  }

  @Test
  void another_authority_an_unended_period_and_an_overlap_are_refused_together_citing_their_clauses() {
    PromotionOrganization o = rewarded();
    LocalDate start = today();
    r.memory.clock().advance(Duration.ofDays(40));
    accepted(r.gov.grantIncentive().handle(grant(o, start, today().minusDays(10))));
    List<Finding> findings = r.rejected(() -> r.gov.grantIncentive().handle(
        new GrantIncentive.Command(r.wuxi.id(), o.id(), start, today())));
    assertThat(SuzhouRegistry.cited(findings)).containsExactly(
        "A29-incentive-own-authority Art.29 Art.26", "A29-incentive-period-ended Art.29", "A29-incentive-one-per-period Art.29");
  }

  @Test
  void an_ineligible_po_is_refused_with_every_gate_it_fails_and_computing_shows_zero_with_the_same_reasons() {
    PromotionOrganization o = r.recognised();
    LocalDate start = today();
    r.memory.clock().advance(Duration.ofDays(40));
    List<Finding> findings = r.rejected(() -> r.gov.grantIncentive().handle(grant(o, start, today().minusDays(1))));
    assertThat(SuzhouRegistry.cited(findings)).containsExactly(
        "A29-incentive-active-functions Art.29 Art.17", "A29-incentive-rating Art.29 Art.28");
    Incentive computed = accepted(r.gov.computeIncentive().handle(new ComputeIncentive.Query(o.id(), start,
        today().minusDays(1))));
    assertThat(computed.amount()).isEqualTo(Money.ZERO);
    assertThat(computed.reasons()).extracting(Finding::rule).containsExactly("A29-incentive-active-functions", "A29-incentive-rating");
    assertThat(computed.trace().get(0).statement().zh()).contains("不符合奖励条件");
  }

  @Test
  void a_malformed_period_reports_every_problem_and_an_unknown_po_is_not_found() {
    PromotionOrganization o = r.recognised();
    assertThat(r.malformed(() -> r.gov.grantIncentive().handle(new GrantIncentive.Command(r.authority.id(), o.id(), LocalDate.of(1900, 1, 1), null))))
        .containsExactlyInAnyOrder("from:date-range", "to:required");
    assertThat(r.malformed(() -> r.gov.grantIncentive().handle(new GrantIncentive.Command(r.authority.id(), o.id(), LocalDate.of(2025, 5, 1),
        LocalDate.of(2025, 4, 1)))))
        .containsExactly("to:period-order");
    assertThat(r.refused(() -> r.gov.grantIncentive().handle(new GrantIncentive.Command(r.authority.id(),
        new dev.clustergov.core.organization.OrganizationId("org-999999"), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 31)))))
        .isInstanceOf(Refusal.NotFound.class);
  }

  @Test
  void a_what_if_lists_the_incentive_a_lower_cap_takes_away_and_an_identical_draft_changes_nothing() {
    PromotionOrganization o = rewarded();
    r.memory.clock().advance(Duration.ofDays(365));   // the activities' year has ended: it is the what-if's period
    WhatIfReport same = accepted(r.gov.runWhatIf().handle(new RunWhatIf.Command(r.authority.id(), null, null, null, null, null, null,
        Map.of())));
    assertThat(same.summary().organizations()).isEqualTo(1);
    assertThat(same.changes()).isEmpty();
    assertThat(same.summary().incentivesBefore()).isEqualTo(Money.yuan("350000.00"));

    WhatIfReport lower = accepted(r.gov.runWhatIf().handle(new RunWhatIf.Command(r.authority.id(), new RegionCode("320500"), null, null, null, null, null,
        Map.of("incentive.cap.perPeriod", "100000.00"))));
    assertThat(lower.changes()).singleElement().satisfies(c -> {
      assertThat(c.organization()).isEqualTo(o.id());
      assertThat(c.incentiveBefore()).isEqualTo(Money.yuan("350000.00"));
      assertThat(c.incentiveAfter()).isEqualTo(Money.yuan("100000.00"));
      assertThat(c.incentiveDifference()).isEqualByComparingTo("-250000.00");
    });
    assertThat(lower.summary().incentivesDown()).isEqualTo(1);
  }

  @Test
  void only_an_authority_covering_the_jurisdiction_runs_a_what_if_and_a_malformed_draft_is_refused_with_every_problem() {
    rewarded();
    List<Finding> findings = r.rejected(() -> r.gov.runWhatIf().handle(new RunWhatIf.Command(r.wuxi.id(), new RegionCode("320500"), null, null, null,
        null, null, Map.of())));
    assertThat(SuzhouRegistry.cited(findings)).containsExactly("A30-what-if-own-jurisdiction Art.30 Art.26");
    assertThat(r.malformed(() -> r.gov.runWhatIf().handle(new RunWhatIf.Command(r.authority.id(), null, LocalDate.of(1900, 1, 1), null, null,
        null, null, Map.of("incentive.cap.perPeriod", "-1", "no.such.key", "1")))))
        .contains("on:date-range");
    assertThat(r.malformed(() -> r.gov.runWhatIf().handle(new RunWhatIf.Command(r.authority.id(), null, null, null, null, null,
        null, Map.of("incentive.cap.perPeriod", "-1", "no.such.key", "1")))))
        .containsExactlyInAnyOrder("incentive.cap.perPeriod:negative", "no.such.key:unknown-parameter");
  }
}
