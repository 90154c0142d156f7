package dev.clustergov.core.dispute;

import dev.clustergov.core.kernel.Text;

/** The lawful routes beyond the PO (Art.15: 可以依法通过调解、仲裁或诉讼等途径解决). */
public enum Route {
  EXTERNAL_MEDIATION(Text.of("调解", "mediation outside the PO")),
  ARBITRATION(Text.of("仲裁", "arbitration")),
  LITIGATION(Text.of("诉讼", "litigation"));

  private final Text label;

  Route(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
