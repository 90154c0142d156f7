package dev.clustergov.adapters.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Walks the event log in sequence order and checks the hash chain (哈希链校验): numbering from 1
 * without gaps, each entry linked to the previous one's hash, each hash matching its entry, and the
 * log ending where the head row says. It reports the first entry that was altered, removed, inserted
 * or reordered, or that the chain is intact and how long it is.
 *
 * <p>A chain kept in the same database proves that entries were not changed one by one; someone who
 * can rewrite the whole log and its head can forge a consistent one. Signed checkpoints (decision 0372) close that:
 * the head's sequence and hash signed with an Ed25519 key kept outside the database, so a chain rewritten from an
 * edited entry to its head no longer matches a checkpoint, and a head below the last checkpoint is a truncation.
 * Each entry also carries the hash of the state its aggregate was left in, so an edited state row is found.
 */
public final class EventChainVerifier {
  private static final int PAGE = 1_000;

  private final Transactions tx;
  private final AggregateStates states;

  EventChainVerifier(Transactions tx, AggregateStates states) {
    this.tx = tx;
    this.states = states;
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
    /**
     * The log ends before the head row says it does, or the head lies below a signed checkpoint: its last entries were
     * removed.
     */
    TRUNCATED,
    /** The stored state of the entry's aggregate is not the state the entry recorded: a state row was edited. */
    STATE_ALTERED,
    /** The entry at a signed checkpoint has another hash than the one signed: the chain was rewritten up to here. */
    REWRITTEN,
    /** A checkpoint's signature does not verify with the public key: the checkpoint was forged or altered. */
    CHECKPOINT_FORGED
  }

  /** A signed checkpoint of the chain head: Ed25519 over {@link #message(long, String)}, Base64. */
  public record Checkpoint(long sequence, String hash, String keyId, String signature) {}

  /** One problem the audit found, at the entry {@code sequence}. */
  public record Finding(long sequence, Problem problem, String detail) {
    @Override
    public String toString() {
      return problem + " at entry " + sequence + ": " + detail;
    }
  }

