package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * HEAD answers what GET answers, without a body (decision 0555): over <em>every</em> GET route of the route table, for every
 * caller the authorization matrix uses and for a PO of the caller's own, another's and none, HEAD's status is GET's, and so
 * are its {@code ETag} and {@code Content-Type}; its {@code Content-Length}, when it sends one, is the GET body's length; and
 * nothing follows its head on the wire. Red before: Javalin answered HEAD to a GET route itself, 200 without running the
 * route, so {@code HEAD /organizations/{id}/establishment-report} without a token was 200 and told which ids exist.
 */
class HeadAnswersAsGetTest extends ServerHarness {

  @Override
  protected Backend backend() {
    return Backend.memory(new InMemoryClustergov());
  }

  /** A caller of the matrix: its bearer token ({@code null}: none) and, for a calendar, the feed token in the link. */
  private record CallerKind(String name, String bearer, boolean feedToken) {}

  private static final List<CallerKind> CALLERS = List.of(
      new CallerKind("no token", null, false),
      new CallerKind("an unknown token", "token-that-names-nobody-000001", false),
      new CallerKind("public with a feed token", null, true),
      new CallerKind("member of PO A", World.MEMBER_A, false),
      new CallerKind("secretariat of PO A", World.SECRETARIAT_A, false),
      new CallerKind("evaluator engaged for PO A", World.EVALUATOR, false),
      new CallerKind("authority of another jurisdiction (Shenzhen)", World.SHENZHEN, false),
      new CallerKind("own authority (Suzhou)", World.SUZHOU, false));

  /** The ids a route's {@code {id}} takes in the sweep: the callers' own, another's, one that does not exist. */
  private List<String> subjects(Route r) {
    if (!r.pathParams().contains("id")) {
      return List.of("");
    }
    String p = r.path();
    if (p.startsWith("/organizations/") || p.startsWith("/public/organizations/")) {
      return List.of(world.poA, world.poS, world.poB, "org-999999");
    }
    if (p.startsWith("/authorities/")) {
      return List.of(world.suzhou, world.shenzhen, "authority-999999");
    }
    if (p.startsWith("/clusters/")) {
      return List.of(world.suzhouCluster, world.shenzhenCluster, "cluster-999999");
    }
    if (p.startsWith("/rules/")) {
      return List.of("A6-lifecycle", "no-such-rule");
    }
    if (p.startsWith("/evaluators/")) {
      return List.of(world.evaluator, "evaluator-999999");
    }
    throw new AssertionError("the sweep does not know what {id} of " + p + " names: add it here");
  }

  /** The route's path with {@code {id}} as {@code subject}, any other parameter an allowed value or an id that does not exist. */
  private static String fill(Route r, String subject, CallerKind c) {
    String path = r.path();
    for (String p : r.pathParams()) {
      String value = p.equals("id") ? subject
          : r.pathValues().containsKey(p) ? r.pathValues().get(p).get(0)
          : p.equals("n") ? "6"
          : p.replaceAll("Id$", "").toLowerCase(Locale.ROOT) + "-999999";
      path = path.replace("{" + p + "}", value);
    }
    if (c.feedToken() && r.op() == Op.ORGANIZATION_CALENDAR) {
      path += "?token=" + World.FEED_A;
    } else if (c.feedToken() && r.op() == Op.AUTHORITY_CALENDAR) {
      path += "?token=" + World.FEED_SUZHOU;
    }
    return path;
  }

  /** An answer read off the wire: status, headers (lower-case names) and every byte after the head until the server closed. */
  private record Raw(int status, Map<String, String> headers, byte[] after) {}

