package dev.clustergov.adapters.jdbc;

/**
 * The single writer's lock (单写者锁) not had within the wait (decision 0520): on H2 kept in a file, another unit of work
 * of this process writes — a long import, say — and held the database's writes for longer than this unit would wait.
 * Thrown before this unit's first writing statement ran, so nothing of it was written; its unit of work rolls back, and
 * the same command may be tried again. Never thrown on PostgreSQL or H2 in memory, which take no such lock.
 */
public final class WriterBusy extends RuntimeException {

  private final long waitedMs;

  WriterBusy(long waitedMs) {
    super("another unit of work held the H2 database's single writer for longer than " + waitedMs + " ms (decision 0520); nothing was written");
    this.waitedMs = waitedMs;
  }

  /** How long the unit of work waited for the lock, in milliseconds. */
  public long waitedMs() {
    return waitedMs;
  }
}
