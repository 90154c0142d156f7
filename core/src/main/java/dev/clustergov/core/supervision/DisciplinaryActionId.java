package dev.clustergov.core.supervision;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of a disciplinary action (自律处分标识). */
public record DisciplinaryActionId(String value) implements Comparable<DisciplinaryActionId> {

  public DisciplinaryActionId {
    Identifier.require(value);
  }

  public static Validation<Violation, DisciplinaryActionId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(DisciplinaryActionId::new);
  }

  @Override
  public int compareTo(DisciplinaryActionId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
