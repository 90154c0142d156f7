package dev.clustergov.core.application.internal;

import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;

/**
 * The day a major matter was decided (决定日期): the disclosure period of Art.14 runs from it, not from
 * the day the decision was entered (decision 0351). Given, or today; a fact, so neither after today nor
 * before the PO was proposed (the command checks it with {@code Validations.dayOr(FIELD, given, today)}). It travels in the event as {@code decidedOn}, where the obligation reads it; {@code Guard.DECISION_DATE} checks it.
 */
public final class DecisionDay {

  public static final String FIELD = "decidedOn";

  private DecisionDay() {}

}
