package dev.clustergov.core.operation;

import dev.clustergov.core.kernel.Money;
import java.util.List;
import java.util.Objects;

/**
 * The results of an activity that Art.29 rewards (成效): investment in projects brought to the cluster (落地项目投资额),
 * technology transaction value (技术交易额), supply contract value (供货合同额), and talent attracted by
 * number and quality (人才招引数量及质量). Zero where an activity had none.
 */
public record Outcomes(Money landedInvestment, Money technologyTransactions, Money supplyContracts, List<TalentIntake> talents) {

  public static final Outcomes NONE = new Outcomes(Money.ZERO, Money.ZERO, Money.ZERO, List.of());

  public Outcomes {
    Objects.requireNonNull(landedInvestment, "landedInvestment");
    Objects.requireNonNull(technologyTransactions, "technologyTransactions");
    Objects.requireNonNull(supplyContracts, "supplyContracts");
    // highest level first, so equal outcomes are equal records however the intakes were listed
    talents = talents.stream().sorted(java.util.Comparator.comparing(TalentIntake::level)).toList();
    if (talents.stream().map(TalentIntake::level).distinct().count() != talents.size()) {
      throw new IllegalArgumentException("one intake per talent level");
    }
  }

  /** People attracted at every level. */
  public int talentCount() {
    return talents.stream().mapToInt(TalentIntake::count).sum();
  }

  /** People attracted at {@code level}. */
  public int talentCount(TalentLevel level) {
    return talents.stream().filter(t -> t.level() == level).mapToInt(TalentIntake::count).sum();
  }

  /** Both outcomes added up: amounts summed exactly, talent summed level by level (highest level first). */
  public Outcomes plus(Outcomes other) {
    java.util.EnumMap<TalentLevel, Integer> byLevel = new java.util.EnumMap<>(TalentLevel.class);
    for (TalentIntake t : talents) {
      byLevel.merge(t.level(), t.count(), Integer::sum);
    }
    for (TalentIntake t : other.talents) {
      byLevel.merge(t.level(), t.count(), Integer::sum);
    }
    return new Outcomes(landedInvestment.plus(other.landedInvestment),
        technologyTransactions.plus(other.technologyTransactions), supplyContracts.plus(other.supplyContracts),
        byLevel.entrySet().stream().map(e -> new TalentIntake(e.getKey(), e.getValue())).toList());
  }

  /** The same outcomes with talent listed highest level first, so equal totals compare equal. */
  public Outcomes normalised() {
    return NONE.plus(this);
  }

  public boolean isNone() {
    return landedInvestment.isZero() && technologyTransactions.isZero() && supplyContracts.isZero() && talents.isEmpty();
  }
}
