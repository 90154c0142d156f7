package dev.clustergov.core.application;

import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.supervision.Supervision;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.disclosure.AnnualReport;
import dev.clustergov.core.disclosure.Disclosure;
import dev.clustergov.core.disclosure.DisclosureId;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DueDisclosure;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;

/** The read side (查询): what hosts and the REST server look up; nothing here changes state. */
public final class Queries {

  public static final int MAX_EVENTS = 1000;

  private final Context context;

  public Queries(Context context) {
    this.context = context;
  }

  /**
   * Runs {@code reads} over one consistent state of the stores (一致读取, decision 0420): what another unit of work
   * committed meanwhile is seen whole or not at all. The queries below that read a PO's dossier do so already; a
   * host or adapter that assembles an answer from several queries wraps them in this.
   */
  public <T> T consistently(java.util.function.Supplier<T> reads) {
    return context.ports().unitOfWork().read(reads);
  }

  /**
   * The PO's read stamp (decision 0420): while it is unchanged, so is everything derived from the PO's dossier for a
   * given as-of day — its compliance, reports, public view and coverage. Empty when the stores keep no stamps.
   */
  public java.util.Optional<dev.clustergov.core.application.port.ReadStamp> stamp(OrganizationId id) {
    return context.ports().events().stamp(id);
  }

  /** The day the queries answer as of: today by the clock (the as-of day of what they derive, decision 0420). */
  public LocalDate today() {
    return context.today();
  }

  public Either<Refusal, PromotionOrganization> organization(OrganizationId id) {
    return context.loading().organization(id, OptionalLong.empty());
  }

  public List<PromotionOrganization> organizations(OrganizationQuery query) {
    return context.ports().organizations().list(query);
  }

  public Either<Refusal, Cluster> cluster(ClusterId id) {
    return context.ports().clusters().find(id).<Either<Refusal, Cluster>>map(Either::right)
        .orElseGet(() -> Either.left(new Refusal.NotFound("cluster", id.value())));
  }

  public List<Cluster> clusters() {
    return context.ports().clusters().all();
  }

  public Either<Refusal, Authority> authority(AuthorityId id) {
    return context.ports().authorities().find(id).<Either<Refusal, Authority>>map(Either::right)
        .orElseGet(() -> Either.left(new Refusal.NotFound("authority", id.value())));
  }

  public List<Authority> authorities() {
    return context.ports().authorities().all();
  }

  public List<PolicyPack> policyPacks() {
    return context.ports().policyPacks().all();
  }

  /** The policy in force for a cluster on a date (Art.30). */
  public Either<Refusal, Policy> policyFor(ClusterId cluster, LocalDate date) {
    return cluster(cluster).map(c -> context.dossiers().policyFor(c, date));
  }

  /** The disputes of a PO (Art.15), ordered by id. */
  public Either<Refusal, List<dev.clustergov.core.dispute.Dispute>> disputes(OrganizationId organization) {
    return organization(organization).map(o -> context.ports().disputes().of(o.id()));
  }

  /** One dispute of a PO; another PO's dispute is not found. */
  public Either<Refusal, dev.clustergov.core.dispute.Dispute> dispute(OrganizationId organization, dev.clustergov.core.dispute.DisputeId id) {
    return organization(organization).flatMap(o -> context.ports().disputes().find(id).filter(d -> d.organization().equals(o.id()))
        .<Either<Refusal, dev.clustergov.core.dispute.Dispute>>map(Either::right)
        .orElseGet(() -> Either.left(new Refusal.NotFound("dispute", id.value()))));
  }

  /** The IP management agreements of a PO (Art.16), ordered by id. */
  public Either<Refusal, List<dev.clustergov.core.ip.IpAgreement>> ipAgreements(OrganizationId organization) {
    return organization(organization).map(o -> context.ports().ipAgreements().of(o.id()));
  }

  /** One agreement of a PO; another PO's agreement is not found. */
  public Either<Refusal, dev.clustergov.core.ip.IpAgreement> ipAgreement(OrganizationId organization, dev.clustergov.core.ip.IpAgreementId id) {
    return organization(organization).flatMap(o -> context.loading().ipAgreement(o, id, OptionalLong.empty()));
  }

