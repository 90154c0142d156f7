package dev.clustergov.core.supervision;

import dev.clustergov.core.organization.OrganizationId;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A third-party evaluation of a PO (第三方评价, Art.28) as recorded: who evaluated, on which day, the
 * total in percent, the rating and until when it is valid, and what it used — the hash of the dossier
 * snapshot and the policy pack versions — so it can be recomputed and checked — with the indicator
 * scores and the explanation (verdict → indicator → rule → evidence → clause) when it was computed
 * by the evaluation engine.
 */
public record Evaluation(
    EvaluationId id, long version, OrganizationId organization, EvaluatorId evaluator, LocalDate evaluatedOn,
    LocalDate validUntil, BigDecimal totalPercent, Rating rating, String dossierHash, List<String> policyVersions,
    List<IndicatorScore> scores, java.util.Optional<Explanation> trace) {

  public Evaluation {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(evaluator, "evaluator");
    Objects.requireNonNull(evaluatedOn, "evaluatedOn");
    Objects.requireNonNull(validUntil, "validUntil");
    Objects.requireNonNull(totalPercent, "totalPercent");
    if (totalPercent.signum() < 0 || totalPercent.compareTo(new BigDecimal("100")) > 0 || totalPercent.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException("a total is a percentage from 0 to 100 with at most two decimals: " + totalPercent);
    }
    totalPercent = totalPercent.setScale(2);
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(dossierHash, "dossierHash");
    policyVersions = List.copyOf(policyVersions);
    scores = List.copyOf(scores);
    Objects.requireNonNull(trace, "trace");
    if (version < 0) {
      throw new IllegalArgumentException("version");
    }
    if (validUntil.isBefore(evaluatedOn)) {
      throw new IllegalArgumentException("an evaluation is valid from its day on");
    }
  }

  /** An evaluation recorded without its scores and explanation. */
  public Evaluation(
      EvaluationId id, long version, OrganizationId organization, EvaluatorId evaluator, LocalDate evaluatedOn,
      LocalDate validUntil, BigDecimal totalPercent, Rating rating, String dossierHash, List<String> policyVersions) {
    this(id, version, organization, evaluator, evaluatedOn, validUntil, totalPercent, rating, dossierHash, policyVersions,
        List.of(), java.util.Optional.empty());
  }

  /** Whether its rating holds on {@code day}. */
  public boolean currentOn(LocalDate day) {
    return !evaluatedOn.isAfter(day) && !day.isAfter(validUntil);
  }

  public Evaluation withVersion(long v) {
    return new Evaluation(id, v, organization, evaluator, evaluatedOn, validUntil, totalPercent, rating, dossierHash,
        policyVersions, scores, trace);
  }
}
