package dev.clustergov.core.finance;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of a fee schedule (收费标准标识). */
public record FeeScheduleId(String value) implements Comparable<FeeScheduleId> {
  public FeeScheduleId {
    Identifier.require(value);
  }

  public static Validation<Violation, FeeScheduleId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(FeeScheduleId::new);
  }

  @Override
  public int compareTo(FeeScheduleId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
