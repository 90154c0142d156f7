package dev.clustergov.core.ip;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** The three IP activities whose duties an agreement assigns (Art.16: 知识产权创造、保护和运用). */
public enum IpActivity implements Labelled {
  CREATION(Text.of("创造", "creation")),
  PROTECTION(Text.of("保护", "protection")),
  UTILISATION(Text.of("运用", "utilisation"));

  private final Text label;

  IpActivity(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }
}
