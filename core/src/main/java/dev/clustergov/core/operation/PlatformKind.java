package dev.clustergov.core.operation;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** The hard platforms Art.17 names (硬平台), and others like them (等). */
public enum PlatformKind implements Labelled {
  INNOVATION_CENTRE("创新中心", "innovation centre"),
  PILOT_BASE("中试基地", "pilot-scale base"),
  SHARED_MANUFACTURING_CENTRE("共享制造中心", "shared manufacturing centre"),
  OTHER("其他硬平台", "other hard platform");

  private final Text title;

  PlatformKind(String zh, String en) {
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
