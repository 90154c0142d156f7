package dev.clustergov.core.disclosure;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of a 信息披露记录 (Art.14). */
public record DisclosureId(String value) implements Comparable<DisclosureId> {

  public DisclosureId {
    Identifier.require(value);
  }

  public static Validation<Violation, DisclosureId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(DisclosureId::new);
  }

  @Override
  public int compareTo(DisclosureId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
