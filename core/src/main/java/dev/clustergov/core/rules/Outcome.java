package dev.clustergov.core.rules;

import java.util.Collection;
import java.util.List;

/** What a rule concluded (评价结果): pass, fail with the evidence it used, or not applicable. */
public sealed interface Outcome {

  List<Evidence> evidence();

  /** The clause holds. */
  record Pass(List<Evidence> evidence) implements Outcome {
    public Pass {
      evidence = List.copyOf(evidence);
    }
  }

  /** The clause is broken; the evidence says how. */
  record Fail(List<Evidence> evidence) implements Outcome {
    public Fail {
      evidence = List.copyOf(evidence);
      if (evidence.isEmpty()) {
        throw new IllegalArgumentException("a failure must carry its evidence");
      }
    }
  }

  /** The clause does not apply to this dossier (e.g. the policy switched it off). */
  record NotApplicable(dev.clustergov.core.kernel.Text reason) implements Outcome {
    public NotApplicable {
      java.util.Objects.requireNonNull(reason, "reason");
    }

    @Override
    public List<Evidence> evidence() {
      return List.of(Evidence.of("notApplicable", reason));
    }
  }

  static Outcome pass(Evidence... evidence) {
    return new Pass(List.of(evidence));
  }

  static Outcome fail(Evidence... evidence) {
    return new Fail(List.of(evidence));
  }

  static Outcome notApplicable(String zh, String en) {
    return new NotApplicable(dev.clustergov.core.kernel.Text.of(zh, en));
  }

  /** Pass when {@code condition} holds, else fail; the evidence is kept either way. */
  static Outcome when(boolean condition, Evidence... evidence) {
    return condition ? new Pass(List.of(evidence)) : new Fail(List.of(evidence));
  }

  /** Pass when there are no problems; else fail, naming them under {@code name}. */
  static Outcome unless(Collection<?> problems, String name) {
    return problems.isEmpty() ? pass() : fail(Evidence.of(name, problems));
  }

  default boolean failed() {
    return this instanceof Fail;
  }

  default boolean passed() {
    return this instanceof Pass;
  }
}
