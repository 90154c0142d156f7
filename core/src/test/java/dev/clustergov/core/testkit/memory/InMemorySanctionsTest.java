package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Sanctions;
import dev.clustergov.core.testkit.contract.SanctionsContract;

class InMemorySanctionsTest extends SanctionsContract {
  @Override
  protected Sanctions freshSanctions() {
    return new InMemoryClustergov().sanctions();
  }
}
