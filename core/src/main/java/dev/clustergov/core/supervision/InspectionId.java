package dev.clustergov.core.supervision;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of an inspection (监督检查标识). */
public record InspectionId(String value) implements Comparable<InspectionId> {

  public InspectionId {
    Identifier.require(value);
  }

  public static Validation<Violation, InspectionId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(InspectionId::new);
  }

  @Override
  public int compareTo(InspectionId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
