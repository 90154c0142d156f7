package dev.clustergov.core.rules;

import static dev.clustergov.core.rules.GuardOracles.agrees;
import static dev.clustergov.core.rules.GuardOracles.value;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.DisputeId;
import dev.clustergov.core.dispute.DisputeState;
import dev.clustergov.core.dispute.Route;
import dev.clustergov.core.dispute.Step;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Art.15's guards (民主协商和内部矛盾调解) over generated disputes — reached by random runs of the procedure —
 * and generated next steps, each against an oracle that spells the procedure out as the clause and decision 0350
 * give it, independently of {@link StepKind}'s own table.
 */
class DisputeGuardProperties {

  static final LocalDate START = LocalDate.of(2025, 3, 1);

  /** A step of {@code kind} on {@code day} days after {@link #START}; only an escalation has a route, and it always has one. */
  static Step step(StepKind kind, int day, Capacity capacity, Optional<Route> route) {
    return new Step(kind, START.plusDays(day), "卫思源", capacity,
        kind == StepKind.ESCALATED ? Optional.of(route.orElse(Route.EXTERNAL_MEDIATION)) : Optional.empty(),
        kind == StepKind.CLOSED ? Optional.of("仲裁裁决书") : Optional.empty());
  }

  /** A dispute raised at the start, then a run of the procedure: at each day one of the steps it allows, chosen at random. */
  static final Gen<Dispute> DISPUTES = Gen.listOf(Gen.integers(0, 1000), 0, 7).map(choices -> {
    Dispute d = new Dispute(new DisputeId("dispute-1"), 0, new OrganizationId("org-1"), "争议", List.of("甲公司", "乙公司"),
        List.of(step(StepKind.RAISED, 0, Capacity.MEMBER, Optional.empty())));
    int day = 0;
    for (int choice : choices) {
      List<Step> allowed = new java.util.ArrayList<>();
      day++;
      for (StepKind k : StepKind.values()) {
        for (Route r : Route.values()) {
          Step s = step(k, day, Capacity.SECRETARIAT, Optional.of(r));
          if (k != StepKind.RAISED && d.after(s).isPresent() && !allowed.contains(s)) {
            allowed.add(s);
          }
        }
      }
      if (allowed.isEmpty()) {
        break;
      }
      d = d.with(allowed.get(choice % allowed.size()));
    }
    return d;
  });

  /** The procedure's arrows, from the clause: state → step → state. Escalating again is decided by the route. */
  static final Map<DisputeState, Map<StepKind, DisputeState>> ARROWS = Map.of(
      DisputeState.RAISED, Map.of(StepKind.CONSULTATION_OPENED, DisputeState.IN_CONSULTATION),
      DisputeState.IN_CONSULTATION, Map.of(StepKind.RESOLVED_BY_CONSULTATION, DisputeState.RESOLVED,
          StepKind.CONSULTATION_FAILED, DisputeState.CONSULTATION_FAILED),
      DisputeState.CONSULTATION_FAILED, Map.of(StepKind.MEDIATION_OPENED, DisputeState.IN_MEDIATION,
          StepKind.ESCALATED, DisputeState.ESCALATED),
      DisputeState.IN_MEDIATION, Map.of(StepKind.RESOLVED_BY_MEDIATION, DisputeState.RESOLVED,
          StepKind.MEDIATION_FAILED, DisputeState.MEDIATION_FAILED),
      DisputeState.MEDIATION_FAILED, Map.of(StepKind.ESCALATED, DisputeState.ESCALATED),
      DisputeState.ESCALATED, Map.of(StepKind.CLOSED, DisputeState.CLOSED));

  static final Set<DisputeState> FINAL = EnumSet.of(DisputeState.RESOLVED, DisputeState.CLOSED);
  /** Where consultation has been tried and failed. */
  static final Set<DisputeState> CONSULTED = EnumSet.of(DisputeState.CONSULTATION_FAILED, DisputeState.IN_MEDIATION,
      DisputeState.MEDIATION_FAILED, DisputeState.ESCALATED);
  /** What goes beyond consultation. */
  static final Set<StepKind> BEYOND = EnumSet.of(StepKind.MEDIATION_OPENED, StepKind.ESCALATED);

