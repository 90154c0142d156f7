package dev.clustergov.adapters.rest;

import dev.clustergov.adapters.rest.Views.CitationView;
import dev.clustergov.adapters.rest.Views.EvidenceView;
import dev.clustergov.adapters.rest.Views.PolicyPackView;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.incentive.GateCheck;
import dev.clustergov.core.incentive.Incentive;
import dev.clustergov.core.incentive.IncentiveAward;
import dev.clustergov.core.incentive.MetricAward;
import dev.clustergov.core.incentive.TraceStep;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.supervision.DisciplinaryAction;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.InspectionFinding;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SelfDisciplineMeasure;
import dev.clustergov.core.whatif.PolicyChange;
import dev.clustergov.core.whatif.WhatIfReport;
import dev.clustergov.core.whatif.WhatIfSummary;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the supervision routes return (监督视图, Art.24(1), Art.25–27, Art.29–30): plain records, dates as ISO text;
 * incentive amounts are strings of exact yuan. Evaluation's (Art.28) are {@link EvaluationViews}.
 */
final class SupervisionViews {
  private SupervisionViews() {}

  record RectificationView(LocalDate on, String description, String document) {}

  record FindingView(int number, LocalDate notedOn, String clause, String description, LocalDate rectifyBy, boolean open,
      @Schema.Nullable RectificationView rectification) {
    static FindingView of(InspectionFinding f) {
      return new FindingView(f.number(), f.notedOn(), f.clause().format(), f.description(), f.rectifyBy(), f.open(),
          f.rectification().map(r -> new RectificationView(r.on(), r.description(), r.document())).orElse(null));
    }
  }

  record InspectionView(String id, long version, String organization, String authority, LocalDate openedOn, String subject,
      List<FindingView> findings) {
    static InspectionView of(Inspection i) {
      return new InspectionView(i.id().value(), i.version(), i.organization().value(), i.authority().value(), i.openedOn(),
          i.subject(), i.findings().stream().map(FindingView::of).toList());
    }
  }

  record InspectionList(List<InspectionView> items) {}

  record SanctionView(String id, long version, String organization, String authority, String kind, String title,
      LocalDate decidedOn, List<String> grounds, String reason, @Schema.Nullable LocalDate rectifyBy, @Schema.Nullable LocalDate liftedOn, boolean inForce) {
    static SanctionView of(Sanction s, LocalDate today) {
      return new SanctionView(s.id().value(), s.version(), s.organization().value(), s.authority().value(), s.kind().name(),
          s.kind().title().zh(), s.decidedOn(), s.grounds().stream().map(Citation::format).toList(), s.reason(),
          s.rectifyBy().orElse(null), s.liftedOn().orElse(null), s.inForceOn(today));
    }
  }

  record SanctionList(List<SanctionView> items) {}

  record MeasureView(String id, long version, String kind, String title, String adoptedBy, LocalDate adoptedOn) {
    static MeasureView of(SelfDisciplineMeasure m) {
      return new MeasureView(m.id().value(), m.version(), m.kind().name(), m.title(), m.adoptedBy().value(), m.adoptedOn());
    }
  }

  record MeasureList(List<MeasureView> items) {}

  record ActionView(String id, long version, String member, String measure, String kind, LocalDate takenOn, String reason) {
    static ActionView of(DisciplinaryAction a) {
      return new ActionView(a.id().value(), a.version(), a.member().value(), a.measure().value(), a.kind().name(), a.takenOn(),
          a.reason());
    }
  }

  record ActionList(List<ActionView> items) {}

  // --- Art.29 incentives, Art.30 policy packs and what-ifs ---------------------------------------------------------

  record MetricView(String metric, String title, String base, String formula, String computed, @Schema.Nullable String cap, String amount) {
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
          g.gate().message().in(lang), g.evidence().stream().map(e -> EvidenceView.of(e, lang)).toList());
    }
  }

  record TraceView(int depth, String kind, String id, String statement, String statementZh, String statementEn,
      List<CitationView> citations, List<EvidenceView> evidence) {
    static TraceView of(TraceStep s, Language lang) {
      return new TraceView(s.depth(), s.kind(), s.id(), s.statement().in(lang), s.statement().zh(), s.statement().en(),
          s.clauses().stream().map(CitationView::of).toList(), s.evidence().stream().map(e -> EvidenceView.of(e, lang)).toList());
    }
  }

  record IncentiveView(String organization, LocalDate from, LocalDate to, LocalDate computedOn, boolean eligible, List<GateView> gates,
      List<Views.FindingView> reasons, List<MetricView> metrics, String subtotal, String cap, String amount, String formula,
      List<String> policyVersions, List<TraceView> trace) {
    static IncentiveView of(Incentive i, Language lang) {
      return new IncentiveView(i.organization().value(), i.period().from(), i.period().to(), i.computedOn(), i.eligible(),
          i.gates().stream().map(g -> GateView.of(g, lang)).toList(), i.reasons().stream().map(f -> Views.FindingView.of(f, lang)).toList(),
          i.metrics().stream().map(m -> MetricView.of(m, lang)).toList(), i.subtotal().toString(), i.cap().toString(),
          i.amount().toString(), i.formula().in(lang), i.policy().stream().map(Object::toString).toList(),
          i.trace().stream().map(s -> TraceView.of(s, lang)).toList());
    }
  }

  record ChangeView(String organization, String ratingBefore, String ratingAfter, String rating, String totalBefore, String totalAfter,
      boolean eligibleBefore, boolean eligibleAfter, String incentiveBefore, String incentiveAfter, String incentiveDifference,
      List<Views.FindingView> newFindings, List<Views.FindingView> removedFindings) {
    static ChangeView of(PolicyChange c, Language lang) {
      return new ChangeView(c.organization().value(), c.ratingBefore().name(), c.ratingAfter().name(), c.rating().name(),
          c.totalBefore().toPlainString(), c.totalAfter().toPlainString(), c.eligibleBefore(), c.eligibleAfter(),
          c.incentiveBefore().toString(), c.incentiveAfter().toString(), c.incentiveDifference().toPlainString(),
          c.newFindings().stream().map(f -> Views.FindingView.of(f, lang)).toList(),
          c.removedFindings().stream().map(f -> Views.FindingView.of(f, lang)).toList());
    }
  }

  record WhatIfView(LocalDate on, LocalDate periodFrom, LocalDate periodTo, WhatIfSummary summary, String incentiveDifference,
      List<ChangeView> changes) {
    static WhatIfView of(WhatIfReport r, Language lang) {
      return new WhatIfView(r.day(), r.period().from(), r.period().to(), r.summary(), r.summary().incentiveDifference().toPlainString(),
          r.changes().stream().map(c -> ChangeView.of(c, lang)).toList());
    }
  }

  record PolicyPackList(List<PolicyPackView> items) {}
}
