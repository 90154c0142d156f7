package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Actor;
import dev.clustergov.core.rules.EvaluationRules;
import java.util.Optional;

/** Who acts for an evaluator (Art.28): the situation of {@link EvaluationRules#EVALUATOR_IN_OWN_NAME}. */
final class Evaluators {

  private Evaluators() {}

  /** {@code actor} acting in the name of the evaluator {@code named} (its id as the command gives it). */
  static EvaluationRules.ActingFor actingFor(Actor actor, String named) {
    return new EvaluationRules.ActingFor(actor.label(), actor instanceof Actor.Host,
        actor instanceof Actor.Evaluator e ? Optional.of(e.id()) : Optional.empty(), named);
  }
}
