package dev.clustergov.core.supervision;

import dev.clustergov.core.guideline.Citation;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A finding of an inspection (检查发现的问题, Art.25): numbered from 1 within its inspection, noted on a
 * day, citing the clause broken, described, with the deadline for rectification (整改期限); closed by
 * evidence of rectification, never before it was noted.
 */
public record InspectionFinding(
    int number, LocalDate notedOn, Citation clause, String description, LocalDate rectifyBy,
    Optional<Rectification> rectification) {

  public InspectionFinding {
    Objects.requireNonNull(notedOn, "notedOn");
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(rectifyBy, "rectifyBy");
    Objects.requireNonNull(rectification, "rectification");
    if (number < 1) {
      throw new IllegalArgumentException("findings are numbered from 1");
    }
    if (rectifyBy.isBefore(notedOn)) {
      throw new IllegalArgumentException("a rectification deadline before the finding was noted");
    }
    if (rectification.isPresent() && rectification.get().on().isBefore(notedOn)) {
      throw new IllegalArgumentException("a finding rectified before it was noted");
    }
  }

  public boolean open() {
    return rectification.isEmpty();
  }

  /** Open after its deadline: on {@code day} the deadline has passed and no rectification is recorded. */
  public boolean overdueOn(LocalDate day) {
    return open() && day.isAfter(rectifyBy);
  }

  public InspectionFinding rectified(Rectification r) {
    return new InspectionFinding(number, notedOn, clause, description, rectifyBy, Optional.of(r));
  }
}
