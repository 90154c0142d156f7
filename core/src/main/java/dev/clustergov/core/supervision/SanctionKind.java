package dev.clustergov.core.supervision;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/**
 * How an authority handles a PO that broke the law or the rules (依法依规予以处理, Art.29), mildest
 * first. What each does to the lifecycle, ratings and incentives is the policy's to say.
 */
public enum SanctionKind implements Labelled {
  WARNING("警告", "warning"),
  RECTIFICATION_ORDER("责令限期整改", "order to rectify within a time limit"),
  SUSPENSION("暂停认定", "suspension of recognition"),
  REVOCATION("撤销认定", "revocation of recognition");

  private final Text title;

  SanctionKind(String zh, String en) {
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
