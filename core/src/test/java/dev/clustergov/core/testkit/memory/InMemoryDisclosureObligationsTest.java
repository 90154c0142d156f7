package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.testkit.contract.DisclosureObligationsContract;

class InMemoryDisclosureObligationsTest extends DisclosureObligationsContract {
  @Override
  protected Ports freshPorts() {
    return new InMemoryClustergov().ports();
  }
}
