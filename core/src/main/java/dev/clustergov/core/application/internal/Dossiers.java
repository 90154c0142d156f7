package dev.clustergov.core.application.internal;

import dev.clustergov.core.application.Actor;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.general.ReinstateOrganization;
import dev.clustergov.core.application.general.RevokeRecognition;
import dev.clustergov.core.application.general.SuspendOrganization;
import dev.clustergov.core.application.port.ConcurrencyConflict;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.disclosure.MajorMatters;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.kernel.DomainEvent;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Rejection;
import dev.clustergov.core.rules.RuleBook;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.function.Supplier;

/**
 * The dossier the rules read (档案) and the policy in force for it (Art.30): one PO's, or many at once with
 * the ports' bulk methods; and the findings of chosen rules over a dossier.
 */
public final class Dossiers {

  private final Context context;

  Dossiers(Context context) {
    this.context = context;
  }

  /** The policy in force for the cluster's region today: baseline plus the overlays that apply (Art.30). */
  public Policy policyFor(Cluster cluster, LocalDate date) {
    // the resolver always starts from the built-in national baseline; published packs overlay it
    return PolicyResolver.resolve(context.ports().policyPacks().all(), cluster.region(), date);
  }

  /** The dossier the rules read, assembled from the registries. */
  public Either<Refusal, Dossier> of(PromotionOrganization o) {
    return of(o, dev.clustergov.core.finance.Period.assessedOn(context.today()));
  }

  /**
   * The dossier over {@code period}: the registries' parts plus the PO's ledger for the period, its fee
   * schedules and who else records its bank account — a fixed number of queries, however large the
   * books (Art.10–12), in one consistent read of the stores.
   */
  public Either<Refusal, Dossier> of(PromotionOrganization o, dev.clustergov.core.finance.Period period) {
    // one snapshot for every part (decision 0420); inside a unit of work or a caller's read, joined to it
    return context.ports().unitOfWork().read(() -> read(o, period));
  }

  private Either<Refusal, Dossier> read(PromotionOrganization o, dev.clustergov.core.finance.Period period) {
    int peers = recognisedPeers(o);
    return context.ports().clusters().find(o.cluster())
        .<Either<Refusal, Dossier>>map(c -> Either.right(Dossier.builder()
            .from(Dossier.of(o, c, context.ports().authorities().find(o.authority()), peers))
            .recognisedPeers(namedPeers(o, peers))
            .disputes(context.ports().disputes().of(o.id()))
            .ipAgreements(context.ports().ipAgreements().of(o.id()))
            .disclosures(context.ports().disclosures().ofOrganization(o.id()))
            .disclosureObligations(context.ports().disclosureObligations().ofOrganization(o.id()))
            .period(period)
            .income(context.ports().ledger().income(o.id(), period))
            .expenditures(context.ports().ledger().expenditures(o.id(), period))
            .feeSchedules(context.ports().feeSchedules().of(o.id()))
            .memberships(context.ports().memberships().of(o.id()))
            .platforms(context.ports().platforms().of(o.id()))
            .activities(context.ports().activities().of(o.id(), period))
            .inspections(context.ports().inspections().of(o.id()))
            .selfDisciplineMeasures(context.ports().selfDiscipline().measuresOf(o.id()))
            .disciplinaryActions(context.ports().selfDiscipline().actionsOf(o.id()))
            .sanctions(context.ports().sanctions().of(o.id()))
            .evaluations(context.ports().evaluations().of(o.id()))
            .accountSharedWith(o.bankAccount().map(a -> context.ports().organizations().accountHolders(a.number())).orElse(List.of()))
            .build()))
        .orElseGet(() -> Either.left(new Refusal.NotFound("cluster", o.cluster().value())));
  }

