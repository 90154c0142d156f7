package dev.clustergov.core.whatif;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.supervision.Rating;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * What a draft policy changes for one PO (政策变化): its rating and evaluation total, its incentive and
 * eligibility, and the findings that appear or go, under the pack in force (before) and the draft (after).
 */
public record PolicyChange(
    OrganizationId organization, Rating ratingBefore, Rating ratingAfter, BigDecimal totalBefore, BigDecimal totalAfter,
    boolean eligibleBefore, boolean eligibleAfter, Money incentiveBefore, Money incentiveAfter,
    List<Finding> newFindings, List<Finding> removedFindings) {

  /** Which way a rating moved. */
  public enum Move {
    UP, DOWN, UNCHANGED
  }

  public PolicyChange {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(ratingBefore, "ratingBefore");
    Objects.requireNonNull(ratingAfter, "ratingAfter");
    Objects.requireNonNull(totalBefore, "totalBefore");
    Objects.requireNonNull(totalAfter, "totalAfter");
    Objects.requireNonNull(incentiveBefore, "incentiveBefore");
    Objects.requireNonNull(incentiveAfter, "incentiveAfter");
    newFindings = List.copyOf(newFindings);
    removedFindings = List.copyOf(removedFindings);
  }

  public Move rating() {
    if (ratingAfter == ratingBefore) {
      return Move.UNCHANGED;
    }
    return ratingAfter.atLeast(ratingBefore) ? Move.UP : Move.DOWN;
  }

  /** After minus before, in yuan; negative when the draft pays less. */
  public BigDecimal incentiveDifference() {
    return incentiveAfter.minus(incentiveBefore);
  }

  /** Whether anything differs. */
  public boolean changed() {
    return ratingBefore != ratingAfter || totalBefore.compareTo(totalAfter) != 0 || eligibleBefore != eligibleAfter
        || !incentiveBefore.equals(incentiveAfter) || !newFindings.isEmpty() || !removedFindings.isEmpty();
  }
}
