package dev.clustergov.core.operation;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of a member unit of a PO (成员单位标识). */
public record MembershipId(String value) implements Comparable<MembershipId> {

  public MembershipId {
    Identifier.require(value);
  }

  public static Validation<Violation, MembershipId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(MembershipId::new);
  }

  @Override
  public int compareTo(MembershipId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
