package dev.clustergov.core.rules;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/**
 * How much a failed rule weighs (严重程度). The clause's modal word decides it: 应/应当/必须/要 make a
 * rule blocking where a lifecycle step depends on it; 宜/鼓励/支持/可以 make it advisory — reported, but
 * blocking nothing unless a local policy pack makes it binding (Art.30).
 */
public enum Severity implements Labelled {
  BLOCKING(Text.of("约束性", "binding")),
  ADVISORY(Text.of("提示性", "advisory"));

  private final Text label;

  Severity(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }
}
