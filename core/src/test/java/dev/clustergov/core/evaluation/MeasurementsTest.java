package dev.clustergov.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.disclosure.DisclosureId;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.DisputeId;
import dev.clustergov.core.dispute.Step;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.governance.Governance;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.operation.TalentIntake;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.policy.Indicator;
import dev.clustergov.core.policy.Indicators;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.ImmutableDossier;
import dev.clustergov.core.rules.RuleBook;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Every scoring rule of the indicators (Measure) on both sides of its target: below it, and at it. */
class MeasurementsTest {

  static final LocalDate DAY = EvaluationSamples.DAY;
  static final Dossier BASE = ImmutableDossier.copyOf(Fixtures.compliantDossier()).withPeriod(EvaluationEngine.periodEnding(DAY));
  static final FunctionItem STRATEGY = Function.GUIDE_STRATEGY.items().head();
  static final FunctionItem STRATEGY_2 = Function.GUIDE_STRATEGY.items().get(1);
  static final FunctionItem INNOVATION = Function.COLLABORATIVE_INNOVATION.items().head();

  static BigDecimal score(String measure, String target, Dossier d) {
    Indicator i = Indicators.parse("t", "T:OPERATION:Art.17:1:" + measure + ":" + target + ":50").get().all().head();
    Measurement m = Measurements.measure(i, Snapshot.of(d, DAY), Fixtures.baseline(), DAY, RuleBook.standard());
    return Measurements.score(m.value(), i.target());
  }

  static Dossier with(ServiceActivity... activities) {
    return ImmutableDossier.copyOf(BASE).withActivities(activities);
  }

  static ServiceActivity act(int n, FunctionItem item) {
    return EvaluationSamples.activity(n, item, List.of(), Outcomes.NONE);
  }

  static ServiceActivity on(ServiceActivity a, LocalDate day) {
    return new ServiceActivity(a.id(), 0, a.organization(), a.item(), a.title(), day, a.delivery(), a.memberParticipants(),
        a.outsideParticipants(), a.openToAllMembers(), a.closedReason(), a.outcomes());
  }

  static ServiceActivity outcomes(ServiceActivity a, Outcomes o) {
    return new ServiceActivity(a.id(), 0, a.organization(), a.item(), a.title(), a.heldOn(), a.delivery(), a.memberParticipants(),
        a.outsideParticipants(), a.openToAllMembers(), a.closedReason(), o);
  }

  @Test
  void activities_of_a_function_count_within_the_year_ending_on_the_day() {
    assertThat(score("ACTIVITIES(GUIDE_STRATEGY)", "2", with(act(1, STRATEGY), act(2, INNOVATION), act(3, INNOVATION))))
        .isEqualByComparingTo("50");
    assertThat(score("ACTIVITIES(GUIDE_STRATEGY)", "2", with(act(1, STRATEGY), act(2, STRATEGY_2)))).isEqualByComparingTo("100");
    assertThat(score("ACTIVITIES(GUIDE_STRATEGY)", "2", with(act(1, STRATEGY), on(act(2, STRATEGY), DAY.plusDays(1)),
        on(act(3, STRATEGY), DAY.minusYears(1))))).as("after the day, before the year").isEqualByComparingTo("50");
    assertThat(score("ACTIVITIES", "3", with(act(1, STRATEGY), act(2, INNOVATION), act(3, INNOVATION)))).isEqualByComparingTo("100");
  }

  @Test
  void coverage_counts_distinct_items_and_functions() {
    assertThat(score("ITEMS_COVERED", "2", with(act(1, STRATEGY), act(2, STRATEGY)))).isEqualByComparingTo("50");
    assertThat(score("ITEMS_COVERED", "2", with(act(1, STRATEGY), act(2, STRATEGY_2)))).isEqualByComparingTo("100");
    assertThat(score("FUNCTIONS_ACTIVE", "2", with(act(1, STRATEGY), act(2, STRATEGY_2)))).isEqualByComparingTo("50");
    assertThat(score("FUNCTIONS_ACTIVE", "2", with(act(1, STRATEGY), act(2, INNOVATION)))).isEqualByComparingTo("100");
  }

