package dev.clustergov.core.incentive;

import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/** The identifier of an incentive award (激励奖励标识). */
public record IncentiveAwardId(String value) implements Comparable<IncentiveAwardId> {

  public IncentiveAwardId {
    Identifier.require(value);
  }

  public static Validation<Violation, IncentiveAwardId> parse(String field, String raw) {
    return Identifier.check(field, raw).map(IncentiveAwardId::new);
  }

  @Override
  public int compareTo(IncentiveAwardId o) {
    return value.compareTo(o.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
