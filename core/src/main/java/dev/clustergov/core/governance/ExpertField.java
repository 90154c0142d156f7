package dev.clustergov.core.governance;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/**
 * A field of expertise of an advisory-layer expert (专家领域, Art.8(2).5): the clause names
 * technology, services and industry management, "and other fields".
 */
public enum ExpertField implements Labelled {
  TECHNOLOGY(Text.of("技术", "technology")),
  SERVICES(Text.of("服务", "services")),
  INDUSTRY_MANAGEMENT(Text.of("行业管理", "industry management")),
  FINANCE(Text.of("金融投资", "finance and investment")),
  LAW(Text.of("法律", "law")),
  OTHER(Text.of("其他", "other"));

  private final Text label;

  ExpertField(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }
}
