package dev.clustergov.core.incentive;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** The four results Art.29 rewards (奖励依据): 落地项目投资额、技术交易额、供货合同额、人才招引数量及质量. */
public enum IncentiveMetric implements Labelled {
  LANDED_INVESTMENT("落地项目投资额", "investment in projects brought to the cluster"),
  TECHNOLOGY_TRANSACTIONS("技术交易额", "technology transaction value"),
  SUPPLY_CONTRACTS("供货合同额", "supply contract value"),
  TALENT("人才招引数量及质量", "talent attracted by number and level");

  private final Text title;

  IncentiveMetric(String zh, String en) {
    this.title = Text.of(zh, en);
  }

  public Text title() {
    return title;
  }
  /** Its title: the words every {@link Labelled} value gives. */
  @Override
  public Text label() {
    return title();
  }

}