  @Test
  void members_count_on_the_day_and_participation_is_their_share_that_took_part() {
    Membership a = EvaluationSamples.member(1);
    Membership b = EvaluationSamples.member(2);
    Membership left = new Membership(b.id(), 0, b.organization(), b.name(), b.creditCode(), b.kind(), b.joinedOn(), Optional.of(DAY.minusDays(1)));
    Membership later = new Membership(b.id(), 0, b.organization(), b.name(), b.creditCode(), b.kind(), DAY.plusDays(1), Optional.empty());
    assertThat(score("MEMBERS", "2", ImmutableDossier.copyOf(BASE).withMemberships(a, left))).isEqualByComparingTo("50");
    assertThat(score("MEMBERS", "2", ImmutableDossier.copyOf(BASE).withMemberships(a, later))).isEqualByComparingTo("50");
    assertThat(score("MEMBERS", "2", ImmutableDossier.copyOf(BASE).withMemberships(a, b))).isEqualByComparingTo("100");
    ServiceActivity withA = EvaluationSamples.activity(1, STRATEGY, List.of(a.id()), Outcomes.NONE);
    ServiceActivity withBoth = EvaluationSamples.activity(2, STRATEGY, List.of(a.id(), b.id()), Outcomes.NONE);
    assertThat(score("MEMBER_PARTICIPATION", "100", ImmutableDossier.copyOf(with(withA)).withMemberships(a, b))).isEqualByComparingTo("50");
    assertThat(score("MEMBER_PARTICIPATION", "100", ImmutableDossier.copyOf(with(withBoth)).withMemberships(a, b)))
        .isEqualByComparingTo("100");
  }

  @Test
  void outside_units_platforms_and_open_service() {
    ServiceActivity x = EvaluationSamples.activity(1, STRATEGY, List.of(), Outcomes.NONE);
    ServiceActivity sameUnit = new ServiceActivity(EvaluationSamples.activity(2, STRATEGY, List.of(), Outcomes.NONE).id(), 0,
        x.organization(), x.item(), "t", x.heldOn(), x.delivery(), List.of(), x.outsideParticipants(), true, Optional.empty(), Outcomes.NONE);
    assertThat(score("OUTSIDE_UNITS", "2", with(x, sameUnit))).isEqualByComparingTo("50");
    assertThat(score("OUTSIDE_UNITS", "2", with(x, EvaluationSamples.activity(2, STRATEGY, List.of(), Outcomes.NONE))))
        .isEqualByComparingTo("100");
    assertThat(score("PLATFORMS", "2", ImmutableDossier.copyOf(BASE).withPlatforms(EvaluationSamples.platform(1)))).isEqualByComparingTo("50");
    assertThat(score("PLATFORMS", "2", ImmutableDossier.copyOf(BASE).withPlatforms(EvaluationSamples.platform(1),
        EvaluationSamples.platform(2)))).isEqualByComparingTo("100");
    ServiceActivity closed = new ServiceActivity(sameUnit.id(), 0, x.organization(), x.item(), "t", x.heldOn(), x.delivery(), List.of(),
        List.of(), false, Optional.empty(), Outcomes.NONE);
    ServiceActivity closedWithReason = new ServiceActivity(sameUnit.id(), 0, x.organization(), x.item(), "t", x.heldOn(), x.delivery(),
        List.of(), List.of(), false, Optional.of("场地有限"), Outcomes.NONE);
    assertThat(score("OPEN_SERVICE", "100", with(x, closed))).isEqualByComparingTo("50");
    assertThat(score("OPEN_SERVICE", "100", with(x, closedWithReason))).isEqualByComparingTo("100");
  }

