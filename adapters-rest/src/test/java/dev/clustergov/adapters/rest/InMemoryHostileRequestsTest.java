package dev.clustergov.adapters.rest;

import dev.clustergov.core.testkit.memory.InMemoryClustergov;

/** Ten thousand hostile requests on the in-memory backend, its whole state compared after each ({@link InMemoryClustergov#snapshot}). */
class InMemoryHostileRequestsTest extends HostileRequestsContract {

  private final InMemoryClustergov memory = new InMemoryClustergov();

  @Override
  protected Backend backend() {
    return Backend.memory(memory);
  }

  @Override
  protected int requests() {
    return Integer.getInteger("clustergov.hostile.requests", 10_000);
  }

  @Override
  protected Object state() {
    return memory.snapshot();
  }
}
