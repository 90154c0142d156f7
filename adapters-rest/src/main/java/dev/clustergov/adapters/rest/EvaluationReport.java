package dev.clustergov.adapters.rest;

import dev.clustergov.adapters.rest.EvaluationViews.RatingView;
import dev.clustergov.adapters.rest.EvaluationViews.TraceView;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.evaluation.EvaluationEngine;
import dev.clustergov.core.evaluation.RatingGates;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Indicator;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.rules.RuleBook;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.IndicatorScore;
import dev.clustergov.core.supervision.Rating;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The evaluation report (评价报告, Art.28) a person signs and prints: one recorded evaluation with the PO, the period it
 * looked at, the evaluator, the policy pack versions, the rating and the gates it passed or not, every indicator's score
 * against its threshold and weight, the explanation down to rules, evidence and clauses, the distribution of the ratings
 * and totals of the PO's peers — the other POs its supervising authority supervises, none named (ESCA-style
 * benchmarking) — and the dossier hash with the route that recomputes it (decision 0450).
 */
final class EvaluationReport {

  /**
   * The peer group is shown only when it holds at least this many POs with a rating in force on the day (the evaluated
   * one included): with fewer, a reader who knows the jurisdiction's few POs could tell whose score is whose.
   */
  static final int MIN_PEERS = 5;

  /** The totals' histogram: ten bins of 10 points, the last one closed (90–100). */
  static final int BINS = 10;

  record Party(String id, String name, @Schema.Nullable String creditCode) {}

  record Gates(BigDecimal goldPercent, BigDecimal silverPercent, boolean goldEveryThreshold, boolean everyIndicatorAtThreshold,
      String clause) {}

  /**
   * One indicator's row. {@code source}/{@code sourceZh} are the indicator's own clause, as the evaluation records it;
   * {@code clauses}/{@code clausesZh} every article it counts (a rule list's: its own and those its rules cite), which the
   * page's 依据 column shows — a reader saw 第十六条 beside “第十五条、第十六条要求的符合比例” (review stop 27, item 10).
   */
  record IndicatorRow(String indicator, String zh, String en, String dimension, String dimensionZh, String dimensionEn, String source,
      String sourceZh, List<String> clauses, List<String> clausesZh, int weight, BigDecimal measured, BigDecimal target,
      BigDecimal scorePercent, BigDecimal thresholdPercent, boolean atThreshold, BigDecimal peerMedianPercent) {}

  record RatingShare(String rating, String zh, String en, int organizations) {}

  record Bin(int fromPercent, int toPercent, int organizations, boolean evaluated) {}

  /**
   * The peers' distribution: none named, no id. {@code shown} is false below {@link #MIN_PEERS}, and then every figure
   * but {@code organizations} is empty.
   */
  record Peers(String authority, String jurisdiction, LocalDate on, int organizations, int minimum, boolean shown,
      List<RatingShare> ratings, List<Bin> totals, @Schema.Nullable BigDecimal lowerQuartile, @Schema.Nullable BigDecimal median, @Schema.Nullable BigDecimal upperQuartile,
      @Schema.Nullable Integer below, @Schema.Nullable Integer above) {}

  /** How to check the report: the route that recomputes the evaluation, and the request a terminal sends. */
  record Verification(String dossierHash, String route, String command) {}

  record ReportView(String evaluation, Party organization, String cluster, Party authority, Party evaluator, LocalDate evaluatedOn,
      LocalDate validUntil, LocalDate periodFrom, LocalDate periodTo, List<String> policyVersions, BigDecimal totalPercent,
      RatingView rating, @Schema.Nullable Gates gates, List<IndicatorRow> indicators, @Schema.Nullable TraceView trace, @Schema.Nullable TraceView traceZh, @Schema.Nullable TraceView traceEn,
      Peers peers, Verification verification) {}

  private final Queries queries;
  private final Dashboard dashboard;
  private final RuleBook book;

  /** {@code book}: the rule book the evaluations are made with, whose citations name a rule list's clauses (decision 0610). */
  EvaluationReport(Queries queries, RuleBook book) {
    this.queries = queries;
    this.book = java.util.Objects.requireNonNull(book, "book");
    this.dashboard = new Dashboard(queries);
  }

