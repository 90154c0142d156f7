package dev.clustergov.core.organization;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** The kind of a founding unit (发起单位类型, Art.2: 龙头企业、社会团体、科研机构等单位). */
public enum FounderKind implements Labelled {
  LEADING_ENTERPRISE(Text.of("龙头企业", "leading enterprise")),
  SOCIAL_GROUP(Text.of("社会团体", "social group")),
  RESEARCH_INSTITUTION(Text.of("科研机构", "research institution")),
  OTHER(Text.of("其他单位", "other unit"));

  private final Text label;

  FounderKind(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }
}
