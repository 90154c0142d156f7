package dev.clustergov.core.supervision;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/**
 * The result of a third-party evaluation (评价结果, Art.28): gold, silver or bronze label (金标、银标、铜标),
 * or none. Ordered best first; {@link #atLeast} compares.
 */
public enum Rating implements Labelled {
  GOLD("金标", "gold"),
  SILVER("银标", "silver"),
  BRONZE("铜标", "bronze"),
  NONE("未评定等级", "not rated");

  private final Text title;

  Rating(String zh, String en) {
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

  /** Whether this rating is {@code other} or better. */
  public boolean atLeast(Rating other) {
    return ordinal() <= other.ordinal();
  }
}
