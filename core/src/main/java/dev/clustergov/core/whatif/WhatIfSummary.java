package dev.clustergov.core.whatif;

import dev.clustergov.core.kernel.Money;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * The what-if in figures (模拟汇总): how many POs were compared, how many ratings went up, down or stayed,
 * how many incentives rose, fell or stayed, the incentives' totals before and after and their difference,
 * and how many POs gained or lost findings.
 */
public record WhatIfSummary(
    int organizations, int changed, int ratingsUp, int ratingsDown, int ratingsUnchanged,
    int incentivesUp, int incentivesDown, int incentivesUnchanged,
    Money incentivesBefore, Money incentivesAfter, int withNewFindings, int withRemovedFindings) {

  public WhatIfSummary {
    Objects.requireNonNull(incentivesBefore, "incentivesBefore");
    Objects.requireNonNull(incentivesAfter, "incentivesAfter");
    if (ratingsUp + ratingsDown + ratingsUnchanged != organizations || incentivesUp + incentivesDown + incentivesUnchanged != organizations) {
      throw new IllegalArgumentException("every PO is counted once");
    }
  }

  /** The incentives' total after minus before, in yuan. */
  public BigDecimal incentiveDifference() {
    return incentivesAfter.minus(incentivesBefore);
  }
}