  /** After mediation outside the PO fails, arbitration or litigation; after either of those, nothing (decision 0350). */
  static boolean lawfulAfter(Optional<Route> current, Optional<Route> next) {
    return current.equals(Optional.of(Route.EXTERNAL_MEDIATION))
        && (next.equals(Optional.of(Route.ARBITRATION)) || next.equals(Optional.of(Route.LITIGATION)));
  }

  @Test
  void the_order_guards_report_exactly_the_first_breach_of_the_procedure() {
    Gen<Step> next = Gen.combine(Gen.enumValues(StepKind.class).filter(k -> k != StepKind.RAISED),
        Gen.optional(Gen.enumValues(Route.class)), Gen.integers(0, 12),
        (kind, route, day) -> step(kind, day, Capacity.SECRETARIAT, route));
    Property.forAll(DISPUTES, next).named("A15 order guards both sides").check((d, s) -> {
      DisputeState state = d.state();
      boolean escalatedAgain = state == DisputeState.ESCALATED && s.kind() == StepKind.ESCALATED;
      boolean arrow = escalatedAgain ? lawfulAfter(d.route(), s.route()) : ARROWS.getOrDefault(state, Map.of()).containsKey(s.kind());
      boolean isFinal = FINAL.contains(state);
      boolean unconsulted = !isFinal && BEYOND.contains(s.kind()) && !CONSULTED.contains(state);
      boolean unlawful = !isFinal && !unconsulted && escalatedAgain && !arrow;
      boolean outOfOrder = !isFinal && !unconsulted && !escalatedAgain && !arrow;

      DisputeRules.NextStep situation = new DisputeRules.NextStep(d, s);
      agrees(DisputeRules.DISPUTE_FINAL, DisputeRules.DISPUTE_FINAL.check(situation), isFinal, List.of("state", "step"));
      agrees(DisputeRules.CONSULTATION_FIRST, DisputeRules.CONSULTATION_FIRST.check(situation), unconsulted, List.of("state", "step"));
      agrees(DisputeRules.LAWFUL_ROUTE, DisputeRules.LAWFUL_ROUTE.check(situation), unlawful, List.of("route", "nextRoute", "openAfter"));
      agrees(DisputeRules.DISPUTE_STEPS, DisputeRules.DISPUTE_STEPS.check(situation), outOfOrder, List.of("state", "step", "stepFrom"));
      DisputeRules.DISPUTE_STEPS.check(situation).ifPresent(f -> assertThat(value(f, "state")).isEqualTo(state.name()));
      DisputeRules.LAWFUL_ROUTE.check(situation).ifPresent(f ->
          assertThat(value(f, "nextRoute")).isEqualTo(s.route().map(Route::name).orElse("none")));
      // the four together: a step is refused on its order exactly when the procedure has no such arrow from here
      boolean refused = isFinal || unconsulted || unlawful || outOfOrder;
      assertThat(refused).isEqualTo(!arrow || isFinal);
    });
  }

  /** Who may take each step, as the clause assigns them. */
  static final Map<StepKind, Set<Capacity>> TAKEN_BY = Map.of(
      StepKind.RAISED, EnumSet.of(Capacity.MEMBER, Capacity.GOVERNANCE_BODY),
      StepKind.CONSULTATION_OPENED, EnumSet.of(Capacity.SECRETARIAT, Capacity.GOVERNANCE_BODY),
      StepKind.RESOLVED_BY_CONSULTATION, EnumSet.of(Capacity.SECRETARIAT, Capacity.GOVERNANCE_BODY),
      StepKind.CONSULTATION_FAILED, EnumSet.of(Capacity.SECRETARIAT, Capacity.GOVERNANCE_BODY),
      StepKind.MEDIATION_OPENED, EnumSet.of(Capacity.SECRETARIAT, Capacity.GOVERNANCE_BODY, Capacity.MEDIATOR),
      StepKind.RESOLVED_BY_MEDIATION, EnumSet.of(Capacity.SECRETARIAT, Capacity.GOVERNANCE_BODY, Capacity.MEDIATOR),
      StepKind.MEDIATION_FAILED, EnumSet.of(Capacity.SECRETARIAT, Capacity.GOVERNANCE_BODY, Capacity.MEDIATOR),
      StepKind.ESCALATED, EnumSet.of(Capacity.PARTY, Capacity.SECRETARIAT),
      StepKind.CLOSED, EnumSet.of(Capacity.SECRETARIAT, Capacity.GOVERNANCE_BODY));

