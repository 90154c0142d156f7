package dev.clustergov.core.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.Evaluations;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.EvaluationId;
import dev.clustergov.core.supervision.Rating;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link Evaluations}: extend it with a factory of a fresh, empty adapter in which the
 * sample POs {@code org-001}, {@code org-002} and the evaluator {@link EvaluatorSamples#EVALUATOR} may
 * be named (an adapter with foreign keys stores them first).
 */
public abstract class EvaluationsContract extends VersionedAggregatesContract<Evaluation, EvaluationId> {
  private Evaluations evaluations;

  protected abstract Evaluations freshEvaluations();

  protected final Evaluations evaluations() {
    if (evaluations == null) {
      evaluations = freshEvaluations();
    }
    return evaluations;
  }

  @Test
  public void keeps_the_scores_the_explanation_the_hash_and_the_policy_versions_exactly() {
    Evaluation e = EvaluatorSamples.evaluation("evaluation-9");
    Evaluation saved = evaluations().save(e);
    Evaluation found = evaluations().find(e.id()).orElseThrow();
    assertThat(found).isEqualTo(saved);
    assertThat(found.scores()).isEqualTo(e.scores());
    assertThat(found.trace()).isEqualTo(e.trace());
    assertThat(found.policyVersions()).isEqualTo(e.policyVersions());
  }

  @Test
  public void keeps_the_dossier_as_recorded_line_for_line_once_and_has_none_for_an_evaluation_without_one() {
    Evaluation e = evaluations().save(EvaluatorSamples.evaluation("evaluation-k"));
    Evaluation other = evaluations().save(EvaluatorSamples.evaluation("evaluation-l"));
    // lines as Snapshot.entries makes them: a part that is one value, records, free text with escapes and CJK, a long line
    var kept = new dev.clustergov.core.evaluation.DossierAsRecorded(e.id(), 42, List.of(
        new dev.clustergov.core.evaluation.Snapshot.Entry("day", "day", "day 2026-11-27"),
        new dev.clustergov.core.evaluation.Snapshot.Entry("organization", "organization", "organization " + "组织".repeat(5000)),
        new dev.clustergov.core.evaluation.Snapshot.Entry("membership", "member-000002", "membership member-000002|苏州\\p乙公司|-"),
        new dev.clustergov.core.evaluation.Snapshot.Entry("membership", "member-000001", "membership member-000001|苏州甲公司|-")));
    evaluations().keep(kept);
    assertThat(evaluations().dossierAsRecorded(e.id())).contains(kept);
    assertThat(evaluations().dossierAsRecorded(other.id())).isEmpty();
    var again = new dev.clustergov.core.evaluation.DossierAsRecorded(e.id(), 43, List.of());
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> evaluations().keep(again)).as("kept once");
    assertThat(evaluations().dossierAsRecorded(e.id())).contains(kept);
  }

  @Test
  public void keeps_an_evaluation_recorded_without_scores_or_explanation() {
    Evaluation e = EvaluatorSamples.evaluation("evaluation-8");
    Evaluation bare = new Evaluation(e.id(), 0, e.organization(), e.evaluator(), e.evaluatedOn(), e.validUntil(), e.totalPercent(),
        Rating.NONE, e.dossierHash(), List.of());
    assertThat(evaluations().find(evaluations().save(bare).id())).contains(bare.withVersion(1));
  }

  @Test
  public void lists_the_evaluations_of_one_organization_oldest_first_and_no_other() {
    Evaluation later = evaluations().save(EvaluatorSamples.evaluation("evaluation-a", DisputeSamples.PO, EvaluatorSamples.DAY.plusDays(5)));
    Evaluation earlier = evaluations().save(EvaluatorSamples.evaluation("evaluation-b", DisputeSamples.PO, EvaluatorSamples.DAY));
    evaluations().save(EvaluatorSamples.evaluation("evaluation-c", DisputeSamples.OTHER_PO, EvaluatorSamples.DAY));
    assertThat(evaluations().of(DisputeSamples.PO)).containsExactly(earlier, later);
  }

  @Override
  protected final String aggregateType() {
    return "Evaluation";
  }

  @Override
  protected final Evaluation sample(int n) {
    return EvaluatorSamples.evaluation("evaluation-s" + n);
  }

  @Override
  protected final Evaluation changed(Evaluation e) {
    return new Evaluation(e.id(), e.version(), e.organization(), e.evaluator(), e.evaluatedOn(), e.validUntil(),
        e.totalPercent(), Rating.BRONZE, e.dossierHash(), e.policyVersions(), e.scores(), e.trace());
  }

  @Override
  protected final Evaluation save(Evaluation e) {
    return evaluations().save(e);
  }

  @Override
  protected final Optional<Evaluation> find(EvaluationId id) {
    return evaluations().find(id);
  }

  @Override
  protected final EvaluationId id(Evaluation e) {
    return e.id();
  }

  @Override
  protected final long version(Evaluation e) {
    return e.version();
  }

  @Override
  protected final Evaluation withVersion(Evaluation e, long version) {
    return e.withVersion(version);
  }
}
