package dev.clustergov.core.application;

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

/** What the use cases share: loading, the dossier, the policy in force, writing with events. */
final class Support {

  /** The steps that are the supervising authority's alone (Art.6, Art.26), refused with {@code Guard.OWN_AUTHORITY}. */
  private static final java.util.Set<String> LIFECYCLE_STEPS = java.util.Set.of(
      "RecogniseOrganization", "SuspendOrganization", "ReinstateOrganization", "RevokeRecognition");

  /** The key under which every event names its actor ({@link Actor#label()}). */
  static final String ACTED_BY = "actedBy";

  final Ports ports;
  final RuleBook book;
  /** Who is acting in the commands run through this support (Art.6, 15, 16, 26). */
  final Actor actor;

  Support(Ports ports, RuleBook book, Actor actor) {
    this.ports = ports;
    this.book = book;
    this.actor = java.util.Objects.requireNonNull(actor, "actor");
  }

  /** The same ports and rules, with {@code other} acting. */
  Support actingAs(Actor other) {
    return new Support(ports, book, other);
  }

  /**
   * The PO a command acts on, loaded inside the command's unit of work with its row held (so what the
   * command decides on it is not changed under it by another command), at the expected version, and
   * refused when the actor has no standing on it: an authority that is not the PO's own supervising
   * authority (Art.6, Art.26), a secretariat or member of another PO (Art.8(2)), an evaluator or the
   * public (they act for no PO). {@code alsoAllowed} admits one more kind of actor for this command
   * (an evaluator recording its evaluation).
   */
  Either<Refusal, PromotionOrganization> actingOn(String command, OrganizationId id, OptionalLong expectedVersion) {
    return actingOn(command, id, expectedVersion, a -> false);
  }

  Either<Refusal, PromotionOrganization> actingOn(String command, OrganizationId id, OptionalLong expectedVersion,
      java.util.function.Predicate<Actor> alsoAllowed) {
    ports.unitOfWork().lock(new dev.clustergov.core.application.port.UnitOfWork.Lock.Organization(id));
    return organization(id, expectedVersion).flatMap(o -> standing(command, o, alsoAllowed)
        .<Either<Refusal, PromotionOrganization>>map(f -> reject(command, f))
        .orElseGet(() -> Either.right(o)));
  }

  /** Why the actor may not act on {@code o}, if it may not (Art.6, Art.8(2), Art.26). */
  java.util.Optional<Finding> standing(String command, PromotionOrganization o, java.util.function.Predicate<Actor> alsoAllowed) {
    // an evaluator and the public act for no PO
    boolean ok = actor instanceof Actor.Host
        || actor instanceof Actor.Authority a && a.id().equals(o.authority())
        || actor.belongsTo(o.id());
    if (ok || alsoAllowed.test(actor)) {
      return java.util.Optional.empty();
    }
    if (actor instanceof Actor.Authority a && LIFECYCLE_STEPS.contains(command)) {
      // the lifecycle's own guard, as move() reports it
      return java.util.Optional.of(dev.clustergov.core.rules.Guard.OWN_AUTHORITY.finding(
          dev.clustergov.core.rules.Evidence.of("actingAuthority", a.id()),
          dev.clustergov.core.rules.Evidence.of("supervisingAuthority", o.authority())));
    }
    return java.util.Optional.of(dev.clustergov.core.rules.Guard.ACTOR_STANDING.finding(
            dev.clustergov.core.rules.Evidence.of("actor", actor.label()),
            dev.clustergov.core.rules.Evidence.of("organization", o.id()),
            dev.clustergov.core.rules.Evidence.of("supervisingAuthority", o.authority())));
  }

  /**
   * When an authority acts, the authority a command names as acting must be that authority: no one acts
   * in another authority's name (Art.26).
   */
  java.util.Optional<Finding> inOwnName(dev.clustergov.core.supervision.AuthorityId named) {
    return actor instanceof Actor.Authority a && !a.id().equals(named)
        ? java.util.Optional.of(dev.clustergov.core.rules.Guard.ACTOR_STANDING.finding(
            dev.clustergov.core.rules.Evidence.of("actor", actor.label()),
            dev.clustergov.core.rules.Evidence.of("namedAuthority", named)))
        : java.util.Optional.empty();
  }

