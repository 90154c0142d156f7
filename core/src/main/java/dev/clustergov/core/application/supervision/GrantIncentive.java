package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.incentive.Incentive;
import dev.clustergov.core.incentive.IncentiveAward;
import dev.clustergov.core.incentive.IncentiveAwardId;
import dev.clustergov.core.incentive.IncentiveCalculator;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.IncentiveGuards;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.OptionalLong;

/**
 * Grants a PO its incentive for a period (给予激励奖励, Art.29): by its own supervising authority (Art.26),
 * for a period that has ended and overlaps no earlier award, computed by the policy in force today for the
 * PO's cluster from the PO's results in the period. Refused with every reason at once — the wrong
 * authority, the period, an overlap, and each eligibility gate that fails — citing the clauses.
 *
 * <p>{@code from} and {@code to} are the first and the last day of the period, both required.
 */
public final class GrantIncentive {

  /**
   * What it applies: the actor's standing on the PO and in its own name, the PO's own authority, an ended
   * period, no overlap, and the eligibility gates the calculator checks.
   */
  public static final java.util.List<Guard<?>> GUARDS = java.util.List.of(Guard.ACTOR_STANDING, IncentiveGuards.OWN_AUTHORITY,
      IncentiveGuards.PERIOD_ENDED, IncentiveGuards.ONE_AWARD_PER_PERIOD, IncentiveGuards.RECOGNISED, IncentiveGuards.FIVE_LAYERS,
      IncentiveGuards.ACTIVE_FUNCTIONS, IncentiveGuards.RATING, IncentiveGuards.NO_BLOCKING_SANCTION);

  public record Command(AuthorityId actingAuthority, OrganizationId organization, LocalDate from, LocalDate to) {}

  private final Context context;

  public GrantIncentive(Context context) {
    this.context = context;
  }

  /** A period {@code from..to}, both required, {@code to} not before {@code from}. */
  public static Validation<Seq<Violation>, Period> period(LocalDate from, LocalDate to) {
    var f = Validations.seq(Validations.day("from", from));
    var t = Validations.seq(Validations.day("to", to));
    Seq<Violation> errors = Validations.errors(f, t);
    if (!errors.isEmpty()) {
      return Validation.invalid(errors);
    }
    if (t.get().isBefore(f.get())) {
      return Validation.invalid(List.of(Violation.of("to", "period-order", "奖励期间的截止日期不能早于起始日期", "the incentive period's end date may not be before its start date")));
    }
    return Validation.valid(new Period(f.get(), t.get()));
  }

  public Either<Refusal, IncentiveAward> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, IncentiveAward> decide(Command c) {
    var parsed = period(c.from(), c.to());
    if (parsed.isInvalid()) {
      return Either.left(Refusal.malformed(parsed.getError()));
    }
    Period period = parsed.get();
    LocalDate today = context.today();
    return context.acting().on("GrantIncentive", c.organization(), OptionalLong.empty()).flatMap(o -> context.dossiers().of(o, period).flatMap(d -> {
      java.util.List<Finding> findings = new ArrayList<>();
      context.acting().inOwnName(c.actingAuthority()).ifPresent(findings::add);
      IncentiveGuards.OWN_AUTHORITY.check(Guard.Supervising.named(c.actingAuthority(), o.authority(),
          x -> context.ports().authorities().find(x).map(dev.clustergov.core.supervision.Authority::name))).ifPresent(findings::add);
      IncentiveGuards.PERIOD_ENDED.check(new IncentiveGuards.Granting(period, today, o.proposedOn())).ifPresent(findings::add);
      context.ports().incentiveAwards().of(o.id()).forEach(a -> IncentiveGuards.ONE_AWARD_PER_PERIOD
          .check(new IncentiveGuards.Earlier(a.id().value(), a.period(), period)).ifPresent(findings::add));
      Incentive incentive = IncentiveCalculator.compute(d, context.dossiers().policyFor(d.cluster(), today), period, today);
      findings.addAll(incentive.reasons());
      if (!findings.isEmpty()) {
        return Context.reject("GrantIncentive", findings);
      }
      IncentiveAward award = IncentiveAward.of(new IncentiveAwardId(context.ports().ids().next("incentive")), c.actingAuthority(), incentive);
      return context.write(() -> {
        IncentiveAward saved = context.ports().incentiveAwards().save(award);
        context.recorder().record(new PolicyEvent.IncentiveGranted(saved.id(), o.id(), c.actingAuthority(), period, saved.amount(),
            saved.metrics(), saved.policyVersions()));
        return Either.right(saved);
      });
    }));
  }
}
