package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.Authorities;
import dev.clustergov.core.application.port.Clusters;
import dev.clustergov.core.application.port.Disputes;
import dev.clustergov.core.application.port.DisclosureObligations;
import dev.clustergov.core.application.port.Disclosures;
import dev.clustergov.core.application.port.EventLog;
import dev.clustergov.core.application.port.IpAgreements;
import dev.clustergov.core.application.port.Organizations;
import dev.clustergov.core.application.port.PolicyPacks;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.application.port.UnitOfWork;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.DisputeId;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.ip.IpAgreementId;
import dev.clustergov.core.disclosure.Disclosure;
import dev.clustergov.core.disclosure.DisclosureId;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Either;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.function.Supplier;

/**
 * Every driven port in memory (内存适配器), for tests of use cases and of hosts' integrations. The
 * repositories and the event log of one instance share one lock and one {@link UnitOfWork}: what a
 * unit of work writes through them is rolled back together when it returns a {@code Left} or throws.
 * The clock stands still until a test moves it and ids are sequential, so runs are reproducible.
 *
 * <pre>{@code
 * InMemoryClustergov memory = new InMemoryClustergov();
 * Ports ports = memory.ports();
 * InMemoryClustergov.Snapshot before = memory.snapshot();
 * // … a command that must be refused …
 * assertThat(memory.snapshot()).isEqualTo(before);
 * }</pre>
 */
public final class InMemoryClustergov {
  private final Guard guard = new Guard();
  private final InMemoryClusters clusters = new InMemoryClusters(guard);
  private final InMemoryAuthorities authorities = new InMemoryAuthorities(guard);
  private final InMemoryOrganizations organizations = new InMemoryOrganizations(guard);
  private final InMemoryDisclosures disclosures = new InMemoryDisclosures(guard, organizations);
  private final InMemoryDisclosureObligations disclosureObligations = new InMemoryDisclosureObligations(guard, organizations);
  private final InMemoryPolicyPacks policyPacks = new InMemoryPolicyPacks(guard);
  private final InMemoryEventLog events = new InMemoryEventLog(guard);
  private final InMemoryDisputes disputes = new InMemoryDisputes(guard);
  private final InMemoryIpAgreements ipAgreements = new InMemoryIpAgreements(guard);
  private final InMemoryLedger ledger = new InMemoryLedger(guard);
  private final InMemoryFeeSchedules feeSchedules = new InMemoryFeeSchedules(guard);
  private final InMemoryMemberships memberships = new InMemoryMemberships(guard);
  private final InMemoryPlatforms platforms = new InMemoryPlatforms(guard);
  private final InMemoryServiceActivities activities = new InMemoryServiceActivities(guard);
  private final InMemoryInspections inspections = new InMemoryInspections(guard);
  private final InMemorySelfDiscipline selfDiscipline = new InMemorySelfDiscipline(guard);
  private final InMemorySanctions sanctions = new InMemorySanctions(guard);
  private final InMemoryIncentiveAwards incentiveAwards = new InMemoryIncentiveAwards(guard);
  private final InMemoryEvaluators evaluators = new InMemoryEvaluators(guard);
  private final InMemoryEvaluations evaluations = new InMemoryEvaluations(guard);
  private final SettableClock clock;
  private final SequentialIds ids = new SequentialIds();
  private final UnitOfWork unitOfWork = new InMemoryUnitOfWork();
  private final Ports ports;

  /** Empty stores, the clock at {@link SettableClock#DEFAULT_START}. */
  public InMemoryClustergov() {
    this(SettableClock.at(SettableClock.DEFAULT_START));
  }

  public InMemoryClustergov(Instant start) {
    this(SettableClock.at(start));
  }

  public InMemoryClustergov(SettableClock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
    this.ports = new Ports(clusters, authorities, organizations, policyPacks, events, clock, ids, unitOfWork,
        disputes, ipAgreements,
        disclosures, disclosureObligations,
        ledger, feeSchedules,
        memberships, platforms, activities,
        inspections, selfDiscipline, sanctions,
        incentiveAwards,
        evaluators, evaluations);
  }

  /** All the ports, for the use cases. */
  public Ports ports() {
    return ports;
  }

  public Clusters clusters() {
    return clusters;
  }

  public Authorities authorities() {
    return authorities;
  }

  public Organizations organizations() {
    return organizations;
  }

  public PolicyPacks policyPacks() {
    return policyPacks;
  }

  public Disclosures disclosures() {
    return disclosures;
  }

  public DisclosureObligations disclosureObligations() {
    return disclosureObligations;
  }

