package dev.clustergov.core.incentive;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.policy.PolicySource;
import dev.clustergov.core.rules.Finding;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A computed incentive (激励测算, Art.29): for one PO and period, on a day, under the policy in force —
 * every gate checked, the four metrics' totals and what each earns, the cap, the amount (zero when a
 * gate failed), the formula in words and the explanation. What an award stores and what a what-if
 * compares.
 *
 * @param subtotal the metrics' amounts together, before the per-period cap
 */
public record Incentive(
    OrganizationId organization, Period period, LocalDate computedOn, List<GateCheck> gates, MetricTotals totals,
    List<MetricAward> metrics, Money subtotal, Money cap, Money amount, Text formula, List<PolicySource> policy,
    List<TraceStep> trace) {

  public Incentive {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(computedOn, "computedOn");
    gates = List.copyOf(gates);
    Objects.requireNonNull(totals, "totals");
    metrics = List.copyOf(metrics);
    Objects.requireNonNull(subtotal, "subtotal");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(formula, "formula");
    policy = List.copyOf(policy);
    trace = List.copyOf(trace);
    if (amount.compareTo(cap) > 0) {
      throw new IllegalArgumentException("an incentive never exceeds its cap");
    }
    if (!gates.stream().allMatch(GateCheck::passed) && !amount.isZero()) {
      throw new IllegalArgumentException("an ineligible PO's incentive is zero");
    }
  }

  /** Whether every gate held. */
  public boolean eligible() {
    return gates.stream().allMatch(GateCheck::passed);
  }

  /** Why the PO is not eligible: a blocking finding per failed gate, each citing its clauses; empty when eligible. */
  public List<Finding> reasons() {
    return gates.stream().filter(g -> !g.passed()).map(GateCheck::finding).toList();
  }
}
