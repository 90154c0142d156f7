package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Evaluations;
import dev.clustergov.core.testkit.contract.EvaluationsContract;

class InMemoryEvaluationsTest extends EvaluationsContract {
  @Override
  protected Evaluations freshEvaluations() {
    return new InMemoryClustergov().evaluations();
  }
}
