package dev.clustergov.core.application.port;

import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.EvaluationId;
import java.util.List;
import java.util.Optional;

/** The record of third-party evaluations (评价记录, Art.28), with their scores and explanations: a driven port. */
public interface Evaluations {
  Optional<Evaluation> find(EvaluationId id);

  /** Optimistic like {@link Clusters#save}; an evaluation is recorded once and not changed. */
  Evaluation save(Evaluation evaluation);

  /** Every evaluation of {@code organization}, oldest first (by day, then id). */
  List<Evaluation> of(OrganizationId organization);
}
