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

  /** The disputes of a PO (Art.15), ordered by id. */
  public Either<Refusal, List<dev.clustergov.core.dispute.Dispute>> disputes(OrganizationId organization) {
    return organization(organization).map(o -> support.ports.disputes().of(o.id()));
  }

  /** One dispute of a PO; another PO's dispute is not found. */
  public Either<Refusal, dev.clustergov.core.dispute.Dispute> dispute(OrganizationId organization, dev.clustergov.core.dispute.DisputeId id) {
    return organization(organization).flatMap(o -> support.ports.disputes().find(id).filter(d -> d.organization().equals(o.id()))
        .<Either<Refusal, dev.clustergov.core.dispute.Dispute>>map(Either::right)
        .orElseGet(() -> Either.left(new Refusal.NotFound("dispute", id.value()))));
  }

  /** The IP management agreements of a PO (Art.16), ordered by id. */
  public Either<Refusal, List<dev.clustergov.core.ip.IpAgreement>> ipAgreements(OrganizationId organization) {
    return organization(organization).map(o -> support.ports.ipAgreements().of(o.id()));
  }

  /** One agreement of a PO; another PO's agreement is not found. */
  public Either<Refusal, dev.clustergov.core.ip.IpAgreement> ipAgreement(OrganizationId organization, dev.clustergov.core.ip.IpAgreementId id) {
    return organization(organization).flatMap(o -> support.ipAgreement(o, id, OptionalLong.empty()));
  }

  /** A PO's compliance report for its current stage on the clock's date: every rule, with the policy used. */
  public Either<Refusal, dev.clustergov.core.rules.ComplianceReport> compliance(OrganizationId organization) {
    return organization(organization).flatMap(o -> support.dossier(o).map(d -> {
      LocalDate today = support.today();
      return support.book.assess(d, support.policyFor(d.cluster(), today), today, o.stage());
    }));
  }

  /** Events after sequence number {@code after}, at most {@code limit} (capped at {@link #MAX_EVENTS}). */
  public List<RecordedEvent> events(long after, int limit) {
    return support.ports.events().read(Math.max(0, after), Math.max(1, Math.min(limit, MAX_EVENTS)));
  }
}
