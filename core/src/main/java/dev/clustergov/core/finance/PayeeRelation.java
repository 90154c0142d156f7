package dev.clustergov.core.finance;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/**
 * Who a payee is to the PO (收款方关系, Art.10): the relations through which property can be seized,
 * divided or misappropriated (侵占、私分、挪用) come first.
 */
public enum PayeeRelation implements Labelled {
  FOUNDER(Text.of("发起单位", "founder")),
  OFFICER(Text.of("组织机构任职人员", "officer (holds a governance seat)")),
  STAFF(Text.of("工作人员", "staff member")),
  MEMBER(Text.of("成员单位", "member unit")),
  OTHER(Text.of("其他", "other"));

  private final Text label;

  PayeeRelation(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }

  /** Relations inside the PO, through which its property could be taken privately (Art.10). */
  public boolean insider() {
    return this == FOUNDER || this == OFFICER || this == STAFF;
  }
}
