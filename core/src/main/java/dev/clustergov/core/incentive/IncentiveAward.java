package dev.clustergov.core.incentive;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An incentive award (激励奖励, Art.29): what the PO's own supervising authority (Art.26) granted it for a
 * period, on a day — the results it was measured by, each metric's formula and amount, the caps, the
 * amount, and the policy pack versions used — so the award can be recomputed and checked.
 */
public record IncentiveAward(
    IncentiveAwardId id, long version, OrganizationId organization, AuthorityId authority, Period period, LocalDate grantedOn,
    MetricTotals totals, List<MetricAward> metrics, Money subtotal, Money cap, Money amount, Text formula,
    List<String> policyVersions) {

  public IncentiveAward {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(authority, "authority");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(grantedOn, "grantedOn");
    Objects.requireNonNull(totals, "totals");
    metrics = List.copyOf(metrics);
    Objects.requireNonNull(subtotal, "subtotal");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(formula, "formula");
    policyVersions = List.copyOf(policyVersions);
    if (version < 0) {
      throw new IllegalArgumentException("version");
    }
    if (amount.compareTo(cap) > 0 || amount.compareTo(subtotal) > 0) {
      throw new IllegalArgumentException("an award never exceeds its cap or its metrics' total");
    }
    if (metrics.stream().map(MetricAward::metric).distinct().count() != metrics.size()) {
      throw new IllegalArgumentException("one amount per metric");
    }
    if (grantedOn.isBefore(period.to())) {
      throw new IllegalArgumentException("an award is granted once its period has ended");
    }
  }

  /** The award of an eligible computed incentive. */
  public static IncentiveAward of(IncentiveAwardId id, AuthorityId authority, Incentive incentive) {
    if (!incentive.eligible()) {
      throw new IllegalArgumentException("only an eligible PO is awarded");
    }
    return new IncentiveAward(id, 0, incentive.organization(), authority, incentive.period(), incentive.computedOn(),
        incentive.totals(), incentive.metrics(), incentive.subtotal(), incentive.cap(), incentive.amount(), incentive.formula(),
        incentive.policy().stream().map(Object::toString).toList());
  }

  /** Whether this award's period shares a day with {@code other}. */
  public boolean overlaps(Period other) {
    return !period.to().isBefore(other.from()) && !other.to().isBefore(period.from());
  }

  public IncentiveAward withVersion(long v) {
    return new IncentiveAward(id, v, organization, authority, period, grantedOn, totals, metrics, subtotal, cap, amount, formula,
        policyVersions);
  }
}
