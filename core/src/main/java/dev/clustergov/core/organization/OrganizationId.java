package dev.clustergov.core.organization;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of a promotion organization (促进组织标识). */
public record OrganizationId(String value) implements Comparable<OrganizationId> {

  public OrganizationId {
    Identifier.require(value);
  }

  public static Validation<Violation, OrganizationId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(OrganizationId::new);
  }

  @Override
  public int compareTo(OrganizationId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
