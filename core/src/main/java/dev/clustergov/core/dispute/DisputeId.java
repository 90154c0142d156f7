package dev.clustergov.core.dispute;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of a dispute (内部矛盾标识). */
public record DisputeId(String value) implements Comparable<DisputeId> {

  public DisputeId {
    Identifier.require(value);
  }

  public static Validation<Violation, DisputeId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(DisputeId::new);
  }

  @Override
  public int compareTo(DisputeId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
