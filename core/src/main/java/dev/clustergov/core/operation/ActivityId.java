package dev.clustergov.core.operation;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of a service activity (服务活动标识). */
public record ActivityId(String value) implements Comparable<ActivityId> {

  public ActivityId {
    Identifier.require(value);
  }

  public static Validation<Violation, ActivityId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(ActivityId::new);
  }

  @Override
  public int compareTo(ActivityId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
