package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.supervision.EvaluatorId;
import dev.clustergov.core.testkit.gen.DomainGens;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The guards of third-party evaluation (Art.28) and of local policy (Art.30), each over generated situations
 * on both sides: it gives its finding, with its evidence, exactly when an oracle written from the clause —
 * day numbers, string prefixes of region codes, the actor's label — says the clause is broken.
 */
class EvaluationGuardProperties {

  static final LocalDate FROM = LocalDate.of(2023, 12, 25);
  static final LocalDate TO = LocalDate.of(2024, 1, 10);
  /** A short span of days, so that equal days, the day before and the day after all come up often. */
  static final Gen<LocalDate> DAYS = Gen.dates(FROM, TO);

  /** The finding {@code guard} gives, as {@code id | evidence name=value, …}; empty when it gives none. */
  static String shown(Optional<Finding> f) {
    return f.map(x -> x.rule() + " " + x.citations() + " | " + String.join(", ",
        x.evidence().stream().map(e -> e.name() + "=" + e.value()).toList())).orElse("");
  }

  static String expected(Guard<?> guard, boolean broken, String... evidence) {
    return broken ? guard.id() + " " + guard.clauses() + " | " + String.join(", ", evidence) : "";
  }

  @Test
  void the_recognised_organization_guard_fails_exactly_for_a_po_that_is_not_recognised() {
    Property.forAll(Gen.enumValues(LifecycleStage.class)).named("A28-recognised-organization both sides").check(stage ->
        assertThat(shown(EvaluationRules.EVALUABLE.check(new EvaluationRules.Evaluated(stage))))
            .isEqualTo(expected(EvaluationRules.EVALUABLE, !stage.name().equals("RECOGNISED"), "stage=" + stage)));
  }

  /** A day that may not be before: present or not. */
  static final Gen<Optional<LocalDate>> BOUNDS = Gen.optional(DAYS);

  @Test
  void the_evaluation_date_guard_fails_exactly_for_a_day_after_today_or_before_a_bound() {
    Property.forAll(Gen.zip(DAYS, DAYS), Gen.listOf(BOUNDS, 0, 3), Gen.elements("on", "from"))
        .named("A28-evaluation-date both sides").check((dayAndToday, bounds, field) -> {
          LocalDate day = dayAndToday._1();
          LocalDate today = dayAndToday._2();
          List<EvaluationRules.Since> since = new ArrayList<>();
          List<String> evidence = new ArrayList<>(List.of(field + "=" + day, "today=" + today));
          boolean broken = day.toEpochDay() > today.toEpochDay();
          for (int i = 0; i < bounds.size(); i++) {
            Optional<LocalDate> b = bounds.get(i);
            since.add(new EvaluationRules.Since("since" + i, b, dev.clustergov.core.kernel.Text.of("无", "none")));
            evidence.add("since" + i + "=" + b.map(LocalDate::toString).orElse("none"));
            broken |= b.isPresent() && day.toEpochDay() < b.get().toEpochDay();
          }
          assertThat(shown(EvaluationRules.EVALUATION_DATE.check(new EvaluationRules.Dated(field, day, today, since))))
              .isEqualTo(expected(EvaluationRules.EVALUATION_DATE, broken, evidence.toArray(String[]::new)));
          // only the day and today (a tie's from, an evaluator's entry): no bound, so only a day after today breaks it
          assertThat(shown(EvaluationRules.EVALUATION_DATE.check(EvaluationRules.Dated.on(field, day, today))))
              .isEqualTo(expected(EvaluationRules.EVALUATION_DATE, day.isAfter(today), field + "=" + day, "today=" + today));
        });
  }

  @Test
  void the_evaluator_once_guard_fails_exactly_when_the_code_is_registered_already() {
    Property.forAll(DomainGens.creditCodes(), Gen.optional(Gen.integers(1, 999))).named("A28-evaluator-once both sides")
        .check((code, existing) -> {
          Optional<EvaluatorId> as = existing.map(n -> new EvaluatorId(String.format("evaluator-%06d", n)));
          assertThat(shown(EvaluationRules.ONE_ENTRY.check(new EvaluationRules.Entry(code, as))))
              .isEqualTo(expected(EvaluationRules.ONE_ENTRY, existing.isPresent(), "creditCode=" + code.value(),
                  "registeredAs=" + existing.map(n -> String.format("evaluator-%06d", n)).orElse("")));
        });
  }

