package dev.clustergov.core.rules;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.policy.Policy;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A rule (规则): a stable id, the clause(s) it enforces, a severity from the clause's modal word, the
 * lifecycle stages at which it must hold, a message in Chinese and English, and a pure check over
 * (dossier, policy, date).
 */
public record Rule(String id, List<Citation> clauses, Severity severity, Set<LifecycleStage> stages, Text message, Check check) {

  /** The check itself: a pure function, same inputs, same outcome. */
  @FunctionalInterface
  public interface Check {
    Outcome apply(Dossier dossier, Policy policy, LocalDate date);
  }

  /** A check that needs no date. */
  @FunctionalInterface
  public interface UndatedCheck {
    Outcome apply(Dossier dossier, Policy policy);
  }

  public Rule {
    Objects.requireNonNull(id, "id");
    clauses = List.copyOf(clauses);
    if (clauses.isEmpty()) {
      throw new IllegalArgumentException("rule " + id + " must cite a clause");
    }
    Objects.requireNonNull(severity, "severity");
    stages = Set.copyOf(stages);
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(check, "check");
  }

  /** A rule that must hold once a PO is established (Art.7–8 conditions: established onward). */
  public static Rule define(String id, Citation clause, Severity severity, String zh, String en, UndatedCheck check) {
    return new Rule(id, List.of(clause), severity, LifecycleStage.OPERATING, Text.of(zh, en),
        (d, p, date) -> check.apply(d, p));
  }

  public static Rule defineDated(String id, Citation clause, Severity severity, String zh, String en, Check check) {
    return new Rule(id, List.of(clause), severity, LifecycleStage.OPERATING, Text.of(zh, en), check);
  }

  /** The same rule, required at other stages. */
  public Rule at(LifecycleStage first, LifecycleStage... rest) {
    return new Rule(id, clauses, severity, EnumSet.of(first, rest), message, check);
  }

  /** The same rule, also citing further clauses it enforces. */
  public Rule alsoCiting(Citation... more) {
    List<Citation> all = new ArrayList<>(clauses);
    all.addAll(List.of(more));
    return new Rule(id, all, severity, stages, message, check);
  }

  public Outcome evaluate(Dossier dossier, Policy policy, LocalDate date) {
    return check.apply(dossier, policy, date);
  }

  public boolean appliesAt(LifecycleStage stage) {
    return stages.contains(stage);
  }

  /** Whether this rule enforces {@code clause} or a part of it (Art.8 covers Art.8(2).3). */
  public boolean enforces(Citation clause) {
    return clauses.stream().anyMatch(clause::covers);
  }

  /** The severity in force under {@code policy}: a local pack may make an advisory rule binding. */
  public Severity severityUnder(Policy policy) {
    return severity == Severity.ADVISORY && policy.get(dev.clustergov.core.policy.Parameters.RULES_BINDING_ADVISORIES).contains(id) ? Severity.BLOCKING : severity;
  }

  public Finding finding(Severity effective, Outcome outcome) {
    return new Finding(id, clauses, effective, message, outcome.evidence());
  }

  @Override
  public String toString() {
    return id + " " + clauses;
  }
}
