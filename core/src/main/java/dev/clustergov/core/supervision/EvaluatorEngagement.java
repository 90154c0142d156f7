package dev.clustergov.core.supervision;

import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.Objects;

/**
 * An engagement to evaluate one PO (委托评价, Art.28): the PO's own supervising authority commissions a registered
 * third-party evaluator for a period, from a day until a day, both included. While it runs the evaluator reads that
 * PO and may record its evaluation; before and after, it may do neither (decision 0380).
 */
public record EvaluatorEngagement(OrganizationId organization, AuthorityId engagedBy, LocalDate from, LocalDate until) {

  public EvaluatorEngagement {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(engagedBy, "engagedBy");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("an engagement cannot end before it begins");
    }
  }

  /** Whether the engagement runs on {@code day}: from its first day to its last, both included. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(until);
  }
}
