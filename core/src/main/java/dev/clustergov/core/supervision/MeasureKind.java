package dev.clustergov.core.supervision;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** A kind of self-discipline measure (自律措施, Art.24(1), Art.27). */
public enum MeasureKind implements Labelled {
  CONVENTION("自律公约", "self-discipline convention"),
  CODE_OF_CONDUCT("行为规范", "code of conduct"),
  DISCIPLINARY_RULES("惩戒办法", "disciplinary rules"),
  OTHER("其他自律措施", "other self-discipline measure");

  private final Text title;

  MeasureKind(String zh, String en) {
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