  public EventLog events() {
    return events;
  }

  public Disputes disputes() {
    return disputes;
  }

  public IpAgreements ipAgreements() {
    return ipAgreements;
  }

  public dev.clustergov.core.application.port.Ledger ledger() {
    return ledger;
  }

  public dev.clustergov.core.application.port.FeeSchedules feeSchedules() {
    return feeSchedules;
  }

  public dev.clustergov.core.application.port.Memberships memberships() {
    return memberships;
  }

  public dev.clustergov.core.application.port.Platforms platforms() {
    return platforms;
  }

  public dev.clustergov.core.application.port.ServiceActivities activities() {
    return activities;
  }

  public dev.clustergov.core.application.port.Inspections inspections() {
    return inspections;
  }

  public dev.clustergov.core.application.port.SelfDiscipline selfDiscipline() {
    return selfDiscipline;
  }

  public dev.clustergov.core.application.port.Sanctions sanctions() {
    return sanctions;
  }

  public dev.clustergov.core.application.port.IncentiveAwards incentiveAwards() {
    return incentiveAwards;
  }

  public dev.clustergov.core.application.port.Evaluators evaluators() {
    return evaluators;
  }

  public dev.clustergov.core.application.port.Evaluations evaluations() {
    return evaluations;
  }

  public SettableClock clock() {
    return clock;
  }

  public SequentialIds ids() {
    return ids;
  }

  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  /** Everything stored right now, as one comparable value; waits for a running unit of work to finish. */
  public Snapshot snapshot() {
    return guard.locked(() -> new Snapshot(
        clusters.store.copy(), authorities.store.copy(), organizations.store.copy(), policyPacks.copy(), events.copy(),
        disputes.store.copy(), ipAgreements.store.copy(),
        disclosures.store.copy(), disclosureObligations.store.copy(),
        ledger.copy().income(), ledger.copy().expenditures(), feeSchedules.store.copy(),
        memberships.store.copy(), platforms.store.copy(), activities.store.copy(),
        inspections.store.copy(), selfDiscipline.measures.copy(), selfDiscipline.actions.copy(), sanctions.store.copy(),
        incentiveAwards.store.copy(),
        evaluators.store.copy(), evaluations.store.copy(), new java.util.TreeMap<>(organizations.keys),
        new java.util.TreeMap<>(answerKeys)));
  }

  private void restore(Snapshot s) {
    clusters.store.restore(s.clusters());
    authorities.store.restore(s.authorities());
    organizations.store.restore(s.organizations());
    policyPacks.restore(s.policyPacks());
    events.restore(s.events());
    disputes.store.restore(s.disputes());
    ipAgreements.store.restore(s.ipAgreements());
    disclosures.store.restore(s.disclosures());
    disclosureObligations.store.restore(s.disclosureObligations());
    ledger.restore(new InMemoryLedger.Books(s.income(), s.expenditures()));
    feeSchedules.store.restore(s.feeSchedules());
    memberships.store.restore(s.memberships());
    organizations.keys.clear();
    organizations.keys.putAll(s.proposalKeys());
    answerKeys.clear();
    answerKeys.putAll(s.answerKeys());
    platforms.store.restore(s.platforms());
    activities.store.restore(s.activities());
    inspections.store.restore(s.inspections());
    selfDiscipline.measures.restore(s.selfDisciplineMeasures());
    selfDiscipline.actions.restore(s.disciplinaryActions());
    sanctions.store.restore(s.sanctions());
    incentiveAwards.store.restore(s.incentiveAwards());
    evaluators.store.restore(s.evaluators());
    evaluations.store.restore(s.evaluations());
    evaluations.pruneDossiers();
  }

