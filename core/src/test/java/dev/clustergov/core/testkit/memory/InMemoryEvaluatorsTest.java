package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Evaluators;
import dev.clustergov.core.testkit.contract.EvaluatorsContract;

class InMemoryEvaluatorsTest extends EvaluatorsContract {
  @Override
  protected Evaluators freshEvaluators() {
    return new InMemoryClustergov().evaluators();
  }
}
