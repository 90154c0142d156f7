package dev.clustergov.core.governance;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of a person (人员标识). */
public record PersonId(String value) implements Comparable<PersonId> {

  public PersonId {
    Identifier.require(value);
  }

  public static Validation<Violation, PersonId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(PersonId::new);
  }

  @Override
  public int compareTo(PersonId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
