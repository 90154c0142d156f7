package dev.clustergov.core.ip;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/** Who a party to an IP agreement is (Art.16: 政府、集群发展促进组织、合作共建单位等各方). */
public enum PartyKind implements Labelled {
  GOVERNMENT(Text.of("政府", "government")),
  PROMOTION_ORGANIZATION(Text.of("集群发展促进组织", "the PO")),
  PARTNER(Text.of("合作共建单位", "co-building partner")),
  /** 等 — the list of Art.16 is open. */
  OTHER(Text.of("其他", "other"));

  private final Text label;

  PartyKind(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }
}
