package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.testkit.contract.DisclosuresContract;

class InMemoryDisclosuresTest extends DisclosuresContract {
  @Override
  protected Ports freshPorts() {
    return new InMemoryClustergov().ports();
  }
}
