package dev.clustergov.adapters.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.guideline.Article;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.guideline.Clause;
import dev.clustergov.core.guideline.Item;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.policy.PolicySource;
import dev.clustergov.core.rules.Assessment;
import dev.clustergov.core.rules.ComplianceReport;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.Outcome;
import dev.clustergov.core.rules.Rule;
import dev.clustergov.core.supervision.Authority;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;

/**
 * What the server writes (响应表示), as records so that Jackson and the OpenAPI schema read the same
 * components. Every message comes in the caller's language ({@code message}) and in both
 * ({@code messageZh}, {@code messageEn}); every citation in both spellings.
 */
final class Views {
  private Views() {}

  record CitationView(String en, String zh) {
    static CitationView of(Citation c) {
      return new CitationView(c.format(), c.formatChinese());
    }
  }

  /**
   * One piece of evidence: the stable {@code name} and {@code value} (ISO dates, enum constants) for programs, and what a
   * person reads — the name's label and the value in words — in the caller's language and in both (decision 0525).
   */
  record EvidenceView(String name, String value, String label, String labelZh, String labelEn, String text, String textZh,
      String textEn) {
    static EvidenceView of(dev.clustergov.core.rules.Evidence e, Language lang) {
      Text label = e.label();
      Text line = e.line();
      return new EvidenceView(e.name(), e.value(), label.in(lang), label.zh(), label.en(), line.in(lang), line.zh(), line.en());
    }
  }

  record FindingView(String ruleId, List<CitationView> citations, String severity, String message, String messageZh,
      String messageEn, List<EvidenceView> evidence) {
    static FindingView of(Finding f, Language lang) {
      return new FindingView(f.rule(), f.citations().stream().map(CitationView::of).toList(), f.severity().name(),
          f.message().in(lang), f.message().zh(), f.message().en(),
          f.evidence().stream().map(e -> EvidenceView.of(e, lang)).toList());
    }
  }

  record ViolationView(String field, String code, String message, String messageZh, String messageEn) {
    static ViolationView of(Violation v, Language lang) {
      return new ViolationView(v.field(), v.code(), v.message(lang), v.zh(), v.en());
    }
  }

  record ConflictView(String aggregateType, String aggregateId, long expectedVersion, long currentVersion) {}

