package dev.clustergov.core.supervision;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Evidence that an inspection finding was rectified (整改完成证明, Art.25): the day, what was done,
 * and the reference of the document that shows it.
 */
public record Rectification(LocalDate on, String description, String document) {

  public Rectification {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(document, "document");
    if (description.isBlank() || document.isBlank()) {
      throw new IllegalArgumentException("a rectification states what was done and the document that shows it");
    }
  }
}
