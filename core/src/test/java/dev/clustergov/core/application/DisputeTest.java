package dev.clustergov.core.application;

import java.time.LocalDate;
import dev.clustergov.core.application.general.DissolveOrganization;
import dev.clustergov.core.application.management.RaiseDispute;
import dev.clustergov.core.application.management.RecordDisputeStep;
import static dev.clustergov.core.application.SuzhouRegistry.accepted;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static dev.clustergov.core.application.SuzhouRegistry.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.DisputeState;
import dev.clustergov.core.dispute.Route;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.rules.Finding;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Raising a dispute and recording its steps (Art.15): each guard on both sides, events, dates, actors. */
class DisputeTest {

  private final DisputeDesk desk = new DisputeDesk();

  // ---- raising ---------------------------------------------------------------------------------

  @Test
  void a_member_raises_a_dispute_which_then_awaits_consultation_and_the_event_says_who_and_when() {
    var appended = desk.registry.appendedBy(() -> desk.raise("MEMBER", null));

    Dispute d = appended.value();
    assertThat(d.state()).isEqualTo(DisputeState.RAISED);
    assertThat(d.raising().capacity()).isEqualTo(Capacity.MEMBER);
    assertThat(d.raisedOn()).isEqualTo(desk.today());
    assertThat(appended.only().event().type()).isEqualTo("DisputeRaised");
    assertThat(appended.only().event().data()).containsEntry("actor", DisputeDesk.MEMBER_A).containsEntry("capacity", "MEMBER")
        .containsEntry("on", desk.today().toString()).containsEntry("organization", desk.po.id().value());
    assertThat(accepted(desk.gov().queries().disputes(desk.po.id()))).containsExactly(d);
  }

  @Test
  void a_governance_body_may_raise_a_dispute_but_the_secretariat_may_not() {
    accepted(desk.raise("GOVERNANCE_BODY", null));

    List<Finding> f = desk.registry.rejected(() -> desk.raise("SECRETARIAT", null));
    assertThat(cited(f)).containsExactly("A15-step-actor Art.15");
  }

  @Test
  void a_dispute_cannot_be_raised_on_a_future_date_nor_before_the_po_was_proposed() {
    assertThat(ruleIds(desk.registry.rejected(() -> desk.raise("MEMBER", desk.today().plusDays(1).toString()))))
        .containsExactly("A15-step-dates");
    assertThat(ruleIds(desk.registry.rejected(() -> desk.raise("MEMBER", desk.po.proposedOn().minusDays(1).toString()))))
        .containsExactly("A15-step-dates");
    accepted(desk.raise("MEMBER", desk.po.proposedOn().toString()));
  }

  @Test
  void malformed_raising_reports_every_field() {
    // an unknown capacity and a day that is no date are the REST adapter's to report (RoutesContract)
    var violations = desk.registry.malformed(() -> desk.gov().raiseDispute().handle(
        new RaiseDispute.Command(desk.po.id(), " ", List.of("甲"), "", null, LocalDate.of(1900, 1, 1))));

    assertThat(violations).containsExactlyInAnyOrder("subject:required", "parties:count", "raisedBy:required",
        "capacity:required", "on:date-range");
  }

  @Test
  void a_dissolved_po_takes_no_new_dispute() {
    accepted(desk.gov().dissolveOrganization().handle(new DissolveOrganization.Command(
        desk.po.id(), OptionalLong.of(desk.po.version()), "成员大会决议注销")));
    var refusal = desk.registry.rejected(() -> desk.raise("MEMBER", null));
    assertThat(ruleIds(refusal)).containsExactly("A6-lifecycle");
  }

  // ---- the procedure ----------------------------------------------------------------------------