  /** RFC 9457 problem details, with this server's extension members. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  record Problem(String type, String title, int status, String detail, String instance, List<ViolationView> violations,
      String command, List<FindingView> findings, ConflictView conflict, List<String> clauses) {}

  record ClusterView(String id, long version, String name, String region, String industry, String level, int enterprises) {
    static ClusterView of(Cluster c) {
      return new ClusterView(c.id().value(), c.version(), c.name(), c.region().value(), c.industry(), c.level().name(), c.enterprises());
    }
  }

  record AuthorityView(String id, long version, String name, String jurisdiction) {
    static AuthorityView of(Authority a) {
      return new AuthorityView(a.id().value(), a.version(), a.name(), a.jurisdiction().value());
    }
  }

  record StageView(String code, String zh, String en) {
    static StageView of(dev.clustergov.core.organization.LifecycleStage s) {
      return new StageView(s.name(), s.label().zh(), s.label().en());
    }

    /** The PO's stage as an official reads it: the code stays, a PO dissolved never established reads 已终止筹建. */
    static StageView of(dev.clustergov.core.organization.PromotionOrganization o) {
      dev.clustergov.core.kernel.Text t = o.stageLabel();
      return new StageView(o.stage().name(), t.zh(), t.en());
    }
  }

  /**
   * A PO as its supervisors and its own office see it: the founding application in the same shape
   * that {@code PUT …/founding-application} takes, plus identity, version and lifecycle.
   */
  record OrganizationView(String id, long version, StageView stage, LocalDate proposedOn, @Schema.Nullable LocalDate establishedOn,
      @Schema.Nullable LocalDate recognisedOn, @Schema.Nullable LocalDate stageChangedOn, ApplicationBody application) {
    static OrganizationView of(PromotionOrganization o) {
      return new OrganizationView(o.id().value(), o.version(), StageView.of(o), o.proposedOn(),
          o.establishedOn().orElse(null), o.recognisedOn().orElse(null), o.stageChangedOn().orElse(null), ApplicationBody.of(o));
    }
  }

  record OrganizationPage(List<OrganizationView> items, @Schema.Nullable String next) {}

  record PolicySourceView(String jurisdiction, int version, LocalDate effectiveFrom) {
    static PolicySourceView of(PolicySource s) {
      return new PolicySourceView(s.jurisdiction().value(), s.version(), s.effectiveFrom());
    }
  }

  record AssessmentView(String ruleId, List<CitationView> citations, String severity, String outcome, String message,
      String messageZh, String messageEn, List<EvidenceView> evidence) {
    static AssessmentView of(Assessment a, Language lang) {
      String outcome = a.outcome() instanceof Outcome.Pass ? "PASS" : a.outcome() instanceof Outcome.Fail ? "FAIL" : "NOT_APPLICABLE";
      Rule r = a.rule();
      return new AssessmentView(r.id(), r.clauses().stream().map(CitationView::of).toList(), a.severity().name(), outcome,
          r.message().in(lang), r.message().zh(), r.message().en(),
          a.outcome().evidence().stream().map(e -> EvidenceView.of(e, lang)).toList());
    }
  }

  record ReportView(String organization, LocalDate date, String assessedFor, boolean clear, List<PolicySourceView> policy,
      List<FindingView> findings, List<AssessmentView> assessments) {
    static ReportView of(ComplianceReport r, Language lang) {
      return new ReportView(r.organization().value(), r.date(), r.assessedFor().name(), r.clear(),
          r.policy().stream().map(PolicySourceView::of).toList(),
          r.findings().stream().map(f -> FindingView.of(f, lang)).toList(),
          r.assessments().stream().map(a -> AssessmentView.of(a, lang)).toList());
    }
  }

  record RuleView(String id, String kind, List<CitationView> citations, String severity, List<String> stages, String message,
      String messageZh, String messageEn) {
    static RuleView of(Rule r, Language lang) {
      return new RuleView(r.id(), "rule", r.clauses().stream().map(CitationView::of).toList(), r.severity().name(),
          r.stages().stream().map(Enum::name).sorted().toList(), r.message().in(lang), r.message().zh(), r.message().en());
    }

    static RuleView of(Guard<?> g, Language lang) {
      return new RuleView(g.id(), "guard", g.clauses().stream().map(CitationView::of).toList(), "BLOCKING", List.of(),
          g.message().in(lang), g.message().zh(), g.message().en());
    }
  }

  record ClauseView(CitationView citation, @Schema.Nullable String heading, @Schema.Nullable String headingZh, @Schema.Nullable String headingEn, String text, String textZh,
      String textEn, String modality, boolean binding) {
    static ClauseView of(Clause c, Language lang) {
      Text h = c.heading().getOrNull();
      return new ClauseView(CitationView.of(c.citation()), h == null ? null : h.in(lang), h == null ? null : h.zh(),
          h == null ? null : h.en(), c.text().in(lang), c.zh(), c.en(), c.modality().name(), c.binding());
    }
  }

  record ItemView(ClauseView clause, List<ClauseView> points) {
    static ItemView of(Item i, Language lang) {
      return new ItemView(ClauseView.of(i.clause(), lang), i.points().map(p -> ClauseView.of(p, lang)).toJavaList());
    }
  }

  record ChapterView(int number, String title, String titleZh, String titleEn, String heading) {}

  record ArticleView(int number, CitationView citation, ChapterView chapter, String title, String titleZh, String titleEn,
      ClauseView clause, List<ItemView> items) {
    static ArticleView of(Article a, Language lang) {
      var ch = a.chapter();
      return new ArticleView(a.number(), CitationView.of(a.citation()),
          new ChapterView(ch.number(), ch.title().in(lang), ch.title().zh(), ch.title().en(), ch.headingChinese()),
          a.title().in(lang), a.title().zh(), a.title().en(), ClauseView.of(a.clause(), lang),
          a.items().map(i -> ItemView.of(i, lang)).toJavaList());
    }
  }

  record PolicyPackView(String jurisdiction, int version, LocalDate effectiveFrom, String title, String titleZh, String titleEn,
      SortedMap<String, String> values) {
    static PolicyPackView of(PolicyPack p, Language lang) {
      return new PolicyPackView(p.jurisdiction().value(), p.version(), p.effectiveFrom(), p.title().in(lang), p.title().zh(),
          p.title().en(), p.rawValues().toJavaMap(java.util.TreeMap::new, t -> t));
    }
  }

  record PolicyView(String region, LocalDate date, List<PolicySourceView> sources, SortedMap<String, String> values) {
    static PolicyView of(Policy p) {
      return new PolicyView(p.jurisdiction().value(), p.date(), p.sources().map(PolicySourceView::of).toJavaList(),
          p.values().format().toJavaMap(java.util.TreeMap::new, t -> t));
    }
  }

  record EventView(long sequence, String type, String aggregateType, String aggregateId, Instant at, SortedMap<String, String> data) {
    static EventView of(RecordedEvent e) {
      var d = e.event();
      return new EventView(e.sequence(), d.type(), d.aggregateType(), d.aggregateId(), d.at(), d.data());
    }
  }

  record EventPage(List<EventView> items, long next) {}

  /**
   * What the public may see of a PO (公开信息): the registry facts of a PO past proposal — never staff,
   * seats, bank account, ledger or evidence; the legal representative by name only, a registered fact — with every disclosure of the PO (Art.14) and its fee
   * schedules in force (Art.11), which were published to be read.
   */
  record PublicOrganizationView(String id, String name, String creditCode, String legalRepresentative, StageView stage, LocalDate establishedOn,
      LocalDate recognisedOn, LocalDate stageChangedOn, PublicClusterView cluster, PublicAuthorityView supervisingAuthority,
      List<ManagementViews.PublicDisclosureView> disclosures, List<ManagementViews.PublicFeeScheduleView> feeSchedules,
      EvaluationViews.PublicRatingView rating) {}

  record PublicClusterView(String name, String region, String industry, String level) {}

  record PublicAuthorityView(String name, String jurisdiction) {}

  record Health(String status) {}

  record Ready(String status, Map<String, String> checks) {}
}
