package dev.clustergov.core.architecture.planted.onion.application.port;

import dev.clustergov.core.architecture.planted.onion.kernel.Value;

/** Planted onion, a driven port. */
public interface Store {
  Value save(Value v);
}
