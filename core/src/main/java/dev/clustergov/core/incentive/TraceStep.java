package dev.clustergov.core.incentive;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.rules.Evidence;
import java.util.List;
import java.util.Objects;

/**
 * One line of an incentive's explanation (计算说明): the verdict at depth 0, each gate and metric at
 * depth 1, the formula's parts at depth 2 — each with the evidence it used and the clauses behind it,
 * in Chinese and English.
 *
 * @param kind {@code verdict}, {@code gate}, {@code metric}, {@code tier}, {@code cap} or {@code total}
 */
public record TraceStep(int depth, String kind, String id, Text statement, List<Evidence> evidence, List<Citation> clauses) {

  public TraceStep {
    if (depth < 0) {
      throw new IllegalArgumentException("depth");
    }
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(statement, "statement");
    evidence = List.copyOf(evidence);
    clauses = List.copyOf(clauses);
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("every step of an explanation cites its clause");
    }
  }
}
