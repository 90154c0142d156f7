package dev.clustergov.core.architecture.planted;

import java.util.Random;
import java.util.UUID;

/** Planted: identifiers and choices drawn from randomness instead of the IdSource port. */
public final class DrawsRandomness {
  public String id() {
    return UUID.randomUUID().toString();
  }

  public int pick(int bound) {
    return new Random().nextInt(bound);
  }
}