  /**
   * The dossiers of {@code organizations} over {@code period}, each equal to what
   * {@link #of(PromotionOrganization, dev.clustergov.core.finance.Period)} gives for it, in the same
   * order, but read with the ports' bulk methods: one call per part for the whole list, so a page of 500
   * POs costs some twenty queries instead of some twenty per PO (what-if, Art.30). A PO whose cluster
   * {@code clusters} does not know is left out, as the single form refuses it.
   */
  public List<Dossier> ofAll(List<PromotionOrganization> organizations, dev.clustergov.core.finance.Period period,
      java.util.function.Function<dev.clustergov.core.cluster.ClusterId, java.util.Optional<Cluster>> clusters) {
    List<PromotionOrganization> known = new ArrayList<>();
    Map<dev.clustergov.core.cluster.ClusterId, Cluster> clusterOf = new java.util.HashMap<>();
    for (PromotionOrganization o : organizations) {
      java.util.Optional<Cluster> c = clusterOf.containsKey(o.cluster()) ? java.util.Optional.of(clusterOf.get(o.cluster()))
          : clusters.apply(o.cluster());
      if (c.isPresent()) {
        clusterOf.put(o.cluster(), c.get());
        known.add(o);
      }
    }
    if (known.isEmpty()) {
      return List.of();
    }
    java.util.Set<OrganizationId> ids = new java.util.TreeSet<>();
    java.util.Set<dev.clustergov.core.cluster.ClusterId> clusterIds = new java.util.TreeSet<>();
    java.util.Set<String> accounts = new java.util.TreeSet<>();
    for (PromotionOrganization o : known) {
      ids.add(o.id());
      clusterIds.add(o.cluster());
      o.bankAccount().ifPresent(a -> accounts.add(a.number()));
    }
    var recognised = context.ports().organizations().inClusters(clusterIds, LifecycleStage.RECOGNISED);
    var suspended = context.ports().organizations().inClusters(clusterIds, LifecycleStage.SUSPENDED);
    var holders = accounts.isEmpty() ? Map.<String, List<dev.clustergov.core.finance.AccountHolder>>of()
        : context.ports().organizations().accountHolders(accounts);
    var disputes = context.ports().disputes().of(ids);
    var agreements = context.ports().ipAgreements().of(ids);
    var disclosures = context.ports().disclosures().ofOrganization(ids);
    var obligations = context.ports().disclosureObligations().ofOrganization(ids);
    var income = context.ports().ledger().income(ids, period);
    var expenditures = context.ports().ledger().expenditures(ids, period);
    var schedules = context.ports().feeSchedules().of(ids);
    var memberships = context.ports().memberships().of(ids);
    var platforms = context.ports().platforms().of(ids);
    var activities = context.ports().activities().of(ids, period);
    var inspections = context.ports().inspections().of(ids);
    var measures = context.ports().selfDiscipline().measuresOf(ids);
    var actions = context.ports().selfDiscipline().actionsOf(ids);
    var sanctions = context.ports().sanctions().of(ids);
    var evaluations = context.ports().evaluations().of(ids);
    Map<dev.clustergov.core.supervision.AuthorityId, java.util.Optional<dev.clustergov.core.supervision.Authority>> authorities =
        new java.util.HashMap<>();
    List<Dossier> all = new ArrayList<>(known.size());
    Map<OrganizationId, PromotionOrganization> byId = new java.util.HashMap<>();
    known.forEach(x -> byId.put(x.id(), x));
    for (PromotionOrganization o : known) {
      OrganizationId id = o.id();
      List<OrganizationId> peerIds = java.util.stream.Stream.concat(recognised.get(o.cluster()).stream(), suspended.get(o.cluster()).stream())
          .filter(x -> !x.equals(id)).toList();
      List<Dossier.Peer> named = new ArrayList<>();
      for (OrganizationId p : peerIds) {
        // a peer is most often on the page itself; one outside it is read by its id (a cluster has few)
        PromotionOrganization peer = byId.containsKey(p) ? byId.get(p) : context.ports().organizations().find(p).orElse(null);
        if (peer != null) {
          named.add(new Dossier.Peer(p, peer.name()));
        }
      }
      all.add(Dossier.builder()
          .from(Dossier.of(o, clusterOf.get(o.cluster()), authorities.computeIfAbsent(o.authority(), context.ports().authorities()::find),
              peerIds.size()))
          .recognisedPeers(named.size() == peerIds.size() ? named : List.of())
          .disputes(disputes.get(id))
          .ipAgreements(agreements.get(id))
          .disclosures(disclosures.get(id))
          .disclosureObligations(obligations.get(id))
          .period(period)
          .income(income.get(id))
          .expenditures(expenditures.get(id))
          .feeSchedules(schedules.get(id))
          .memberships(memberships.get(id))
          .platforms(platforms.get(id))
          .activities(activities.get(id))
          .inspections(inspections.get(id))
          .selfDisciplineMeasures(measures.get(id))
          .disciplinaryActions(actions.get(id))
          .sanctions(sanctions.get(id))
          .evaluations(evaluations.get(id))
          .accountSharedWith(o.bankAccount().map(a -> holders.get(a.number())).orElse(List.of()))
          .build());
    }
    return all;
  }

  /**
   * Other POs of the cluster that hold its recognition: a suspended PO keeps its recognition (it may be
   * reinstated), so it still occupies the cluster's place under the policy's limit (Art.2).
   */
  private int recognisedPeers(PromotionOrganization o) {
    return context.ports().organizations().countInCluster(o.cluster(), LifecycleStage.RECOGNISED, o.id())
        + context.ports().organizations().countInCluster(o.cluster(), LifecycleStage.SUSPENDED, o.id());
  }

  /**
   * The POs {@link #recognisedPeers} counts, by id and name, recognised then suspended, each by id (decision 0630): read
   * only when there is one, so a cluster with one PO costs no more queries than before.
   */
  private List<Dossier.Peer> namedPeers(PromotionOrganization o, int count) {
    if (count == 0) {
      return List.of();
    }
    List<Dossier.Peer> out = new ArrayList<>();
    for (LifecycleStage stage : List.of(LifecycleStage.RECOGNISED, LifecycleStage.SUSPENDED)) {
      java.util.Optional<OrganizationId> after = java.util.Optional.empty();
      while (true) {
        List<PromotionOrganization> page = context.ports().organizations().list(new dev.clustergov.core.application.port.OrganizationQuery(
            java.util.Optional.of(o.cluster()), java.util.Optional.empty(), java.util.Optional.of(stage), after, dev.clustergov.core.application.port.OrganizationQuery.MAX_LIMIT));
        page.stream().filter(x -> !x.id().equals(o.id())).forEach(x -> out.add(new Dossier.Peer(x.id(), x.name())));
        if (page.size() < dev.clustergov.core.application.port.OrganizationQuery.MAX_LIMIT) {
          break;
        }
        after = java.util.Optional.of(page.get(page.size() - 1).id());
      }
    }
    return out.size() == count ? out : List.of();
  }

  /** The rules of {@code ids} that fail on {@code d}, as findings with their severity under the policy in force. */
  public List<Finding> findings(Dossier d, java.util.Set<String> ids) {
    LocalDate today = context.today();
    List<Finding> out = new ArrayList<>();
    for (var r : context.book().rules()) {
      if (ids.contains(r.id())) {
        var policy = policyFor(d.cluster(), today);
        var outcome = r.evaluate(d, policy, today);
        if (outcome.failed()) {
          out.add(r.finding(r.severityUnder(policy), outcome));
        }
      }
    }
    return out;
  }
}