  /** A PO's compliance report for its current stage on the clock's date: every rule, with the policy used. */
  public Either<Refusal, dev.clustergov.core.rules.ComplianceReport> compliance(OrganizationId organization) {
    LocalDate today = context.today();
    return assessed(organization, dev.clustergov.core.finance.Period.assessedOn(today), today)
        .map(a -> context.book().assess(a.dossier(), a.policy(), today, a.organization().stage()));
  }

  /** What an assessment reads: the PO, its dossier and the policy in force, read in one snapshot (decision 0420). */
  private record Assessed(PromotionOrganization organization, dev.clustergov.core.rules.Dossier dossier, Policy policy) {}

  private Either<Refusal, Assessed> assessed(OrganizationId id, dev.clustergov.core.finance.Period period, LocalDate today) {
    return consistently(() -> organization(id).flatMap(o -> context.dossiers().of(o, period)
        .map(d -> new Assessed(o, d, context.dossiers().policyFor(d.cluster(), today)))));
  }

  /** Every disclosure of a PO (Art.14), by publication day: what the public page shows. */
  public Either<Refusal, List<Disclosure>> disclosures(OrganizationId id) {
    return organization(id).map(o -> context.ports().disclosures().ofOrganization(o.id()));
  }

  public Either<Refusal, Disclosure> disclosure(DisclosureId id) {
    return context.ports().disclosures().find(id).<Either<Refusal, Disclosure>>map(Either::right)
        .orElseGet(() -> Either.left(new Refusal.NotFound("disclosure", id.value())));
  }

  /** Every major-matter obligation of a PO (Art.14), fulfilled or not, by the day it arose. */
  public Either<Refusal, List<DisclosureObligation>> disclosureObligations(OrganizationId id) {
    return organization(id).map(o -> context.ports().disclosureObligations().ofOrganization(o.id()));
  }

  /**
   * What a PO owed on {@code on} (Art.14): major-matter obligations open that day and annual reports
   * not yet published, each due or overdue with the days overdue; oldest due first.
   */
  public Either<Refusal, List<DueDisclosure>> dueDisclosures(OrganizationId id, LocalDate on) {
    return consistently(() -> organization(id).flatMap(o -> cluster(o.cluster()).map(c -> DueDisclosure.owed(
        context.ports().disclosureObligations().ofOrganization(o.id()),
        AnnualReport.of(o, context.ports().disclosures().ofOrganization(o.id()), annualDay(c, on), on), on))));
  }

  /** What every PO {@code authority} supervises owed on {@code on}; oldest due first. */
  public Either<Refusal, List<DueDisclosure>> dueDisclosures(AuthorityId id, LocalDate on) {
    return authority(id).map(a -> {
      java.util.Map<OrganizationId, List<Disclosure>> reports = new java.util.HashMap<>();
      context.ports().disclosures().ofAuthority(a.id(), DisclosureKind.ANNUAL_REPORT)
          .forEach(d -> reports.computeIfAbsent(d.organization(), k -> new java.util.ArrayList<>()).add(d));
      java.util.Map<ClusterId, java.time.MonthDay> days = new java.util.HashMap<>();
      java.util.List<AnnualReport> annual = new java.util.ArrayList<>();
      java.util.Optional<OrganizationId> after = java.util.Optional.empty();
      while (true) {
        List<PromotionOrganization> page = context.ports().organizations().list(new OrganizationQuery(
            java.util.Optional.empty(), java.util.Optional.of(a.id()), java.util.Optional.empty(), after, OrganizationQuery.MAX_LIMIT));
        for (PromotionOrganization o : page) {
          java.time.MonthDay day = days.computeIfAbsent(o.cluster(),
              c -> context.ports().clusters().find(c).map(cl -> annualDay(cl, on))
                  .orElse(Parameters.DISCLOSURE_ANNUAL_REPORT_DUE.baseline()));
          annual.addAll(AnnualReport.of(o, reports.getOrDefault(o.id(), List.of()), day, on));
        }
        if (page.size() < OrganizationQuery.MAX_LIMIT) {
          break;
        }
        after = java.util.Optional.of(page.get(page.size() - 1).id());
      }
      return DueDisclosure.owed(context.ports().disclosureObligations().openOn(a.id(), on), annual, on);
    });
  }

