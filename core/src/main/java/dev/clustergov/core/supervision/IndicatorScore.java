package dev.clustergov.core.supervision;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.policy.Dimension;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * One indicator's score in an evaluation (指标得分, Art.28): the indicator's id, dimension, source
 * clause and weight as the policy set them, what was measured against which target, the score in
 * percent of the full score (capped at 100) and the threshold gold asks of it.
 */
public record IndicatorScore(
    String indicator, Dimension dimension, Citation source, int weight, BigDecimal measured, BigDecimal target,
    BigDecimal scorePercent, BigDecimal thresholdPercent) {

  public IndicatorScore {
    Objects.requireNonNull(indicator, "indicator");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(measured, "measured");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(scorePercent, "scorePercent");
    Objects.requireNonNull(thresholdPercent, "thresholdPercent");
    measured = canonical(measured);
    target = canonical(target);
    scorePercent = canonical(scorePercent);
    thresholdPercent = canonical(thresholdPercent);
    if (weight < 0 || scorePercent.signum() < 0 || scorePercent.compareTo(new BigDecimal("100")) > 0) {
      throw new IllegalArgumentException("indicator score " + indicator + " out of range");
    }
  }

  /** Numbers in one form whatever their scale ({@code 5.00} is {@code 5}), so a stored score equals the computed one. */
  private static BigDecimal canonical(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  /** At or above the threshold gold asks of every indicator. */
  public boolean atThreshold() {
    return scorePercent.compareTo(thresholdPercent) >= 0;
  }
}
