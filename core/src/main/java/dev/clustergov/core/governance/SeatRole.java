package dev.clustergov.core.governance;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** The role a person holds on a body (职务). */
public enum SeatRole implements Labelled {
  CHAIR(Text.of("负责人", "chair")),
  VICE_CHAIR(Text.of("副职", "vice-chair")),
  SECRETARY_GENERAL(Text.of("秘书长", "secretary-general")),
  MEMBER(Text.of("成员", "member")),
  EXPERT(Text.of("专家", "expert"));

  private final Text label;

  SeatRole(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }
}
