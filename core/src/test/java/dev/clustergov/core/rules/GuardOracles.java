package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;

/** What the guard properties share: a finding's evidence, read by name, and the two-sided check against an oracle. */
final class GuardOracles {

  private GuardOracles() {}

  /**
   * Both sides of a guard: {@code found} is a finding exactly when {@code broken}; then it is the guard's, blocking,
   * with evidence named {@code evidence} in that order.
   */
  static void agrees(Guard<?> guard, Optional<Finding> found, boolean broken, List<String> evidence) {
    assertThat(found.isPresent()).as(guard.id() + " fires exactly when its clause is broken").isEqualTo(broken);
    found.ifPresent(f -> {
      assertThat(f.rule()).isEqualTo(guard.id());
      assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
      assertThat(f.citations()).isEqualTo(guard.clauses());
      assertThat(names(f)).as(guard.id() + " evidence").isEqualTo(evidence);
    });
  }

  static List<String> names(Finding f) {
    return f.evidence().stream().map(Evidence::name).toList();
  }

  static String value(Finding f, String name) {
    return f.evidence().stream().filter(e -> e.name().equals(name)).map(Evidence::value).findFirst()
        .orElseThrow(() -> new AssertionError("no evidence " + name + " in " + names(f)));
  }
}
