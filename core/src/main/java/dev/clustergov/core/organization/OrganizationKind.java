package dev.clustergov.core.organization;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/**
 * The kind of body a PO is (组织类型, Art.8(1)): non-profit (public institution, social group, social
 * service agency), a market-run for-profit intermediary (system solution provider, research
 * institute, another such intermediary), or a consortium (联合体) of these.
 */
public enum OrganizationKind implements Labelled {
  PUBLIC_INSTITUTION(Text.of("事业单位", "public institution"), true),
  SOCIAL_GROUP(Text.of("社会团体", "social group"), true),
  SOCIAL_SERVICE_AGENCY(Text.of("社会服务机构", "social service agency"), true),
  SYSTEM_SOLUTION_PROVIDER(Text.of("系统解决方案服务商", "system solution provider"), false),
  RESEARCH_INSTITUTE(Text.of("科研机构", "research institute"), false),
  OTHER_MARKET_INTERMEDIARY(Text.of("其他市场化营利性中介组织", "other market-run for-profit intermediary"), false),
  CONSORTIUM(Text.of("联合体", "consortium"), false);

  private final Text label;
  private final boolean nonProfit;

  OrganizationKind(Text label, boolean nonProfit) {
    this.label = label;
    this.nonProfit = nonProfit;
  }

  @Override
  public Text label() {
    return label;
  }

  public boolean nonProfit() {
    return nonProfit;
  }
}
