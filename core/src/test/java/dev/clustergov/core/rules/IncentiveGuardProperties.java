package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.clustergov.core.rules.EvaluationGuardProperties.expected;
import static dev.clustergov.core.rules.EvaluationGuardProperties.shown;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The guards of granting an incentive (Art.29 with Art.26) over generated situations, on both sides: each gives
 * its finding, with its evidence, exactly when an oracle on day numbers and ids says the clause is broken.
 */
class IncentiveGuardProperties {

  static final Gen<LocalDate> DAYS = Gen.dates(LocalDate.of(2024, 12, 20), LocalDate.of(2025, 1, 10));

  static final Gen<Period> PERIODS = Gen.zip(DAYS, DAYS).map(t -> t._1().isAfter(t._2())
      ? new Period(t._2(), t._1()) : new Period(t._1(), t._2()));

  static final Gen<AuthorityId> AUTHORITIES = Gen.elements("authority-000001", "authority-000002", "authority-000003")
      .map(AuthorityId::new);

  @Test
  void an_incentive_is_granted_by_the_pos_own_authority_only() {
    Property.forAll(AUTHORITIES, AUTHORITIES).named("A29-incentive-own-authority both sides").check((acting, supervising) ->
        assertThat(shown(IncentiveGuards.OWN_AUTHORITY.check(new Guard.Supervising(acting, supervising))))
            .isEqualTo(expected(IncentiveGuards.OWN_AUTHORITY, !acting.value().equals(supervising.value()),
                "actingAuthority=" + acting.value(), "supervisingAuthority=" + supervising.value())));
  }

  @Test
  void the_period_must_have_ended_and_not_begin_before_the_po_was_proposed() {
    Property.forAll(PERIODS, DAYS, DAYS).named("A29-incentive-period-ended both sides").check((period, today, proposed) -> {
      boolean broken = period.to().toEpochDay() >= today.toEpochDay() || period.from().toEpochDay() < proposed.toEpochDay();
      assertThat(shown(IncentiveGuards.PERIOD_ENDED.check(new IncentiveGuards.Granting(period, today, proposed))))
          .isEqualTo(expected(IncentiveGuards.PERIOD_ENDED, broken, "period=" + period.from() + ".." + period.to(),
              "today=" + today, "organizationProposedOn=" + proposed));
    });
  }

  @Test
  void an_award_is_refused_exactly_when_its_period_shares_a_day_with_an_earlier_one() {
    Property.forAll(PERIODS, PERIODS).named("A29-incentive-one-per-period both sides").check((earlier, asked) -> {
      boolean shareADay = false;
      for (long d = asked.from().toEpochDay(); d <= asked.to().toEpochDay(); d++) {
        shareADay |= d >= earlier.from().toEpochDay() && d <= earlier.to().toEpochDay();
      }
      assertThat(shown(IncentiveGuards.ONE_AWARD_PER_PERIOD.check(new IncentiveGuards.Earlier("incentive-000001", earlier, asked))))
          .isEqualTo(expected(IncentiveGuards.ONE_AWARD_PER_PERIOD, shareADay, "award=incentive-000001",
              "awardPeriod=" + earlier.from() + ".." + earlier.to(), "period=" + asked.from() + ".." + asked.to()));
    });
  }

  @Test
  void the_recognised_gate_fails_exactly_when_the_policy_requires_recognition_and_the_po_is_not_recognised() {
    Property.forAll(Gen.enumValues(LifecycleStage.class), Gen.booleans()).named("A29-incentive-recognised both sides")
        .check((stage, required) -> assertThat(shown(IncentiveGuards.RECOGNISED.check(new IncentiveGuards.Recognition(stage, required))))
            .isEqualTo(expected(IncentiveGuards.RECOGNISED, required && !stage.name().equals("RECOGNISED"),
                "stage=" + stage, "incentive.requireRecognition=" + required)));
  }

  @Test
  void the_five_layers_gate_fails_exactly_when_required_and_a_layer_is_missing() {
    Property.forAll(Gen.setOf(Gen.enumValues(Layer.class), 0, 5), Gen.booleans()).named("A29-incentive-five-layers both sides")
        .check((missing, required) -> {
          TreeSet<Layer> sorted = new TreeSet<>(missing);
          assertThat(shown(IncentiveGuards.FIVE_LAYERS.check(new IncentiveGuards.Layers(sorted, required))))
              .isEqualTo(expected(IncentiveGuards.FIVE_LAYERS, required && missing.size() > 0, "missingLayers=" + sorted,
                  "incentive.requireFiveLayers=" + required));
        });
  }

