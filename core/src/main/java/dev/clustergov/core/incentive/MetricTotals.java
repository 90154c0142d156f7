package dev.clustergov.core.incentive;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.operation.TalentIntake;
import dev.clustergov.core.operation.TalentLevel;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The four Art.29 results of a PO over a period (期内成效合计), summed from the outcomes of its service
 * activities held in the period, with how many activities contributed.
 */
public record MetricTotals(Money landedInvestment, Money technologyTransactions, Money supplyContracts,
    Map<TalentLevel, Integer> talents, int activities) {

  public MetricTotals {
    Objects.requireNonNull(landedInvestment, "landedInvestment");
    Objects.requireNonNull(technologyTransactions, "technologyTransactions");
    Objects.requireNonNull(supplyContracts, "supplyContracts");
    EnumMap<TalentLevel, Integer> all = new EnumMap<>(TalentLevel.class);
    for (TalentLevel l : TalentLevel.values()) {
      int n = talents.getOrDefault(l, 0);
      if (n < 0) {
        throw new IllegalArgumentException("negative talent count");
      }
      all.put(l, n);
    }
    talents = Collections.unmodifiableMap(all);
  }

  /** Sums the outcomes of {@code activities} held in {@code period}. */
  public static MetricTotals of(List<ServiceActivity> activities, Period period) {
    Money landed = Money.ZERO;
    Money tech = Money.ZERO;
    Money supply = Money.ZERO;
    EnumMap<TalentLevel, Integer> talents = new EnumMap<>(TalentLevel.class);
    int count = 0;
    for (ServiceActivity a : activities) {
      if (!period.contains(a.heldOn())) {
        continue;
      }
      count++;
      landed = landed.plus(a.outcomes().landedInvestment());
      tech = tech.plus(a.outcomes().technologyTransactions());
      supply = supply.plus(a.outcomes().supplyContracts());
      for (TalentIntake t : a.outcomes().talents()) {
        talents.merge(t.level(), t.count(), Integer::sum);
      }
    }
    return new MetricTotals(landed, tech, supply, talents, count);
  }

  /** The money amount of a money metric; talent has none. */
  public Money amount(IncentiveMetric metric) {
    return switch (metric) {
      case LANDED_INVESTMENT -> landedInvestment;
      case TECHNOLOGY_TRANSACTIONS -> technologyTransactions;
      case SUPPLY_CONTRACTS -> supplyContracts;
      case TALENT -> Money.ZERO;
    };
  }

  public int talentCount() {
    return talents.values().stream().mapToInt(Integer::intValue).sum();
  }
}
