package dev.clustergov.core.application.port;

import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.EvaluatorId;
import java.util.List;
import java.util.Optional;

/** The registry of third-party evaluators (第三方评估机构名录, Art.28): a driven port. */
public interface Evaluators {
  Optional<Evaluator> find(EvaluatorId id);

  /** The evaluator registered under a unified social credit code, if any. */
  Optional<Evaluator> findByCreditCode(CreditCode creditCode);

  /** Optimistic like {@link Clusters#save}. */
  Evaluator save(Evaluator evaluator);

  /** Every evaluator, ordered by id. */
  List<Evaluator> all();
}
