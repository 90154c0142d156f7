package dev.clustergov.core.finance;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** A source of income (收入来源, Art.7(5)). */
public enum IncomeKind implements Labelled {
  MEMBERSHIP_DUES(Text.of("会员会费", "membership dues")),
  GOVERNMENT_APPROPRIATION(Text.of("政府拨款", "government appropriation")),
  DONATION(Text.of("社会捐赠", "donation")),
  SERVICE_INCOME(Text.of("规定允许范围内的服务收入", "permitted service income")),
  OTHER(Text.of("其他收入", "other income"));

  private final Text label;

  IncomeKind(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }
}
