package dev.clustergov.core.management;

import java.time.LocalDate;
import java.util.Objects;

/** A management system adopted as a normative document (规章制度, Art.7(4), Art.9), versioned. */
public record ManagementSystem(ManagementSystemKind kind, String title, LocalDate adoptedOn, int revision) {
  public ManagementSystem {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(adoptedOn, "adoptedOn");
    if (revision < 1) {
      throw new IllegalArgumentException("revision");
    }
  }
}