  @Test
  void consultation_resolves_a_dispute_and_a_resolved_dispute_is_final() {
    Dispute d = desk.stepped(desk.raised(), "CONSULTATION_OPENED", "RESOLVED_BY_CONSULTATION");
    assertThat(d.state()).isEqualTo(DisputeState.RESOLVED);

    for (StepKind k : List.of(StepKind.CONSULTATION_FAILED, StepKind.MEDIATION_OPENED, StepKind.ESCALATED, StepKind.CLOSED)) {
      assertThat(ruleIds(desk.registry.rejected(() -> desk.step(d, k.name())))).as("%s", k).contains("A15-dispute-final");
    }
  }

  @Test
  void escalation_before_consultation_has_failed_is_refused_citing_art_15() {
    Dispute raised = desk.raised();
    Dispute consulting = desk.stepped(desk.raised(), "CONSULTATION_OPENED");

    for (Dispute d : List.of(raised, consulting)) {
      List<Finding> f = desk.registry.rejected(() -> desk.step(d, "ESCALATED"));
      assertThat(cited(f)).containsExactly("A15-consultation-first Art.15");
      assertThat(f.get(0).evidence().toString()).contains("state=" + d.state());
      assertThat(ruleIds(desk.registry.rejected(() -> desk.step(d, "MEDIATION_OPENED")))).containsExactly("A15-consultation-first");
    }
  }

  @Test
  void what_consultation_cannot_resolve_goes_to_internal_mediation_which_may_resolve_it() {
    Dispute d = desk.stepped(desk.raised(), "CONSULTATION_OPENED", "CONSULTATION_FAILED", "MEDIATION_OPENED", "RESOLVED_BY_MEDIATION");

    assertThat(d.state()).isEqualTo(DisputeState.RESOLVED);
    assertThat(d.steps()).extracting(s -> s.kind().name()).containsExactly(
        "RAISED", "CONSULTATION_OPENED", "CONSULTATION_FAILED", "MEDIATION_OPENED", "RESOLVED_BY_MEDIATION");
  }

  @Test
  void after_failed_consultation_or_failed_mediation_a_party_may_go_to_arbitration_and_the_dispute_closes_with_its_outcome() {
    Dispute direct = desk.stepped(desk.raised(), "CONSULTATION_OPENED", "CONSULTATION_FAILED", "ESCALATED");
    assertThat(direct.route()).contains(Route.ARBITRATION);

    Dispute viaMediation = desk.stepped(desk.raised(), "CONSULTATION_OPENED", "CONSULTATION_FAILED", "MEDIATION_OPENED",
        "MEDIATION_FAILED", "ESCALATED");
    var appended = desk.registry.appendedBy(() -> desk.step(viaMediation, "CLOSED"));
    assertThat(appended.value().state()).isEqualTo(DisputeState.CLOSED);
    assertThat(appended.value().outcome()).contains("仲裁裁决书已送达");
    assertThat(appended.only().event().type()).isEqualTo("DisputeClosed");
    assertThat(appended.only().event().data()).containsEntry("from", "ESCALATED").containsEntry("to", "CLOSED");

    assertThat(ruleIds(desk.registry.rejected(() -> desk.step(appended.value(), "CONSULTATION_OPENED"))))
        .containsExactly("A15-dispute-final");
  }

  @Test
  void after_mediation_outside_the_po_failed_a_party_may_still_go_to_arbitration_or_to_court() {
    Dispute mediated = desk.stepped(desk.raised(), "CONSULTATION_OPENED", "CONSULTATION_FAILED");
    mediated = accepted(desk.step(mediated, "ESCALATED", "PARTY", "EXTERNAL_MEDIATION", null, null));
    Dispute toCourt = mediated;

    var appended = desk.registry.appendedBy(() -> desk.step(toCourt, "ESCALATED", "PARTY", "ARBITRATION", "人民调解委员会调解不成", null));
    assertThat(appended.value().state()).isEqualTo(DisputeState.ESCALATED);
    assertThat(appended.value().route()).contains(Route.ARBITRATION);
    assertThat(appended.only().event().data()).containsEntry("from", "ESCALATED").containsEntry("to", "ESCALATED")
        .containsEntry("route", "ARBITRATION");
    assertThat(accepted(desk.step(appended.value(), "CLOSED")).state()).isEqualTo(DisputeState.CLOSED);

    Dispute other = desk.stepped(desk.raised(), "CONSULTATION_OPENED", "CONSULTATION_FAILED");
    other = accepted(desk.step(other, "ESCALATED", "PARTY", "EXTERNAL_MEDIATION", null, null));
    assertThat(accepted(desk.step(other, "ESCALATED", "SECRETARIAT", "LITIGATION", null, null)).route()).contains(Route.LITIGATION);
  }

