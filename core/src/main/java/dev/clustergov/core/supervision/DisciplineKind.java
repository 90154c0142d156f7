package dev.clustergov.core.supervision;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** What a PO does to a member unit that broke its self-discipline measures (自律惩戒, Art.27), mildest first. */
public enum DisciplineKind implements Labelled {
  REMINDER("提醒谈话", "reminder"),
  CRITICISM("通报批评", "circulated criticism"),
  PUBLIC_CENSURE("公开谴责", "public censure"),
  EXPULSION("取消成员资格", "expulsion");

  private final Text title;

  DisciplineKind(String zh, String en) {
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
