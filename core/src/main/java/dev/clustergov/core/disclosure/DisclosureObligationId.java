package dev.clustergov.core.disclosure;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of a 信息披露义务记录 (Art.14). */
public record DisclosureObligationId(String value) implements Comparable<DisclosureObligationId> {

  public DisclosureObligationId {
    Identifier.require(value);
  }

  public static Validation<Violation, DisclosureObligationId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(DisclosureObligationId::new);
  }

  @Override
  public int compareTo(DisclosureObligationId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
