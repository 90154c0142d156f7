package dev.clustergov.core.supervision;

import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An engagement to evaluate one PO (委托评价, Art.28): the PO's own supervising authority commissions a registered
 * third-party evaluator for a period, from a day until a day, both included. While it runs the evaluator reads that
 * PO and may record its evaluation; before and after, it may do neither (decision 0380). The commissioning authority
 * may end it early (终止委托, decision 0475): from the day it ends, it runs no more.
 */
public record EvaluatorEngagement(OrganizationId organization, AuthorityId engagedBy, LocalDate from, LocalDate until,
    Optional<Ending> ending) {

  /**
   * How an engagement was ended early (终止委托): from the day {@code on} (not itself covered), by the authority, for a reason.
   */
  public record Ending(LocalDate on, AuthorityId by, String reason) {
    public Ending {
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(by, "by");
      Objects.requireNonNull(reason, "reason");
      if (reason.isBlank()) {
        throw new IllegalArgumentException("an ending states its reason");
      }
    }
  }

  /** Where it stands on a day (委托状态). */
  public enum Status {
    /** Its first day has not come. */
    UPCOMING,
    /** It runs on the day. */
    RUNNING,
    /** Its last day has passed. */
    EXPIRED,
    /** Ended early by the commissioning authority, on or before the day. */
    ENDED
  }

  /** An engagement that has not been ended early. */
  public EvaluatorEngagement(OrganizationId organization, AuthorityId engagedBy, LocalDate from, LocalDate until) {
    this(organization, engagedBy, from, until, Optional.empty());
  }

  public EvaluatorEngagement {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(engagedBy, "engagedBy");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(until, "until");
    Objects.requireNonNull(ending, "ending");
    if (until.isBefore(from)) {
      throw new IllegalArgumentException("an engagement cannot end before it begins");
    }
    if (ending.isPresent() && ending.get().on().isAfter(until)) {
      throw new IllegalArgumentException("an engagement is ended early on or before its last day");
    }
  }

  /** The same engagement, ended from {@code ending.on()}. */
  public EvaluatorEngagement endedBy(Ending ending) {
    return new EvaluatorEngagement(organization, engagedBy, from, until, Optional.of(ending));
  }

  /** Whether it was ended early. */
  public boolean ended() {
    return ending.isPresent();
  }

  /** The last day it runs: {@code until}, or the day before it was ended (before {@code from} when ended before it began). */
  public LocalDate lastDay() {
    return ending.map(e -> e.on().minusDays(1)).filter(d -> d.isBefore(until)).orElse(until);
  }

  /** Whether the engagement runs on {@code day}: from its first day to its last, both included, and not since it was ended. */
  public boolean covers(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(lastDay());
  }

  /** Where it stands on {@code day}. */
  public Status status(LocalDate day) {
    if (ending.isPresent() && !day.isBefore(ending.get().on())) {
      return Status.ENDED;
    }
    if (day.isBefore(from)) {
      return Status.UPCOMING;
    }
    return day.isAfter(until) ? Status.EXPIRED : Status.RUNNING;
  }
}