  /** Who acts: the host, an evaluator (one of three), an authority or the public. */
  static final Gen<String> ACTORS = Gen.elements("host:host", "evaluator:evaluator-000001", "evaluator:evaluator-000002",
      "evaluator:evaluator-000003", "authority:authority-000001", "public");

  @Test
  void an_evaluator_acts_in_its_own_name_only_and_the_host_for_anyone() {
    Property.forAll(ACTORS, Gen.elements("evaluator-000001", "evaluator-000002", "evaluator-000003"))
        .named("A26-actor-standing for evaluators both sides").check((actor, named) -> {
          boolean host = actor.startsWith("host:");
          Optional<EvaluatorId> acting = actor.startsWith("evaluator:")
              ? Optional.of(new EvaluatorId(actor.substring("evaluator:".length()))) : Optional.empty();
          boolean broken = !host && !actor.equals("evaluator:" + named);
          assertThat(shown(EvaluationRules.EVALUATOR_IN_OWN_NAME.check(new EvaluationRules.ActingFor(actor, host, acting, named))))
              .isEqualTo(expected(Guard.ACTOR_STANDING, broken, "actor=" + actor, "evaluator=" + named));
        });
    assertThat(EvaluationRules.EVALUATOR_IN_OWN_NAME.message()).isEqualTo(Guard.ACTOR_STANDING.message());
  }

  @Test
  void the_engagement_period_guard_fails_exactly_when_it_ends_before_it_begins_or_before_today() {
    Property.forAll(DAYS, DAYS, DAYS).named("A28-engagement-period both sides").check((from, until, today) -> {
      boolean broken = until.toEpochDay() < from.toEpochDay() || until.toEpochDay() < today.toEpochDay();
      assertThat(shown(EvaluationRules.ENGAGEMENT_PERIOD.check(new EvaluationRules.Period(from, until, today))))
          .isEqualTo(expected(EvaluationRules.ENGAGEMENT_PERIOD, broken, "from=" + from, "until=" + until, "today=" + today));
    });
  }

  @Test
  void the_engaged_guard_fails_exactly_when_no_engagement_runs_from_the_day_evaluated_to_today() {
    Property.forAll(Gen.listOf(Gen.zip(DAYS, DAYS), 0, 3), Gen.zip(DAYS, DAYS)).named("A28-engaged-evaluator both sides")
        .check((spans, dayAndToday) -> {
          LocalDate day = dayAndToday._1();
          LocalDate today = dayAndToday._2();
          List<EvaluationRules.Period> periods = new ArrayList<>();
          List<String> shownSpans = new ArrayList<>();
          boolean held = false;
          for (var span : spans) {
            periods.add(new EvaluationRules.Period(span._1(), span._2(), today));
            shownSpans.add(span._1() + ".." + span._2());
            // by day numbers: begun by the day evaluated, not ended before today
            held |= span._1().toEpochDay() <= day.toEpochDay() && span._2().toEpochDay() >= today.toEpochDay();
          }
          assertThat(shown(EvaluationRules.ENGAGED.check(new EvaluationRules.Engaged(periods, day, today))))
              .isEqualTo(expected(EvaluationRules.ENGAGED, !held, "on=" + day, "today=" + today,
                  "engagements=" + (spans.isEmpty() ? "none" : String.join("; ", shownSpans))));
        });
  }

  @Test
  void only_the_pos_own_authority_or_the_host_commissions_an_evaluation() {
    Property.forAll(ACTORS, Gen.elements("authority-000001", "authority-000002")).named("A28-commissioned-by-own-authority both sides")
        .check((actor, supervisor) -> {
          boolean host = actor.startsWith("host:");
          Optional<dev.clustergov.core.supervision.AuthorityId> acting = actor.startsWith("authority:")
              ? Optional.of(new dev.clustergov.core.supervision.AuthorityId(actor.substring("authority:".length()))) : Optional.empty();
          boolean broken = !host && !actor.equals("authority:" + supervisor);
          assertThat(shown(EvaluationRules.COMMISSIONED_BY_OWN_AUTHORITY.check(new EvaluationRules.Commissioning(actor, host, acting,
              new dev.clustergov.core.supervision.AuthorityId(supervisor)))))
              .isEqualTo(expected(EvaluationRules.COMMISSIONED_BY_OWN_AUTHORITY, broken, "actor=" + actor, "supervisingAuthority=" + supervisor));
        });
  }

