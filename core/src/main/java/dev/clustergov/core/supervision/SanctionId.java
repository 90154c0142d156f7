package dev.clustergov.core.supervision;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of a sanction (处理决定标识). */
public record SanctionId(String value) implements Comparable<SanctionId> {

  public SanctionId {
    Identifier.require(value);
  }

  public static Validation<Violation, SanctionId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(SanctionId::new);
  }

  @Override
  public int compareTo(SanctionId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
