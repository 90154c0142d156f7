package dev.clustergov.adapters.rest;

import dev.clustergov.core.kernel.Identifier;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The bearer tokens the server accepts (令牌), each bound to a role and a scope. Only SHA-256 hashes
 * are kept: a plain token in the file is hashed as it is read, a {@code sha256:<hex>} entry is taken as
 * is. A presented token is hashed and compared with every entry in constant time
 * ({@link MessageDigest#isEqual}), so neither a match nor its position shows in the timing.
 *
 * <p>One entry per line; {@code #} at the start of a line or after white space starts a comment:
 *
 * <pre>
 * &lt;token or sha256:hex&gt;  authority    &lt;authority id&gt;
 * &lt;token or sha256:hex&gt;  evaluator    &lt;evaluator id&gt;
 * &lt;token or sha256:hex&gt;  secretariat  &lt;organization id&gt;
 * &lt;token or sha256:hex&gt;  member       &lt;organization id&gt; &lt;member (person) id&gt;
 * &lt;token or sha256:hex&gt;  feed         organization &lt;organization id&gt;
 * &lt;token or sha256:hex&gt;  feed         authority &lt;authority id&gt;
 * &lt;token or sha256:hex&gt;  revoked
 * </pre>
 *
 * <p>A {@code feed} entry is a calendar subscription (decision 0431): it opens that one deadline feed, sent as the
 * {@code token} query parameter because calendar clients send no header, and nothing else — presented as a bearer
 * token it is refused like an unknown one.
 *
 * <p>A {@code revoked} entry refuses its token whatever other entry names it: to withdraw a token, mark it
 * (keeping a record that it once was valid) or delete its line; a server started with a tokens file reads
 * it again when it changes ({@link ClustergovServer.Builder#tokensFile}).
 */
final class Tokens {

  static final int MIN_PLAIN_LENGTH = 16;

  /** Exactly one of the two: the caller a bearer token stands for, or the one calendar feed a feed token opens. */
  private record Entry(byte[] hash, Caller caller, Feed feed) {}

  /** The one deadline feed a feed token opens (decision 0431): a PO's or an authority's, by id. */
  record Feed(Kind kind, String id) {
    enum Kind {
      ORGANIZATION,
      AUTHORITY
    }
  }

  private final List<Entry> entries;
  private final List<byte[]> revoked;

  private Tokens(List<Entry> entries, List<byte[]> revoked) {
    this.entries = List.copyOf(entries);
    this.revoked = List.copyOf(revoked);
  }

  static Tokens none() {
    return new Tokens(List.of(), List.of());
  }

  static Tokens load(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
  }

  /**
   * Parses the lines; any bad line stops the server, every bad line named by its number (never its token). Lines may
   * also be separated by {@code ;}, for an environment variable.
   */
  static Tokens parse(String text, String source) {
    Read read = read(text, source);
    if (!read.problems().isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", read.problems()));
    }
    return read.tokens();
  }

  /**
   * What a file says, even when some of its lines are bad: the good entries, every revocation (a {@code revoked} line
   * counts whatever else is wrong in the file), and a problem for each bad line. A token named by two entries (with
   * two roles, or the same one twice) is a problem and neither entry is kept.
   */
  record Read(Tokens tokens, List<String> problems) {}

  static Read read(String text, String source) {
    List<Entry> out = new ArrayList<>();
    List<byte[]> revoked = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    List<Integer> lineOf = new ArrayList<>();
    String[] lines = text.split("\\R|;");
    for (int i = 0; i < lines.length; i++) {
      String line = uncommented(lines[i]);
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\\s+");
      String where = source + " entry " + (i + 1);
      try {
        if (f.length == 2 && f[1].equalsIgnoreCase("revoked")) {
          revoked.add(hashOf(f[0], where));
          continue;
        }
        if (f.length >= 2 && f[1].equalsIgnoreCase("feed")) {
          out.add(new Entry(hashOf(f[0], where), null, feed(f, where)));
          lineOf.add(i + 1);
          continue;
        }
        Caller caller = caller(f, where);
        out.add(new Entry(hashOf(f[0], where), caller, null));
        lineOf.add(i + 1);
      } catch (IllegalArgumentException e) {
        problems.add(e.getMessage());
      }
    }
    // the same token on two lines: which role it has would depend on the order, so it has none
    java.util.Set<Integer> twice = new java.util.TreeSet<>();
    for (int a = 0; a < out.size(); a++) {
      for (int b = a + 1; b < out.size(); b++) {
        if (MessageDigest.isEqual(out.get(a).hash(), out.get(b).hash())) {
          twice.add(a);
          twice.add(b);
          problems.add(source + " entries " + lineOf.get(a) + " and " + lineOf.get(b) + " name the same token");
        }
      }
    }
    List<Entry> kept = new ArrayList<>();
    for (int k = 0; k < out.size(); k++) {
      if (!twice.contains(k)) {
        kept.add(out.get(k));
      }
    }
    return new Read(new Tokens(kept, revoked), problems);
  }

  /** A line without its comment: {@code #} at its start, or after white space ({@code token role scope  # note}). */
  private static String uncommented(String raw) {
    String line = raw.strip();
    if (line.startsWith("#")) {
      return "";
    }
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\s#").matcher(line);
    return m.find() ? line.substring(0, m.start()).strip() : line;
  }

  private static Feed feed(String[] f, String where) {
    if (f.length != 4) {
      throw new IllegalArgumentException(where + ": expected '<token> feed organization|authority <id>'");
    }
    Feed.Kind kind;
    try {
      kind = Feed.Kind.valueOf(f[2].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": a feed is of a PO or of an authority, not " + f[2]);
    }
    if (!Identifier.wellFormed(f[3])) {
      throw new IllegalArgumentException(where + ": scope '" + f[3] + "' is not an identifier");
    }
    return new Feed(kind, f[3]);
  }

  private static Caller caller(String[] f, String where) {
    if (f.length < 3) {
      throw new IllegalArgumentException(where + ": expected '<token> <role> <scope…>'");
    }
    Caller.Role role;
    try {
      role = Caller.Role.valueOf(f[1].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": unknown role " + f[1] + " (authority, evaluator, secretariat, member, feed; or revoked)");
    }
    if (role == Caller.Role.PUBLIC) {
      throw new IllegalArgumentException(where + ": the public has no token");
    }
    int expected = role == Caller.Role.MEMBER ? 4 : 3;
    if (f.length != expected) {
      throw new IllegalArgumentException(where + ": " + f[1] + " takes " + (expected - 2) + (expected - 2 == 1 ? " scope id" : " scope ids"));
    }
    for (int k = 2; k < f.length; k++) {
      if (!Identifier.wellFormed(f[k])) {
        throw new IllegalArgumentException(where + ": scope '" + f[k] + "' is not an identifier");
      }
    }
    return new Caller(role, f[2], role == Caller.Role.MEMBER ? f[3] : null);
  }

  /**
   * What stays in force when a file read again is invalid (decision 0362): only entries that were in force before and
   * that the new file still grants, unchanged, on a good line; every revocation of both. Nothing is granted by an
   * invalid file, and everything it withdraws — by a {@code revoked} line or by deleting a line — is withdrawn.
   */
  Tokens narrowedBy(Tokens next) {
    List<Entry> kept = new ArrayList<>();
    for (Entry e : entries) {
      boolean still = next.entries.stream().anyMatch(n -> MessageDigest.isEqual(n.hash(), e.hash())
          && java.util.Objects.equals(n.caller(), e.caller()) && java.util.Objects.equals(n.feed(), e.feed()));
      if (still) {
        kept.add(e);
      }
    }
    List<byte[]> allRevoked = new ArrayList<>(revoked);
    allRevoked.addAll(next.revoked);
    return new Tokens(kept, allRevoked);
  }

  private static byte[] hashOf(String token, String where) {
    if (token.regionMatches(true, 0, "sha256:", 0, 7)) {
      String hex = token.substring(7);
      if (!hex.matches("[0-9a-fA-F]{64}")) {
        throw new IllegalArgumentException(where + ": sha256: must be followed by 64 hex digits");
      }
      return HexFormat.of().parseHex(hex.toLowerCase(Locale.ROOT));
    }
    if (token.length() < MIN_PLAIN_LENGTH) {
      throw new IllegalArgumentException(where + ": a token must have at least " + MIN_PLAIN_LENGTH + " characters");
    }
    return sha256(token);
  }

  static byte[] sha256(String token) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /**
   * The caller a token stands for, none when it is unknown or revoked; every entry and every revocation is
   * compared, whether or not an earlier one matched.
   */
  Optional<Caller> caller(String token) {
    return find(token).map(Entry::caller);
  }

  /** The calendar feed a feed token opens, none when it is unknown, revoked or a bearer token (decision 0431). */
  Optional<Feed> feed(String token) {
    return find(token).map(Entry::feed);
  }

  private Optional<Entry> find(String token) {
    byte[] presented = sha256(token);
    Entry found = null;
    for (Entry e : entries) {
      if (MessageDigest.isEqual(e.hash(), presented) && found == null) {
        found = e;
      }
    }
    boolean withdrawn = false;
    for (byte[] r : revoked) {
      withdrawn |= MessageDigest.isEqual(r, presented);
    }
    return withdrawn ? Optional.empty() : Optional.ofNullable(found);
  }

  int revokedCount() {
    return revoked.size();
  }

  int size() {
    return entries.size();
  }
}