  @Test
  void the_money_metrics_sum_the_years_outcomes_against_their_targets() {
    Outcomes half = new Outcomes(Money.yuan("50.00"), Money.yuan("50.00"), Money.yuan("50.00"), List.of());
    for (String m : List.of("LANDED_INVESTMENT", "TECHNOLOGY_TRANSACTIONS", "SUPPLY_CONTRACTS")) {
      assertThat(score(m, "100", with(outcomes(act(1, STRATEGY), half)))).as(m).isEqualByComparingTo("50");
      assertThat(score(m, "100", with(outcomes(act(1, STRATEGY), half), outcomes(act(2, INNOVATION), half)))).as(m)
          .isEqualByComparingTo("100");
    }
  }

  @Test
  void talents_count_at_the_named_level_or_better() {
    Outcomes one = new Outcomes(Money.ZERO, Money.ZERO, Money.ZERO,
        List.of(new TalentIntake(TalentLevel.HIGH_LEVEL, 1), new TalentIntake(TalentLevel.GENERAL, 5)));
    Outcomes two = new Outcomes(Money.ZERO, Money.ZERO, Money.ZERO,
        List.of(new TalentIntake(TalentLevel.HIGH_LEVEL, 1), new TalentIntake(TalentLevel.LEADING, 1)));
    assertThat(score("TALENTS(HIGH_LEVEL)", "2", with(outcomes(act(1, STRATEGY), one)))).isEqualByComparingTo("50");
    assertThat(score("TALENTS(HIGH_LEVEL)", "2", with(outcomes(act(1, STRATEGY), two)))).isEqualByComparingTo("100");
    assertThat(score("TALENTS", "12", with(outcomes(act(1, STRATEGY), one)))).isEqualByComparingTo("50");
  }

  static DisclosureObligation obligation(String id, LocalDate due, Optional<LocalDate> fulfilled) {
    return new DisclosureObligation(new DisclosureObligationId(id), 0, Fixtures.ORGANIZATION_ID, "CharterAmended", 1, due.minusDays(30), due,
        fulfilled.map(f -> new DisclosureId("dis-" + id)), fulfilled);
  }

  @Test
  void disclosure_punctuality_is_the_share_of_what_fell_due_that_was_disclosed_in_time() {
    LocalDate due = DAY.minusDays(10);
    assertThat(score("DISCLOSURE_PUNCTUALITY", "100", ImmutableDossier.copyOf(BASE).withDisclosureObligations(
        obligation("o1", due, Optional.of(due)), obligation("o2", due, Optional.of(due.plusDays(1)))))).isEqualByComparingTo("50");
    assertThat(score("DISCLOSURE_PUNCTUALITY", "100", ImmutableDossier.copyOf(BASE).withDisclosureObligations(
        obligation("o1", due, Optional.of(due)), obligation("o2", due, Optional.empty())))).isEqualByComparingTo("50");
    assertThat(score("DISCLOSURE_PUNCTUALITY", "100", ImmutableDossier.copyOf(BASE).withDisclosureObligations(
        obligation("o1", due, Optional.of(due.minusDays(3))), obligation("o2", DAY.plusDays(5), Optional.empty()))))
        .as("one not yet due").isEqualByComparingTo("100");
  }

  static Measurement measure(String measure, Dossier d) {
    Indicator i = Indicators.parse("t", "T:OPERATION:Art.17:1:" + measure + ":100:50").get().all().head();
    return Measurements.measure(i, Snapshot.of(d, DAY), Fixtures.baseline(), DAY, RuleBook.standard());
  }