  @Test
  void the_active_functions_gate_fails_exactly_when_fewer_functions_were_active_than_the_minimum() {
    Property.forAll(Gen.setOf(Gen.enumValues(Function.class), 0, 7), Gen.integers(0, 7)).named("A29-incentive-active-functions both sides")
        .check((active, minimum) -> {
          var gate = new IncentiveGuards.Functions(active, minimum);
          assertThat(shown(IncentiveGuards.ACTIVE_FUNCTIONS.check(gate))).isEqualTo(expected(IncentiveGuards.ACTIVE_FUNCTIONS,
              active.size() < minimum, "activeFunctions=" + active.size(), "functions=" + gate.active(),
              "incentive.minimumActiveFunctions=" + minimum));
        });
  }

  @Test
  void the_rating_gate_fails_exactly_when_a_least_rating_is_set_and_the_current_one_ranks_below_it() {
    // ranks from the clause's order of labels: none, bronze, silver, gold
    List<Rating> order = List.of(Rating.NONE, Rating.BRONZE, Rating.SILVER, Rating.GOLD);
    Property.forAll(Gen.elements(Rating.NONE, Rating.BRONZE, Rating.SILVER, Rating.GOLD), Gen.elements(Rating.NONE, Rating.BRONZE,
            Rating.SILVER, Rating.GOLD), Gen.optional(DAYS)).named("A29-incentive-rating both sides").check((rating, least, until) -> {
          var current = until.map(u -> new IncentiveGuards.Current("evaluation-000001", u.minusYears(1), u));
          boolean broken = least != Rating.NONE && order.indexOf(rating) < order.indexOf(least);
          List<String> evidence = new java.util.ArrayList<>(List.of("currentRating=" + rating));
          until.ifPresent(u -> evidence.addAll(List.of("evaluation=evaluation-000001", "validUntil=" + u)));
          evidence.add("incentive.minimumRating=" + least);
          assertThat(shown(IncentiveGuards.RATING.check(new IncentiveGuards.Rated(rating, current, least))))
              .isEqualTo(expected(IncentiveGuards.RATING, broken, evidence.toArray(String[]::new)));
        });
  }

  @Test
  void the_sanction_gate_fails_exactly_when_a_sanction_in_force_blocks_incentives() {
    Property.forAll(Gen.listOf(Gen.integers(1, 9), 0, 3), Gen.setOf(Gen.enumValues(SanctionKind.class), 0, 3), Gen.integers(0, 5))
        .named("A29-incentive-no-sanction both sides").check((ids, kinds, inForce) -> {
          List<String> blocking = ids.stream().map(n -> "sanction-00000" + n + " WARNING").toList();
          var policy = io.vavr.collection.TreeSet.ofAll(kinds);
          assertThat(shown(IncentiveGuards.NO_BLOCKING_SANCTION.check(new IncentiveGuards.Sanctioned(blocking, policy, inForce))))
              .isEqualTo(expected(IncentiveGuards.NO_BLOCKING_SANCTION, ids.size() > 0, "blockingSanctions=" + blocking,
                  "sanction.blocksIncentives=" + policy, "sanctionsInForce=" + inForce));
        });
  }

  @Test
  void the_rating_gate_fails_exactly_when_a_least_rating_is_set_and_the_rating_ranks_below_it_or_is_withheld() {
    // Art.29 with Art.28: 有效 — a rating withheld (暂停适用) fails whatever its label (decision 0616)
    List<Rating> order = List.of(Rating.NONE, Rating.BRONZE, Rating.SILVER, Rating.GOLD);
    Property.forAll(Gen.elements(Rating.BRONZE, Rating.SILVER, Rating.GOLD), Gen.elements(Rating.NONE, Rating.BRONZE, Rating.SILVER,
            Rating.GOLD), Gen.booleans()).named("A29-incentive-rating withheld, both sides").check((rating, least, withheld) -> {
          var current = java.util.Optional.of(new IncentiveGuards.Current("evaluation-000001", DAY0.minusYears(1), DAY0));
          var why = withheld ? java.util.Optional.of(dev.clustergov.core.kernel.Text.of("因处理决定暂停适用", "withheld under a sanction"))
              : java.util.Optional.<dev.clustergov.core.kernel.Text>empty();
          boolean broken = least != Rating.NONE && (withheld || order.indexOf(rating) < order.indexOf(least));
          var gate = new IncentiveGuards.Rated(rating, current, why, least);
          assertThat(IncentiveGuards.RATING.check(gate).isPresent()).as(rating + " withheld " + withheld + " least " + least).isEqualTo(broken);
          String zh = gate.evidence().get(0).line().zh();
          assertThat(zh).isEqualTo("现行评价等级：" + rating.title().zh() + (withheld ? "（因处理决定暂停适用）" : ""));
        });
  }

  static final java.time.LocalDate DAY0 = java.time.LocalDate.of(2026, 12, 8);
}
