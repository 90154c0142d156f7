package dev.clustergov.core.architecture.planted.onion.kernel;

import dev.clustergov.core.architecture.planted.onion.application.UseCase;

/** Planted: a model class that reaches out to a use case — the onion turned inside out. */
public final class LeaksOutward {
  public Value run(UseCase useCase) {
    return useCase.handle("x");
  }
}
