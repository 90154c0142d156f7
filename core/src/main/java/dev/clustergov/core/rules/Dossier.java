package dev.clustergov.core.rules;

import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.Authority;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the rules read about one PO (档案), immutable: the organization, its cluster, its
 * supervising authority (absent when the id names no registered authority) and how many other POs
 * of the same cluster are recognised. Later chapters add what belongs to the PO over a period.
 */
public record Dossier(
    PromotionOrganization organization, Cluster cluster, Optional<Authority> authority, int recognisedPeersInCluster) {

  public Dossier {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(authority, "authority");
    if (!organization.cluster().equals(cluster.id())) {
      throw new IllegalArgumentException("the dossier's cluster is not the organization's");
    }
    if (recognisedPeersInCluster < 0) {
      throw new IllegalArgumentException("recognisedPeersInCluster");
    }
  }

  public static Dossier of(PromotionOrganization organization, Cluster cluster, Authority authority) {
    return new Dossier(organization, cluster, Optional.ofNullable(authority), 0);
  }

  public Dossier with(PromotionOrganization changed) {
    return new Dossier(changed, cluster, authority, recognisedPeersInCluster);
  }
}
