package dev.clustergov.core.whatif;

import dev.clustergov.core.evaluation.EvaluationEngine;
import dev.clustergov.core.evaluation.Measurements;
import dev.clustergov.core.evaluation.RatingGates;
import dev.clustergov.core.evaluation.Snapshot;
import dev.clustergov.core.policy.Indicator;
import dev.clustergov.core.policy.Measure;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Outcome;
import dev.clustergov.core.rules.Rule;
import dev.clustergov.core.rules.RuleBook;
import dev.clustergov.core.supervision.IndicatorScore;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.supervision.SanctionEffects;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PO's standing under one policy (评价与合规状况), as a what-if needs it: the rating and total of an
 * Art.28 evaluation and every failing rule of its stage — computed as {@link EvaluationEngine} does on the
 * as-of snapshot, but without the snapshot's hash or the explanation, which a comparison over a whole
 * registry does not show, and with each rule evaluated once for both the indicators and the findings.
 * A property test holds the rating, total and blocking findings to the engine's.
 */
record Standing(Rating rating, BigDecimal total, List<Finding> findings) {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  /**
   * What one policy's rules and measures gave for a snapshot, kept so that a second policy that differs
   * only in how scores become a rating can reuse them.
   */
  static final class Facts {
    final Map<String, Outcome> outcomes = new HashMap<>();
    final Map<String, BigDecimal> measures = new HashMap<>();
    List<Finding> findings;
  }

  /** The standing of {@code snapshot} (made by {@link Snapshot#of}) under {@code policy}. */
  static Standing of(Dossier snapshot, Policy policy, LocalDate day, RuleBook book) {
    return of(snapshot, policy, day, book, new Facts());
  }

  /**
   * As above, with {@code facts} gathered under a policy whose rule parameters are the same as
   * {@code policy}'s (only evaluation.* or sanction.blocksRating may differ), or fresh.
   */
  static Standing of(Dossier snapshot, Policy policy, LocalDate day, RuleBook book, Facts facts) {
    java.util.function.Function<Rule, Outcome> outcome =
        r -> facts.outcomes.computeIfAbsent(r.id(), k -> r.evaluate(snapshot, policy, day));
    List<IndicatorScore> scores = new ArrayList<>();
    for (Indicator i : policy.get(Parameters.EVALUATION_INDICATORS).all()) {
      BigDecimal value = i.measure() == Measure.RULES
          ? share(i.arguments(), book, outcome)
          : facts.measures.computeIfAbsent(i.measure() + ":" + i.argument(),
              k -> Measurements.measure(i, snapshot, policy, day, book).value());
      scores.add(new IndicatorScore(i.id(), i.dimension(), i.source(), i.weight(), value, i.target(),
          Measurements.score(value, i.target()), i.thresholdPercent()));
    }
    BigDecimal total = EvaluationEngine.total(scores);
    if (facts.findings == null) {
      List<Finding> findings = new ArrayList<>();
      for (Rule r : book.rules()) {
        if (r.appliesAt(snapshot.organization().stage())) {
          Outcome o = outcome.apply(r);
          if (o.failed()) {
            findings.add(r.finding(r.severityUnder(policy), o));
          }
        }
      }
      facts.findings = findings;
    }
    boolean blocking = facts.findings.stream().anyMatch(Finding::blocking);
    boolean everyAtThreshold = scores.stream().allMatch(IndicatorScore::atThreshold);
    Rating rating = SanctionEffects.blocks(snapshot.sanctions(), policy, day, SanctionEffects.Effect.RATING)
        ? Rating.NONE
        : RatingGates.from(policy).rate(total, everyAtThreshold, blocking);
    return new Standing(rating, total, facts.findings);
  }

  static Standing of(Dossier dossier, Policy policy, LocalDate day, RuleBook book, boolean snapshotTaken) {
    return of(snapshotTaken ? dossier : Snapshot.of(dossier, day), policy, day, book);
  }

  /** The share of applicable rules that pass, in percent (100 when none applies), as a RULES indicator measures it. */
  private static BigDecimal share(List<String> ids, RuleBook book, java.util.function.Function<Rule, Outcome> outcome) {
    long applicable = 0;
    long passed = 0;
    for (String id : ids) {
      Optional<Rule> r = book.rule(id);
      if (r.isPresent()) {
        Outcome o = outcome.apply(r.get());
        if (o.passed() || o.failed()) {
          applicable++;
          passed += o.passed() ? 1 : 0;
        }
      }
    }
    return applicable == 0 ? HUNDRED
        : BigDecimal.valueOf(passed).multiply(HUNDRED).divide(BigDecimal.valueOf(applicable), 2, RoundingMode.DOWN);
  }
}
