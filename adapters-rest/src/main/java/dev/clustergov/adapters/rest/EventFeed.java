package dev.clustergov.adapters.rest;

import dev.clustergov.adapters.rest.Access.Target;
import dev.clustergov.adapters.rest.Views.EventView;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.kernel.DomainEvent;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.organization.OrganizationId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The event log as one caller may read it (事件流的读取范围, decision 0380): an event is shown only when the caller may
 * read, through its own route, the record the event wrote — the PO's, its ledger's, its dispute's… — and within it a
 * field that the public view hides and that another route shows (a payer, a salary, a bank account, a dispute's
 * parties) only when the caller may read that route too. The registry's public facts (clusters, authorities, policy
 * packs, the evaluators' entries) are shown to every caller of the feed. The stored events are untouched: this is a view.
 *
 * <p>Who reads it (decision 0475): an authority the events of the POs in its jurisdiction, an evaluator those of the POs it
 * is engaged for today, a PO's secretariat those of its own PO (all of them: it reads every route of its PO), a member unit
 * those of its own PO that its own routes show — the PO itself, its fee standards, disclosures, the disputes it is a party
 * to (Art.15, decision 0550), roll, platforms, activities, sanctions, self-discipline and evaluations; not its books, IP
 * agreements, inspections, disclosure obligations, incentive awards, evaluators' engagements or disputes between other
 * members — with a salary, a market benchmark and a payer redacted.
 */
final class EventFeed {

  /** The route that reads what an event of this aggregate type wrote, for an event that concerns one PO. */
  static final Map<String, Op> READ_BY = Map.ofEntries(
      Map.entry("organization", Op.GET_ORGANIZATION),
      Map.entry("ledger", Op.LIST_INCOME),
      Map.entry("feeSchedule", Op.LIST_FEE_SCHEDULES),
      Map.entry("disclosure", Op.LIST_DISCLOSURES),
      Map.entry("disclosureObligation", Op.DUE_DISCLOSURES),
      Map.entry("dispute", Op.GET_DISPUTE),
      Map.entry("ipAgreement", Op.GET_IP_AGREEMENT),
      Map.entry("membership", Op.LIST_MEMBERS),
      Map.entry("platform", Op.LIST_PLATFORMS),
      Map.entry("serviceActivity", Op.LIST_ACTIVITIES),
      Map.entry("inspection", Op.LIST_INSPECTIONS),
      Map.entry("sanction", Op.LIST_SANCTIONS),
      Map.entry("selfDisciplineMeasure", Op.LIST_SELF_DISCIPLINE_MEASURES),
      Map.entry("disciplinaryAction", Op.LIST_DISCIPLINARY_ACTIONS),
      // a tie or an engagement names the PO it concerns: read as the engagements are (decision 0475) — by the authorities
      // over the PO, the PO's own office and the evaluator itself (its own events only, see view), not by members
      Map.entry("evaluator", Op.LIST_ENGAGEMENTS),
      Map.entry("evaluation", Op.GET_EVALUATION),
      Map.entry("incentiveAward", Op.LIST_INCENTIVE_AWARDS));

  /** The registry's facts that concern no PO: readable by every caller the feed admits (Art.2, Art.6, Art.28, Art.30). */
  static final Map<String, Op> REGISTRY = Map.of("cluster", Op.GET_CLUSTER, "authority", Op.GET_AUTHORITY, "policyPack",
      Op.LIST_POLICY_PACKS, "evaluator", Op.LIST_EVALUATORS);

  /**
   * Fields the public view of a PO hides (PublicDisclosureLeakTest: staff, bank account, ledger, disputes), each with the
   * route that shows it; inside an event the caller may read, such a field is kept only if the caller may read that route.
   */
  static final Map<String, Op> HIDDEN_FIELDS = Map.of(
      "payer", Op.LIST_INCOME,
      "monthlySalary", Op.COMPLIANCE,
      "marketBenchmark", Op.COMPLIANCE,
      "holder", Op.GET_ORGANIZATION,
      "number", Op.GET_ORGANIZATION,
      "bank", Op.GET_ORGANIZATION,
      "parties", Op.GET_DISPUTE,
      "subject", Op.GET_DISPUTE);