  @Test
  void a_step_is_refused_exactly_when_its_capacity_is_not_one_the_procedure_gives_it() {
    Property.forAll(Gen.enumValues(StepKind.class), Gen.enumValues(Capacity.class)).named("A15-step-actor both sides").check((kind, capacity) -> {
      var found = DisputeRules.STEP_ACTOR.check(new DisputeRules.Taking(kind, capacity));
      agrees(DisputeRules.STEP_ACTOR, found, !TAKEN_BY.get(kind).contains(capacity), List.of("step", "capacity", "allowed"));
      found.ifPresent(f -> assertThat(value(f, "capacity")).isEqualTo(capacity.name()));
    });
  }

  static final Gen<LocalDate> DATES = Gen.dates(LocalDate.of(2024, 12, 29), LocalDate.of(2025, 1, 3));

  @Test
  void a_step_date_is_refused_exactly_when_it_is_before_the_day_it_follows_or_after_today() {
    Gen<DisputeRules.StepDate> dates = Gen.combine(DATES, DATES, DATES, Gen.booleans(),
        (on, before, today, raised) -> raised ? new DisputeRules.StepDate.Raised(on, before, today)
            : new DisputeRules.StepDate.Next(on, before, today));
    Property.forAll(dates).named("A15-step-dates both sides").check(d -> {
      boolean raised = d instanceof DisputeRules.StepDate.Raised;
      LocalDate after = raised ? ((DisputeRules.StepDate.Raised) d).organizationProposedOn() : ((DisputeRules.StepDate.Next) d).previousStepOn();
      boolean broken = d.on().toEpochDay() < after.toEpochDay() || d.on().toEpochDay() > d.today().toEpochDay();
      agrees(DisputeRules.STEP_DATES, DisputeRules.STEP_DATES.check(d), broken,
          raised ? List.of("on", "today", "organizationProposedOn") : List.of("on", "previousStepOn", "today"));
    });
  }

  // ---- Art.15: raised by whom it concerns ----------------------------------------------------------------------

  static final List<String> NAMES = List.of("甲公司", "乙公司", "丙公司");

  @Test
  void a_dispute_is_refused_exactly_when_it_is_not_raised_by_the_member_it_names_or_by_a_secretariat_for_a_body() {
    Gen<List<String>> names = Gen.setOf(Gen.elements(NAMES.toArray(String[]::new)), 0, 2).map(s -> List.copyOf(new java.util.TreeSet<>(s)));
    Gen<List<String>> parties = Gen.setOf(Gen.elements(NAMES.toArray(String[]::new)), 2, 3).map(s -> List.copyOf(new java.util.TreeSet<>(s)));
    Gen<Guard.RaisingAs> raisings = Gen.combine(Gen.enumValues(Guard.ActorKind.class), names,
        Gen.zip(Gen.elements("甲公司", "乙公司", "丙公司", "理事会"), Gen.enumValues(Capacity.class)), parties,
        (kind, own, by, ps) -> new Guard.RaisingAs("actor:" + kind, kind, Set.copyOf(own), by._1, by._2, ps));
    Property.forAll(raisings).named("A15-raised-by-itself both sides").check(r -> {
      boolean ownName = r.kind() == Guard.ActorKind.MEMBER && r.actorNames().contains(r.raisedBy())
          && r.capacity() == Capacity.MEMBER && r.parties().contains(r.raisedBy());
      boolean forABody = r.kind() == Guard.ActorKind.SECRETARIAT && r.capacity() == Capacity.GOVERNANCE_BODY;
      boolean broken = !(r.kind() == Guard.ActorKind.HOST || ownName || forABody);
      var found = Guard.RAISED_BY_ITSELF.check(r);
      agrees(Guard.RAISED_BY_ITSELF, found, broken, List.of("actor", "raisedBy", "capacity", "parties"));
      found.ifPresent(f -> {
        assertThat(value(f, "actor")).isEqualTo(r.actor());
        assertThat(value(f, "raisedBy")).isEqualTo(r.raisedBy());
      });
    });
  }

  @Test
  void generated_disputes_reach_every_state() {
    Set<DisputeState> seen = EnumSet.noneOf(DisputeState.class);
    DISPUTES.samples(7, 400).forEach(d -> seen.add(d.state()));
    assertThat(seen).containsAll(EnumSet.allOf(DisputeState.class));
  }
}