  /**
   * What an audit found: every problem (the chain's first break, then each checkpoint and each aggregate that does not
   * check out), and what was checked.
   *
   * @param from the first entry whose link and hash were checked (1 for a full audit)
   * @param count the entries in the log, as far as the chain was followed
   * @param checkpoints the checkpoints checked
   * @param signaturesChecked whether their signatures were checked (a public key was given)
   * @param aggregates the aggregates whose stored state was compared with their latest entry
   */
  public record Report(long from, long count, String lastHash, int checkpoints, boolean signaturesChecked, int aggregates,
      List<Finding> findings) {
    public Report {
      findings = List.copyOf(findings);
    }

    public boolean intact() {
      return findings.isEmpty();
    }

    /** One line for a log. */
    public String summary() {
      return (intact() ? "intact" : findings.size() + " problem(s)") + ": entries " + from + "–" + count + " checked, "
          + checkpoints + " checkpoint(s)" + (signaturesChecked ? " with their signatures" : " (signatures not checked: no public key)")
          + ", " + aggregates + " aggregate state(s)";
    }
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

  private record Row(long seq, String payload, String prevHash, String hash, String stateHash) {}

  private record Head(long lastSeq, String lastHash) {}

  /** An aggregate's latest entry that carried a state hash. */
  private record Latest(String type, String id, long seq, String stateHash) {}

  /** Checks the whole log, reading it in pages in one read-only snapshot; the first problem, or intact. */
  public Verdict verify() {
    Report r = audit(Optional.empty());
    return r.intact() ? new Verdict.Intact(r.count(), r.lastHash())
        : new Verdict.Broken(r.findings().get(0).sequence(), r.findings().get(0).problem(), r.findings().get(0).detail());
  }

  /**
   * The full audit: every entry's link and hash from the first, every checkpoint (its signature when {@code key} is
   * given, the entry it names, the head not below it), and every hashed aggregate's stored state against its latest
   * entry. Its time grows with the log and the number of aggregates.
   *
   * <p>Everything it compares — the head, the checkpoints, the entries and the stored state — is read in one read-only
   * snapshot (SNAPSHOT on H2, REPEATABLE READ on PostgreSQL; decision 0560): a unit of work that commits while the audit
   * runs is not in what it reads, and its entries are the next audit's, not entries "beyond the head".
   */
  public Report audit(Optional<PublicKey> key) {
    return tx.snapshot(h -> {
      Head head = head(h);
      List<Finding> findings = new ArrayList<>();
      Map<String, Latest> latest = new LinkedHashMap<>();
      List<Checkpoint> checkpoints = checkpoints(h);
      long count = walk(h, head, 1, Chain.GENESIS, findings, latest);
      checkCheckpoints(h, head, checkpoints, key, findings);
      int aggregates = 0;
      if (findings.isEmpty()) {
        for (Latest l : latest.values()) {
          aggregates++;
          String now = states.hash(h, l.type(), l.id()).orElse(null);
          if (!l.stateHash().equals(now)) {
            findings.add(new Finding(l.seq(), Problem.STATE_ALTERED, l.type() + " " + l.id()
                + ": its stored rows are not the state entry " + l.seq() + " recorded (a row was edited, added or removed)"));
          }
        }
      }
      return new Report(1, count, head.lastHash(), checkpoints.size(), key.isPresent(), aggregates, findings);
    });
  }

  /**
   * The audit at start, bounded by what was appended since the last checkpoint: every checkpoint (signature, the entry it
   * names, the head not below it — one query), then the links and hashes of the entries after the last checkpoint up to
   * the head. Entries before it are vouched for by the checkpoint's hash (a rewrite through it is {@link
   * Problem#REWRITTEN}); an entry edited without rewriting the chain after it, and edited state rows, are found by the
   * full {@link #audit}. Read in one snapshot, as {@link #audit} is (decision 0560).
   */
  public Report auditSinceLastCheckpoint(Optional<PublicKey> key) {
    return tx.snapshot(h -> {
      Head head = head(h);
      List<Finding> findings = new ArrayList<>();
      List<Checkpoint> checkpoints = checkpoints(h);
      checkCheckpoints(h, head, checkpoints, key, findings);
      long from = 1;
      String prev = Chain.GENESIS;
      if (!checkpoints.isEmpty()) {
        Checkpoint last = checkpoints.get(checkpoints.size() - 1);
        from = last.sequence() + 1;
        prev = last.hash();
      }
      long count = findings.isEmpty() ? walk(h, head, from, prev, findings, null) : head.lastSeq();
      return new Report(from, count, head.lastHash(), checkpoints.size(), key.isPresent(), 0, findings);
    });
  }

  /**
   * Signs the head with {@code key} and stores the checkpoint, when the head has moved past the last checkpoint and the
   * entries since it check out ({@link #auditSinceLastCheckpoint}); a broken chain is never signed. Returns the new
   * checkpoint, or empty when there was nothing new or the chain is broken (then the report says why).
   */
  public Signed checkpoint(PrivateKey key, PublicKey publicKey) {
    Report report = auditSinceLastCheckpoint(Optional.of(publicKey));
    if (!report.intact() || report.count() == 0 || report.from() > report.count()) {
      return new Signed(Optional.empty(), report);
    }
    String keyId = keyId(publicKey);
    String signature = sign(key, report.count(), report.lastHash());
    Checkpoint c = new Checkpoint(report.count(), report.lastHash(), keyId, signature);
    tx.inWriteTransaction(h -> h.createUpdate(
            "INSERT INTO chain_checkpoint (seq, hash, key_id, signature) VALUES (:seq, :hash, :key, :sig)")
        .bind("seq", c.sequence()).bind("hash", c.hash()).bind("key", keyId).bind("sig", signature).execute());
    return new Signed(Optional.of(c), report);
  }

  /** What {@link #checkpoint} did: the checkpoint signed, if any, and the audit it rests on. */
  public record Signed(Optional<Checkpoint> checkpoint, Report report) {}

  /** The text a checkpoint signs. */
  public static byte[] message(long sequence, String hash) {
    return ("clustergov-checkpoint\n" + sequence + "\n" + hash).getBytes(StandardCharsets.US_ASCII);
  }

  /** The name of a public key: SHA-256 of its X.509 encoding, hex. */
  public static String keyId(PublicKey key) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String sign(PrivateKey key, long seq, String hash) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initSign(key);
      s.update(message(seq, hash));
      return Base64.getEncoder().encodeToString(s.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a checkpoint with this key (an Ed25519 private key is needed)", e);
    }
  }