  /** What stands in the feed for a field the caller may not read. */
  static final String REDACTED = "[redacted]";

  private final Access access;
  private final Ports ports;

  EventFeed(Access access, Ports ports) {
    this.access = access;
    this.ports = ports;
  }

  /** The PO an event concerns: its own id for the PO's and its ledger's events, else the {@code organization} it names. */
  static Optional<String> organizationOf(DomainEvent e) {
    if (e.aggregateType().equals("organization") || e.aggregateType().equals("ledger")) {
      return Optional.of(e.aggregateId());
    }
    return Optional.ofNullable(e.data().get("organization"));
  }

  /** The page as {@code caller} may read it: events it may not read left out, hidden fields it may not read redacted. */
  List<EventView> view(Caller caller, List<RecordedEvent> events) {
    Map<String, Optional<Target>> targets = new HashMap<>();
    Map<String, List<String>> parties = new HashMap<>();
    List<EventView> out = new ArrayList<>();
    for (RecordedEvent r : events) {
      DomainEvent e = r.event();
      Optional<String> po = organizationOf(e);
      if (po.isEmpty()) {
        Op op = REGISTRY.get(e.aggregateType());
        if (op != null && Access.condition(op, caller.role()).isPresent()) {
          out.add(EventView.of(r));
        }
        continue;
      }
      Optional<Target> target = targets.computeIfAbsent(po.get(), this::target);
      Op op = READ_BY.getOrDefault(e.aggregateType(), Op.LIST_INCOME); // an aggregate not listed: read like the books
      // the feed's own row first (a PO the caller may read events of), then the route of the record the event wrote
      if (target.isEmpty() || !access.allows(Op.EVENTS, caller, target.get()) || !access.allows(op, caller, target.get())) {
        continue;
      }
      // an evaluator's dealings with a PO (its ties, its engagements) are its own: another evaluator engaged for the same PO
      // does not read them (decision 0475)
      if (e.aggregateType().equals("evaluator") && caller.role() == Caller.Role.EVALUATOR && !e.aggregateId().equals(caller.id())) {
        continue;
      }
      // a dispute is its parties' (Art.15, decision 0550): a member reads the events of the disputes it is a party to only,
      // as its dispute routes show it those only — the parties are the dispute's, the steps' events name none
      if (e.aggregateType().equals("dispute") && Access.condition(Op.GET_DISPUTE, caller.role()).orElse(null) == Access.Condition.PARTY
          && !access.partyTo(caller, parties.computeIfAbsent(e.aggregateId(), this::partiesOf))) {
        continue;
      }
      TreeMap<String, String> data = new TreeMap<>(e.data());
      HIDDEN_FIELDS.forEach((field, reader) -> {
        if (data.containsKey(field) && reader != op && !access.allows(reader, caller, target.get())) {
          data.put(field, REDACTED);
        }
      });
      out.add(new EventView(r.sequence(), e.type(), e.aggregateType(), e.aggregateId(), e.at(), data));
    }
    return out;
  }

  /** The parties of a dispute by its id; none when it is not found (then no member is a party to it). */
  private List<String> partiesOf(String dispute) {
    return dev.clustergov.core.dispute.DisputeId.parse("dispute", dispute).toJavaOptional()
        .flatMap(id -> ports.disputes().find(id)).map(dev.clustergov.core.dispute.Dispute::parties).orElse(List.of());
  }

  /** The PO as an access target: its id, its cluster's region, its supervising authority; empty when it is not found. */
  private Optional<Target> target(String po) {
    return OrganizationId.parse("organization", po).toJavaOptional().flatMap(id -> ports.organizations().find(id)).map(o -> {
      Optional<RegionCode> region = ports.clusters().find(o.cluster()).map(Cluster::region);
      return new Target(Optional.of(po), region, Optional.of(o.authority().value()), Optional.empty());
    });
  }
}
