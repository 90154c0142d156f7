package dev.clustergov.core.finance;

import java.time.LocalDate;
import java.util.Objects;

/** A span of days, both ends included (期间): what a dossier's ledger covers. */
public record Period(LocalDate from, LocalDate to) {
  public Period {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("period ends before it starts");
    }
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && !day.isAfter(to);
  }

  /** From 1 January of the year before {@code day} through {@code day}: the last full year and this one. */
  public static Period assessedOn(LocalDate day) {
    return new Period(LocalDate.of(day.getYear() - 1, 1, 1), day);
  }
}
