package dev.clustergov.adapters.jdbc;

import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;

/**
 * Walks the event log in sequence order and checks the hash chain (哈希链校验): numbering from 1
 * without gaps, each entry linked to the previous one's hash, each hash matching its entry, and the
 * log ending where the head row says. It reports the first entry that was altered, removed, inserted
 * or reordered, or that the chain is intact and how long it is.
 *
 * <p>A chain kept in the same database proves that entries were not changed one by one; someone who
 * can rewrite the whole log and its head can forge a consistent one. Hosts that need more publish
 * the latest hash ({@link Verdict.Intact#lastHash()}) somewhere else and compare.
 */
public final class EventChainVerifier {
  private static final int PAGE = 1_000;

  private final Jdbi jdbi;

  EventChainVerifier(Jdbi jdbi) {
    this.jdbi = jdbi;
  }

  /** What is wrong with an entry. */
  public enum Problem {
    /** The entry's hash does not match its own content: its payload or its hash was altered. */
    ALTERED,
    /** A sequence number is missing: an entry was removed. */
    REMOVED,
    /**
     * The entry does not link to the one before it: an entry was inserted, removed and renumbered, or
     * entries were reordered before or at this place.
     */
    BROKEN_LINK,
    /** The log goes on beyond the head row: an entry was appended outside the adapter. */
    INSERTED,
    /** The log ends before the head row says it does: its last entries were removed. */
    TRUNCATED
  }

  /** The outcome of a verification. */
  public sealed interface Verdict permits Verdict.Intact, Verdict.Broken {
    boolean intact();

    /** Every entry checked out; {@code count} entries, the last with hash {@code lastHash}. */
    record Intact(long count, String lastHash) implements Verdict {
      @Override
      public boolean intact() {
        return true;
      }
    }

    /** The first bad entry, by the sequence number where the chain breaks, and what is wrong. */
    record Broken(long sequence, Problem problem, String detail) implements Verdict {
      public Broken {
        Objects.requireNonNull(problem, "problem");
        Objects.requireNonNull(detail, "detail");
      }

      @Override
      public boolean intact() {
        return false;
      }
    }
  }

  private record Row(long seq, String payload, String prevHash, String hash) {}

  private record Head(long lastSeq, String lastHash) {}

  /** Checks the whole log, reading it in pages in one read-only transaction. */
  public Verdict verify() {
    return jdbi.inTransaction(h -> {
      Head head = h.createQuery("SELECT last_seq, last_hash FROM event_head WHERE id = 1")
          .map((rs, ctx) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")))
          .one();
      long expected = 1;
      String prev = Chain.GENESIS;
      while (true) {
        List<Row> page = h.createQuery(
                "SELECT seq, payload, prev_hash, hash FROM event_log WHERE seq >= :from ORDER BY seq LIMIT :limit")
            .bind("from", expected)
            .bind("limit", PAGE)
            .map((rs, ctx) -> new Row(rs.getLong("seq"), rs.getString("payload"), rs.getString("prev_hash"), rs.getString("hash")))
            .list();
        for (Row row : page) {
          if (row.seq() > head.lastSeq()) {
            return new Verdict.Broken(row.seq(), Problem.INSERTED,
                "entry " + row.seq() + " lies beyond the head, which ends at " + head.lastSeq());
          }
          if (row.seq() != expected) {
            return new Verdict.Broken(expected, Problem.REMOVED,
                "entry " + expected + " is missing; the next stored entry is " + row.seq());
          }
          if (!prev.equals(row.prevHash())) {
            return new Verdict.Broken(row.seq(), Problem.BROKEN_LINK,
                "entry " + row.seq() + " does not link to the hash of entry " + (row.seq() - 1));
          }
          String recomputed = Chain.hash(row.prevHash(), row.seq(), row.payload());
          if (!recomputed.equals(row.hash())) {
            return new Verdict.Broken(row.seq(), Problem.ALTERED,
                "entry " + row.seq() + "'s hash does not match its content: its payload or its hash was altered");
          }
          if (Chain.parse(row.payload()).isEmpty()) {
            return new Verdict.Broken(row.seq(), Problem.ALTERED, "entry " + row.seq() + " is not a canonical event");
          }
          prev = row.hash();
          expected++;
        }
        if (page.size() < PAGE) {
          break;
        }
      }
      long count = expected - 1;
      if (count < head.lastSeq()) {
        return new Verdict.Broken(expected, Problem.TRUNCATED,
            "the log ends at entry " + count + " but the head says " + head.lastSeq());
      }
      if (!prev.equals(head.lastHash())) {
        return new Verdict.Broken(count, Problem.ALTERED, "the last entry's hash differs from the one the head recorded");
      }
      return new Verdict.Intact(count, prev);
    });
  }
}