  @Test
  void disclosure_punctuality_counts_what_fell_due_in_the_period_not_what_was_due_and_met_before_it() {
    LocalDate from = BASE.period().from();
    // review stop 28, P7: a matter due eight months before the period, disclosed late then, marked the period down
    assertThat(score("DISCLOSURE_PUNCTUALITY", "100", ImmutableDossier.copyOf(BASE).withDisclosureObligations(
        obligation("o1", from.plusDays(20), Optional.of(from.plusDays(20))),
        obligation("o2", from.minusDays(200), Optional.of(from.minusDays(180))))))
        .as("due and disclosed late before the period: not the period's").isEqualByComparingTo("100");
    assertThat(score("DISCLOSURE_PUNCTUALITY", "100", ImmutableDossier.copyOf(BASE).withDisclosureObligations(
        obligation("o1", from.plusDays(20), Optional.of(from.plusDays(20))),
        obligation("o2", from, Optional.of(from.plusDays(1))))))
        .as("due on the period's first day and disclosed late: counts").isEqualByComparingTo("50");
    assertThat(score("DISCLOSURE_PUNCTUALITY", "100", ImmutableDossier.copyOf(BASE).withDisclosureObligations(
        obligation("o1", from.plusDays(20), Optional.of(from.plusDays(20))),
        obligation("o2", from.minusDays(1), Optional.of(from)))))
        .as("due before the period but still owed when it began: counts").isEqualByComparingTo("50");
    assertThat(score("DISCLOSURE_PUNCTUALITY", "100", ImmutableDossier.copyOf(BASE).withDisclosureObligations(
        obligation("o1", from.plusDays(20), Optional.of(from.plusDays(20))),
        obligation("o2", from.minusDays(200), Optional.empty()))))
        .as("due before the period and never disclosed: counts").isEqualByComparingTo("50");
    assertThat(measure("DISCLOSURE_PUNCTUALITY", BASE).evidence()).anySatisfy(e -> {
      assertThat(e.name()).isEqualTo("period");
      assertThat(e.value()).isEqualTo(from + ".." + DAY);
    });
  }

  @Test
  void disputes_handled_count_those_of_the_period_not_one_taken_to_consultation_before_it() {
    LocalDate from = BASE.period().from();
    Dispute consultedBefore = new Dispute(new DisputeId("d2"), 0, Fixtures.ORGANIZATION_ID, "会费分摊", List.of("甲", "乙"),
        List.of(new Step(StepKind.RAISED, from.minusDays(100), "甲", Capacity.MEMBER, Optional.empty(), Optional.empty()),
            new Step(StepKind.CONSULTATION_OPENED, from.minusDays(50), "秘书处", Capacity.SECRETARIAT, Optional.empty(), Optional.empty())));
    assertThat(measure("DISPUTES_HANDLED", ImmutableDossier.copyOf(BASE).withDisputes(raised("d1", DAY.minusDays(31)), consultedBefore))
        .value()).as("the one consulted before the period is left out").isEqualByComparingTo("0");
    assertThat(score("DISPUTES_HANDLED", "100", ImmutableDossier.copyOf(BASE).withDisputes(raised("d1", DAY.minusDays(31)),
        raised("d2", from.minusDays(100))))).as("raised before the period and still waiting: counts, overdue").isEqualByComparingTo("0");
    assertThat(score("DISPUTES_HANDLED", "100", ImmutableDossier.copyOf(BASE).withDisputes(raised("d1", DAY.minusDays(10)),
        raised("d2", from.plusDays(3))))).as("raised in the period and still waiting beyond the days").isEqualByComparingTo("50");
    assertThat(measure("DISPUTES_HANDLED", BASE).evidence()).anySatisfy(e -> assertThat(e.name()).isEqualTo("period"));
  }

  static Dispute raised(String id, LocalDate on) {
    return new Dispute(new DisputeId(id), 0, Fixtures.ORGANIZATION_ID, "会费分摊", List.of("甲", "乙"),
        List.of(new Step(StepKind.RAISED, on, "甲", Capacity.MEMBER, Optional.empty(), Optional.empty())));
  }

  @Test
  void disputes_handled_are_those_not_left_waiting_for_consultation_beyond_the_policys_days() {
    assertThat(score("DISPUTES_HANDLED", "100", ImmutableDossier.copyOf(BASE).withDisputes(raised("d1", DAY.minusDays(10)),
        raised("d2", DAY.minusDays(31))))).isEqualByComparingTo("50");
    assertThat(score("DISPUTES_HANDLED", "100", ImmutableDossier.copyOf(BASE).withDisputes(raised("d1", DAY.minusDays(10)),
        raised("d2", DAY.minusDays(30))))).isEqualByComparingTo("100");
  }

