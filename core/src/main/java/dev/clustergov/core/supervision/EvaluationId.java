package dev.clustergov.core.supervision;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of an evaluation (评价标识). */
public record EvaluationId(String value) implements Comparable<EvaluationId> {

  public EvaluationId {
    Identifier.require(value);
  }

  public static Validation<Violation, EvaluationId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(EvaluationId::new);
  }

  @Override
  public int compareTo(EvaluationId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
