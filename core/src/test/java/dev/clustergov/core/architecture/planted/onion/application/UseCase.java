package dev.clustergov.core.architecture.planted.onion.application;

import dev.clustergov.core.architecture.planted.onion.application.port.Store;
import dev.clustergov.core.architecture.planted.onion.kernel.Value;
import dev.clustergov.core.architecture.planted.onion.rules.Check;

/** Planted onion, application service: uses the rules, the model and a port. */
public final class UseCase {
  private final Store store = v -> v;

  public Value handle(String text) {
    Value v = new Value(text);
    return new Check().holds(v) ? store.save(v) : v;
  }
}
