package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.HostileRequests.Hostile;
import dev.clustergov.core.testkit.property.Alphabet;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Hostile requests against every route (恶意请求): thousands of them, drawn by {@link HostileRequests} from a
 * fixed seed, one at a time, each checked on its own: never a 5xx, every refusal an RFC 9457 problem, the
 * security headers on every answer, and nothing changed by a request that was refused (or that only read).
 * A subclass says how many requests and how the backend's whole state is fingerprinted.
 */
abstract class HostileRequestsContract extends ServerHarness {

  /** The seed of a run; {@code -Dclustergov.seed=…} reproduces another. */
  static final long SEED = Long.getLong("clustergov.seed", 20_261_127L);

  static final long MAX_BODY = 64 * 1024;

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
      .connectTimeout(Duration.ofSeconds(5)).build();

  /** How many requests a run sends. */
  protected abstract int requests();

  /** Everything the backend stores, as a comparable value: equal before and after means nothing was written. */
  protected abstract Object state() throws Exception;

  record Answer(int status, String contentType, HttpResponse<String> response) {}

  /** The status of an answer the client never read: the connection was closed while it was still sending. */
  static final int CLOSED_BEFORE_ANSWER = -1;

  @Test
  void hostile_requests_never_get_a_5xx_always_get_a_problem_and_never_write_half() {
    HostileRequests gen = new HostileRequests(world, server.routes(), MAX_BODY);
    Map<Op, AtomicInteger> sent = new EnumMap<>(Op.class);
    Map<Op, AtomicInteger> pastAuth = new EnumMap<>(Op.class);
    Map<Integer, AtomicInteger> statuses = new TreeMap<>();
    AtomicInteger accepted = new AtomicInteger();
    AtomicInteger total = new AtomicInteger();
    AtomicInteger closedBeforeAnswer = new AtomicInteger();
    long started = System.nanoTime();
    Property.forAll(gen.requests()).named(getClass().getSimpleName() + " hostile requests").seed(SEED).tries(requests())
        .maxShrinkSteps(100).check(h -> {
          Object before = state();
          Answer a = send(h);
          total.incrementAndGet();
          if (a.status() == CLOSED_BEFORE_ANSWER) {
            // an over-size body refused before it was read (Jetty refuses a bad URI before any handler runs): the server
            // answered and closed while this client was still uploading the rest, and TCP's reset took the answer with it.
            // Only such a request may end so, and it must have written nothing
            // (send() returns this only for an over-size body or a request Jetty refuses before any handler)
            Object after = state();
            if (!after.equals(before)) {
              throw new AssertionError("a request closed before its answer changed " + difference(before, after) + ": " + h);
            }
            closedBeforeAnswer.incrementAndGet();
            return;
          }
          sent.computeIfAbsent(h.op(), k -> new AtomicInteger()).incrementAndGet();
          statuses.computeIfAbsent(a.status(), k -> new AtomicInteger()).incrementAndGet();
          if (a.status() != 401 && a.status() != 403) {
            pastAuth.computeIfAbsent(h.op(), k -> new AtomicInteger()).incrementAndGet();
          }
          String body = a.response().body();
          assertThat(a.status()).as("no 5xx: %s → %s", h, body).isLessThan(500);
          var headers = a.response().headers();
          String seen = a.status() + " " + a.contentType() + " " + (body.length() > 300 ? body.substring(0, 300) : body);
          assertThat(headers.firstValue("X-Content-Type-Options")).as("nosniff: %s → %s", h, seen).contains("nosniff");
          assertThat(headers.firstValue("X-Frame-Options")).as("frame options: %s → %s", h, seen).contains("DENY");
          assertThat(headers.firstValue("Content-Security-Policy")).as("CSP: %s → %s", h, seen).hasValueSatisfying(
              csp -> assertThat(csp).contains("default-src 'none'").contains("frame-ancestors 'none'"));
          if (a.status() >= 400) {
            // the one refusal that is a page: the public page of a PO that is not public (asked as `.html` or by Accept)
            // answers with a page saying so, in the problem's own words (decision 0623); every other refusal is a problem
            boolean page = h.op() == Op.PUBLIC_ORGANIZATION && a.status() == 404 && a.contentType().startsWith("text/html");
            if (page && !h.method().equals("HEAD")) {
              assertThat(body).as("a page refusal says the problem's words: %s", h).contains("<title>未找到 · Not found</title>")
                  .contains("不予公开").contains("is not public");
            } else if (!page) {
              assertThat(a.contentType()).as("a refusal is a problem: %s → %s %s", h, a.status(), body)
                  .startsWith("application/problem+json");
            }
            assertThat(body).as("no trace: %s", h).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
          }
          if (a.status() >= 300 || !h.writes()) {
            Object after = state();
            if (!after.equals(before)) {
              throw new AssertionError("a refused request (or a read) changed " + difference(before, after) + ": " + h + " → "
                  + a.status() + " " + body);
            }
          } else {
            accepted.incrementAndGet();
          }
        });
    long ms = (System.nanoTime() - started) / 1_000_000;
    // every route of the table was drawn, and got past authentication at least once (it reached its validation)
    Set<Op> routed = EnumSet.noneOf(Op.class);
    server.routes().forEach(r -> routed.add(r.op()));
    assertThat(sent.keySet()).as("every route is generated").containsAll(routed);
    assertThat(pastAuth.keySet()).as("every route's validation is reached with a token of its row").containsAll(routed);
    System.out.println("RELIABILITY: hostile requests (" + backend.name() + "): " + total.get() + " requests over "
        + sent.size() + " routes (" + server.routes().size() + " in the table), seed " + SEED + ", " + accepted.get()
        + " accepted writes, statuses " + statuses + ", " + closedBeforeAnswer.get()
        + " requests whose answer the reset of their unread body took (over-size, or refused by Jetty before any handler), 0 5xx, 0 partial writes, " + ms + " ms");
  }

