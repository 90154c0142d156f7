package dev.clustergov.core.rules;

import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.Authority;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Everything the rules read about one PO (档案), immutable: the organization, its cluster, its
 * supervising authority (absent when the id names no registered authority), how many other POs of the
 * same cluster hold its recognition, and — as later chapters add them — what belongs to the PO over a
 * period. New parts get defaults, so a dossier built for Chapters 1–2 stays valid.
 */
@Value.Immutable
public abstract class Dossier {

  public abstract PromotionOrganization organization();

  public abstract Cluster cluster();

  public abstract Optional<Authority> authority();

  /** The PO's disclosures (Art.14), by publication day; empty unless assembled. */
  public abstract java.util.List<dev.clustergov.core.disclosure.Disclosure> disclosures();

  /** The PO's major-matter disclosure obligations (Art.14), by the day they arose; empty unless assembled. */
  public abstract java.util.List<dev.clustergov.core.disclosure.DisclosureObligation> disclosureObligations();

  /** Other POs of the cluster that hold its recognition (recognised or suspended). */
  @Value.Default
  public int recognisedPeersInCluster() {
    return 0;
  }

  /** The PO's internal disputes (Art.15), every state. */
  @Value.Default
  public List<Dispute> disputes() {
    return List.of();
  }

  /** The PO's IP management agreements (Art.16), in force or awaiting signatures. */
  @Value.Default
  public List<IpAgreement> ipAgreements() {
    return List.of();
  }

  @Value.Check
  protected void usable() {
    if (!organization().cluster().equals(cluster().id())) {
      throw new IllegalStateException("the dossier's cluster is not the organization's");
    }
    if (disputes().stream().anyMatch(x -> !x.organization().equals(organization().id()))
        || ipAgreements().stream().anyMatch(x -> !x.organization().equals(organization().id()))) {
      throw new IllegalStateException("the dossier holds another organization's dispute or agreement");
    }
    if (disclosures().stream().anyMatch(x -> !x.organization().equals(organization().id()))
        || disclosureObligations().stream().anyMatch(x -> !x.organization().equals(organization().id()))) {
      throw new IllegalStateException("a disclosure or obligation of another organization in the dossier");
    }
    if (recognisedPeersInCluster() < 0) {
      throw new IllegalStateException("recognisedPeersInCluster");
    }
  }

  public static ImmutableDossier.Builder builder() {
    return ImmutableDossier.builder();
  }

  public static Dossier of(PromotionOrganization organization, Cluster cluster, Optional<Authority> authority, int recognisedPeersInCluster) {
    return builder().organization(organization).cluster(cluster).authority(authority)
        .recognisedPeersInCluster(recognisedPeersInCluster).build();
  }

  public static Dossier of(PromotionOrganization organization, Cluster cluster, Authority authority) {
    return of(organization, cluster, Optional.ofNullable(authority), 0);
  }

  /** The same dossier about a changed organization. */
  public Dossier with(PromotionOrganization changed) {
    return ImmutableDossier.copyOf(this).withOrganization(changed);
  }
}