  /** A few regions at every level, in two provinces, so that covering and not covering both come up. */
  static final Gen<RegionCode> REGIONS = Gen.elements("000000", "320000", "320500", "320505", "320200", "440000", "440300", "440305")
      .map(RegionCode::new);

  @Test
  void a_pack_is_published_for_a_local_jurisdiction_only() {
    Property.forAll(REGIONS).named("A30-local-policy both sides").check(j ->
        assertThat(shown(PolicyGuards.POLICY_IS_LOCAL.check(new PolicyGuards.Publishing(j))))
            .isEqualTo(expected(PolicyGuards.POLICY_IS_LOCAL, j.value().equals("000000"), "jurisdiction=" + j.value())));
  }

  @Test
  void a_what_if_is_run_only_by_an_authority_whose_jurisdiction_covers_the_region() {
    Property.forAll(REGIONS, REGIONS).named("A30-what-if-own-jurisdiction both sides").check((asked, own) -> {
      // a jurisdiction covers the codes that begin with its code less its trailing pairs of zeros
      String prefix = own.value();
      while (prefix.endsWith("00")) {
        prefix = prefix.substring(0, prefix.length() - 2);
      }
      boolean broken = !asked.value().startsWith(prefix);
      assertThat(shown(PolicyGuards.WHAT_IF_OWN_JURISDICTION.check(new PolicyGuards.Trying(asked, own))))
          .isEqualTo(expected(PolicyGuards.WHAT_IF_OWN_JURISDICTION, broken, "jurisdiction=" + asked.value(),
              "authorityJurisdiction=" + own.value()));
    });
  }

  /** Days over two years, with month ends and a leap day, so that the cooling-off boundary falls on short months. */
  static final Gen<LocalDate> YEARS = Gen.dates(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31))
      .withEdgeCases(List.of(LocalDate.of(2024, 2, 29), LocalDate.of(2024, 3, 31), LocalDate.of(2023, 2, 28), LocalDate.of(2024, 1, 31)));

  @Test
  void a_relation_makes_the_evaluator_not_independent_from_its_first_day_until_the_cooling_off_period_after_its_last() {
    Property.forAll(Gen.zip(Gen.optional(YEARS), Gen.optional(YEARS)), YEARS, Gen.integers(0, 13))
        .named("A28-independent-evaluator both sides").check((span, day, months) -> {
          Optional<LocalDate> since = span._1();
          Optional<LocalDate> until = span._2().filter(u -> since.map(b -> !u.isBefore(b)).orElse(true));
          // the last day of the cooling-off period, counted forward from the day after the relation ended to the
          // corresponding day of the last month, or that month's last day if it has none (《民法典》第二百零一条、第二百零二条;
          // decision 0485)
          Optional<LocalDate> lastRecused = until.map(u -> {
            java.time.YearMonth last = java.time.YearMonth.from(u).plusMonths(months);
            return last.atDay(Math.min(u.getDayOfMonth(), last.lengthOfMonth()));
          });
          boolean begun = since.isEmpty() || since.get().toEpochDay() <= day.toEpochDay();
          boolean endedLongAgo = lastRecused.isPresent() && lastRecused.get().toEpochDay() < day.toEpochDay();
          var relation = new EvaluationRules.Relation("a declared tie", since, until, day, months,
              List.of(Evidence.of("coolingOffMonths", months)));
          assertThat(shown(EvaluationRules.INDEPENDENT.check(relation))).isEqualTo(expected(EvaluationRules.INDEPENDENT,
              begun && !endedLongAgo, "reason=a declared tie", "coolingOffMonths=" + months));
        });
  }
}
