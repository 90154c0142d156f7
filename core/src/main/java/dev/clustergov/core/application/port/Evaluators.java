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

  /**
   * The version of the evaluator registered under {@code id}, if any: what {@link #find} would return now, without its ties
   * and engagements. Every change to an evaluator — a tie declared, an engagement made or ended — is a {@link #save} that
   * advances it, so a caller that kept an evaluator of this version may use it as read now (decision 0580). A store that
   * reads it cheaper than the whole evaluator overrides this.
   */
  default Optional<Long> version(EvaluatorId id) {
    return find(id).map(Evaluator::version);
  }

  /** Optimistic like {@link Clusters#save}. */
  Evaluator save(Evaluator evaluator);

  /** Every evaluator, ordered by id. */
  List<Evaluator> all();
}
