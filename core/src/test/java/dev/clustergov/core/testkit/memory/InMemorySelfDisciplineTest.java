package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.SelfDiscipline;
import dev.clustergov.core.testkit.contract.SelfDisciplineContract;

class InMemorySelfDisciplineTest extends SelfDisciplineContract {
  @Override
  protected SelfDiscipline freshSelfDiscipline() {
    return new InMemoryClustergov().selfDiscipline();
  }
}
