package dev.clustergov.core.dispute;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;
import java.util.EnumSet;
import java.util.Set;

/**
 * The lawful routes beyond the PO (Art.15: 可以依法通过调解、仲裁或诉讼等途径解决), and which of them the
 * law still leaves open when one ends without settling the dispute (decision 0350).
 */
public enum Route implements Labelled {
  EXTERNAL_MEDIATION(Text.of("调解", "mediation outside the PO")),
  ARBITRATION(Text.of("仲裁", "arbitration")),
  LITIGATION(Text.of("诉讼", "litigation"));

  private final Text label;

  Route(Text label) {
    this.label = label;
  }

  /**
   * The routes still open once this one has been taken: mediation outside the PO that fails leaves
   * arbitration and litigation (《中华人民共和国人民调解法》第二十六条：调解不成的，应当终止调解，并告知当事人可以依法
   * 通过仲裁、行政、司法等途径维护自己的权利); an arbitral award is final (《中华人民共和国仲裁法》第九条：仲裁实行一裁终局的制度),
   * a court reviews it only to set it aside (第五十八条), which is not a new route for the dispute; and
   * litigation ends in a judgment, appeals staying within it.
   */
  public Set<Route> openAfter() {
    return this == EXTERNAL_MEDIATION ? EnumSet.of(ARBITRATION, LITIGATION) : EnumSet.noneOf(Route.class);
  }

  @Override
  public Text label() {
    return label;
  }
}
