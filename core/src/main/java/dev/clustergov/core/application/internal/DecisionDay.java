package dev.clustergov.core.application.internal;

import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Evidence;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The day a major matter was decided (决定日期): the disclosure period of Art.14 runs from it, not from
 * the day the decision was entered (decision 0351). Given, or today; a fact, so neither after today nor
 * before the PO was proposed. It travels in the event as {@code decidedOn}, where the obligation reads it.
 */
public final class DecisionDay {

  public static final String FIELD = "decidedOn";

  private DecisionDay() {}

  /** The day {@code raw} names, or {@code today} when it names none. */
  public static Validation<Seq<Violation>, LocalDate> parse(String raw, LocalDate today) {
    return Inputs.dateOr(FIELD, raw, today);
  }

  /** The finding of Art.14 when {@code day} is after {@code today} or before {@code o} was proposed. */
  public static Optional<Finding> check(LocalDate day, PromotionOrganization o, LocalDate today) {
    return day.isAfter(today) || day.isBefore(o.proposedOn())
        ? Optional.of(Guard.DECISION_DATE.finding(Evidence.of(FIELD, day), Evidence.of("today", today),
            Evidence.of("organizationProposedOn", o.proposedOn())))
        : Optional.empty();
  }

  /** {@code data} with the day in it, for the event. */
  public static Map<String, String> into(Map<String, String> data, LocalDate day) {
    data.put(FIELD, day.toString());
    return data;
  }
}
