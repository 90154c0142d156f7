package dev.clustergov.core.operation;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of a platform (平台标识). */
public record PlatformId(String value) implements Comparable<PlatformId> {

  public PlatformId {
    Identifier.require(value);
  }

  public static Validation<Violation, PlatformId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(PlatformId::new);
  }

  @Override
  public int compareTo(PlatformId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
