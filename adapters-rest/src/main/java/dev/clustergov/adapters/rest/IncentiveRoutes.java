package dev.clustergov.adapters.rest;

import static dev.clustergov.adapters.rest.Api.done;
import static dev.clustergov.adapters.rest.Api.orgId;

import dev.clustergov.adapters.rest.Access.Target;
import dev.clustergov.adapters.rest.Route.Param;
import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.adapters.rest.Route.Scope;
import dev.clustergov.adapters.rest.Views.CitationView;
import dev.clustergov.adapters.rest.Views.EvidenceView;
import dev.clustergov.adapters.rest.Views.FindingView;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.ComputeIncentive;
import dev.clustergov.core.application.GrantIncentive;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.application.RunWhatIf;
import dev.clustergov.core.incentive.GateCheck;
import dev.clustergov.core.incentive.Incentive;
import dev.clustergov.core.incentive.IncentiveAward;
import dev.clustergov.core.incentive.MetricAward;
import dev.clustergov.core.incentive.TraceStep;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.whatif.PolicyChange;
import dev.clustergov.core.whatif.WhatIfReport;
import dev.clustergov.core.whatif.WhatIfSummary;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The routes of incentives and what-ifs (激励与政策模拟, Art.29–30): a PO's own supervising authority grants
 * its incentive for a period (Art.26; any other authority 403 before the body is read); supervisors, evaluators
 * and the PO's office read its awards and what it would receive, with the explanation; an authority whose
 * jurisdiction covers the region runs a what-if with a draft pack. Amounts are strings of exact yuan.
 */
final class IncentiveRoutes {

  record GrantRequest(String from, String to) {}

  record WhatIfRequest(String jurisdiction, String on, String effectiveFrom, Integer version, String titleZh, String titleEn,
      Map<String, String> values) {}

  record MetricView(String metric, String title, String base, String formula, String computed, String cap, String amount) {
    static MetricView of(MetricAward m, Language lang) {
      return new MetricView(m.metric().name(), m.metric().title().in(lang), m.base(), m.formula().in(lang), m.computed().toString(),
          m.cap().map(Object::toString).orElse(null), m.amount().toString());
    }
  }

  record TotalsView(String landedInvestment, String technologyTransactions, String supplyContracts, Map<String, Integer> talents,
      int activities) {}

  record AwardView(String id, long version, String organization, String authority, LocalDate from, LocalDate to, LocalDate grantedOn,
      TotalsView totals, List<MetricView> metrics, String subtotal, String cap, String amount, String formula,
      List<String> policyVersions) {
    static AwardView of(IncentiveAward a, Language lang) {
      var t = a.totals();
      Map<String, Integer> talents = new java.util.LinkedHashMap<>();
      t.talents().forEach((k, v) -> talents.put(k.name(), v));
      return new AwardView(a.id().value(), a.version(), a.organization().value(), a.authority().value(), a.period().from(),
          a.period().to(), a.grantedOn(), new TotalsView(t.landedInvestment().toString(), t.technologyTransactions().toString(),
              t.supplyContracts().toString(), talents, t.activities()),
          a.metrics().stream().map(m -> MetricView.of(m, lang)).toList(), a.subtotal().toString(), a.cap().toString(),
          a.amount().toString(), a.formula().in(lang), a.policyVersions());
    }
  }

  record AwardList(List<AwardView> items) {}

  record GateView(String gate, List<CitationView> citations, boolean passed, String condition, List<EvidenceView> evidence) {
    static GateView of(GateCheck g, Language lang) {
      return new GateView(g.gate().id(), g.gate().clauses().stream().map(CitationView::of).toList(), g.passed(),
          g.gate().message().in(lang), g.evidence().stream().map(e -> new EvidenceView(e.name(), e.value())).toList());
    }
  }

  record TraceView(int depth, String kind, String id, String statement, String statementZh, String statementEn,
      List<CitationView> citations, List<EvidenceView> evidence) {
    static TraceView of(TraceStep s, Language lang) {
      return new TraceView(s.depth(), s.kind(), s.id(), s.statement().in(lang), s.statement().zh(), s.statement().en(),
          s.clauses().stream().map(CitationView::of).toList(), s.evidence().stream().map(e -> new EvidenceView(e.name(), e.value())).toList());
    }
  }

  record IncentiveView(String organization, LocalDate from, LocalDate to, LocalDate computedOn, boolean eligible, List<GateView> gates,
      List<FindingView> reasons, List<MetricView> metrics, String subtotal, String cap, String amount, String formula,
      List<String> policyVersions, List<TraceView> trace) {
    static IncentiveView of(Incentive i, Language lang) {
      return new IncentiveView(i.organization().value(), i.period().from(), i.period().to(), i.computedOn(), i.eligible(),
          i.gates().stream().map(g -> GateView.of(g, lang)).toList(), i.reasons().stream().map(f -> FindingView.of(f, lang)).toList(),
          i.metrics().stream().map(m -> MetricView.of(m, lang)).toList(), i.subtotal().toString(), i.cap().toString(),
          i.amount().toString(), i.formula().in(lang), i.policy().stream().map(Object::toString).toList(),
          i.trace().stream().map(s -> TraceView.of(s, lang)).toList());
    }
  }

