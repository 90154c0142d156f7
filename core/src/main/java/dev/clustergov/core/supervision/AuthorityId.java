package dev.clustergov.core.supervision;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of an authority (主管部门标识). */
public record AuthorityId(String value) implements Comparable<AuthorityId> {

  public AuthorityId {
    Identifier.require(value);
  }

  public static Validation<Violation, AuthorityId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(AuthorityId::new);
  }

  @Override
  public int compareTo(AuthorityId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
