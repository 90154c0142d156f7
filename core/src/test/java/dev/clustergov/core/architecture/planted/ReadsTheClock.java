package dev.clustergov.core.architecture.planted;

import java.time.Instant;
import java.time.LocalDate;

/** Planted: a "pure" class that reads the wall clock. */
public final class ReadsTheClock {
  public Instant stamp() {
    return Instant.now();
  }

  public LocalDate today() {
    return LocalDate.now();
  }

  public long millis() {
    return System.currentTimeMillis();
  }
}
