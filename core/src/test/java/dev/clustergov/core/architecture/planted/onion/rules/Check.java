package dev.clustergov.core.architecture.planted.onion.rules;

import dev.clustergov.core.architecture.planted.onion.kernel.Value;

/** Planted onion, domain service: reads the model. */
public final class Check {
  public boolean holds(Value v) {
    return !v.text().isEmpty();
  }
}
