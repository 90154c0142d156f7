package dev.clustergov.core.rules;

import dev.clustergov.core.kernel.Language;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A well-formed command that the guideline forbids (驳回): the command's name and every blocking
 * finding, each with its citation — all of them, not the first.
 */
public record Rejection(String command, List<Finding> findings) {

  public Rejection {
    Objects.requireNonNull(command, "command");
    findings = List.copyOf(findings);
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("a rejection must list what blocks it");
    }
  }

  public static Rejection of(String command, Finding... findings) {
    return new Rejection(command, List.of(findings));
  }

  public String render(Language language) {
    return command + ": " + findings.stream().map(f -> f.render(language)).collect(Collectors.joining("; "));
  }

  @Override
  public String toString() {
    return render(Language.EN);
  }
}
