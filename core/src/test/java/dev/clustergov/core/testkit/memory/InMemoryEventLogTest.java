package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.EventLog;
import dev.clustergov.core.testkit.contract.EventLogContract;

class InMemoryEventLogTest extends EventLogContract {
  @Override
  protected EventLog freshEventLog() {
    return new InMemoryClustergov().events();
  }
}
