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
   * The activities of {@link #activities()} by the function their item serves, each list by day then id:
   * made once per dossier, when first asked for, so the seven rules of Art.18–24 each look up their
   * function's window instead of scanning every activity (decision 0331). Not part of equality.
   */
  @Value.Lazy
  public java.util.Map<dev.clustergov.core.guideline.Function, List<dev.clustergov.core.operation.ServiceActivity>> activitiesByFunction() {
    List<dev.clustergov.core.operation.ServiceActivity> all = activities();
    // the ports give activities by day then id; sort only a dossier built otherwise
    boolean ordered = true;
    for (int i = 1; i < all.size() && ordered; i++) {
      dev.clustergov.core.operation.ServiceActivity a = all.get(i - 1);
      dev.clustergov.core.operation.ServiceActivity b = all.get(i);
      int byDay = a.heldOn().compareTo(b.heldOn());
      ordered = byDay < 0 || byDay == 0 && a.id().compareTo(b.id()) <= 0;
    }
    if (!ordered) {
      all = new java.util.ArrayList<>(all);
      all.sort(java.util.Comparator.comparing(dev.clustergov.core.operation.ServiceActivity::heldOn)
          .thenComparing(dev.clustergov.core.operation.ServiceActivity::id));
    }
    dev.clustergov.core.guideline.Function[] functions = dev.clustergov.core.guideline.Function.values();
    int[] counts = new int[functions.length];
    for (dev.clustergov.core.operation.ServiceActivity a : all) {
      counts[a.item().function().ordinal()]++;
    }
    dev.clustergov.core.operation.ServiceActivity[][] byFunction = new dev.clustergov.core.operation.ServiceActivity[functions.length][];
    for (int f = 0; f < functions.length; f++) {
      byFunction[f] = new dev.clustergov.core.operation.ServiceActivity[counts[f]];
      counts[f] = 0;
    }
    for (dev.clustergov.core.operation.ServiceActivity a : all) {
      int f = a.item().function().ordinal();
      byFunction[f][counts[f]++] = a;
    }
    java.util.Map<dev.clustergov.core.guideline.Function, List<dev.clustergov.core.operation.ServiceActivity>> index =
        new java.util.EnumMap<>(dev.clustergov.core.guideline.Function.class);
    for (int f = 0; f < functions.length; f++) {
      if (byFunction[f].length > 0) {
        index.put(functions[f], java.util.Collections.unmodifiableList(java.util.Arrays.asList(byFunction[f])));
      }
    }
    return java.util.Collections.unmodifiableMap(index);
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
    if (memberships().stream().anyMatch(x -> !x.organization().equals(organization().id()))
        || platforms().stream().anyMatch(x -> !x.organization().equals(organization().id()))
        || activities().stream().anyMatch(x -> !x.organization().equals(organization().id()))
        || sanctions().stream().anyMatch(x -> !x.organization().equals(organization().id()))
        || evaluations().stream().anyMatch(x -> !x.organization().equals(organization().id()))) {
      throw new IllegalStateException("the dossier holds another organization's members, platforms, activities, sanctions or evaluations");
    }
    if (inspections().stream().anyMatch(x -> !x.organization().equals(organization().id()))
        || selfDisciplineMeasures().stream().anyMatch(x -> !x.organization().equals(organization().id()))
        || disciplinaryActions().stream().anyMatch(x -> !x.organization().equals(organization().id()))) {
      throw new IllegalStateException("the dossier holds another organization's inspections or self-discipline records");
    }
    if (income().stream().anyMatch(e -> !e.organization().equals(organization().id()))
        || expenditures().stream().anyMatch(e -> !e.organization().equals(organization().id()))
        || feeSchedules().stream().anyMatch(f -> !f.organization().equals(organization().id()))) {
      throw new IllegalStateException("the dossier holds another organization's ledger or fee schedules");
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