  /**
   * Text a PO writes — a disclosure's title, a dispute's subject, an income's payer — read back exactly as sent,
   * code point by code point: Chinese with emoji (surrogate pairs, joiners, flags), combining marks, right-to-left
   * and other format characters, markup and SQL, up to the longest the core allows. The only normalisation is the
   * documented one: surrounding whitespace is stripped.
   */
  @Test
  void accepted_text_is_stored_and_read_back_exactly_as_sent() {
    var allowed = Alphabet.CJK_IDEOGRAPHS.or(Alphabet.EMOJI, Alphabet.ASCII_PRINTABLE, Alphabet.ranges(0x0300, 0x036F, 0x200B, 0x200F, 0x202A, 0x202E, 0x3000, 0x3000,
                0x1F1E6, 0x1F1FF, 0x20000, 0x2A6DF, 0xFE0F, 0xFE0F, 0xE000, 0xE0FF));
    Gen<String> plain = Gen.strings(allowed, 1, 60);
    Gen<String> fragments = Gen.elements(HostileRequests.FRAGMENTS.stream()
        .filter(f -> f.codePoints().noneMatch(c -> Character.getType(c) == Character.CONTROL || c == 0x2028 || c == 0x2029))
        .filter(f -> !f.isBlank()).toArray(String[]::new));
    Gen<String> longest = Gen.strings(Alphabet.EMOJI, 200, 200);
    // text a normalisation would change: decomposed accents, Hangul jamo, the angstrom sign, ligatures, full-width forms
    Gen<String> normalisable = Gen.combine(Gen.strings(Alphabet.ASCII_LETTERS, 1, 4),
        Gen.elements("e\u0301", "A\u030A", "\u1100\u1161", "\u212B", "\uFB01", "\u2460", "\uFF21\uFF22", "o\u0308\u0304",
            "\u0041\u0301\u0323"),
        Gen.strings(Alphabet.CJK_IDEOGRAPHS, 0, 3), (x, y, z) -> x + y + z);
    Gen<String> texts = Gen.<String>frequency(java.util.List.of(io.vavr.Tuple.of(5, plain), io.vavr.Tuple.of(2, fragments),
        io.vavr.Tuple.of(1, longest), io.vavr.Tuple.of(2, normalisable)))
        .filter(t -> !t.isBlank());
    var today = backend.ports().clock().today().toString();
    String po = "/organizations/" + world.poS;
    AtomicInteger checked = new AtomicInteger();
    Property.forAll(texts).named(getClass().getSimpleName() + " text round trip").seed(SEED).tries(requests() / 50)
        .check(text -> {
          String expected = text.strip();
          var d = http.post(po + "/disclosures", Map.of("kind", "CHARTER", "publishedOn", today, "channelKind", "WEBSITE",
              "channelReference", "https://example.org.cn/x", "title", text)).token(World.SECRETARIAT_S).send();
          assertThat(d.status()).as(d.body()).isEqualTo(201);
          String id = d.json().get("id").asText();
          var read = http.get(po + "/disclosures").token(World.SECRETARIAT_S).send().json().get("items");
          String stored = null;
          for (var item : read) {
            if (item.get("id").asText().equals(id)) {
              stored = item.get("title").asText();
            }
          }
          assertThat(codePoints(stored)).as("disclosure title").isEqualTo(codePoints(expected));
          if (expected.codePointCount(0, expected.length()) <= 200) {
            var r = http.post(po + "/ledger/income", Map.of("kind", "DONATION", "amount", new java.math.BigDecimal("1.00"),
                "receivedOn", today, "payer", text)).token(World.SECRETARIAT_S).send();
            if (r.status() == 201) {
              String entry = r.json().get("id").asText();
              String payer = null;
              for (var item : http.get(po + "/ledger/income").token(World.SECRETARIAT_S).send().json().get("items")) {
                if (item.get("id").asText().equals(entry)) {
                  payer = item.get("payer").asText();
                }
              }
              assertThat(codePoints(payer)).as("income payer").isEqualTo(codePoints(expected));
            } else {
              assertThat(r.body()).as("only a length limit may refuse it").contains("too-long");
            }
          }
          checked.incrementAndGet();
        });
    System.out.println("RELIABILITY: text round trip (" + backend.name() + "): " + checked.get()
        + " generated texts written and read back code point for code point, seed " + SEED);
  }

