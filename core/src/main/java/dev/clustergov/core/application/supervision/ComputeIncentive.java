package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.incentive.Incentive;
import dev.clustergov.core.incentive.IncentiveCalculator;
import dev.clustergov.core.organization.OrganizationId;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.OptionalLong;

/**
 * Computes, without granting, what a PO would receive for a period under the policy in force today
 * (激励测算, Art.29): the gates, each metric, the amount and the explanation. Changes nothing.
 */
public final class ComputeIncentive {

  public record Query(OrganizationId organization, LocalDate from, LocalDate to) {}

  private final Context context;

  public ComputeIncentive(Context context) {
    this.context = context;
  }

  public Either<Refusal, Incentive> handle(Query q) {
    var period = GrantIncentive.period(q.from(), q.to());
    if (period.isInvalid()) {
      return Either.left(Refusal.malformed(period.getError()));
    }
    LocalDate today = context.today();
    return context.loading().organization(q.organization(), OptionalLong.empty()).flatMap(o -> context.dossiers().of(o, period.get())
        .map(d -> IncentiveCalculator.compute(d, context.dossiers().policyFor(d.cluster(), today), period.get(), today)));
  }
}
