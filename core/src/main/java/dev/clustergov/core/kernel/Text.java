package dev.clustergov.core.kernel;

import java.util.Objects;

/** A text in Chinese and English (中英文文本). The Chinese is the original where the two differ. */
public record Text(String zh, String en) {

  public Text {
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  public static Text of(String zh, String en) {
    return new Text(zh, en);
  }

  public String in(Language language) {
    return language == Language.ZH ? zh : en;
  }
}