  @Test
  void after_arbitration_or_litigation_no_further_route_is_taken_and_mediation_is_not_repeated() {
    Dispute failed = desk.stepped(desk.raised(), "CONSULTATION_OPENED", "CONSULTATION_FAILED");
    Dispute arbitrated = accepted(desk.step(failed, "ESCALATED", "PARTY", "ARBITRATION", null, null));
    for (String route : List.of("LITIGATION", "EXTERNAL_MEDIATION", "ARBITRATION")) {
      List<Finding> f = desk.registry.rejected(() -> desk.step(arbitrated, "ESCALATED", "PARTY", route, null, null));
      assertThat(cited(f)).as(route).containsExactly("A15-lawful-route Art.15");
      assertThat(f.get(0).evidence().toString()).contains("route=ARBITRATION", "nextRoute=" + route);
    }

    Dispute sued = accepted(desk.step(desk.stepped(desk.raised(), "CONSULTATION_OPENED", "CONSULTATION_FAILED"),
        "ESCALATED", "PARTY", "LITIGATION", null, null));
    assertThat(ruleIds(desk.registry.rejected(() -> desk.step(sued, "ESCALATED", "PARTY", "ARBITRATION", null, null))))
        .containsExactly("A15-lawful-route");

    Dispute mediated = accepted(desk.step(desk.stepped(desk.raised(), "CONSULTATION_OPENED", "CONSULTATION_FAILED"),
        "ESCALATED", "PARTY", "EXTERNAL_MEDIATION", null, null));
    assertThat(ruleIds(desk.registry.rejected(() -> desk.step(mediated, "ESCALATED", "PARTY", "EXTERNAL_MEDIATION", null, null))))
        .containsExactly("A15-lawful-route");
  }