  /**
   * The contents of every store and of the event log at one moment (快照). Two snapshots are equal when
   * nothing was written in between (the clock and the id source are not part of it).
   */
  public record Snapshot(
      SortedMap<ClusterId, Cluster> clusters,
      SortedMap<AuthorityId, Authority> authorities,
      SortedMap<OrganizationId, PromotionOrganization> organizations,
      List<PolicyPack> policyPacks,
      List<RecordedEvent> events,
      SortedMap<DisputeId, Dispute> disputes,
      SortedMap<IpAgreementId, IpAgreement> ipAgreements,
      SortedMap<DisclosureId, Disclosure> disclosures,
      SortedMap<DisclosureObligationId, DisclosureObligation> disclosureObligations,
      SortedMap<dev.clustergov.core.finance.LedgerEntryId, dev.clustergov.core.finance.IncomeEntry> income,
      SortedMap<dev.clustergov.core.finance.LedgerEntryId, dev.clustergov.core.finance.Expenditure> expenditures,
      SortedMap<dev.clustergov.core.finance.FeeScheduleId, dev.clustergov.core.finance.FeeSchedule> feeSchedules,
      SortedMap<dev.clustergov.core.operation.MembershipId, dev.clustergov.core.operation.Membership> memberships,
      SortedMap<dev.clustergov.core.operation.PlatformId, dev.clustergov.core.operation.Platform> platforms,
      SortedMap<dev.clustergov.core.operation.ActivityId, dev.clustergov.core.operation.ServiceActivity> activities,
      SortedMap<dev.clustergov.core.supervision.InspectionId, dev.clustergov.core.supervision.Inspection> inspections,
      SortedMap<dev.clustergov.core.supervision.MeasureId, dev.clustergov.core.supervision.SelfDisciplineMeasure> selfDisciplineMeasures,
      SortedMap<dev.clustergov.core.supervision.DisciplinaryActionId, dev.clustergov.core.supervision.DisciplinaryAction> disciplinaryActions,
      SortedMap<dev.clustergov.core.supervision.SanctionId, dev.clustergov.core.supervision.Sanction> sanctions,
      SortedMap<dev.clustergov.core.incentive.IncentiveAwardId, dev.clustergov.core.incentive.IncentiveAward> incentiveAwards,
      SortedMap<dev.clustergov.core.supervision.EvaluatorId, dev.clustergov.core.supervision.Evaluator> evaluators,
      SortedMap<dev.clustergov.core.supervision.EvaluationId, dev.clustergov.core.supervision.Evaluation> evaluations,
      SortedMap<String, dev.clustergov.core.application.port.KeyedProposal> proposalKeys,
      SortedMap<String, dev.clustergov.core.application.port.KeyedAnswer> answerKeys) {}

  /** The answers kept under idempotency keys (幂等键, decision 0540), restored with the rest when a unit of work rolls back. */
  private final java.util.SortedMap<String, dev.clustergov.core.application.port.KeyedAnswer> answerKeys = new java.util.TreeMap<>();

  /**
   * Holds the lock for the whole work, so units of work run one at a time; a {@code run} inside a
   * {@code run} joins the outer one, whose outcome decides for both.
   */
  private final class InMemoryUnitOfWork implements UnitOfWork {
    @Override
    public <L, R> Either<L, R> run(Supplier<Either<L, R>> work) {
      Objects.requireNonNull(work, "work");
      guard.lock();
      try {
        if (guard.nested()) {
          return work.get();
        }
        Snapshot before = snapshot();
        Either<L, R> result;
        try {
          result = Objects.requireNonNull(work.get(), "a unit of work returned null");
        } catch (Throwable t) {
          restore(before);
          throw t;
        }
        if (result.isLeft()) {
          restore(before);
        }
        return result;
      } finally {
        guard.unlock();
      }
    }

    /**
     * The key taken and the answer kept inside the unit of work, in the map a rollback restores; the racers under one key
     * wait for the registry's one lock, so the first keeps the answer and the others find it.
     */
    @Override
    public <L> Either<L, dev.clustergov.core.application.port.KeyedAnswer> once(String key, String fingerprint,
        Supplier<Either<L, String>> work) {
      Objects.requireNonNull(fingerprint, "fingerprint");
      if (!dev.clustergov.core.application.port.KeyedAnswer.wellFormed(key) || fingerprint.length() > dev.clustergov.core.application.port.KeyedAnswer.MAX_FINGERPRINT) {
        throw new IllegalArgumentException("an idempotency key is 1 to 200 visible ASCII characters, a fingerprint at most 64");
      }
      Objects.requireNonNull(work, "work");
      return run(() -> {
        var kept = answerKeys.get(key);
        if (kept != null) {
          return Either.right(new dev.clustergov.core.application.port.KeyedAnswer(key, kept.fingerprint(), kept.answer(), false));
        }
        return work.get().map(answer -> {
          var first = new dev.clustergov.core.application.port.KeyedAnswer(key, fingerprint, answer, true);
          answerKeys.put(key, first);
          return first;
        });
      });
    }

    /** Nothing more to hold: a unit of work here holds the registry's one lock throughout. */
    @Override
    public void lock(Lock what) {
      Objects.requireNonNull(what, "what");
      if (!guard.heldByCurrentThread()) {
        throw new IllegalStateException("lock(" + what + ") outside a unit of work");
      }
    }
  }
}