  private static boolean verifies(PublicKey key, Checkpoint c) {
    try {
      Signature s = Signature.getInstance("Ed25519");
      s.initVerify(key);
      s.update(message(c.sequence(), c.hash()));
      return s.verify(Base64.getDecoder().decode(c.signature()));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }

  private static Head head(Handle h) {
    return h.createQuery("SELECT last_seq, last_hash FROM event_head WHERE id = 1")
        .map((rs, ctx) -> new Head(rs.getLong("last_seq"), rs.getString("last_hash")))
        .one();
  }

  private static List<Checkpoint> checkpoints(Handle h) {
    return h.createQuery("SELECT seq, hash, key_id, signature FROM chain_checkpoint ORDER BY seq")
        .map((rs, ctx) -> new Checkpoint(rs.getLong("seq"), rs.getString("hash"), rs.getString("key_id"), rs.getString("signature")))
        .list();
  }

  /** Each checkpoint: signed by {@code key} (when given), naming an entry at or below the head whose hash it signed. */
  private static void checkCheckpoints(Handle h, Head head, List<Checkpoint> checkpoints, Optional<PublicKey> key,
      List<Finding> findings) {
    if (checkpoints.isEmpty()) {
      return;
    }
    Map<Long, String> stored = new LinkedHashMap<>();
    h.createQuery("SELECT e.seq, e.hash FROM event_log e JOIN chain_checkpoint c ON c.seq = e.seq")
        .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
        .forEach(e -> stored.put(e.getKey(), e.getValue()));
    String keyId = key.map(EventChainVerifier::keyId).orElse(null);
    Checkpoint last = checkpoints.get(checkpoints.size() - 1);
    if (last.sequence() > head.lastSeq()) {
      findings.add(new Finding(head.lastSeq() + 1, Problem.TRUNCATED, "the head ends at entry " + head.lastSeq()
          + " but entry " + last.sequence() + " was signed in a checkpoint: the log was cut back"));
    }
    for (Checkpoint c : checkpoints) {
      if (key.isPresent() && (!c.keyId().equals(keyId) || !verifies(key.get(), c))) {
        findings.add(new Finding(c.sequence(), Problem.CHECKPOINT_FORGED, "the checkpoint at entry " + c.sequence()
            + (c.keyId().equals(keyId) ? " does not verify with the public key" : " names key " + abbreviate(c.keyId())
                + ", not the public key given (" + abbreviate(keyId) + ")") + ": it was forged or altered"));
        continue;
      }
      String entry = stored.get(c.sequence());
      if (entry != null && !entry.equals(c.hash())) {
        findings.add(new Finding(c.sequence(), Problem.REWRITTEN, "entry " + c.sequence()
            + " has another hash than the one signed in its checkpoint: the chain was rewritten up to here or beyond"));
      } else if (entry == null && c.sequence() <= head.lastSeq()) {
        findings.add(new Finding(c.sequence(), Problem.REMOVED, "entry " + c.sequence() + ", signed in a checkpoint, is missing"));
      }
    }
  }

  private static String abbreviate(String keyId) {
    return keyId == null ? "none" : keyId.substring(0, Math.min(16, keyId.length()));
  }

  /**
   * Follows the chain from entry {@code from} (whose previous hash is {@code prev}) to the head; adds the first break to
   * {@code findings}, notes each aggregate's latest state hash in {@code latest} when given, and answers the entries
   * followed.
   */
  private long walk(Handle h, Head head, long from, String prev, List<Finding> findings, Map<String, Latest> latest) {
    long expected = from;
    while (true) {
      List<Row> page = h.createQuery(
              "SELECT seq, payload, prev_hash, hash, state_hash FROM event_log WHERE seq >= :from ORDER BY seq LIMIT :limit")
          .bind("from", expected)
          .bind("limit", PAGE)
          .map((rs, ctx) -> new Row(rs.getLong("seq"), rs.getString("payload"), rs.getString("prev_hash"), rs.getString("hash"),
              rs.getString("state_hash")))
          .list();
      for (Row row : page) {
        Optional<Finding> bad = check(row, expected, prev, head);
        if (bad.isPresent()) {
          findings.add(bad.get());
          return expected - 1;
        }
        if (latest != null && row.stateHash() != null) {
          var event = Chain.parse(row.payload()).orElseThrow();
          latest.put(event.aggregateType() + "\u0000" + event.aggregateId(),
              new Latest(event.aggregateType(), event.aggregateId(), row.seq(), row.stateHash()));
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
      findings.add(new Finding(expected, Problem.TRUNCATED, "the log ends at entry " + count + " but the head says " + head.lastSeq()));
    } else if (!prev.equals(head.lastHash())) {
      findings.add(new Finding(count, Problem.ALTERED, "the last entry's hash differs from the one the head recorded"));
    }
    return count;
  }

  private static Optional<Finding> check(Row row, long expected, String prev, Head head) {
    if (row.seq() > head.lastSeq()) {
      return Optional.of(new Finding(row.seq(), Problem.INSERTED,
          "entry " + row.seq() + " lies beyond the head, which ends at " + head.lastSeq()));
    }
    if (row.seq() != expected) {
      return Optional.of(new Finding(expected, Problem.REMOVED,
          "entry " + expected + " is missing; the next stored entry is " + row.seq()));
    }
    if (!prev.equals(row.prevHash())) {
      return Optional.of(new Finding(row.seq(), Problem.BROKEN_LINK,
          "entry " + row.seq() + " does not link to the hash of entry " + (row.seq() - 1)));
    }
    if (!Chain.hash(row.prevHash(), row.seq(), row.payload(), row.stateHash()).equals(row.hash())) {
      return Optional.of(new Finding(row.seq(), Problem.ALTERED,
          "entry " + row.seq() + "'s hash does not match its content: its payload, state hash or hash was altered"));
    }
    if (Chain.parse(row.payload()).isEmpty()) {
      return Optional.of(new Finding(row.seq(), Problem.ALTERED, "entry " + row.seq() + " is not a canonical event"));
    }
    return Optional.empty();
  }
}