  /**
   * The authorities inside {@code jurisdiction} (所辖地区), by id: those whose own jurisdiction it covers — itself, and the
   * authorities of the regions below it (a province's cities and counties). Art.6: each guides the POs of its own region.
   */
  public List<Authority> authoritiesIn(dev.clustergov.core.kernel.RegionCode jurisdiction) {
    return context.ports().authorities().all().stream().filter(a -> jurisdiction.covers(a.jurisdiction()))
        .sorted(java.util.Comparator.comparing(a -> a.id().value())).toList();
  }

  /**
   * What every PO supervised by an authority inside {@code jurisdiction} owed on {@code on} ({@link #authoritiesIn}): the
   * roll-up of {@link #dueDisclosures(AuthorityId, LocalDate)} over them, oldest due first, in the same order.
   */
  public List<DueDisclosure> dueDisclosuresIn(dev.clustergov.core.kernel.RegionCode jurisdiction, LocalDate on) {
    return consistently(() -> {
      java.util.List<DueDisclosure> out = new java.util.ArrayList<>();
      authoritiesIn(jurisdiction).forEach(a -> out.addAll(dueDisclosures(a.id(), on).getOrElse(List.of())));
      out.sort(java.util.Comparator.comparing(DueDisclosure::dueOn).thenComparing(DueDisclosure::organization)
          .thenComparing(DueDisclosure::subject));
      return out;
    });
  }

  private java.time.MonthDay annualDay(Cluster c, LocalDate on) {
    return context.dossiers().policyFor(c, on).get(Parameters.DISCLOSURE_ANNUAL_REPORT_DUE);
  }

  /** Events after sequence number {@code after}, at most {@code limit} (capped at {@link #MAX_EVENTS}). */
  public List<RecordedEvent> events(long after, int limit) {
    return context.ports().events().read(Math.max(0, after), Math.max(1, Math.min(limit, MAX_EVENTS)));
  }

  /** The PO's income in {@code period}, fee charges included (Art.10, Art.11). */
  public Either<Refusal, List<dev.clustergov.core.finance.IncomeEntry>> income(OrganizationId id, dev.clustergov.core.finance.Period period) {
    return organization(id).map(o -> context.ports().ledger().income(o.id(), period));
  }

  /** The PO's expenditures in {@code period} (Art.10, Art.11). */
  public Either<Refusal, List<dev.clustergov.core.finance.Expenditure>> expenditures(OrganizationId id, dev.clustergov.core.finance.Period period) {
    return organization(id).map(o -> context.ports().ledger().expenditures(o.id(), period));
  }

  /** The PO's fee schedules with every edition (Art.11): public, since publishing is what makes them standards. */
  public Either<Refusal, List<dev.clustergov.core.finance.FeeSchedule>> feeSchedules(OrganizationId id) {
    return organization(id).map(o -> context.ports().feeSchedules().of(o.id()));
  }

  /** Every rule of the PO's current stage over the dossier of {@code period}, under the policy in force today. */
  public Either<Refusal, dev.clustergov.core.rules.ComplianceReport> assess(OrganizationId id, dev.clustergov.core.finance.Period period) {
    LocalDate today = context.today();
    return assessed(id, period, today).map(a -> context.book().assess(a.dossier(), a.policy(), today, a.organization().stage()));
  }

  /**
   * What the rules read about the PO over {@code period} (its dossier, 档案), assembled one part at a time in one
   * consistent read (decision 0420).
   */
  public Either<Refusal, dev.clustergov.core.rules.Dossier> dossier(OrganizationId id, dev.clustergov.core.finance.Period period) {
    return consistently(() -> organization(id).flatMap(o -> context.dossiers().of(o, period)));
  }

