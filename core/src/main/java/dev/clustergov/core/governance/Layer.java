package dev.clustergov.core.governance;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Text;

/** One of the five layers of the "five-in-one" structure (五位一体组织架构, Art.8(2)). */
public enum Layer implements Labelled {
  /** 决策层 — the organ of power; decides major matters. */
  DECISION(Text.of("决策层", "decision layer"), Citation.point(8, 2, 1)),
  /** 监督层 — supervises operations and daily management. */
  SUPERVISION(Text.of("监督层", "supervision layer"), Citation.point(8, 2, 2)),
  /** 管理层 — decides major matters outside the decision layer's powers. */
  MANAGEMENT(Text.of("管理层", "management layer"), Citation.point(8, 2, 3)),
  /** 执行层 — daily administration; carries out the other layers' decisions. */
  EXECUTION(Text.of("执行层", "execution layer"), Citation.point(8, 2, 4)),
  /** 咨询层 — experts who study the cluster and advise. */
  ADVISORY(Text.of("咨询层", "advisory layer"), Citation.point(8, 2, 5));

  private final Text label;
  private final Citation clause;

  Layer(Text label, Citation clause) {
    this.label = label;
    this.clause = clause;
  }

  @Override
  public Text label() {
    return label;
  }

  /** The point of Art.8(2) that defines this layer. */
  public Citation clause() {
    return clause;
  }
}
