package dev.clustergov.core.finance;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** What a fee schedule prices (收费类别, Art.11): membership dues or service fees. */
public enum FeeKind implements Labelled {
  DUES(Text.of("会费", "membership dues"), IncomeKind.MEMBERSHIP_DUES),
  SERVICE_FEES(Text.of("服务收费", "service fees"), IncomeKind.SERVICE_INCOME);

  private final Text label;
  private final IncomeKind income;

  FeeKind(Text label, IncomeKind income) {
    this.label = label;
    this.income = income;
  }

  @Override
  public Text label() {
    return label;
  }

  /** The income a charge under this kind of schedule is. */
  public IncomeKind income() {
    return income;
  }

  /** Whether income of {@code kind} is a fee, which may be charged only under a published schedule. */
  public static boolean isFee(IncomeKind kind) {
    return kind == IncomeKind.MEMBERSHIP_DUES || kind == IncomeKind.SERVICE_INCOME;
  }
}
