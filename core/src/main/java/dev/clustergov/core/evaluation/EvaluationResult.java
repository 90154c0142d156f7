package dev.clustergov.core.evaluation;

import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.policy.PolicySource;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.EvaluationId;
import dev.clustergov.core.supervision.EvaluatorId;
import dev.clustergov.core.supervision.Explanation;
import dev.clustergov.core.supervision.IndicatorScore;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.supervision.SanctionEffects;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What the evaluation engine concluded about one PO on one day (评价结果, Art.28): the total in
 * percent, every indicator's score, the rating — and the rating the scores alone would give, before
 * blocking findings and sanctions —, the blocking findings and the sanctions that held the rating
 * back, the explanation, the hash of the dossier snapshot it used and the policy packs it was
 * resolved from, and until when the rating is valid.
 */
public record EvaluationResult(
    OrganizationId organization, LocalDate evaluatedOn, BigDecimal totalPercent, List<IndicatorScore> scores,
    Rating rating, Rating scoreRating, List<Finding> blockingFindings, List<SanctionEffects.Blocking> sanctions,
    Explanation trace, String dossierHash, List<PolicySource> policy, LocalDate validUntil) {

  public EvaluationResult {
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(evaluatedOn, "evaluatedOn");
    Objects.requireNonNull(totalPercent, "totalPercent");
    scores = List.copyOf(scores);
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(scoreRating, "scoreRating");
    blockingFindings = List.copyOf(blockingFindings);
    sanctions = List.copyOf(sanctions);
    Objects.requireNonNull(trace, "trace");
    Objects.requireNonNull(dossierHash, "dossierHash");
    policy = List.copyOf(policy);
    Objects.requireNonNull(validUntil, "validUntil");
  }

  /** Whether every indicator is at or above its threshold. */
  public boolean everyIndicatorAtThreshold() {
    return scores.stream().allMatch(IndicatorScore::atThreshold);
  }

  /** The policy pack versions as an evaluation records them, e.g. {@code 000000 v1 from 2023-12-01}. */
  public List<String> policyVersions() {
    return policy.stream().map(PolicySource::toString).toList();
  }

  /** The evaluation to record, by {@code evaluator}, under {@code id}. */
  public Evaluation toEvaluation(EvaluationId id, EvaluatorId evaluator) {
    return new Evaluation(id, 0, organization, evaluator, evaluatedOn, validUntil, totalPercent, rating, dossierHash,
        policyVersions(), scores, java.util.Optional.of(trace));
  }
}
