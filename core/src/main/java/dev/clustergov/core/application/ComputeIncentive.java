package dev.clustergov.core.application;

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

  public record Query(OrganizationId organization, String from, String to) {}

  private final Support support;

  ComputeIncentive(Support support) {
    this.support = support;
  }

  public Either<Refusal, Incentive> handle(Query q) {
    var period = GrantIncentive.period(q.from(), q.to());
    if (period.isInvalid()) {
      return Either.left(Refusal.malformed(period.getError()));
    }
    LocalDate today = support.today();
    return support.organization(q.organization(), OptionalLong.empty()).flatMap(o -> support.dossier(o, period.get())
        .map(d -> IncentiveCalculator.compute(d, support.policyFor(d.cluster(), today), period.get(), today)));
  }
}
