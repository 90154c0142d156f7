package dev.clustergov.core.application;

import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.rules.Rejection;
import java.util.List;
import java.util.Objects;

/**
 * Why a command changed nothing (拒绝): malformed input (every violation), a rejection by the
 * guideline (every blocking finding, each with its clause), something that does not exist, or a
 * write based on a stale version.
 */
public sealed interface Refusal {

  /** Input that does not parse; every problem listed. */
  public record Malformed(List<Violation> violations) implements Refusal {
    public Malformed {
      violations = List.copyOf(violations);
      if (violations.isEmpty()) {
        throw new IllegalArgumentException("malformed without a violation");
      }
    }
  }

  /** A well-formed command the guideline forbids. */
  public record Rejected(Rejection rejection) implements Refusal {
    public Rejected {
      Objects.requireNonNull(rejection, "rejection");
    }
  }

  /** The command names something that is not registered. */
  public record NotFound(String kind, String id) implements Refusal {}

  /** The aggregate changed since the caller read it. */
  public record Conflict(String aggregateType, String aggregateId, long expected, long actual) implements Refusal {}

  public static Refusal malformed(io.vavr.collection.Seq<Violation> violations) {
    return new Malformed(violations.toJavaList());
  }
}
