package dev.clustergov.adapters.rest;

import dev.clustergov.core.application.supervision.VerifyEvaluation;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.EvaluatorTie;
import dev.clustergov.core.supervision.Explanation;
import dev.clustergov.core.supervision.IndicatorScore;
import dev.clustergov.core.supervision.Rating;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** The JSON shapes of third-party evaluation (第三方评价, Art.28): evaluators, evaluations with their explanation, checks. */
final class EvaluationViews {

  private EvaluationViews() {}

  record TieView(String organization, String nature, LocalDate from, @Schema.Nullable LocalDate until) {
    static TieView of(EvaluatorTie t) {
      return new TieView(t.organization().value(), t.nature(), t.from(), t.until().orElse(null));
    }
  }

  record EvaluatorView(String id, long version, String name, String creditCode, String registeredBy, LocalDate registeredOn,
      @Schema.Nullable String affiliatedAuthority, List<TieView> ties) {
    static EvaluatorView of(Evaluator e) {
      return new EvaluatorView(e.id().value(), e.version(), e.name(), e.creditCode().value(), e.registeredBy().value(),
          e.registeredOn(), e.affiliatedAuthority().map(Object::toString).orElse(null), e.ties().stream().map(TieView::of).toList());
    }
  }

  record EvaluatorList(List<EvaluatorView> items) {}

  /**
   * An engagement (委托评价, Art.28): which evaluator — its {@code number}-th engagement, from 1 — for which PO, by which
   * authority, over which days (both included), where it stands today, and when, by whom and why it was ended early
   * (decision 0475; null while it was not).
   */
  record EngagementView(String evaluator, int number, String organization, String engagedBy, LocalDate from, LocalDate until,
      @Schema.OneOf(dev.clustergov.core.supervision.EvaluatorEngagement.Status.class) String status, @Schema.Nullable LocalDate endedOn,
      @Schema.Nullable String endedBy, @Schema.Nullable String endReason) {
    static EngagementView of(Evaluator e, int number, LocalDate today) {
      var g = e.engagements().get(number - 1);
      return new EngagementView(e.id().value(), number, g.organization().value(), g.engagedBy().value(), g.from(), g.until(),
          g.status(today).name(), g.ending().map(x -> x.on()).orElse(null), g.ending().map(x -> x.by().value()).orElse(null),
          g.ending().map(x -> x.reason()).orElse(null));
    }
  }

  record EngagementList(List<EngagementView> items) {}

  record RatingView(String code, String zh, String en) {
    static RatingView of(Rating r) {
      return new RatingView(r.name(), r.title().zh(), r.title().en());
    }
  }

  record ScoreView(String indicator, String dimension, String source, int weight, BigDecimal measured, BigDecimal target,
      BigDecimal scorePercent, BigDecimal thresholdPercent, boolean atThreshold) {
    static ScoreView of(IndicatorScore s) {
      return new ScoreView(s.indicator(), s.dimension().name(), s.source().format(), s.weight(), s.measured(), s.target(),
          s.scorePercent(), s.thresholdPercent(), s.atThreshold());
    }
  }

  /** One node of the explanation in the caller's language, with the clauses in that language's spelling. */
  record TraceView(String kind, String text, List<String> clauses, List<TraceView> because) {
    static TraceView of(Explanation e, Language lang) {
      return new TraceView(e.kind().name(), e.text().in(lang),
          e.clauses().stream().map(c -> lang == Language.ZH ? c.formatChinese() : c.format()).toList(),
          e.because().stream().map(b -> of(b, lang)).toList());
    }
  }

  /** An evaluation; {@code trace} and {@code explanation} (the same tree as indented text) only when asked for one. */
  record EvaluationView(String id, long version, String organization, String evaluator, LocalDate evaluatedOn, LocalDate validUntil,
      BigDecimal totalPercent, RatingView rating, String dossierHash, List<String> policyVersions, List<ScoreView> scores,
      @Schema.Nullable TraceView trace, @Schema.Nullable String explanation) {
    static EvaluationView summary(Evaluation e) {
      return new EvaluationView(e.id().value(), e.version(), e.organization().value(), e.evaluator().value(), e.evaluatedOn(),
          e.validUntil(), e.totalPercent(), RatingView.of(e.rating()), e.dossierHash(), e.policyVersions(),
          e.scores().stream().map(ScoreView::of).toList(), null, null);
    }

    static EvaluationView full(Evaluation e, Language lang) {
      EvaluationView s = summary(e);
      return new EvaluationView(s.id(), s.version(), s.organization(), s.evaluator(), s.evaluatedOn(), s.validUntil(),
          s.totalPercent(), s.rating(), s.dossierHash(), s.policyVersions(), s.scores(),
          e.trace().map(t -> TraceView.of(t, lang)).orElse(null), e.trace().map(t -> t.render(lang)).orElse(null));
    }
  }

