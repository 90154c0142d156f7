package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.ServiceActivities;
import dev.clustergov.core.testkit.contract.ServiceActivitiesContract;

class InMemoryServiceActivitiesTest extends ServiceActivitiesContract {
  @Override
  protected ServiceActivities freshActivities() {
    return new InMemoryClustergov().activities();
  }
}
