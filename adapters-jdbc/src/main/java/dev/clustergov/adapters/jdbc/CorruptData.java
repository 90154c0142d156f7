package dev.clustergov.adapters.jdbc;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Stored data the domain refuses (数据损坏): a row read back from the database that the domain's
 * validation rejects — a bad region or credit code, an unknown enum constant, a negative amount, a
 * malformed event payload. It names each table, key and problem; the adapter never repairs or drops
 * such a row silently. This is an infrastructure fault, not a rule violation: the database was
 * written by something other than this adapter, or damaged.
 */
public final class CorruptData extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** One problem in one row: the table, the row's key, what is wrong. */
  public record Problem(String table, String key, String message) {
    public Problem {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
      return table + "[" + key + "]: " + message;
    }
  }

  private final transient List<Problem> problems;

  CorruptData(List<Problem> problems) {
    super("corrupt data: " + problems.stream().map(Problem::toString).collect(Collectors.joining("; ")));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("no problems");
    }
    this.problems = List.copyOf(problems);
  }

  CorruptData(String table, String key, String message) {
    this(List.of(new Problem(table, key, message)));
  }

  /** Every problem found, in the order they were met. */
  public List<Problem> problems() {
    return problems;
  }

  /** The table of the first problem. */
  public String table() {
    return problems.get(0).table();
  }

  /** The key of the first problem's row. */
  public String key() {
    return problems.get(0).key();
  }
}
