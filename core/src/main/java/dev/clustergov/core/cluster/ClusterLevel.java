package dev.clustergov.core.cluster;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/**
 * The level at which a cluster is cultivated (集群级别): a national advanced manufacturing cluster
 * (国家先进制造业集群) or a provincial or municipal one. It decides whether the cluster's PO counts as
 * national (全国性) or local (地方性) for the minimum registered capital.
 */
public enum ClusterLevel implements Labelled {
  NATIONAL(Text.of("国家级", "national")),
  PROVINCIAL(Text.of("省级", "provincial")),
  MUNICIPAL(Text.of("市级", "municipal"));

  private final Text label;

  ClusterLevel(Text label) {
    this.label = label;
  }

  @Override
  public Text label() {
    return label;
  }

  /** The level {@code raw} names ({@code NATIONAL}, {@code PROVINCIAL} or {@code MUNICIPAL}). */
  public static Validation<Violation, ClusterLevel> parse(String field, String raw) {
    for (ClusterLevel l : values()) {
      if (l.name().equals(raw)) {
        return Validation.valid(l);
      }
    }
    return Validation.invalid(Violation.of(field, "enum", "该项须为“NATIONAL”“PROVINCIAL”或“MUNICIPAL”",
        field + " must be NATIONAL, PROVINCIAL or MUNICIPAL"));
  }
}