  ReportView of(PromotionOrganization o, Evaluation e, Language lang) {
    Authority authority = Api.done(queries.authority(o.authority()));
    String cluster = queries.cluster(o.cluster()).map(c -> c.name()).getOrElse(o.cluster().value());
    Party evaluator = queries.evaluator(e.evaluator())
        .map(v -> new Party(v.id().value(), v.name(), v.creditCode().value()))
        .getOrElse(new Party(e.evaluator().value(), e.evaluator().value(), null));
    Optional<Policy> policy = queries.policyFor(o.cluster(), e.evaluatedOn()).toJavaOptional();
    Map<String, Indicator> indicators = new LinkedHashMap<>();
    policy.ifPresent(p -> p.get(Parameters.EVALUATION_INDICATORS).all().forEach(i -> indicators.put(i.id(), i)));
    boolean every = e.scores().stream().allMatch(IndicatorScore::atThreshold);
    Gates gates = policy.map(RatingGates::from).map(g -> new Gates(g.goldPercent(), g.silverPercent(), g.goldEveryThreshold(), every,
        "Art.28")).orElse(null);

    List<Evaluation> peerEvaluations = peers(authority, e);
    boolean shown = peerEvaluations.size() >= MIN_PEERS;
    List<IndicatorRow> rows = new ArrayList<>();
    for (IndicatorScore s : e.scores()) {
      Indicator i = indicators.get(s.indicator());
      BigDecimal peerMedian = shown ? median(peerEvaluations.stream().flatMap(p -> p.scores().stream())
          .filter(x -> x.indicator().equals(s.indicator())).map(IndicatorScore::scorePercent).toList()) : null;
      dev.clustergov.core.kernel.Text title = i == null ? null : i.title(book::citations);
      List<dev.clustergov.core.guideline.Citation> clauses = i == null ? List.of(s.source()) : i.clauses(book::citations);
      rows.add(new IndicatorRow(s.indicator(), i == null ? s.indicator() : title.zh(), i == null ? s.indicator() : title.en(),
          s.dimension().name(), s.dimension().title().zh(), s.dimension().title().en(), s.source().format(), s.source().formatChinese(),
          clauses.stream().map(dev.clustergov.core.guideline.Citation::format).toList(),
          clauses.stream().map(dev.clustergov.core.guideline.Citation::formatChinese).toList(), s.weight(), s.measured(), s.target(), s.scorePercent(), s.thresholdPercent(), s.atThreshold(), peerMedian));
    }
    Period period = EvaluationEngine.periodEnding(e.evaluatedOn());
    String route = "/organizations/" + o.id().value() + "/evaluations/" + e.id().value() + "/verification";
    return new ReportView(e.id().value(), new Party(o.id().value(), o.name(), o.creditCode().map(Object::toString).orElse(null)),
        cluster, new Party(authority.id().value(), authority.name(), null), evaluator, e.evaluatedOn(), e.validUntil(), period.from(),
        period.to(), e.policyVersions(), e.totalPercent(), RatingView.of(e.rating()), gates, rows,
        e.trace().map(t -> TraceView.of(t, lang)).orElse(null), e.trace().map(t -> TraceView.of(t, Language.ZH)).orElse(null),
        e.trace().map(t -> TraceView.of(t, Language.EN)).orElse(null), distribution(authority, e, peerEvaluations),
        new Verification(e.dossierHash(), route, "curl -H \"Authorization: Bearer $TOKEN\" \"$CLUSTERGOV" + route + "\""));
  }

  /**
   * The ratings in force on the evaluation's day of every PO the same authority supervises: for each, its latest evaluation
   * on or before the day still valid on it; for the evaluated PO, this very evaluation.
   */
  private List<Evaluation> peers(Authority authority, Evaluation evaluated) {
    LocalDate on = evaluated.evaluatedOn();
    List<Evaluation> out = new ArrayList<>();
    for (PromotionOrganization p : dashboard.supervised(authority)) {
      if (p.id().equals(evaluated.organization())) {
        out.add(evaluated);
        continue;
      }
      queries.evaluations(p.id()).getOrElse(List.of()).stream().filter(x -> x.currentOn(on))
          .max(Comparator.comparing(Evaluation::evaluatedOn).thenComparing(x -> x.id().value())).ifPresent(out::add);
    }
    return out;
  }

  private static Peers distribution(Authority authority, Evaluation evaluated, List<Evaluation> peers) {
    String a = authority.id().value();
    String j = authority.jurisdiction().value();
    if (peers.size() < MIN_PEERS) {
      return new Peers(a, j, evaluated.evaluatedOn(), peers.size(), MIN_PEERS, false, List.of(), List.of(), null, null, null, null, null);
    }
    Map<Rating, Integer> byRating = new EnumMap<>(Rating.class);
    peers.forEach(p -> byRating.merge(p.rating(), 1, Integer::sum));
    List<RatingShare> ratings = new ArrayList<>();
    for (Rating r : Rating.values()) {
      ratings.add(new RatingShare(r.name(), r.title().zh(), r.title().en(), byRating.getOrDefault(r, 0)));
    }
    int[] counts = new int[BINS];
    peers.forEach(p -> counts[bin(p.totalPercent())]++);
    int own = bin(evaluated.totalPercent());
    List<Bin> bins = new ArrayList<>();
    for (int k = 0; k < BINS; k++) {
      bins.add(new Bin(k * 10, k == BINS - 1 ? 100 : k * 10 + 10, counts[k], k == own));
    }
    List<BigDecimal> totals = peers.stream().map(Evaluation::totalPercent).sorted().toList();
    int below = (int) totals.stream().filter(t -> t.compareTo(evaluated.totalPercent()) < 0).count();
    int above = (int) totals.stream().filter(t -> t.compareTo(evaluated.totalPercent()) > 0).count();
    return new Peers(a, j, evaluated.evaluatedOn(), peers.size(), MIN_PEERS, true, ratings, bins, quantile(totals, 1),
        quantile(totals, 2), quantile(totals, 3), below, above);
  }

  /** The bin of a total: [0,10), [10,20) … [90,100]. */
  static int bin(BigDecimal total) {
    return Math.min(BINS - 1, total.divide(BigDecimal.TEN, 0, RoundingMode.DOWN).intValue());
  }

  static BigDecimal median(List<BigDecimal> values) {
    return values.isEmpty() ? null : quantile(values.stream().sorted().toList(), 2);
  }

  /** The {@code q}-th quartile of sorted values, by linear interpolation between closest ranks (R's type 7), two decimals. */
  static BigDecimal quantile(List<BigDecimal> sorted, int q) {
    double h = (sorted.size() - 1) * q / 4.0;
    int lo = (int) Math.floor(h);
    int hi = Math.min(sorted.size() - 1, lo + 1);
    BigDecimal frac = BigDecimal.valueOf(h - lo);
    BigDecimal v = sorted.get(lo).add(sorted.get(hi).subtract(sorted.get(lo)).multiply(frac));
    return v.setScale(2, RoundingMode.HALF_EVEN);
  }
}
