package dev.clustergov.core.whatif;

import dev.clustergov.core.finance.Period;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The result of a what-if (政策模拟结果, Art.30): on a day, for an incentive period, the POs whose rating,
 * incentive or findings the draft changes (ordered by organization id), and the summary over all POs.
 */
public record WhatIfReport(LocalDate day, Period period, List<PolicyChange> changes, WhatIfSummary summary) {

  public WhatIfReport {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(period, "period");
    changes = List.copyOf(changes);
    Objects.requireNonNull(summary, "summary");
  }
}