  /**
   * The dossiers of {@code ids} over {@code period}, read with the ports' bulk methods as a what-if reads a
   * page of its registry — PO by PO equal to {@link #dossier}; ids naming no PO, or a PO whose cluster is
   * not registered, are left out.
   */
  public List<dev.clustergov.core.rules.Dossier> dossiers(List<OrganizationId> ids, dev.clustergov.core.finance.Period period) {
    List<PromotionOrganization> found = ids.stream().map(context.ports().organizations()::find).flatMap(java.util.Optional::stream).toList();
    return context.dossiers().ofAll(found, period, context.ports().clusters()::find);
  }

  // ---- operation (Art.17–24) ---------------------------------------------------------------------

  /** The PO's member units, past and present, ordered by id. */
  public Either<Refusal, List<dev.clustergov.core.operation.Membership>> memberships(OrganizationId id) {
    return organization(id).map(o -> context.ports().memberships().of(o.id()));
  }

  /** One member unit of a PO; another PO's member is not found. */
  public Either<Refusal, dev.clustergov.core.operation.Membership> membership(OrganizationId id, dev.clustergov.core.operation.MembershipId m) {
    return organization(id).flatMap(o -> context.ports().memberships().find(m).filter(x -> x.organization().equals(o.id()))
        .<Either<Refusal, dev.clustergov.core.operation.Membership>>map(Either::right)
        .orElseGet(() -> Either.left(new Refusal.NotFound("membership", m.value()))));
  }

  /** The PO's hard platforms, ordered by id (Art.17). */
  public Either<Refusal, List<dev.clustergov.core.operation.Platform>> platforms(OrganizationId id) {
    return organization(id).map(o -> context.ports().platforms().of(o.id()));
  }

  /** One platform of a PO; another PO's platform is not found. */
  public Either<Refusal, dev.clustergov.core.operation.Platform> platform(OrganizationId id, dev.clustergov.core.operation.PlatformId p) {
    return organization(id).flatMap(o -> context.ports().platforms().find(p).filter(x -> x.organization().equals(o.id()))
        .<Either<Refusal, dev.clustergov.core.operation.Platform>>map(Either::right)
        .orElseGet(() -> Either.left(new Refusal.NotFound("platform", p.value()))));
  }

  /** The PO's service activities held in {@code period}, by day (Art.17–24). */
  public Either<Refusal, List<dev.clustergov.core.operation.ServiceActivity>> activities(
      OrganizationId id, dev.clustergov.core.finance.Period period) {
    return organization(id).map(o -> context.ports().activities().of(o.id(), period));
  }

  /** Which functions and items the PO's activities served in {@code period}, how much, and the gaps (Art.18–24). */
  public Either<Refusal, dev.clustergov.core.operation.Coverage> coverage(OrganizationId id, dev.clustergov.core.finance.Period period) {
    return consistently(() -> organization(id).map(o -> dev.clustergov.core.operation.Coverage.of(o.id(), period,
        context.ports().activities().of(o.id(), period))));
  }

  /** Every inspection of a PO (Art.25), by id. */
  public Either<Refusal, List<dev.clustergov.core.supervision.Inspection>> inspections(OrganizationId id) {
    return organization(id).map(o -> context.ports().inspections().of(o.id()));
  }

  /** One inspection of a PO; another PO's inspection is not found. */
  public Either<Refusal, dev.clustergov.core.supervision.Inspection> inspection(OrganizationId id, dev.clustergov.core.supervision.InspectionId inspection) {
    return organization(id).flatMap(o -> Supervision.inspection(context, o, inspection, OptionalLong.empty()));
  }

  /** Every incentive award of a PO (Art.29), by the start of its period. */
  public Either<Refusal, List<dev.clustergov.core.incentive.IncentiveAward>> incentiveAwards(OrganizationId id) {
    return organization(id).map(o -> context.ports().incentiveAwards().of(o.id()));
  }