  record ChangeView(String organization, String ratingBefore, String ratingAfter, String rating, String totalBefore, String totalAfter,
      boolean eligibleBefore, boolean eligibleAfter, String incentiveBefore, String incentiveAfter, String incentiveDifference,
      List<FindingView> newFindings, List<FindingView> removedFindings) {
    static ChangeView of(PolicyChange c, Language lang) {
      return new ChangeView(c.organization().value(), c.ratingBefore().name(), c.ratingAfter().name(), c.rating().name(),
          c.totalBefore().toPlainString(), c.totalAfter().toPlainString(), c.eligibleBefore(), c.eligibleAfter(),
          c.incentiveBefore().toString(), c.incentiveAfter().toString(), c.incentiveDifference().toPlainString(),
          c.newFindings().stream().map(f -> FindingView.of(f, lang)).toList(),
          c.removedFindings().stream().map(f -> FindingView.of(f, lang)).toList());
    }
  }

  record WhatIfView(LocalDate on, LocalDate periodFrom, LocalDate periodTo, WhatIfSummary summary, String incentiveDifference,
      List<ChangeView> changes) {
    static WhatIfView of(WhatIfReport r, Language lang) {
      return new WhatIfView(r.day(), r.period().from(), r.period().to(), r.summary(), r.summary().incentiveDifference().toPlainString(),
          r.changes().stream().map(c -> ChangeView.of(c, lang)).toList());
    }
  }

  private static final Set<Integer> READ = Set.of(400, 401, 403, 404);

  private final Clustergov gov;
  private final Queries queries;
  private final Access access;

  IncentiveRoutes(Clustergov gov, Queries queries, Access access) {
    this.gov = gov;
    this.queries = queries;
    this.access = access;
  }

  List<Route> routes() {
    List<Route> r = new ArrayList<>();
    String po = "/organizations/{id}";
    r.add(Route.get(Op.LIST_INCENTIVE_AWARDS, po + "/incentive-awards").tag("supervision")
        .summary("The PO's incentive awards (激励奖励, Art.29)")
        .description("By the start of the period; each with its metrics, formula, caps, amount and policy versions.")
        .response(AwardList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(new AwardList(done(queries.incentiveAwards(orgId(ex))).stream().map(a -> AwardView.of(a, ex.lang)).toList()))));
    r.add(Route.post(Op.GRANT_INCENTIVE, po + "/incentive-awards").tag("supervision")
        .summary("Grant the incentive for a period (给予奖励, Art.29)")
        .description("Only the PO's own supervising authority (Art.26). The period must have ended and overlap no earlier award; a PO failing a "
            + "gate of the policy (recognised, five layers, functions active, a current rating, no blocking sanction) is refused "
            + "with every reason (422, citing Art.29).")
        .body(GrantRequest.class).created(AwardView.class).problems(400, 401, 403, 404, 413, 415, 422).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          GrantRequest b = ex.body(GrantRequest.class);
          IncentiveAward a = done(gov.as(ex.actor()).grantIncentive().handle(new GrantIncentive.Command(new AuthorityId(ex.caller.id()), orgId(ex),
              b.from(), b.to())));
          return Reply.json(201, AwardView.of(a, ex.lang)).with("Location", "/organizations/" + a.organization().value()
              + "/incentive-awards/" + a.id().value()).with("ETag", Etags.of(a.version()));
        }));
    r.add(Route.get(Op.COMPUTE_INCENTIVE, po + "/incentive").tag("supervision")
        .summary("What the PO would receive for a period, with the explanation (激励测算, Art.29)")
        .description("Nothing is granted. Every gate with its evidence, each metric's formula and amount, the cap, and the trace verdict → gate/metric "
            + "→ evidence → clause in Chinese and English.")
        .params(List.of(new Param("from", "date", "first day of the period"), new Param("to", "date", "last day of the period")))
        .response(IncentiveView.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(IncentiveView.of(done(gov.as(ex.actor()).computeIncentive().handle(new ComputeIncentive.Query(orgId(ex), ex.query("from"),
            ex.query("to")))), ex.lang))));
    r.add(Route.post(Op.WHAT_IF, "/policy-packs/what-if").tag("policy")
        .summary("What a draft pack would change (政策模拟, Art.30)")
        .description("Every operating PO of a cluster in the jurisdiction (default: the caller's own), evaluated, assessed and rewarded under the "
            + "pack in force on the day (default today) and under the draft laid over the same chain; the POs whose rating, incentive "
            + "or findings change, and a summary. Only an authority whose jurisdiction covers the region. Nothing is published.")
        .body(WhatIfRequest.class).response(WhatIfView.class).problems(400, 401, 403, 404, 413, 415, 422).scope(Scope.BODY)
        .handler(ex -> {
          WhatIfRequest b = ex.body(WhatIfRequest.class);
          Optional<RegionCode> region = b.jurisdiction() == null || b.jurisdiction().isBlank()
              ? Optional.empty() : RegionCode.parse("jurisdiction", b.jurisdiction()).toJavaOptional();
          region.ifPresent(x -> access.require(Op.WHAT_IF, ex.caller, new Target(Optional.empty(), Optional.of(x), Optional.empty(),
              Optional.empty())));
          return Reply.ok(WhatIfView.of(done(gov.as(ex.actor()).runWhatIf().handle(new RunWhatIf.Command(new AuthorityId(ex.caller.id()),
              b.jurisdiction(), b.on(), b.effectiveFrom(), b.version(), b.titleZh(), b.titleEn(), b.values()))), ex.lang));
        }));
    return r;
  }
}
