package dev.clustergov.core.supervision;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of a self-discipline measure (自律措施标识). */
public record MeasureId(String value) implements Comparable<MeasureId> {

  public MeasureId {
    Identifier.require(value);
  }

  public static Validation<Violation, MeasureId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(MeasureId::new);
  }

  @Override
  public int compareTo(MeasureId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
