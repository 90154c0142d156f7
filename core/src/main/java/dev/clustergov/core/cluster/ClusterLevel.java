package dev.clustergov.core.cluster;

import dev.clustergov.core.kernel.Text;

/**
 * The level at which a cluster is cultivated (集群级别): a national advanced manufacturing cluster
 * (国家先进制造业集群) or a provincial or municipal one. It decides whether the cluster's PO counts as
 * national (全国性) or local (地方性) for the minimum registered capital.
 */
public enum ClusterLevel {
  NATIONAL(Text.of("国家级", "national")),
  PROVINCIAL(Text.of("省级", "provincial")),
  MUNICIPAL(Text.of("市级", "municipal"));

  private final Text label;

  ClusterLevel(Text label) {
    this.label = label;
  }

  public Text label() {
    return label;
  }
}
