package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.testkit.contract.BulkDossiersContract;

/** {@link BulkDossiersContract} on the in-memory adapters: the one-pass bulk reads against the per-PO ones. */
class InMemoryBulkDossiersTest extends BulkDossiersContract {
  @Override
  protected Ports freshPorts() {
    return new InMemoryClustergov(SettableClock.at(SettableClock.DEFAULT_START)).ports();
  }
}