  /** Every sanction on a PO (Art.29), lifted or in force, by id. */
  public Either<Refusal, List<dev.clustergov.core.supervision.Sanction>> sanctions(OrganizationId id) {
    return organization(id).map(o -> context.ports().sanctions().of(o.id()));
  }

  /** One sanction on a PO; another PO's sanction is not found. */
  public Either<Refusal, dev.clustergov.core.supervision.Sanction> sanction(OrganizationId id, dev.clustergov.core.supervision.SanctionId sanction) {
    return organization(id).flatMap(o -> Supervision.sanction(context, o, sanction, OptionalLong.empty()));
  }

  /** The PO's self-discipline measures (Art.24(1), Art.27), by id. */
  public Either<Refusal, List<dev.clustergov.core.supervision.SelfDisciplineMeasure>> selfDisciplineMeasures(OrganizationId id) {
    return organization(id).map(o -> context.ports().selfDiscipline().measuresOf(o.id()));
  }

  /** The PO's disciplinary actions on member units (Art.27), by id. */
  public Either<Refusal, List<dev.clustergov.core.supervision.DisciplinaryAction>> disciplinaryActions(OrganizationId id) {
    return organization(id).map(o -> context.ports().selfDiscipline().actionsOf(o.id()));
  }

  // ---- third-party evaluation (Art.28) -----------------------------------------------------------

  /** Every registered third-party evaluator, by id. */
  public List<dev.clustergov.core.supervision.Evaluator> evaluators() {
    return context.ports().evaluators().all();
  }

  public Either<Refusal, dev.clustergov.core.supervision.Evaluator> evaluator(dev.clustergov.core.supervision.EvaluatorId id) {
    return context.ports().evaluators().find(id)
        .<Either<Refusal, dev.clustergov.core.supervision.Evaluator>>map(Either::right)
        .orElseGet(() -> Either.left(new Refusal.NotFound("evaluator", id.value())));
  }

  /** Every evaluation of a PO, oldest first. */
  public Either<Refusal, List<dev.clustergov.core.supervision.Evaluation>> evaluations(OrganizationId id) {
    return organization(id).map(o -> context.ports().evaluations().of(o.id()));
  }

  /** One evaluation of a PO, with its scores and explanation; another PO's evaluation is not found. */
  public Either<Refusal, dev.clustergov.core.supervision.Evaluation> evaluation(
      OrganizationId id, dev.clustergov.core.supervision.EvaluationId evaluation) {
    return organization(id).flatMap(o -> context.ports().evaluations().find(evaluation).filter(e -> e.organization().equals(o.id()))
        .<Either<Refusal, dev.clustergov.core.supervision.Evaluation>>map(Either::right)
        .orElseGet(() -> Either.left(new Refusal.NotFound("evaluation", evaluation.value()))));
  }

  /**
   * Where the PO's rating stands on {@code day} (Art.28 with Art.29): in force, withheld under a sanction the policy in
   * force for its cluster on that day says excludes a rating, expired, or none ({@link
   * dev.clustergov.core.supervision.RatingStanding}).
   */
  public Either<Refusal, dev.clustergov.core.supervision.RatingStanding> ratingStanding(OrganizationId id, LocalDate day) {
    return consistently(() -> organization(id).flatMap(o -> cluster(o.cluster()).map(c -> dev.clustergov.core.supervision.RatingStanding.of(o,
        context.ports().evaluations().of(o.id()), context.ports().sanctions().of(o.id()), context.dossiers().policyFor(c, day), day))));
  }

  /** The PO's rating in force today: the latest evaluation whose validity covers today, if any. */
  public Either<Refusal, java.util.Optional<dev.clustergov.core.supervision.Evaluation>> currentEvaluation(OrganizationId id) {
    LocalDate today = context.today();
    return evaluations(id).map(all -> all.stream().filter(e -> e.currentOn(today))
        .max(java.util.Comparator.comparing(dev.clustergov.core.supervision.Evaluation::evaluatedOn)
            .thenComparing(dev.clustergov.core.supervision.Evaluation::id)));
  }
}
