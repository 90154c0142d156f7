package dev.clustergov.core.policy;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/**
 * A dimension of third-party evaluation (评价维度, Art.28): Art.28 has evaluators look at a PO's
 * establishment (组建) and operation (运行); the indicator set splits them into establishment,
 * governance (治理, Art.8), management (管理, Art.9–16), operation (运行, Art.17–24) and results
 * (成效, Art.29).
 */
public enum Dimension implements Labelled {
  ESTABLISHMENT("组建", "establishment"),
  GOVERNANCE("治理", "governance"),
  MANAGEMENT("管理", "management"),
  OPERATION("运行", "operation"),
  RESULTS("成效", "results");

  private final Text title;

  Dimension(String zh, String en) {
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