  @Test
  void governance_layers_systems_staff_and_income_sources_count_what_the_po_has() {
    var o = BASE.organization();
    var fewer = ImmutablePromotionOrganization.copyOf(o).withGovernance(new Governance(
        o.governance().bodies().stream().filter(b -> b.layer() != Layer.ADVISORY).toList()));
    assertThat(score("GOVERNANCE_LAYERS", "5", BASE.with(fewer))).isEqualByComparingTo("80");
    assertThat(score("GOVERNANCE_LAYERS", "5", BASE)).isEqualByComparingTo("100");
    int kinds = o.systemKinds().size();
    assertThat(score("MANAGEMENT_SYSTEMS", String.valueOf(kinds), BASE)).isEqualByComparingTo("100");
    assertThat(score("MANAGEMENT_SYSTEMS", String.valueOf(kinds * 2), BASE)).isEqualByComparingTo("50");
    int staff = o.staff().size();
    assertThat(score("STAFF", String.valueOf(staff), BASE)).isEqualByComparingTo("100");
    assertThat(score("STAFF", String.valueOf(staff * 2), BASE)).isEqualByComparingTo("50");
    int sources = o.incomeSources().size();
    assertThat(score("INCOME_SOURCES", String.valueOf(sources), BASE)).isEqualByComparingTo("100");
    assertThat(score("INCOME_SOURCES", String.valueOf(sources * 2), BASE)).isEqualByComparingTo("50");
  }

  @Test
  void a_rule_based_indicator_is_the_share_of_its_applicable_rules_that_pass() {
    var noParty = BASE.with(ImmutablePromotionOrganization.copyOf(BASE.organization()).withPartyOrganization(Optional.empty()));
    String rules = "RULES(A7.1-party-organisation+A7.2-charter)";
    assertThat(score(rules, "100", BASE)).isEqualByComparingTo("100");
    assertThat(score(rules, "100", noParty)).isEqualByComparingTo("50");
    // a rule the book does not know is left out, and reported as evidence
    Indicator i = Indicators.parse("t", "T:OPERATION:Art.7:1:RULES(A7.1-party-organisation+A99-nothing):100:50").get().all().head();
    Measurement m = Measurements.measure(i, Snapshot.of(noParty, DAY), Fixtures.baseline(), DAY, RuleBook.standard());
    assertThat(m.value()).isEqualByComparingTo("0");
    assertThat(m.evidence().toString()).contains("unknownRules=[A99-nothing]");
  }

  @Test
  void a_share_with_nothing_to_count_is_full_and_a_score_never_exceeds_100() {
    assertThat(score("OPEN_SERVICE", "100", BASE)).isEqualByComparingTo("100");
    assertThat(score("DISPUTES_HANDLED", "100", BASE)).isEqualByComparingTo("100");
    assertThat(Measurements.score(new BigDecimal("1000"), new BigDecimal("3"))).isEqualByComparingTo("100");
    assertThat(Measurements.score(new BigDecimal("1"), new BigDecimal("3"))).isEqualByComparingTo("33.33");
  }

  static List<ServiceActivity> list(ServiceActivity... a) {
    return new ArrayList<>(List.of(a));
  }

  /** A measure's evidence names what it counted: the function, or the least talent level, as given. */
  @Test
  void a_measures_evidence_names_the_function_or_level_it_counted() {
    java.util.function.BiFunction<String, String, String> evidence = (measure, name) -> {
      Indicator i = Indicators.parse("t", "T:OPERATION:Art.17:1:" + measure + ":2:50").get().all().head();
      Measurement m = Measurements.measure(i, Snapshot.of(with(act(1, STRATEGY)), DAY), Fixtures.baseline(), DAY, RuleBook.standard());
      return m.evidence().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().value();
    };
    assertThat(evidence.apply("ACTIVITIES(GUIDE_STRATEGY)", "function")).isEqualTo("GUIDE_STRATEGY");
    assertThat(evidence.apply("TALENTS(HIGH_LEVEL)", "atLeast")).isEqualTo("HIGH_LEVEL");
    assertThat(evidence.apply("ACTIVITIES", "function")).isEqualTo("all");
  }
}
