package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.testkit.contract.StoredWhatIfContract;

/** {@link StoredWhatIfContract} on the in-memory adapters: the contract's own baseline, paged as a database is. */
class InMemoryStoredWhatIfTest extends StoredWhatIfContract {
  @Override
  protected Ports freshPorts() {
    return new InMemoryClustergov(SettableClock.at(SettableClock.DEFAULT_START)).ports();
  }
}
