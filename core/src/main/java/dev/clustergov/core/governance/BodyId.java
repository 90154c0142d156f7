package dev.clustergov.core.governance;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of a governance body (机构标识). */
public record BodyId(String value) implements Comparable<BodyId> {

  public BodyId {
    Identifier.require(value);
  }

  public static Validation<Violation, BodyId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(BodyId::new);
  }

  @Override
  public int compareTo(BodyId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
