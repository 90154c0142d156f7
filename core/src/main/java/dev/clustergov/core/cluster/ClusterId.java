package dev.clustergov.core.cluster;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of a cluster (集群标识). */
public record ClusterId(String value) implements Comparable<ClusterId> {

  public ClusterId {
    Identifier.require(value);
  }

  public static Validation<Violation, ClusterId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(ClusterId::new);
  }

  @Override
  public int compareTo(ClusterId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
