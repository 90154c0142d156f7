package dev.clustergov.core.evaluation;

import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.supervision.Rating;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The gates of the labels (评级门槛, Art.28), from the policy: gold when the total reaches
 * {@code goldPercent} and — if the policy asks — every indicator its threshold; silver when the total
 * reaches {@code silverPercent}; bronze when evaluated at all; and none whenever a blocking finding
 * stands. Monotone: a higher total, more indicators at their thresholds or fewer blocking findings
 * never give a worse rating.
 */
public record RatingGates(BigDecimal goldPercent, BigDecimal silverPercent, boolean goldEveryThreshold) {

  public RatingGates {
    Objects.requireNonNull(goldPercent, "goldPercent");
    Objects.requireNonNull(silverPercent, "silverPercent");
  }

  public static RatingGates from(Policy policy) {
    return new RatingGates(policy.get(Parameters.EVALUATION_GOLD_PERCENT), policy.get(Parameters.EVALUATION_SILVER_PERCENT),
        policy.get(Parameters.EVALUATION_GOLD_EVERY_THRESHOLD));
  }

  /** The rating of a total, given whether every indicator is at its threshold and whether a blocking finding stands. */
  public Rating rate(BigDecimal totalPercent, boolean everyIndicatorAtThreshold, boolean blockingFinding) {
    if (blockingFinding) {
      return Rating.NONE;
    }
    boolean silver = totalPercent.compareTo(silverPercent) >= 0;
    if (silver && totalPercent.compareTo(goldPercent) >= 0 && (everyIndicatorAtThreshold || !goldEveryThreshold)) {
      return Rating.GOLD;
    }
    return silver ? Rating.SILVER : Rating.BRONZE;
  }
}
