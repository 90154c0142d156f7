package dev.clustergov.core.rules;

import java.util.Objects;
import java.util.Optional;

/** One rule's outcome in a report (评价项), with the severity in force. */
public record Assessment(Rule rule, Severity severity, Outcome outcome) {
  public Assessment {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(outcome, "outcome");
  }

  public Optional<Finding> finding() {
    return outcome.failed() ? Optional.of(rule.finding(severity, outcome)) : Optional.empty();
  }
}
