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

  /**
   * Those other POs by id and name, in the count's order (recognised, then suspended, each by id), so that Art.2's
   * evidence names them (decision 0630); empty where the dossier was built from the count alone (a test's, a snapshot's).
   * Not part of the canonical text: the count is what the rule decides on.
   */
  @Value.Default
  public List<Peer> recognisedPeers() {
    return List.of();
  }

  /** Another PO of the cluster that holds its recognition, as Art.2's evidence names it. */
  public record Peer(dev.clustergov.core.organization.OrganizationId id, String name) {
    public Peer {
      java.util.Objects.requireNonNull(id, "id");
      java.util.Objects.requireNonNull(name, "name");
    }
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

  /**
   * The period the ledger parts cover (Art.10–11). The use cases assemble the last full year and this
   * one ({@code Period.assessedOn}); a dossier built without one covers everything since the proposal.
   */
  @Value.Default
  public dev.clustergov.core.finance.Period period() {
    return new dev.clustergov.core.finance.Period(organization().proposedOn(), java.time.LocalDate.of(9999, 12, 31));
  }

  /** The PO's income in {@link #period()}, fee charges included (Art.10, Art.11). */
  @Value.Default
  public java.util.List<dev.clustergov.core.finance.IncomeEntry> income() {
    return java.util.List.of();
  }

  /** The PO's expenditures in {@link #period()} (Art.10, Art.11). */
  @Value.Default
  public java.util.List<dev.clustergov.core.finance.Expenditure> expenditures() {
    return java.util.List.of();
  }

  /** Every fee schedule of the PO, with all its editions (Art.11). */
  @Value.Default
  public java.util.List<dev.clustergov.core.finance.FeeSchedule> feeSchedules() {
    return java.util.List.of();
  }

  /**
   * Everyone else in the registry who records the PO's bank account number — other POs, founders of any
   * PO (Art.12); empty when the PO has no account.
   */
  @Value.Default
  public java.util.List<dev.clustergov.core.finance.AccountHolder> accountSharedWith() {
    return java.util.List.of();
  }

  /** The member units of the cluster the PO serves (集群成员单位), past and present (Art.17, Art.28). */
  @Value.Default
  public List<dev.clustergov.core.operation.Membership> memberships() {
    return List.of();
  }

  /** The hard platforms the PO built or coordinates (Art.17). */
  @Value.Default
  public List<dev.clustergov.core.operation.Platform> platforms() {
    return List.of();
  }

  /** The PO's service activities (Art.17–24) held in {@link #period()}. */
  @Value.Default
  public List<dev.clustergov.core.operation.ServiceActivity> activities() {
    return List.of();
  }

  /** Every sanction on the PO (Art.29), lifted or in force. */
  @Value.Default
  public List<dev.clustergov.core.supervision.Sanction> sanctions() {
    return List.of();
  }

  /** Every third-party evaluation of the PO (Art.28), oldest first. */
  @Value.Default
  public List<dev.clustergov.core.supervision.Evaluation> evaluations() {
    return List.of();
  }

  /** Every inspection of the PO by its authority (Art.25–26), with its findings and rectifications. */
  @Value.Default
  public List<dev.clustergov.core.supervision.Inspection> inspections() {
    return List.of();
  }

  /** The PO's self-discipline measures (Art.24(1), Art.27), by adoption. */
  @Value.Default
  public List<dev.clustergov.core.supervision.SelfDisciplineMeasure> selfDisciplineMeasures() {
    return List.of();
  }

  /** The PO's disciplinary actions on its member units (Art.27). */
  @Value.Default
  public List<dev.clustergov.core.supervision.DisciplinaryAction> disciplinaryActions() {
    return List.of();
  }

  /**
   * The activities of {@link #activities()} by the function their item serves, each list by day then id, so the
   * seven rules of Art.18–24 each look up their function's window instead of scanning every activity (decision
   * 0331): from {@link #activityIndex()}, made once per dossier (the rules read the index itself, by day alone).
   * Not part of equality.
   */
  @Value.Lazy
  public java.util.Map<dev.clustergov.core.guideline.Function, List<dev.clustergov.core.operation.ServiceActivity>> activitiesByFunction() {
    return activityIndex().byFunctionByDayThenId();
  }

  /**
   * What the rules of Art.17–24 read about the activities, made in one pass when first asked for and kept for
   * every later rule and assessment of this dossier (decision 0570). Not part of equality; thread-safe (made once).
   */
  @Value.Lazy
  ActivityIndex activityIndex() {
    return ActivityIndex.of(activities());
  }

  /** Whether every record of {@code parts} belongs to {@code organization}: one loop, no stream, as the check runs on every copy. */
  private static <T> boolean all(List<T> parts, java.util.function.Function<T, dev.clustergov.core.organization.OrganizationId> owner,
      dev.clustergov.core.organization.OrganizationId organization) {
    for (int i = 0, n = parts.size(); i < n; i++) {
      if (!owner.apply(parts.get(i)).equals(organization)) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  protected void usable() {
    dev.clustergov.core.organization.OrganizationId own = organization().id();
    if (!organization().cluster().equals(cluster().id())) {
      throw new IllegalStateException("the dossier's cluster is not the PO's");
    }
    if (!all(disputes(), Dispute::organization, own) || !all(ipAgreements(), IpAgreement::organization, own)) {
      throw new IllegalStateException("the dossier holds another PO's dispute or agreement");
    }
    if (!all(disclosures(), dev.clustergov.core.disclosure.Disclosure::organization, own)
        || !all(disclosureObligations(), dev.clustergov.core.disclosure.DisclosureObligation::organization, own)) {
      throw new IllegalStateException("a disclosure or obligation of another PO in the dossier");
    }
    if (recognisedPeersInCluster() < 0) {
      throw new IllegalStateException("recognisedPeersInCluster");
    }
    if (!recognisedPeers().isEmpty() && (recognisedPeers().size() != recognisedPeersInCluster()
        || recognisedPeers().stream().anyMatch(x -> x.id().equals(own)))) {
      throw new IllegalStateException("the dossier names other recognised POs that are not its count, or the PO itself");
    }
    if (!all(memberships(), dev.clustergov.core.operation.Membership::organization, own)
        || !all(platforms(), dev.clustergov.core.operation.Platform::organization, own)
        || !all(activities(), dev.clustergov.core.operation.ServiceActivity::organization, own)
        || !all(sanctions(), dev.clustergov.core.supervision.Sanction::organization, own)
        || !all(evaluations(), dev.clustergov.core.supervision.Evaluation::organization, own)) {
      throw new IllegalStateException("the dossier holds another PO's members, platforms, activities, sanctions or evaluations");
    }
    if (!all(inspections(), dev.clustergov.core.supervision.Inspection::organization, own)
        || !all(selfDisciplineMeasures(), dev.clustergov.core.supervision.SelfDisciplineMeasure::organization, own)
        || !all(disciplinaryActions(), dev.clustergov.core.supervision.DisciplinaryAction::organization, own)) {
      throw new IllegalStateException("the dossier holds another PO's inspections or self-discipline records");
    }
    if (!all(income(), dev.clustergov.core.finance.IncomeEntry::organization, own)
        || !all(expenditures(), dev.clustergov.core.finance.Expenditure::organization, own)
        || !all(feeSchedules(), dev.clustergov.core.finance.FeeSchedule::organization, own)) {
      throw new IllegalStateException("the dossier holds another PO's ledger or fee schedules");
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
