package dev.clustergov.core.supervision;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of a third-party evaluator (第三方评估机构标识). */
public record EvaluatorId(String value) implements Comparable<EvaluatorId> {

  public EvaluatorId {
    Identifier.require(value);
  }

  public static Validation<Violation, EvaluatorId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(EvaluatorId::new);
  }

  @Override
  public int compareTo(EvaluatorId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
