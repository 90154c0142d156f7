package dev.clustergov.core.evaluation;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Dates;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.policy.Dimension;
import dev.clustergov.core.policy.Indicator;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.rules.Assessment;
import dev.clustergov.core.rules.ComplianceReport;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Evidence;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.RuleBook;
import dev.clustergov.core.supervision.Explanation;
import dev.clustergov.core.supervision.Explanation.Kind;
import dev.clustergov.core.supervision.IndicatorScore;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.supervision.SanctionEffects;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The evaluation engine (评价引擎, Art.28): scores a PO's dossier against the policy's indicators on a
 * day and rates it. Steps, each a pure function:
 * <ol>
 *   <li>the dossier as of the day, canonical ({@link Snapshot#of}), and its SHA-256;</li>
 *   <li>every indicator measured and scored against its target, capped at 100 %;</li>
 *   <li>the total: the weighted mean of the scores, two decimals, rounded down;</li>
 *   <li>the blocking findings: the rule book's compliance report for the PO's stage;</li>
 *   <li>the rating by {@link RatingGates}, then held at none by a sanction in force that
 *       {@code sanction.blocksRating} lists (Art.29, {@link SanctionEffects});</li>
 *   <li>the explanation: verdict → dimension → indicator → rule → evidence, and the findings and
 *       sanctions, each with its clause, in Chinese and English.</li>
 * </ol>
 */
public final class EvaluationEngine {

  private static final BigDecimal HUNDRED = new BigDecimal("100");
  private static final Citation ART28 = Citation.article(28);

  private EvaluationEngine() {}

  /**
   * The period an evaluation on {@code day} looks at: the twelve months ending on it, so the
   * indicators' yearly targets (activities, Art.29's metrics) are met or not within one year.
   */
  public static dev.clustergov.core.finance.Period periodEnding(LocalDate day) {
    return new dev.clustergov.core.finance.Period(day.minusYears(1).plusDays(1), day);
  }

  private static final RuleBook STANDARD = RuleBook.standard();

  /** Evaluates with the standard rule book. */
  public static EvaluationResult evaluate(Dossier dossier, Policy policy, LocalDate date) {
    return evaluate(dossier, policy, date, STANDARD);
  }

  public static EvaluationResult evaluate(Dossier dossier, Policy policy, LocalDate date, RuleBook book) {
    Dossier snapshot = Snapshot.of(dossier, date);
    String hash = Snapshot.hash(Snapshot.text(snapshot, date));

    List<Indicator> indicators = policy.get(Parameters.EVALUATION_INDICATORS).all().toJavaList();
    List<IndicatorScore> scores = new ArrayList<>();
    List<Measurement> measurements = new ArrayList<>();
    for (Indicator i : indicators) {
      Measurement m = Measurements.measure(i, snapshot, policy, date, book);
      measurements.add(m);
      scores.add(new IndicatorScore(i.id(), i.dimension(), i.source(), i.weight(), m.value(), i.target(),
          Measurements.score(m.value(), i.target()), i.thresholdPercent()));
    }
    BigDecimal total = total(scores);

    ComplianceReport report = book.assess(snapshot, policy, date, snapshot.organization().stage());
    List<Finding> blocking = report.blockingFindings().stream()
        .sorted(Comparator.comparing(Finding::rule).thenComparing(f -> f.evidence().toString())).toList();
    List<SanctionEffects.Blocking> sanctions =
        SanctionEffects.blocking(snapshot.sanctions(), policy, date, SanctionEffects.Effect.RATING);

    RatingGates gates = RatingGates.from(policy);
    boolean everyAtThreshold = scores.stream().allMatch(IndicatorScore::atThreshold);
    Rating scoreRating = gates.rate(total, everyAtThreshold, false);
    Rating rating = sanctions.isEmpty() ? gates.rate(total, everyAtThreshold, !blocking.isEmpty()) : Rating.NONE;
    LocalDate validUntil = date.plusMonths(policy.get(Parameters.EVALUATION_VALIDITY_MONTHS)).minusDays(1);

    Explanation trace = explain(indicators, scores, measurements, total, gates, everyAtThreshold, rating, scoreRating,
        blocking, sanctions, validUntil, book);
    return new EvaluationResult(snapshot.organization().id(), date, total, scores, rating, scoreRating, blocking, sanctions,
        trace, hash, policy.sources().toJavaList(), validUntil);
  }

  /** The weighted mean of the scores, in percent, two decimals rounded down; 0 when nothing weighs. */
  public static BigDecimal total(List<IndicatorScore> scores) {
    int weights = scores.stream().mapToInt(IndicatorScore::weight).sum();
    if (weights == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    BigDecimal sum = scores.stream().map(s -> s.scorePercent().multiply(BigDecimal.valueOf(s.weight())))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return sum.divide(BigDecimal.valueOf(weights), 2, RoundingMode.DOWN).min(HUNDRED.setScale(2));
  }

  private static Explanation explain(
      List<Indicator> indicators, List<IndicatorScore> scores, List<Measurement> measurements, BigDecimal total,
      RatingGates gates, boolean everyAtThreshold, Rating rating, Rating scoreRating, List<Finding> blocking,
      List<SanctionEffects.Blocking> sanctions, LocalDate validUntil, RuleBook book) {
    List<Explanation> because = new ArrayList<>();
    // why this rating, right under the verdict: the gates that failed, each named (review stop 28, P1)
    List<Citation> why = new ArrayList<>(List.of(ART28));
    blocking.forEach(f -> f.citations().stream().filter(c -> !why.contains(c)).forEach(why::add));
    sanctions.forEach(s -> { if (!why.contains(s.citation())) { why.add(s.citation()); } });
    because.add(Explanation.leaf(Kind.VERDICT, reason(gates, total, everyAtThreshold, rating, blocking, sanctions), why));
    because.add(Explanation.leaf(Kind.VERDICT, Text.of(
        // every label's gate states every condition: gold too requires no finding against a binding requirement (review stop 27, item 10)
        "评级门槛：金标为总分不低于" + plain(gates.goldPercent()) + "分" + (gates.goldEveryThreshold() ? "、每项指标达到门槛" : "") + "且无不符合约束性要求的问题"
            + "；银标为总分不低于" + plain(gates.silverPercent()) + "分且无不符合约束性要求的问题；铜标为已评价且无不符合约束性要求的问题。仅按得分评级："
            + scoreRating.title().zh() + "；" + (everyAtThreshold ? "每项指标均达到门槛" : "并非每项指标均达到门槛"),
        "Gates: gold at a total of at least " + plain(gates.goldPercent()) + " points with " + (gates.goldEveryThreshold() ? "every indicator at its threshold and " : "")
            + "no finding against a binding requirement"
            + "; silver at a total of at least " + plain(gates.silverPercent()) + " points with no finding against a binding requirement; bronze when evaluated with no such finding. "
            + "Rating on the scores alone: " + scoreRating.title().en() + "; " + (everyAtThreshold ? "every indicator is at its threshold" : "not every indicator is at its threshold")),
        List.of(ART28)));
    for (Dimension d : Dimension.values()) {
      List<Explanation> rows = new ArrayList<>();
      int weight = 0;
      BigDecimal weighted = BigDecimal.ZERO;
      for (int k = 0; k < indicators.size(); k++) {
        if (indicators.get(k).dimension() == d) {
          rows.add(indicator(indicators.get(k), scores.get(k), measurements.get(k), book));
          weight += scores.get(k).weight();
          weighted = weighted.add(scores.get(k).scorePercent().multiply(BigDecimal.valueOf(scores.get(k).weight())));
        }
      }
      if (!rows.isEmpty()) {
        String points = weighted.divide(HUNDRED, 2, RoundingMode.DOWN).toPlainString();
        because.add(Explanation.of(Kind.DIMENSION, Text.of(
            d.title().zh() + "：得" + points + "分（满分" + weight + "分）",
            d.title().en() + ": " + points + " of " + weight + " points"), List.of(ART28), rows));
      }
    }
    for (Finding f : blocking) {
      because.add(Explanation.of(Kind.FINDING, Text.of(
              // the rule's id only in the finding's field, in neither line: the two languages of a signed text say the same
              // (review stop 28, E1); the clauses stand before the line (decision 0565)
              "不符合约束性要求的问题：" + f.message().zh() + "，不能评为任何等级",
              "Finding against a binding requirement: " + f.message().en() + "; no label can be given"),
          f.citations(), evidence(f.evidence(), f.citations())));
    }
    for (SanctionEffects.Blocking s : sanctions) {
      because.add(Explanation.leaf(Kind.SANCTION, s.reason(), List.of(s.citation())));
    }
    String t = plain(total);
    // no grade has no validity to state: nothing is granted that could last or be withheld (review stop 28, P2)
    boolean rated = rating != Rating.NONE;
    Text verdict = Text.of(
        "评价结果：" + rating.title().zh() + "，总分" + t + "分（满分100分）" + (rated ? "，有效期至" + Dates.zh(validUntil) : ""),
        "Rating: " + rating.title().en() + ", total " + t + " of 100" + (rated ? ", valid until " + Dates.en(validUntil) : ""));
    return Explanation.of(Kind.VERDICT, verdict, List.of(ART28), because);
  }

  /** The prefix of the reason's line in the trace, by which a report finds it. */
  public static final Text REASON = Text.of("评定理由：", "Why: ");

  /**
   * Why the rating is what it is, in both languages, from the gates the evaluation applied: for no grade every gate that
   * failed — each finding against a binding requirement with its clause, each sanction in force that the policy lists as
   * blocking a rating —; for silver short of gold, the indicators below their thresholds only when that is what stopped
   * gold; for bronze the silver total not reached (review stop 28, P1).
   */
  public static Text reason(RatingGates gates, BigDecimal total, boolean everyAtThreshold, Rating rating, List<Finding> blocking,
      List<SanctionEffects.Blocking> sanctions) {
    String gold = plain(gates.goldPercent());
    String silver = plain(gates.silverPercent());
    String t = plain(total);
    return switch (rating) {
      case NONE -> {
        List<String> zh = new ArrayList<>();
        List<String> en = new ArrayList<>();
        for (Finding f : blocking) {
          String clauses = f.citations().stream().map(Citation::formatChinese).collect(java.util.stream.Collectors.joining("、"));
          String clausesEn = f.citations().stream().map(Citation::format).collect(java.util.stream.Collectors.joining(", "));
          zh.add("不符合约束性要求（" + clauses + "：" + requirement(f.message().zh(), "：") + "）");
          en.add("a binding requirement is not met (" + clausesEn + ": " + requirement(f.message().en(), ": ") + ")");
        }
        for (SanctionEffects.Blocking s : sanctions) {
          zh.add("处理决定（" + s.sanction().kind().title().zh() + "，" + Dates.zh(s.sanction().decidedOn()) + "作出）仍在生效");
          en.add("a sanction (" + s.sanction().kind().title().en() + ", decided on " + Dates.en(s.sanction().decidedOn()) + ") is in force");
        }
        yield Text.of(REASON.zh() + "因" + String.join("，且", zh) + "，不予评定等级（总分" + t + "分）。",
            REASON.en() + "not rated, because " + String.join(", and ", en) + " (total " + t + " of 100).");
      }
      case GOLD -> Text.of(REASON.zh() + "总分" + t + "分，不低于金标的" + gold + "分" + (gates.goldEveryThreshold() ? "，每项指标均达到门槛" : "")
              + "，且无不符合约束性要求的问题，评为金标。",
          REASON.en() + "a total of " + t + ", at least gold's " + gold + (gates.goldEveryThreshold() ? ", every indicator at its threshold" : "")
              + " and no finding against a binding requirement: rated gold.");
      case SILVER -> total.compareTo(gates.goldPercent()) >= 0
          ? Text.of(REASON.zh() + "总分" + t + "分，达到金标的" + gold + "分，但并非每项指标均达到门槛，评为银标。",
              REASON.en() + "a total of " + t + " reaches gold's " + gold + ", but not every indicator is at its threshold: rated silver.")
          : Text.of(REASON.zh() + "总分" + t + "分，不低于银标的" + silver + "分、低于金标的" + gold + "分，且无不符合约束性要求的问题，评为银标。",
              REASON.en() + "a total of " + t + ", at least silver's " + silver + " and below gold's " + gold
                  + ", with no finding against a binding requirement: rated silver.");
      case BRONZE -> Text.of(REASON.zh() + "总分" + t + "分，低于银标的" + silver + "分，且无不符合约束性要求的问题，评为铜标。",
          REASON.en() + "a total of " + t + ", below silver's " + silver + ", with no finding against a binding requirement: rated bronze.");
    };
  }

  /** A rule's requirement: its message up to the first {@code colon}, where the words of what follows from it begin. */
  private static String requirement(String message, String colon) {
    int at = message.indexOf(colon);
    return at < 0 ? message : message.substring(0, at);
  }

  private static Explanation indicator(Indicator i, IndicatorScore s, Measurement m, RuleBook book) {
    List<Explanation> because = new ArrayList<>();
    for (Assessment a : m.rules()) {
      // the rule is named by its requirement and its clauses (before the line), never by its id (decision 0565)
      String outcome = a.outcome().passed() ? "符合要求" : a.outcome().failed() ? "不符合要求" : "不适用";
      // the English as the Chinese: the requirement, then whether it is met, no rule id in either (review stop 28, E1)
      String outcomeEn = a.outcome().passed() ? "met" : a.outcome().failed() ? "not met" : "does not apply";
      because.add(Explanation.of(Kind.RULE, Text.of(
              a.rule().message().zh() + "（" + outcome + "）",
              a.rule().message().en() + " (" + outcomeEn + ")"),
          a.rule().clauses(), evidence(a.outcome().evidence(), a.rule().clauses())));
    }
    because.addAll(evidence(m.evidence(), List.of(i.source())));
    String threshold = s.atThreshold() ? "达到" : "未达到";
    Text title = i.title(book::citations); // a rule list named by the clauses its rules cite in the book (decision 0610)
    // an amount of yuan is written as every amount is, 58,774,334.00元 (review stop 28 P10, decision 0632); a count as it is
    boolean yuan = Measurements.inYuan(i);
    return Explanation.of(Kind.INDICATOR, Text.of(
            "“" + title.zh() + "”指标：计量值" + amount(s.measured(), yuan, "元") + "，目标值" + amount(i.target(), yuan, "元") + "，得分"
                + plain(s.scorePercent()) + "%（权重" + i.weight() + "），" + threshold + "门槛" + plain(i.thresholdPercent()) + "%",
            i.id() + " " + title.en() + ": measured " + amount(s.measured(), yuan, " yuan") + " against a target of "
                + amount(i.target(), yuan, " yuan")
                + ", score " + plain(s.scorePercent()) + " % (weight " + i.weight() + "), "
                + (s.atThreshold() ? "at or above" : "below") + " its threshold of " + plain(i.thresholdPercent()) + " %"),
        i.clauses(book::citations), because); // every article the indicator counts, as its title names them
  }

  private static List<Explanation> evidence(List<Evidence> evidence, List<Citation> clauses) {
    return evidence.stream().map(e -> Explanation.leaf(Kind.EVIDENCE,
        Text.of("证据（" + e.label().zh() + "）：" + e.words().zh(),
            "Evidence (" + e.label().en() + "): " + e.words().en()), clauses)).toList();
  }

  /** A measured value or a target: an amount of yuan grouped with two decimals and its unit, anything else {@link #plain}. */
  private static String amount(BigDecimal v, boolean yuan, String unit) {
    return yuan ? String.format(java.util.Locale.ROOT, "%,.2f", v.setScale(2, RoundingMode.HALF_UP)) + unit : plain(v);
  }

  private static String plain(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return (s.scale() < 0 ? s.setScale(0) : s).toPlainString();
  }
}
