package dev.clustergov.core.supervision;

import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A tie an evaluator declares to a PO (关联关系, Art.28) — consulting for it, drafting its charter,
 * staff seconded to it — from a day, until a day or still running. While it runs, and for the
 * policy's cooling-off period after it ends, the evaluator is not independent of that PO.
 */
public record EvaluatorTie(OrganizationId organization, String nature, LocalDate from, Optional<LocalDate> until) {

  public EvaluatorTie {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(nature, "nature");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (until.isPresent() && until.get().isBefore(from)) {
      throw new IllegalArgumentException("a tie cannot end before it began");
    }
  }

  /** Whether the tie ran on some day within {@code coolingOffMonths} before {@code day}, or runs on it. */
  public boolean within(LocalDate day, int coolingOffMonths) {
    if (from.isAfter(day)) {
      return false;
    }
    // counted as EvaluationRules.INDEPENDENT counts it: to the corresponding day of the last month (《民法典》第二百零二条)
    return until.map(end -> !end.plusMonths(coolingOffMonths).isBefore(day)).orElse(true);
  }
}
