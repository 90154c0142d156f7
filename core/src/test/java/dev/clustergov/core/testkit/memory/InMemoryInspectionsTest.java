package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Inspections;
import dev.clustergov.core.testkit.contract.InspectionsContract;

class InMemoryInspectionsTest extends InspectionsContract {
  @Override
  protected Inspections freshInspections() {
    return new InMemoryClustergov().inspections();
  }
}
