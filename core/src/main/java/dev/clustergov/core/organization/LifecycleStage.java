package dev.clustergov.core.organization;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;
import java.util.EnumSet;
import java.util.Set;

/**
 * The stage of a PO's life (生命周期阶段): proposed (筹建) → established (组建完成, Art.7–8 met) →
 * recognised (认定, Art.6) ⇄ suspended (暂停) → revoked (撤销认定) or dissolved (注销); the last two are
 * final.
 */
public enum LifecycleStage implements Labelled {
  PROPOSED(Text.of("筹建中", "proposed")),
  ESTABLISHED(Text.of("已组建", "established")),
  RECOGNISED(Text.of("已认定", "recognised")),
  SUSPENDED(Text.of("认定已暂停", "recognition suspended")),
  REVOKED(Text.of("认定已撤销", "recognition revoked")),
  DISSOLVED(Text.of("已注销", "dissolved"));

  /**
   * The label of a PO dissolved while still proposed (终止筹建): it was never established, so it is not said to be
   * 已注销 (Guard A6-lifecycle: “筹建中的为终止筹建”). The stage stays {@link #DISSOLVED}; only the words differ. The
   * English says what the command's words say (end the founding of the PO; decision 0599).
   */
  public static final Text FOUNDING_ABANDONED = Text.of("已终止筹建", "founding ended");

  private final Text label;

  LifecycleStage(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }

  /**
   * The label of this stage for a PO that was or was never established: {@link #FOUNDING_ABANDONED} for one dissolved
   * without ever being established, {@link #label()} otherwise.
   */
  public Text label(boolean everEstablished) {
    return this == DISSOLVED && !everEstablished ? FOUNDING_ABANDONED : label;
  }

  public boolean isFinal() {
    return this == REVOKED || this == DISSOLVED;
  }

  /** The stages a PO may move to from this one. */
  public Set<LifecycleStage> next() {
    return switch (this) {
      case PROPOSED -> EnumSet.of(ESTABLISHED, DISSOLVED);
      case ESTABLISHED -> EnumSet.of(RECOGNISED, DISSOLVED);
      case RECOGNISED -> EnumSet.of(SUSPENDED, REVOKED, DISSOLVED);
      case SUSPENDED -> EnumSet.of(RECOGNISED, REVOKED, DISSOLVED);
      case REVOKED, DISSOLVED -> EnumSet.noneOf(LifecycleStage.class);
    };
  }

  public boolean canMoveTo(LifecycleStage target) {
    return next().contains(target);
  }

  /** Stages in which the conditions of establishment (Art.7–8) must hold. */
  public static final Set<LifecycleStage> OPERATING = EnumSet.of(ESTABLISHED, RECOGNISED, SUSPENDED);
}
