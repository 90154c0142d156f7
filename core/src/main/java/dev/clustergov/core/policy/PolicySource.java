package dev.clustergov.core.policy;

import dev.clustergov.core.kernel.RegionCode;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Which pack version a policy was resolved from (政策来源): what an assessment records so that it
 * can be reproduced.
 */
public record PolicySource(RegionCode jurisdiction, int version, LocalDate effectiveFrom) {

  public PolicySource {
    Objects.requireNonNull(jurisdiction, "jurisdiction");
    Objects.requireNonNull(effectiveFrom, "effectiveFrom");
    if (version < 1) {
      throw new IllegalArgumentException("version " + version);
    }
  }

  /** E.g. {@code 320000 v2 from 2024-07-01}. */
  @Override
  public String toString() {
    return jurisdiction + " v" + version + " from " + effectiveFrom;
  }
}