  /** One request with {@code Connection: close}, read until the server closes: what a HEAD sent after its head is seen. */
  private Raw raw(String method, String path, String bearer) throws IOException {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(30_000);
      StringBuilder req = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
      if (bearer != null) {
        req.append("Authorization: Bearer ").append(bearer).append("\r\n");
      }
      OutputStream out = s.getOutputStream();
      out.write(req.append("\r\n").toString().getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = s.getInputStream();
      ByteArrayOutputStream all = new ByteArrayOutputStream();
      in.transferTo(all);
      byte[] bytes = all.toByteArray();
      int end = -1;
      for (int i = 0; i + 3 < bytes.length; i++) {
        if (bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r' && bytes[i + 3] == '\n') {
          end = i;
          break;
        }
      }
      assertThat(end).as(method + " " + path + ": no complete head in " + new String(bytes, StandardCharsets.ISO_8859_1)).isPositive();
      String[] lines = new String(bytes, 0, end, StandardCharsets.ISO_8859_1).split("\r\n");
      Map<String, String> headers = new LinkedHashMap<>();
      for (int i = 1; i < lines.length; i++) {
        int colon = lines[i].indexOf(':');
        headers.merge(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).strip(), (a, b) -> a + "," + b);
      }
      return new Raw(Integer.parseInt(lines[0].split(" ")[1]), headers, java.util.Arrays.copyOfRange(bytes, end + 4, bytes.length));
    }
  }

  /** The length of a GET's body as sent (a chunked one decoded by the client). */
  private static int length(Http.Response get) {
    return get.body().getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void head_answers_every_get_route_as_get_does_for_every_caller_without_a_body() throws IOException {
    List<String> differences = new ArrayList<>();
    TreeSet<Integer> seen = new TreeSet<>();
    int pairs = 0;
    List<Route> gets = server.routes().stream().filter(r -> r.method().equals("GET")).toList();
    assertThat(gets).as("GET routes in the route table").hasSizeGreaterThan(40);
    for (Route r : gets) {
      for (String subject : subjects(r)) {
        for (CallerKind c : CALLERS) {
          String path = fill(r, subject, c);
          Http.Response get = http.get(path).token(c.bearer()).send();
          Raw head = raw("HEAD", path, c.bearer());
          pairs++;
          seen.add(get.status());
          String where = "HEAD " + path + " as " + c.name() + " (route " + r.path() + "): ";
          if (head.status() != get.status()) {
            differences.add(where + head.status() + ", GET " + get.status());
          }
          if (head.after().length > 0) {
            differences.add(where + head.after().length + " bytes of body after its head");
          }
          for (String h : List.of("content-type", "etag", "www-authenticate", "cache-control")) {
            if (!java.util.Objects.equals(head.headers().get(h), get.header(h))) {
              differences.add(where + h + " " + head.headers().get(h) + ", GET's " + get.header(h));
            }
          }
          String declared = head.headers().get("content-length");
          if (get.header("content-length") != null && declared == null) {
            differences.add(where + "no Content-Length, GET's " + get.header("content-length"));
          } else if (declared != null && Integer.parseInt(declared) != length(get)) {
            // a body that changes from one answer to the next (a time in it): the length of the next GET's
            Http.Response again = http.get(path).token(c.bearer()).send();
            if (Integer.parseInt(declared) != length(again)) {
              differences.add(where + "Content-Length " + declared + ", GET's body " + length(get) + " then " + length(again) + " bytes");
            }
          }
        }
      }
    }
    assertThat(differences).as("HEAD answered otherwise than GET (" + differences.size() + " of " + pairs + " pairs)").isEmpty();
    // the sweep met every kind of answer a HEAD must not give away: found, unauthenticated, refused, no such resource
    assertThat(seen).contains(200, 401, 403, 404);
  }

  @Test
  void head_of_a_pos_establishment_report_without_a_token_is_401_and_reveals_nothing() throws IOException {
    String path = "/organizations/" + world.poA + "/establishment-report";
    Raw known = raw("HEAD", path, null);
    Raw unknown = raw("HEAD", "/organizations/org-999999/establishment-report", null);
    assertThat(known.status()).isEqualTo(401);
    assertThat(known.headers().get("www-authenticate")).startsWith("Bearer");
    assertThat(known.after()).isEmpty();
    // a PO that exists and one that does not are told apart by nothing a HEAD without a token answers
    assertThat(unknown.status()).isEqualTo(known.status());
    assertThat(unknown.headers().get("content-length")).isEqualTo(known.headers().get("content-length"));
  }

  @Test
  void head_with_a_token_may_read_a_report_only_where_get_may() throws IOException {
    String own = "/organizations/" + world.poA + "/establishment-report";
    String other = "/organizations/" + world.poB + "/establishment-report";
    Raw allowed = raw("HEAD", own, World.SUZHOU);
    Http.Response get = http.get(own).token(World.SUZHOU).send();
    assertThat(allowed.status()).as(get.body()).isEqualTo(get.status()).isEqualTo(200);
    // a body this large goes out chunked, without a length, and the HEAD declares none either; a smaller one declares its length
    assertThat(allowed.headers().get("content-length")).isEqualTo(get.header("Content-Length"));
    assertThat(allowed.headers().get("content-type")).isEqualTo(get.header("Content-Type")).startsWith("application/json");
    Raw refused = raw("HEAD", own, World.SHENZHEN);
    Http.Response refusedGet = http.get(own).token(World.SHENZHEN).send();
    assertThat(refused.status()).isEqualTo(refusedGet.status()).isEqualTo(403);
    assertThat(refused.headers().get("content-length")).isEqualTo(refusedGet.header("Content-Length"))
        .isEqualTo(String.valueOf(length(refusedGet)));
    assertThat(allowed.after()).isEmpty();
    assertThat(raw("HEAD", other, World.SUZHOU).status()).isEqualTo(403);
    assertThat(raw("HEAD", other, World.MEMBER_A).status()).isEqualTo(403);
  }

  /** Asked with If-None-Match of the GET's tag, HEAD answers 304 as GET does: the read model's answer, not a 200 of its own. */
  @Test
  void head_with_the_gets_etag_is_304_as_get_is() throws IOException {
    String path = "/organizations/" + world.poA;
    Http.Response get = http.get(path).token(World.SUZHOU).send();
    String etag = get.header("ETag");
    assertThat(etag).as("the PO's resource is tagged").isNotNull();
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(30_000);
      s.getOutputStream().write(("HEAD " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nAuthorization: Bearer " + World.SUZHOU
          + "\r\nIf-None-Match: " + etag + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
      String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
      assertThat(answer).startsWith("HTTP/1.1 304").endsWith("\r\n\r\n");
    }
  }
}
