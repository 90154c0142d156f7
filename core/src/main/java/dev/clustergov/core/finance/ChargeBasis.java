package dev.clustergov.core.finance;

import java.util.Objects;
import java.util.Optional;

/** What a fee income was charged under (收费依据, Art.11): the schedule, its edition in force, the item and tier. */
public record ChargeBasis(FeeScheduleId schedule, int edition, String item, Optional<String> tier) {
  public ChargeBasis {
    Objects.requireNonNull(schedule, "schedule");
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(tier, "tier");
    if (edition < 1) {
      throw new IllegalArgumentException("edition");
    }
  }
}
