package dev.clustergov.core.rules;

import static dev.clustergov.core.rules.EvaluationGuardProperties.DAYS;
import static dev.clustergov.core.rules.EvaluationGuardProperties.expected;
import static dev.clustergov.core.rules.EvaluationGuardProperties.shown;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The guards of ending an evaluator's engagement (终止委托, Art.28 with Art.26, decision 0475), each over generated
 * situations on both sides: it gives its finding, with its evidence, exactly when an oracle written from the clause —
 * the actor's label, day numbers — says the clause is broken.
 */
class EngagementGuardProperties {

  /** Who acts: the host, one of two authorities, an evaluator, a secretariat or the public. */
  static final Gen<String> ACTORS = Gen.elements("host:host", "authority:authority-000001", "authority:authority-000002",
      "evaluator:evaluator-000001", "secretariat:org-000001", "public");

  @Test
  void only_the_authority_that_engaged_the_evaluator_or_the_host_ends_the_engagement() {
    Property.forAll(ACTORS, Gen.elements("authority-000001", "authority-000002"))
        .named("A28-ended-by-commissioning-authority both sides").check((actor, engagedBy) -> {
          boolean host = actor.startsWith("host:");
          Optional<AuthorityId> acting = actor.startsWith("authority:")
              ? Optional.of(new AuthorityId(actor.substring("authority:".length()))) : Optional.empty();
          boolean broken = !host && !actor.equals("authority:" + engagedBy);
          assertThat(shown(EvaluationRules.ENDED_BY_COMMISSIONING_AUTHORITY.check(
              new EvaluationRules.Commissioning(actor, host, acting, new AuthorityId(engagedBy)))))
              .isEqualTo(expected(EvaluationRules.ENDED_BY_COMMISSIONING_AUTHORITY, broken, "actor=" + actor, "engagedBy=" + engagedBy));
        });
  }

  @Test
  void an_engagement_is_refused_an_end_exactly_when_it_has_one_already() {
    Property.forAll(Gen.optional(DAYS), Gen.elements("委托期满前终止", "评价机构失去独立性"), Gen.zip(DAYS, DAYS))
        .named("A28-engagement-ended-once both sides").check((endedOn, reason, days) -> {
          Optional<String> recorded = endedOn.map(d -> reason);
          var ending = new EvaluationRules.Ending("evaluator-000001/1", endedOn, recorded, days._1(), days._2(), days._2());
          assertThat(shown(EvaluationRules.ENDED_ONCE.check(ending))).isEqualTo(expected(EvaluationRules.ENDED_ONCE,
              endedOn.isPresent(), "engagement=evaluator-000001/1", "endedOn=" + endedOn.map(LocalDate::toString).orElse(""),
              "reason=" + recorded.orElse("")));
        });
  }

  @Test
  void an_engagement_is_ended_from_a_day_not_before_today_and_not_after_its_last_day() {
    Property.forAll(DAYS, DAYS, DAYS).named("A28-engagement-ending-day both sides").check((on, today, until) -> {
      // by day numbers: what was read and recorded under it stands, and after its last day it has run out by itself
      boolean broken = on.toEpochDay() < today.toEpochDay() || on.toEpochDay() > until.toEpochDay();
      var ending = new EvaluationRules.Ending("evaluator-000001/1", Optional.empty(), Optional.empty(), until, on, today);
      assertThat(shown(EvaluationRules.ENDING_DAY.check(ending))).isEqualTo(expected(EvaluationRules.ENDING_DAY, broken,
          "on=" + on, "today=" + today, "until=" + until));
    });
  }
}