  private static java.util.List<Integer> codePoints(String s) {
    return s == null ? null : s.codePoints().boxed().toList();
  }

  /** What differs between two states: the entries of a map, the components of a record (a snapshot). */
  static String difference(Object before, Object after) throws ReflectiveOperationException {
    java.util.List<String> out = new java.util.ArrayList<>();
    if (before instanceof Map<?, ?> b && after instanceof Map<?, ?> a) {
      java.util.Set<Object> keys = new java.util.TreeSet<>(java.util.Comparator.comparing(String::valueOf));
      keys.addAll(b.keySet());
      keys.addAll(a.keySet());
      for (Object k : keys) {
        if (!java.util.Objects.equals(b.get(k), a.get(k))) {
          out.add(k + ": " + b.get(k) + " → " + a.get(k));
        }
      }
    } else if (before.getClass().isRecord()) {
      for (var c : before.getClass().getRecordComponents()) {
        Object x = c.getAccessor().invoke(before);
        Object y = c.getAccessor().invoke(after);
        if (!java.util.Objects.equals(x, y)) {
          String shown = String.valueOf(y);
          out.add(c.getName() + " (now " + (shown.length() > 500 ? shown.substring(0, 500) + "…" : shown) + ")");
        }
      }
    }
    return out.isEmpty() ? "the state" : String.join("; ", out);
  }

  /**
   * Whether Jetty refuses {@code h} before any handler runs, told by the same URI and headers as a HEAD without a body: Jetty's own
   * refusals (400 for a URI it cannot take, 414, 431) are the only answers that close the connection at once.
   */
  private boolean refusedByJetty(Hostile h) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + h.path())).timeout(Duration.ofSeconds(30))
        .method("HEAD", HttpRequest.BodyPublishers.noBody()); // safe: no route writes on HEAD, and Jetty's refusal does not depend on the method
    h.headers().forEach(b::header);
    HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    return (r.statusCode() == 400 || r.statusCode() == 414 || r.statusCode() == 431)
        && r.headers().firstValue("Connection").map(v -> v.equalsIgnoreCase("close")).orElse(false);
  }

  Answer send(Hostile h) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + h.path())).timeout(Duration.ofSeconds(30))
        .method(h.method(), h.body() == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(h.body()));
    h.headers().forEach(b::header);
    if (h.contentType() != null && !h.contentType().isEmpty()) {
      b.header("Content-Type", h.contentType());
    }
    HttpResponse<String> r;
    try {
      r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      if (h.body() != null && h.body().length > MAX_BODY) {
        return new Answer(CLOSED_BEFORE_ANSWER, "", null);
      }
      if (h.body() != null && h.body().length > 0 && !(e instanceof java.net.ProtocolException) && refusedByJetty(h)) {
        // Jetty itself refuses the request line or headers (a bad URI, a URI too long) before any handler, answers and
        // closes with the body unread, and the reset may reach the client before the answer does: the same as an
        // over-size body, whatever the body's size (seen in CI: a 42 KB body behind an over-long query, 414)
        return new Answer(CLOSED_BEFORE_ANSWER, "", null);
      }
      throw e;
    }
    return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r);
  }
}
