package dev.clustergov.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.EvaluationId;
import dev.clustergov.core.supervision.EvaluatorId;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The evaluation an evaluator records (Art.28): what the engine concluded, under the id and evaluator given, at version 0. */
class EvaluationRecordTest {

  @Test
  void the_recorded_evaluation_carries_the_result_under_the_id_and_evaluator_given() {
    EvaluationResult r = EvaluationEngine.evaluate(Fixtures.compliantDossier(), Fixtures.baseline(), EvaluationSamples.DAY);
    Evaluation e = r.toEvaluation(new EvaluationId("evaluation-7"), new EvaluatorId("evaluator-3"));
    assertThat(e.id().value()).isEqualTo("evaluation-7");
    assertThat(e.evaluator().value()).isEqualTo("evaluator-3");
    assertThat(e.version()).isZero();
    assertThat(e.organization()).isEqualTo(Fixtures.ORGANIZATION_ID);
    assertThat(e.evaluatedOn()).isEqualTo(EvaluationSamples.DAY);
    // the baseline's validity: 24 months, the last day the day before
    assertThat(e.validUntil()).isEqualTo(EvaluationSamples.DAY.plusMonths(24).minusDays(1));
    assertThat(e.rating()).isEqualTo(r.rating());
    assertThat(e.totalPercent()).isEqualTo(r.totalPercent());
    assertThat(e.dossierHash()).hasSize(64).isEqualTo(r.dossierHash());
    assertThat(e.policyVersions()).isNotEmpty().isEqualTo(r.policyVersions());
    assertThat(e.scores()).isEqualTo(r.scores());
    assertThat(e.trace()).isEqualTo(Optional.of(r.trace()));
  }
}
