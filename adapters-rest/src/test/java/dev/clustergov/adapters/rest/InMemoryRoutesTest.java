package dev.clustergov.adapters.rest;

import dev.clustergov.core.testkit.memory.InMemoryClustergov;

/** Every route over HTTP, on the test kit's in-memory ports. */
class InMemoryRoutesTest extends RoutesContract {
  @Override
  protected Backend backend() {
    InMemoryClustergov memory = new InMemoryClustergov();
    return Backend.memory(memory);
  }
}
