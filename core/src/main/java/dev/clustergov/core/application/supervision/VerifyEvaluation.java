package dev.clustergov.core.application.supervision;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.evaluation.EvaluationEngine;
import dev.clustergov.core.evaluation.EvaluationResult;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.EvaluationId;
import io.vavr.control.Either;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * Checks a recorded evaluation (复核评价, Art.28): recomputes it from the records dated on or before its
 * day, under the pack versions it recorded (Art.30) — a pack published afterwards, even one dated back,
 * does not reach into it — and reports whether the dossier hash, the rating, the total and the policy
 * versions are still the ones recorded. A mismatch means the records of that day, or the stored
 * evaluation, were changed afterwards (a recorded pack version no longer found shows as a policy
 * mismatch), and says which.
 */
public final class VerifyEvaluation {

  /** The outcome of a check: what was recorded, what recomputing gives, and what matches. */
  public record Verification(Evaluation recorded, EvaluationResult recomputed, boolean hashMatches, boolean ratingMatches,
      boolean totalMatches, boolean policyMatches) {

    public Verification {
      Objects.requireNonNull(recorded, "recorded");
      Objects.requireNonNull(recomputed, "recomputed");
    }

    /** Everything matches: the evaluation is reproducible from the records. */
    public boolean verified() {
      return hashMatches && ratingMatches && totalMatches && policyMatches;
    }
  }

  private final Context context;

  public VerifyEvaluation(Context context) {
    this.context = context;
  }

  public Either<Refusal, Verification> handle(OrganizationId organization, EvaluationId id) {
    return context.loading().organization(organization, OptionalLong.empty()).flatMap(o -> {
      var found = context.ports().evaluations().find(id).filter(e -> e.organization().equals(o.id()));
      if (found.isEmpty()) {
        return Either.left(new Refusal.NotFound("evaluation", id.value()));
      }
      Evaluation recorded = found.get();
      return context.dossiers().of(o, EvaluationEngine.periodEnding(recorded.evaluatedOn())).map(dossier -> {
        var policy = PolicyResolver.resolveAsRecorded(context.ports().policyPacks().all(), dossier.cluster().region(),
            recorded.evaluatedOn(), recorded.policyVersions());
        EvaluationResult again = EvaluationEngine.evaluate(dossier, policy, recorded.evaluatedOn(), context.book());
        return new Verification(recorded, again, again.dossierHash().equals(recorded.dossierHash()),
            again.rating() == recorded.rating(), again.totalPercent().compareTo(recorded.totalPercent()) == 0,
            again.policyVersions().equals(recorded.policyVersions()));
      });
    });
  }
}