  /**
   * The names a member acts under in its PO: the name it is known by and, when that is the id of one of
   * the PO's memberships (member units, Art.17), that membership's registered name.
   */
  java.util.Set<String> namesOf(Actor.Member m) {
    java.util.Set<String> names = new java.util.TreeSet<>();
    names.add(m.name());
    ports.memberships().of(m.organization()).stream().filter(x -> x.id().value().equals(m.name()))
        .forEach(x -> names.add(x.name()));
    return names;
  }

  /** Holds the registry's identities for the rest of the unit of work (see {@link dev.clustergov.core.application.port.UnitOfWork#lock}). */
  void lockRegistry() {
    ports.unitOfWork().lock(dev.clustergov.core.application.port.UnitOfWork.Lock.REGISTRY);
  }

  LocalDate today() {
    return ports.clock().today();
  }

  /** The policy in force for the cluster's region today: baseline plus the overlays that apply (Art.30). */
  Policy policyFor(Cluster cluster, LocalDate date) {
    // the resolver always starts from the built-in national baseline; published packs overlay it
    return PolicyResolver.resolve(ports.policyPacks().all(), cluster.region(), date);
  }

  Either<Refusal, PromotionOrganization> organization(OrganizationId id, OptionalLong expectedVersion) {
    return ports.organizations().find(id)
        .<Either<Refusal, PromotionOrganization>>map(o -> {
          if (expectedVersion.isPresent() && expectedVersion.getAsLong() != o.version()) {
            return Either.left(new Refusal.Conflict("PromotionOrganization", id.value(), expectedVersion.getAsLong(), o.version()));
          }
          return Either.right(o);
        })
        .orElseGet(() -> Either.left(new Refusal.NotFound("organization", id.value())));
  }

  /** An agreement of {@code o} at the expected version; another PO's agreement is not found. */
  Either<Refusal, dev.clustergov.core.ip.IpAgreement> ipAgreement(
      PromotionOrganization o, dev.clustergov.core.ip.IpAgreementId id, OptionalLong expectedVersion) {
    return ports.ipAgreements().find(id).filter(a -> a.organization().equals(o.id()))
        .<Either<Refusal, dev.clustergov.core.ip.IpAgreement>>map(a -> {
          if (expectedVersion != null && expectedVersion.isPresent() && expectedVersion.getAsLong() != a.version()) {
            return Either.left(new Refusal.Conflict("IpAgreement", id.value(), expectedVersion.getAsLong(), a.version()));
          }
          return Either.right(a);
        })
        .orElseGet(() -> Either.left(new Refusal.NotFound("ipAgreement", id.value())));
  }

  /** The dossier the rules read, assembled from the registries. */
  Either<Refusal, Dossier> dossier(PromotionOrganization o) {
    return dossier(o, dev.clustergov.core.finance.Period.assessedOn(today()));
  }

