package dev.clustergov.core.disclosure;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * How a disclosure deadline stands on a day (期限状态): met (published by the due day), late
 * (published after it), due (not yet published, the due day not passed) or overdue (not published, the
 * due day passed). Days late count whole calendar days after the due day: published on the due day is
 * on time, the day after is one day late.
 */
public record Deadline(Status status, LocalDate dueOn, Optional<LocalDate> publishedOn, long daysLate) {

  public enum Status { MET, LATE, DUE, OVERDUE }

  public Deadline {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(dueOn, "dueOn");
    Objects.requireNonNull(publishedOn, "publishedOn");
    if (daysLate < 0) {
      throw new IllegalStateException("negative days late");
    }
  }

  /** The deadline {@code dueOn}, published on {@code publishedOn} (if at all by {@code on}), seen on {@code on}. */
  public static Deadline of(LocalDate dueOn, Optional<LocalDate> publishedOn, LocalDate on) {
    if (publishedOn.isPresent()) {
      long late = Math.max(0, ChronoUnit.DAYS.between(dueOn, publishedOn.get()));
      return new Deadline(late == 0 ? Status.MET : Status.LATE, dueOn, publishedOn, late);
    }
    long late = Math.max(0, ChronoUnit.DAYS.between(dueOn, on));
    return new Deadline(late == 0 ? Status.DUE : Status.OVERDUE, dueOn, publishedOn, late);
  }

  /** Late or overdue: what Art.14's findings are about. */
  public boolean missed() {
    return status == Status.LATE || status == Status.OVERDUE;
  }

  /** Not yet published, whether due or overdue. */
  public boolean open() {
    return status == Status.DUE || status == Status.OVERDUE;
  }
}