  record EvaluationList(List<EvaluationView> items) {}

  /**
   * A verification (复核, decision 0505): {@code verified}; {@code form} AS_RECORDED (checked against the dossier kept when
   * the evaluation was recorded, {@code recordedThrough} the event log's last number then) or BY_DATES (an evaluation
   * recorded before dossiers were kept: recomputed from the records dated on or before its day); {@code differences} the
   * records that make it fail (part, record, CHANGED / MISSING / UNRECORDED), {@code differingParts} their parts;
   * {@code changedAfter} records changed by events entered after the evaluation, the kept line standing for them;
   * {@code backDated} records dated on or before the evaluation day but entered after it, with the events that entered them.
   */
  record VerificationView(String evaluation, boolean verified, String form, long recordedThrough, boolean copyIntact,
      List<String> differingParts, List<DifferenceView> differences, List<LateView> changedAfter, List<LateView> backDated,
      boolean hashMatches, boolean ratingMatches, boolean totalMatches,
      boolean policyMatches, String recordedHash, String recomputedHash, RatingView recordedRating, RatingView recomputedRating,
      BigDecimal recordedTotal, BigDecimal recomputedTotal, List<String> recordedPolicy, List<String> recomputedPolicy) {
    static VerificationView of(VerifyEvaluation.Verification v) {
      return new VerificationView(v.recorded().id().value(), v.verified(), v.form().name(), v.recordedThrough(), v.copyIntact(),
          v.differingParts(), v.differences().stream().map(d -> new DifferenceView(d.part(), d.record(), d.change().name())).toList(),
          v.changedAfter().stream().map(LateView::of).toList(), v.backDated().stream().map(LateView::of).toList(),
          v.hashMatches(), v.ratingMatches(), v.totalMatches(),
          v.policyMatches(), v.recorded().dossierHash(), v.recomputed().dossierHash(), RatingView.of(v.recorded().rating()),
          RatingView.of(v.recomputed().rating()), v.recorded().totalPercent(), v.recomputed().totalPercent(),
          v.recorded().policyVersions(), v.recomputed().policyVersions());
    }
  }

  /** A record that makes a verification fail: its part of the dossier, its id, and how it differs. */
  record DifferenceView(String part, String record, String change) {}

  /** A record touched after the evaluation, with the events that touched it. */
  record LateView(String part, String record, List<EnteredView> events) {
    static LateView of(VerifyEvaluation.Late l) {
      return new LateView(l.part(), l.record(), l.events().stream().map(e -> new EnteredView(e.sequence(), e.type(), e.at())).toList());
    }
  }

  /** An event of the log: its number, type and when it was entered. */
  record EnteredView(long sequence, String type, java.time.Instant recordedAt) {}

  /**
   * The rating of the public page: label, day, validity, who evaluated, and where it stands today (decision 0511) —
   * {@code IN_FORCE}, or {@code WITHHELD} with what withholds it (the kind of sanction, since when, the clause and why). No grade
   * ({@code NONE}) has no {@code validUntil} and is never withheld.
   */
  record PublicRatingView(RatingView rating, BigDecimal totalPercent, LocalDate evaluatedOn, @Schema.Nullable LocalDate validUntil, String evaluator,
      RatingView standing, List<PublicWithholding> withheldBy) {
    static PublicRatingView of(dev.clustergov.core.supervision.RatingStanding st, String evaluatorName) {
      Evaluation e = st.evaluation().orElseThrow();
      // no grade has no validity to publish (review stop 28, P2)
      return new PublicRatingView(RatingView.of(e.rating()), e.totalPercent(), e.evaluatedOn(),
          e.rating() == Rating.NONE ? null : e.validUntil(), evaluatorName,
          new RatingView(st.status().name(), st.label().zh(), st.label().en()),
          st.withheldBy().stream().map(w -> new PublicWithholding(w.clause().format(), w.clause().formatChinese(), w.kind().name(),
              w.since(), w.reason().zh(), w.reason().en())).toList());
    }
  }

  /** What withholds a rating, as the public may read it: a sanction is a major matter it reads anyway (Art.14); no id, no reason. */
  record PublicWithholding(String clause, String clauseZh, String kind, LocalDate since, String zh, String en) {}

  static String clause(Citation c, Language lang) {
    return lang == Language.ZH ? c.formatChinese() : c.format();
  }
}
