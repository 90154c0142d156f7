package dev.clustergov.core.evaluation;

import dev.clustergov.core.rules.Assessment;
import dev.clustergov.core.rules.Evidence;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What one indicator measured (计量结果): the value, the evidence it rests on and, for a rule-based
 * indicator, each rule's outcome.
 */
public record Measurement(BigDecimal value, List<Evidence> evidence, List<Assessment> rules) {

  public Measurement {
    Objects.requireNonNull(value, "value");
    evidence = List.copyOf(evidence);
    rules = List.copyOf(rules);
    if (value.signum() < 0) {
      throw new IllegalArgumentException("a measured value is never negative");
    }
  }

  static Measurement of(BigDecimal value, Evidence... evidence) {
    return new Measurement(value, List.of(evidence), List.of());
  }

  static Measurement of(long value, Evidence... evidence) {
    return of(BigDecimal.valueOf(value), evidence);
  }
}