  /**
   * The dossier over {@code period}: the registries' parts plus the PO's ledger for the period, its fee
   * schedules and who else records its bank account — a fixed number of queries, however large the
   * books (Art.10–12).
   */
  Either<Refusal, Dossier> dossier(PromotionOrganization o, dev.clustergov.core.finance.Period period) {
    return ports.clusters().find(o.cluster())
        .<Either<Refusal, Dossier>>map(c -> Either.right(Dossier.builder()
            .from(Dossier.of(o, c, ports.authorities().find(o.authority()), recognisedPeers(o)))
            .disputes(ports.disputes().of(o.id()))
            .ipAgreements(ports.ipAgreements().of(o.id()))
            .disclosures(ports.disclosures().ofOrganization(o.id()))
            .disclosureObligations(ports.disclosureObligations().ofOrganization(o.id()))
            .period(period)
            .income(ports.ledger().income(o.id(), period))
            .expenditures(ports.ledger().expenditures(o.id(), period))
            .feeSchedules(ports.feeSchedules().of(o.id()))
            .memberships(ports.memberships().of(o.id()))
            .platforms(ports.platforms().of(o.id()))
            .activities(ports.activities().of(o.id(), period))
            .inspections(ports.inspections().of(o.id()))
            .selfDisciplineMeasures(ports.selfDiscipline().measuresOf(o.id()))
            .disciplinaryActions(ports.selfDiscipline().actionsOf(o.id()))
            .sanctions(ports.sanctions().of(o.id()))
            .evaluations(ports.evaluations().of(o.id()))
            .accountSharedWith(o.bankAccount().map(a -> ports.organizations().accountHolders(a.number())).orElse(List.of()))
            .build()))
        .orElseGet(() -> Either.left(new Refusal.NotFound("cluster", o.cluster().value())));
  }