  @Test
  void a_stored_history_with_a_route_after_arbitration_could_not_have_happened() {
    Dispute arbitrated = accepted(desk.step(desk.stepped(desk.raised(), "CONSULTATION_OPENED", "CONSULTATION_FAILED"),
        "ESCALATED", "PARTY", "ARBITRATION", null, null));
    var litigation = new dev.clustergov.core.dispute.Step(StepKind.ESCALATED, desk.today(), "陈静", Capacity.PARTY,
        java.util.Optional.of(Route.LITIGATION), java.util.Optional.empty());

    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> arbitrated.with(litigation));
    var mediated = accepted(desk.step(desk.stepped(desk.raised(), "CONSULTATION_OPENED", "CONSULTATION_FAILED"),
        "ESCALATED", "PARTY", "EXTERNAL_MEDIATION", null, null));
    assertThat(mediated.with(litigation).state()).isEqualTo(DisputeState.ESCALATED);
  }

  @Test
  void a_step_the_procedure_has_not_from_here_is_refused() {
    Dispute raised = desk.raised();
    assertThat(ruleIds(desk.registry.rejected(() -> desk.step(raised, "RESOLVED_BY_CONSULTATION")))).containsExactly("A15-dispute-steps");
    assertThat(ruleIds(desk.registry.rejected(() -> desk.step(raised, "CLOSED")))).containsExactly("A15-dispute-steps");
    Dispute failed = desk.stepped(desk.raised(), "CONSULTATION_OPENED", "CONSULTATION_FAILED");
    assertThat(ruleIds(desk.registry.rejected(() -> desk.step(failed, "RESOLVED_BY_MEDIATION")))).containsExactly("A15-dispute-steps");
  }

  @Test
  void each_step_is_taken_in_a_capacity_the_procedure_gives() {
    Dispute raised = desk.raised();
    assertThat(ruleIds(desk.registry.rejected(() -> desk.step(raised, "CONSULTATION_OPENED", "MEMBER", null, null, null))))
        .containsExactly("A15-step-actor");
    Dispute failed = desk.stepped(raised, "CONSULTATION_OPENED", "CONSULTATION_FAILED");
    assertThat(ruleIds(desk.registry.rejected(() -> desk.step(failed, "ESCALATED", "MEDIATOR", "LITIGATION", null, null))))
        .containsExactly("A15-step-actor");
    accepted(desk.step(failed, "ESCALATED", "SECRETARIAT", "LITIGATION", null, null));
  }

  @Test
  void step_dates_never_go_backwards_nor_into_the_future() {
    desk.daysPass(10);
    Dispute d = accepted(desk.raise("MEMBER", desk.today().minusDays(5).toString()));

    assertThat(ruleIds(desk.registry.rejected(() -> desk.step(d, "CONSULTATION_OPENED", "SECRETARIAT", null, null,
        desk.today().minusDays(6).toString())))).containsExactly("A15-step-dates");
    assertThat(ruleIds(desk.registry.rejected(() -> desk.step(d, "CONSULTATION_OPENED", "SECRETARIAT", null, null,
        desk.today().plusDays(1).toString())))).containsExactly("A15-step-dates");
    Dispute same = accepted(desk.step(d, "CONSULTATION_OPENED", "SECRETARIAT", null, null, desk.today().minusDays(5).toString()));
    assertThat(same.lastStep().on()).isEqualTo(desk.today().minusDays(5));
  }

  @Test
  void every_finding_is_reported_at_once() {
    Dispute raised = desk.raised();
    List<Finding> f = desk.registry.rejected(() -> desk.step(raised, "ESCALATED", "MEMBER", "ARBITRATION", null,
        desk.today().plusDays(3).toString()));
    assertThat(ruleIds(f)).containsExactly("A15-consultation-first", "A15-step-actor", "A15-step-dates");
  }

  @Test
  void escalation_needs_a_route_closing_needs_an_outcome_and_no_other_step_takes_a_route() {
    Dispute failed = desk.stepped(desk.raised(), "CONSULTATION_OPENED", "CONSULTATION_FAILED");
    assertThat(desk.registry.malformed(() -> desk.step(failed, "ESCALATED", "PARTY", null, null, null))).containsExactly("route:required");
    assertThat(desk.registry.malformed(() -> desk.step(failed, "MEDIATION_OPENED", "MEDIATOR", "ARBITRATION", null, null)))
        .containsExactly("route:not-escalation");
    Dispute escalated = desk.stepped(failed, "ESCALATED");
    assertThat(desk.registry.malformed(() -> desk.step(escalated, "CLOSED", "SECRETARIAT", null, " ", null)))
        .containsExactly("note:outcome-required");
    assertThat(desk.registry.malformed(() -> desk.step(escalated, "RAISED", "MEMBER", null, null, null)))
        .containsExactly("step:raise-separately");
  }

  @Test
  void a_stale_version_is_a_conflict_and_another_pos_dispute_is_not_found() {
    Dispute d = desk.raised();
    desk.stepped(d, "CONSULTATION_OPENED");
    Refusal stale = desk.registry.refused(() -> desk.step(d, "CONSULTATION_OPENED"));
    assertThat(stale).isInstanceOf(Refusal.Conflict.class);

    var other = desk.registry.propose(desk.registry.application(x -> x.name = "苏州市纳米新材料产业集群第二促进会"));
    Refusal notFound = desk.registry.refused(() -> desk.gov().recordDisputeStep().handle(new RecordDisputeStep.Command(
        other.id(), d.id(), OptionalLong.empty(), StepKind.CONSULTATION_FAILED, null, "陈静", Capacity.SECRETARIAT, null, null)));
    assertThat(notFound).isEqualTo(new Refusal.NotFound("dispute", d.id().value()));
  }
}
