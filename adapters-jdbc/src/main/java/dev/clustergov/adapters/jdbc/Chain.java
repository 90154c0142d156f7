package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.kernel.DomainEvent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The hash chain of the event log (哈希链) and the payload format: an entry's payload is the event's
 * {@link DomainEvent#canonical()} text, and its hash is SHA-256 over the previous entry's hash, its
 * sequence number and its payload — so altering, removing, inserting or reordering any entry breaks
 * every link after it.
 */
final class Chain {
  private Chain() {}

  /** The previous hash of the first entry. */
  static final String GENESIS = "0".repeat(64);

  static String hash(String prevHash, long seq, String payload) {
    return hash(prevHash, seq, payload, null);
  }

  /**
   * With the hash of the aggregate's state the event produced (decision 0372): {@code NUL} and the state hash follow
   * the payload, which ends with a line break when canonical, so an entry with a state hash never hashes like one
   * without; an entry without one (before V12, or an aggregate not hashed) hashes as before.
   */
  static String hash(String prevHash, long seq, String payload, String stateHash) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(prevHash.getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) '\n');
      sha.update(Long.toString(seq).getBytes(StandardCharsets.US_ASCII));
      sha.update((byte) '\n');
      sha.update(payload.getBytes(StandardCharsets.UTF_8));
      if (stateHash != null) {
        sha.update((byte) 0);
        sha.update(stateHash.getBytes(StandardCharsets.US_ASCII));
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /**
   * Reads a canonical payload back into the event, or empty when it is not one. Reading exactly what
   * is hashed means a reader sees nothing the chain does not vouch for.
   */
  static Optional<DomainEvent> parse(String payload) {
    if (payload == null || !payload.endsWith("\n")) {
      return Optional.empty();
    }
    List<String[]> lines = new ArrayList<>();
    StringBuilder key = new StringBuilder();
    StringBuilder value = new StringBuilder();
    boolean inValue = false;
    for (int i = 0; i < payload.length(); i++) {
      char c = payload.charAt(i);
      if (c == '\\') {
        if (++i == payload.length()) {
          return Optional.empty();
        }
        char e = payload.charAt(i);
        char unescaped = switch (e) {
          case 'n' -> '\n';
          case '\\' -> '\\';
          case '=' -> '=';
          default -> 0;
        };
        if (unescaped == 0) {
          return Optional.empty();
        }
        (inValue ? value : key).append(unescaped);
      } else if (c == '=' && !inValue) {
        inValue = true;
      } else if (c == '\n') {
        if (!inValue) {
          return Optional.empty();
        }
        lines.add(new String[] {key.toString(), value.toString()});
        key.setLength(0);
        value.setLength(0);
        inValue = false;
      } else {
        (inValue ? value : key).append(c);
      }
    }
    if (lines.size() < 4
        || !lines.get(0)[0].equals("type")
        || !lines.get(1)[0].equals("aggregateType")
        || !lines.get(2)[0].equals("aggregateId")
        || !lines.get(3)[0].equals("at")) {
      return Optional.empty();
    }
    Instant at;
    try {
      at = Instant.parse(lines.get(3)[1]);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
    TreeMap<String, String> data = new TreeMap<>();
    for (String[] line : lines.subList(4, lines.size())) {
      if (!line[0].startsWith("data.") || data.put(line[0].substring(5), line[1]) != null) {
        return Optional.empty();
      }
    }
    DomainEvent event = new DomainEvent(lines.get(0)[1], lines.get(1)[1], lines.get(2)[1], at, data);
    // only a payload in canonical form (sorted keys, this escaping) is accepted
    return event.canonical().equals(payload) ? Optional.of(event) : Optional.empty();
  }
}
