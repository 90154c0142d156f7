package dev.clustergov.core.operation;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** The quality of talent attracted (人才招引质量, Art.29), highest first. */
public enum TalentLevel implements Labelled {
  LEADING("领军人才", "leading talent"),
  HIGH_LEVEL("高层次人才", "high-level talent"),
  HIGHLY_SKILLED("高技能人才", "highly skilled talent"),
  GENERAL("一般人才", "general talent");

  private final Text title;

  TalentLevel(String zh, String en) {
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
