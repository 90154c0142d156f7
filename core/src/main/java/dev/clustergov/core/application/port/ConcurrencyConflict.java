package dev.clustergov.core.application.port;

/**
 * A write based on a stale version (并发冲突): thrown by a repository, naming the aggregate and both
 * versions; nothing was written.
 */
public final class ConcurrencyConflict extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final String aggregateType;
  private final String aggregateId;
  private final long expected;
  private final long actual;

  public ConcurrencyConflict(String aggregateType, String aggregateId, long expected, long actual) {
    super(aggregateType + " " + aggregateId + ": written at version " + expected + " but the stored version is " + actual);
    this.aggregateType = aggregateType;
    this.aggregateId = aggregateId;
    this.expected = expected;
    this.actual = actual;
  }

  public String aggregateType() {
    return aggregateType;
  }

  public String aggregateId() {
    return aggregateId;
  }

  public long expected() {
    return expected;
  }

  public long actual() {
    return actual;
  }
}
