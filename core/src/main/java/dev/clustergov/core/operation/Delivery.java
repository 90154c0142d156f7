package dev.clustergov.core.operation;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** How a service reaches members (服务方式, Art.23): provided by the PO, or brokered to a provider. */
public enum Delivery implements Labelled {
  DIRECT("直接服务", "provided directly"),
  BROKERED("对接服务", "brokered");

  private final Text title;

  Delivery(String zh, String en) {
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
