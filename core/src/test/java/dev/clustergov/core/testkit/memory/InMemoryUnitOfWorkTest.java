package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.testkit.contract.UnitOfWorkContract;

class InMemoryUnitOfWorkTest extends UnitOfWorkContract {
  @Override
  protected Ports freshPorts() {
    return new InMemoryClustergov().ports();
  }
}
