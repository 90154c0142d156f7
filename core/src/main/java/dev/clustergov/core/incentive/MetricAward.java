package dev.clustergov.core.incentive;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Text;
import java.util.Objects;
import java.util.Optional;

/**
 * What one Art.29 metric earns (分项奖励): the formula applied in words, the amount it gives, the
 * metric's own cap if the policy sets one, and the amount after that cap.
 */
public record MetricAward(IncentiveMetric metric, String base, Text formula, Money computed, Optional<Money> cap, Money amount) {

  public MetricAward {
    Objects.requireNonNull(metric, "metric");
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(formula, "formula");
    Objects.requireNonNull(computed, "computed");
    Objects.requireNonNull(cap, "cap");
    Objects.requireNonNull(amount, "amount");
    if (amount.compareTo(computed) > 0 || cap.map(c -> amount.compareTo(c) > 0).orElse(false)) {
      throw new IllegalArgumentException("a metric's amount exceeds what it computed or its cap");
    }
  }
}
