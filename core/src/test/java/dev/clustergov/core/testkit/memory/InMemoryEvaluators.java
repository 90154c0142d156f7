package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Evaluators;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.EvaluatorId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link Evaluators} in memory; obtained from {@link InMemoryClustergov#evaluators()}. */
final class InMemoryEvaluators implements Evaluators {
  private final Guard guard;
  final VersionedStore<EvaluatorId, Evaluator> store =
      new VersionedStore<>("Evaluator", Evaluator::id, Evaluator::version, Evaluator::withVersion);

  InMemoryEvaluators(Guard guard) {
    this.guard = guard;
  }

  @Override
  public Optional<Evaluator> find(EvaluatorId id) {
    return guard.locked(() -> store.find(id));
  }

  @Override
  public Optional<Evaluator> findByCreditCode(CreditCode creditCode) {
    Objects.requireNonNull(creditCode, "creditCode");
    return guard.locked(() -> store.where(e -> e.creditCode().equals(creditCode)).stream().findFirst());
  }

  @Override
  public Evaluator save(Evaluator evaluator) {
    return guard.locked(() -> store.save(evaluator));
  }

  @Override
  public List<Evaluator> all() {
    return guard.locked(() -> store.where(e -> true));
  }
}
