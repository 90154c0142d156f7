package dev.clustergov.core.application;

import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
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

  private final Support support;

  Queries(Support support) {
    this.support = support;
  }

  public Either<Refusal, PromotionOrganization> organization(OrganizationId id) {
    return support.organization(id, OptionalLong.empty());
  }

  public List<PromotionOrganization> organizations(OrganizationQuery query) {
    return support.ports.organizations().list(query);
  }

  public Either<Refusal, Cluster> cluster(ClusterId id) {
    return support.ports.clusters().find(id).<Either<Refusal, Cluster>>map(Either::right)
        .orElseGet(() -> Either.left(new Refusal.NotFound("cluster", id.value())));
  }

  public List<Cluster> clusters() {
    return support.ports.clusters().all();
  }

  public Either<Refusal, Authority> authority(AuthorityId id) {
    return support.ports.authorities().find(id).<Either<Refusal, Authority>>map(Either::right)
        .orElseGet(() -> Either.left(new Refusal.NotFound("authority", id.value())));
  }

  public List<Authority> authorities() {
    return support.ports.authorities().all();
  }

  public List<PolicyPack> policyPacks() {
    return support.ports.policyPacks().all();
  }

  /** The policy in force for a cluster on a date (Art.30). */
  public Either<Refusal, Policy> policyFor(ClusterId cluster, LocalDate date) {
    return cluster(cluster).map(c -> support.policyFor(c, date));
  }

  /** Events after sequence number {@code after}, at most {@code limit} (capped at {@link #MAX_EVENTS}). */
  public List<RecordedEvent> events(long after, int limit) {
    return support.ports.events().read(Math.max(0, after), Math.max(1, Math.min(limit, MAX_EVENTS)));
  }

  /** The PO's income in {@code period}, fee charges included (Art.10, Art.11). */
  public Either<Refusal, List<dev.clustergov.core.finance.IncomeEntry>> income(OrganizationId id, dev.clustergov.core.finance.Period period) {
    return organization(id).map(o -> support.ports.ledger().income(o.id(), period));
  }

  /** The PO's expenditures in {@code period} (Art.10, Art.11). */
  public Either<Refusal, List<dev.clustergov.core.finance.Expenditure>> expenditures(OrganizationId id, dev.clustergov.core.finance.Period period) {
    return organization(id).map(o -> support.ports.ledger().expenditures(o.id(), period));
  }

  /** The PO's fee schedules with every edition (Art.11): public, since publishing is what makes them standards. */
  public Either<Refusal, List<dev.clustergov.core.finance.FeeSchedule>> feeSchedules(OrganizationId id) {
    return organization(id).map(o -> support.ports.feeSchedules().of(o.id()));
  }

  /** Every rule of the PO's current stage over the dossier of {@code period}, under the policy in force today. */
  public Either<Refusal, dev.clustergov.core.rules.ComplianceReport> assess(OrganizationId id, dev.clustergov.core.finance.Period period) {
    return organization(id).flatMap(o -> support.dossier(o, period).map(d -> support.book.assess(d,
        support.policyFor(d.cluster(), support.today()), support.today(), o.stage())));
  }
}
