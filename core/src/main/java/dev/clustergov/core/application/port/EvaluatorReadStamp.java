package dev.clustergov.core.application.port;

import java.util.Objects;
import java.util.Optional;

/**
 * What an evaluator's read of a PO compares first (评价机构读取戳, Art.28, decisions 0420, 0580, 0606): the version of the
 * third-party evaluator the token names, which decides its grant, and the PO's read stamp, which finds a kept answer — read
 * at one moment, in one statement where the store can.
 *
 * @param evaluator the evaluator's version as {@link Evaluators#version} reads it; empty when none is registered under the id
 * @param organization the PO's read stamp as {@link EventLog#stamp} reads it
 */
public record EvaluatorReadStamp(Optional<Long> evaluator, ReadStamp organization) {
  public EvaluatorReadStamp {
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(organization, "organization");
  }
}
