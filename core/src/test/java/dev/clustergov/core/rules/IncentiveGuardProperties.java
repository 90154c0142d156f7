package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.clustergov.core.rules.EvaluationGuardProperties.expected;
import static dev.clustergov.core.rules.EvaluationGuardProperties.shown;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.time.LocalDate;
import java.util.List;
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
  void the_converted_guards_hold_their_checks() {
    assertThat(List.of(IncentiveGuards.OWN_AUTHORITY, IncentiveGuards.PERIOD_ENDED, IncentiveGuards.ONE_AWARD_PER_PERIOD))
        .allMatch(Guard::executable);
  }
}
