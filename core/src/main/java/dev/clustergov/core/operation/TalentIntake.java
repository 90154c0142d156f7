package dev.clustergov.core.operation;

import java.util.Objects;

/** Talent attracted at one level (人才招引): how many people. */
public record TalentIntake(TalentLevel level, int count) {

  public TalentIntake {
    Objects.requireNonNull(level, "level");
    if (count < 1) {
      throw new IllegalArgumentException("a talent intake counts at least one person");
    }
  }
}