  /**
   * The dossiers of {@code organizations} over {@code period}, each equal to what
   * {@link #dossier(PromotionOrganization, dev.clustergov.core.finance.Period)} gives for it, in the same
   * order, but read with the ports' bulk methods: one call per part for the whole list, so a page of 500
   * POs costs some twenty queries instead of some twenty per PO (what-if, Art.30). A PO whose cluster
   * {@code clusters} does not know is left out, as the single form refuses it.
   */
  List<Dossier> dossiers(List<PromotionOrganization> organizations, dev.clustergov.core.finance.Period period,
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
    var recognised = ports.organizations().inClusters(clusterIds, LifecycleStage.RECOGNISED);
    var suspended = ports.organizations().inClusters(clusterIds, LifecycleStage.SUSPENDED);
    var holders = accounts.isEmpty() ? Map.<String, List<dev.clustergov.core.finance.AccountHolder>>of()
        : ports.organizations().accountHolders(accounts);
    var disputes = ports.disputes().of(ids);
    var agreements = ports.ipAgreements().of(ids);
    var disclosures = ports.disclosures().ofOrganization(ids);
    var obligations = ports.disclosureObligations().ofOrganization(ids);
    var income = ports.ledger().income(ids, period);
    var expenditures = ports.ledger().expenditures(ids, period);
    var schedules = ports.feeSchedules().of(ids);
    var memberships = ports.memberships().of(ids);
    var platforms = ports.platforms().of(ids);
    var activities = ports.activities().of(ids, period);
    var inspections = ports.inspections().of(ids);
    var measures = ports.selfDiscipline().measuresOf(ids);
    var actions = ports.selfDiscipline().actionsOf(ids);
    var sanctions = ports.sanctions().of(ids);
    var evaluations = ports.evaluations().of(ids);
    Map<dev.clustergov.core.supervision.AuthorityId, java.util.Optional<dev.clustergov.core.supervision.Authority>> authorities =
        new java.util.HashMap<>();
    List<Dossier> all = new ArrayList<>(known.size());
    for (PromotionOrganization o : known) {
      OrganizationId id = o.id();
      int peers = (int) (recognised.get(o.cluster()).stream().filter(x -> !x.equals(id)).count()
          + suspended.get(o.cluster()).stream().filter(x -> !x.equals(id)).count());
      all.add(Dossier.builder()
          .from(Dossier.of(o, clusterOf.get(o.cluster()), authorities.computeIfAbsent(o.authority(), ports.authorities()::find), peers))
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
    return ports.organizations().countInCluster(o.cluster(), LifecycleStage.RECOGNISED, o.id())
        + ports.organizations().countInCluster(o.cluster(), LifecycleStage.SUSPENDED, o.id());
  }

  static <T> Either<Refusal, T> reject(String command, List<Finding> findings) {
    return Either.left(new Refusal.Rejected(new Rejection(command, findings)));
  }

  static <T> Either<Refusal, T> reject(String command, Finding finding) {
    return reject(command, List.of(finding));
  }

  /** Runs {@code work} as one unit of work; a stale write becomes a conflict and nothing is kept. */
  <T> Either<Refusal, T> write(Supplier<Either<Refusal, T>> work) {
    try {
      return ports.unitOfWork().run(work);
    } catch (ConcurrencyConflict c) {
      return Either.left(new Refusal.Conflict(c.aggregateType(), c.aggregateId(), c.expected(), c.actual()));
    }
  }

  /**
   * Moves a PO along its lifecycle (Art.6): refused with every blocking finding at once — the wrong
   * actor (Art.26), a step the lifecycle does not have, and, when {@code assess}, every rule of the
   * target stage that fails.
   */
  Either<Refusal, PromotionOrganization> move(
      String command, PromotionOrganization o, LifecycleStage target,
      java.util.Optional<dev.clustergov.core.supervision.AuthorityId> actor, boolean assess,
      java.util.function.UnaryOperator<dev.clustergov.core.organization.ImmutablePromotionOrganization.Builder> change,
      String eventType, Map<String, String> eventData) {
    return move(command, o, java.util.EnumSet.allOf(LifecycleStage.class), target, actor, assess, change, eventType, eventData);
  }

  /**
   * As above, for a command that starts only from {@code from}: two commands may lead to the same stage
   * (recognise from established, reinstate from suspended), and neither may stand in for the other.
   */
  Either<Refusal, PromotionOrganization> move(
      String command, PromotionOrganization o, java.util.Set<LifecycleStage> from, LifecycleStage target,
      java.util.Optional<dev.clustergov.core.supervision.AuthorityId> actor, boolean assess,
      java.util.function.UnaryOperator<dev.clustergov.core.organization.ImmutablePromotionOrganization.Builder> change,
      String eventType, Map<String, String> eventData) {
    return move(command, o, from, target, actor, assess, change, eventType, eventData, List.of());
  }

  /** As above, with {@code extra} findings of the command itself reported beside the lifecycle's. */
  Either<Refusal, PromotionOrganization> move(
      String command, PromotionOrganization o, java.util.Set<LifecycleStage> from, LifecycleStage target,
      java.util.Optional<dev.clustergov.core.supervision.AuthorityId> actor, boolean assess,
      java.util.function.UnaryOperator<dev.clustergov.core.organization.ImmutablePromotionOrganization.Builder> change,
      String eventType, Map<String, String> eventData, List<Finding> extra) {
    LocalDate today = today();
    PromotionOrganization next = change.apply(PromotionOrganization.builder().from(o).stage(target)).build();
    return dossier(next).flatMap(d -> {
      List<Finding> findings = new ArrayList<>();
      actor.flatMap(this::inOwnName).ifPresent(findings::add);
      if (actor.isPresent() && !actor.get().equals(o.authority())) {
        findings.add(dev.clustergov.core.rules.Guard.OWN_AUTHORITY.finding(
            dev.clustergov.core.rules.Evidence.of("actingAuthority", actor.get()),
            dev.clustergov.core.rules.Evidence.of("supervisingAuthority", o.authority())));
      }
      if (!from.contains(o.stage()) || !o.stage().canMoveTo(target)) {
        findings.add(dev.clustergov.core.rules.Guard.LIFECYCLE.finding(
            dev.clustergov.core.rules.Evidence.of("from", o.stage()), dev.clustergov.core.rules.Evidence.of("to", target)));
      }
      if (assess) {
        findings.addAll(book.assess(d, policyFor(d.cluster(), today), today, target).blockingFindings());
      }
      findings.addAll(extra);
      if (!findings.isEmpty()) {
        return reject(command, findings);
      }
      return write(() -> {
        PromotionOrganization saved = ports.organizations().save(next);
        Map<String, String> data = new java.util.TreeMap<>(eventData);
        data.put("from", o.stage().name());
        data.put("to", target.name());
        record(eventType, "organization", o.id().value(), data);
        return Either.right(saved);
      });
    });
  }

  /**
   * Stores a changed governance structure. In a stage where Art.8 must hold, a change that makes a
   * governance rule fail that passed before is refused with those findings; a PO that is final cannot
   * change at all (Art.6).
   */
  Either<Refusal, PromotionOrganization> changeGovernance(
      String command, PromotionOrganization o, dev.clustergov.core.governance.Governance governance,
      String eventType, Map<String, String> eventData) {
    if (o.stage().isFinal()) {
      return reject(command, dev.clustergov.core.rules.Guard.LIFECYCLE.finding(
          dev.clustergov.core.rules.Evidence.of("stage", o.stage())));
    }
    PromotionOrganization next = PromotionOrganization.builder().from(o).governance(governance).build();
    return dossier(o).flatMap(before -> {
      if (LifecycleStage.OPERATING.contains(o.stage())) {
        LocalDate today = today();
        var policy = policyFor(before.cluster(), today);
        var was = book.assess(before, policy, today, o.stage(),
            r -> dev.clustergov.core.rules.EstablishmentRules.GOVERNANCE.contains(r.id()));
        var now = book.assess(before.with(next), policy, today, o.stage(),
            r -> dev.clustergov.core.rules.EstablishmentRules.GOVERNANCE.contains(r.id()));
        java.util.Set<String> failedBefore = new java.util.HashSet<>();
        was.blockingFindings().forEach(f -> failedBefore.add(f.rule()));
        List<Finding> broken = now.blockingFindings().stream().filter(f -> !failedBefore.contains(f.rule())).toList();
        if (!broken.isEmpty()) {
          return reject(command, broken);
        }
      }
      return write(() -> {
        PromotionOrganization saved = ports.organizations().save(next);
        record(eventType, "organization", o.id().value(), eventData);
        return Either.right(saved);
      });
    });
  }

  /**
   * The blocking findings of the rules {@code ids} that {@code next} fails and {@code o} passed, assessed
   * for {@code o}'s stage under the policy in force today: what a change of an operating PO must not break.
   */
  Either<Refusal, List<Finding>> newlyBroken(PromotionOrganization o, PromotionOrganization next, java.util.Set<String> ids) {
    return dossier(o).map(before -> {
      LocalDate today = today();
      var policy = policyFor(before.cluster(), today);
      java.util.Set<String> failedBefore = new java.util.HashSet<>();
      book.assess(before, policy, today, o.stage(), r -> ids.contains(r.id())).blockingFindings()
          .forEach(f -> failedBefore.add(f.rule()));
      return book.assess(before.with(next), policy, today, o.stage(), r -> ids.contains(r.id())).blockingFindings()
          .stream().filter(f -> !failedBefore.contains(f.rule())).toList();
    });
  }

  /** The blocking findings of the rules {@code ids} that {@code next} fails, assessed for {@code o}'s stage today. */
  Either<Refusal, List<Finding>> failing(PromotionOrganization o, PromotionOrganization next, java.util.Set<String> ids) {
    return dossier(o).map(before -> {
      LocalDate today = today();
      return book.assess(before.with(next), policyFor(before.cluster(), today), today, o.stage(), r -> ids.contains(r.id()))
          .blockingFindings();
    });
  }

  /**
   * A lifecycle step taken for a stated reason — suspend, reinstate, revoke, dissolve: the reason is
   * required text (at most 500 characters) and goes into the event with the acting authority, if any.
   */
  Either<Refusal, PromotionOrganization> stepWithReason(
      String command, OrganizationId id, OptionalLong expectedVersion, java.util.Set<LifecycleStage> from,
      LifecycleStage target, java.util.Optional<dev.clustergov.core.supervision.AuthorityId> actor, boolean assess,
      String rawReason, String eventType) {
    var reason = dev.clustergov.core.kernel.Validations.text("reason", rawReason, 500);
    if (reason.isInvalid()) {
      return Either.left(new Refusal.Malformed(List.of(reason.getError())));
    }
    Map<String, String> data = new java.util.TreeMap<>();
    data.put("reason", reason.get());
    actor.ifPresent(a -> data.put("authority", a.value()));
    return actingOn(command, id, expectedVersion).flatMap(o -> move(command, o, from, target, actor, assess,
        b -> b.stageChangedOn(today()), eventType, data));
  }

  /** The guard for ledger, fee and hire commands: the PO must be operating (established, recognised or suspended). */
  static java.util.Optional<Finding> booksClosed(PromotionOrganization o) {
    return LifecycleStage.OPERATING.contains(o.stage()) ? java.util.Optional.empty()
        : java.util.Optional.of(dev.clustergov.core.rules.ManagementRules.BOOKS_OPEN.finding(
            dev.clustergov.core.rules.Evidence.of("stage", o.stage())));
  }

  /** A date that is not after today, for facts being recorded (a payment, a publication, a hire). */
  io.vavr.control.Validation<io.vavr.collection.Seq<dev.clustergov.core.kernel.Violation>, LocalDate> pastDate(String field, String raw) {
    return dev.clustergov.core.kernel.Validations.seq(FoundingApplication.date(field, raw)).flatMap(d -> d.isAfter(today())
        ? io.vavr.control.Validation.invalid(io.vavr.collection.List.of(dev.clustergov.core.kernel.Violation.of(field, "future-date",
            field + " 不能晚于今天（" + today() + "）", field + " is after today (" + today() + ")")))
        : io.vavr.control.Validation.valid(d));
  }

  /** The rules of {@code ids} that fail on {@code d}, as findings with their severity under the policy in force. */
  List<Finding> findings(Dossier d, java.util.Set<String> ids) {
    LocalDate today = today();
    List<Finding> out = new ArrayList<>();
    for (var r : book.rules()) {
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

  /**
   * Appends an accepted command's event — every accepted command goes through here — and, in the same
   * unit of work, the disclosure obligation it creates if the policy counts it a major matter (Art.14).
   */
  void record(String type, String aggregateType, String id, Map<String, String> data) {
    Map<String, String> withActor = new java.util.TreeMap<>(data);
    withActor.put(ACTED_BY, actor.label());
    ports.events().append(List.of(DomainEvent.of(type, aggregateType, id, ports.clock().now(), withActor)))
        .forEach(this::obligationArising);
  }

  /**
   * A major matter of a PO that has been established (a PO still being founded discloses nothing yet)
   * becomes an obligation due the policy's days after the day it arose — the day it was decided, when
   * the event says (decision 0351) — under the policy in force that day for the PO's cluster; the
   * obligation's own event is recorded beside it, never feeding back in.
   */
  private void obligationArising(dev.clustergov.core.application.port.RecordedEvent recorded) {
    DomainEvent e = recorded.event();
    MajorMatters.organization(e).flatMap(ports.organizations()::find)
        .filter(o -> o.establishedOn().isPresent() || o.recognisedOn().isPresent())
        .ifPresent(o -> ports.clusters().find(o.cluster()).ifPresent(c -> {
          LocalDate arisenOn = MajorMatters.arisenOn(e, o.establishedOn().or(o::recognisedOn), today());
          Policy policy = policyFor(c, arisenOn);
          MajorMatters.matter(e, policy.get(Parameters.DISCLOSURE_MAJOR_MATTERS).toJavaSet()).ifPresent(matter -> {
            DisclosureObligation saved = ports.disclosureObligations().save(DisclosureObligation.arising(
                new DisclosureObligationId(ports.ids().next("dob")), o.id(), matter, recorded.sequence(), arisenOn,
                policy.get(Parameters.DISCLOSURE_MAJOR_MATTER_DAYS)));
            ports.events().append(List.of(DomainEvent.of("DisclosureObligationArisen", "disclosureObligation",
                saved.id().value(), ports.clock().now(), Map.of(
                    "organization", o.id().value(), "matter", matter, "event", Long.toString(recorded.sequence()),
                    "arisenOn", saved.arisenOn().toString(), "dueOn", saved.dueOn().toString()))));
          });
        }));
  }
}
