package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Disputes;
import dev.clustergov.core.testkit.contract.DisputesContract;

class InMemoryDisputesTest extends DisputesContract {
  @Override
  protected Disputes freshDisputes() {
    return new InMemoryClustergov().disputes();
  }
}
