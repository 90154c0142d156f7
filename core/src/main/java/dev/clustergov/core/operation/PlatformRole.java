package dev.clustergov.core.operation;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** The PO's part in a platform (统筹搭建, Art.17): it built it, or coordinates one others built. */
public enum PlatformRole implements Labelled {
  BUILT("搭建", "built"),
  COORDINATED("统筹", "coordinated");

  private final Text title;

  PlatformRole(String zh, String en) {
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
