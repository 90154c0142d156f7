package dev.clustergov.core.dispute;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** In what capacity someone takes a step of a dispute (身份). */
public enum Capacity implements Labelled {
  /** 会员（成员单位） — raises a dispute in its own PO. */
  MEMBER(Text.of("成员单位", "member unit")),
  /** 组织机构 — a body of the five layers (Art.8(2)), e.g. the council or the board of supervisors. */
  GOVERNANCE_BODY(Text.of("组织机构", "governance body")),
  /** 秘书处 — the execution layer (Art.8(2).4), which runs the consultation and mediation procedure. */
  SECRETARIAT(Text.of("秘书处", "secretariat")),
  /** 内部调解员 — the person or committee the procedure names to mediate. */
  MEDIATOR(Text.of("调解员", "mediator")),
  /** 当事方 — one of the parties to the dispute. */
  PARTY(Text.of("当事方", "party"));

  private final Text label;

  Capacity(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }
}
