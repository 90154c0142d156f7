package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.HostileRequests.Hostile;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every answer on a kept-alive connection is framed as it says (分帧): a status line where the next answer begins, a body of
 * exactly its {@code Content-Length} (none for HEAD), nothing after an answer that closes — over the hostile requests of
 * {@link HostileRequests}, sent as the JDK's client sends them (headers, then the body in a write of its own) on as few
 * connections as the server keeps open, and read by a strict parser instead of a client that might resynchronise; a
 * long answer may be chunked, and its chunks are checked as strictly.
 *
 * <p>Decision 0522: CI once saw a hostile request's answer begin with the JSON body of an earlier request (an inspection
 * finding's) in front of its status line ({@code InMemoryHostileRequestsTest}, seed 20261127, try 5589). This test reads
 * every byte the server writes on each connection, so that such bytes — from any cause — fail it where they appear.
 */
class KeptAliveFramingTest extends ServerHarness {

  @Override
  protected Backend backend() {
    return Backend.memory(new InMemoryClustergov());
  }

  /** One answer as read off the wire. */
  record Answer(String statusLine, int status, Map<String, String> headers, byte[] body) {
    boolean closes() {
      return "close".equalsIgnoreCase(headers.getOrDefault("connection", ""));
    }
  }

  /** A connection read byte for byte. */
  static final class Wire implements AutoCloseable {
    final Socket socket;
    final InputStream in;
    final OutputStream out;

    Wire(int port) throws IOException {
      socket = new Socket("127.0.0.1", port);
      socket.setSoTimeout(30_000);
      in = socket.getInputStream();
      out = socket.getOutputStream();
    }

    /** The request's head, then its body in a write of its own (as java.net.http sends it). */
    void send(String method, String path, Map<String, String> headers, byte[] body) throws IOException {
      StringBuilder head = new StringBuilder(method).append(' ').append(path).append(" HTTP/1.1\r\nHost: 127.0.0.1\r\n");
      headers.forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
      if (body != null) {
        head.append("Content-Length: ").append(body.length).append("\r\n");
      }
      out.write(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
      out.flush();
      if (body != null && body.length > 0) {
        out.write(body);
        out.flush();
      }
    }

    /** One answer, strictly: null when the connection ended before its first byte. */
    Answer read(boolean head) throws IOException {
      String statusLine = line(true);
      if (statusLine == null) {
        return null;
      }
      if (!statusLine.matches("HTTP/1\\.1 [1-5]\\d\\d( .*)?")) {
        throw new AssertionError("not a status line where an answer begins: \"" + shown(statusLine) + "\"");
      }
      int status = Integer.parseInt(statusLine.substring(9, 12));
      Map<String, String> headers = new LinkedHashMap<>();
      for (String l = line(false); !l.isEmpty(); l = line(false)) {
        int colon = l.indexOf(':');
        assertThat(colon).as("a header line: %s", l).isPositive();
        String name = l.substring(0, colon).strip().toLowerCase(Locale.ROOT);
        assertThat(headers.put(name, l.substring(colon + 1).strip())).as("%s once", name).isNull();
      }
      byte[] body;
      if (head || status == 204 || status == 304 || status < 200) {
        body = new byte[0];
      } else if (headers.containsKey("transfer-encoding")) {
        assertThat(headers.get("transfer-encoding")).as("the only transfer coding").isEqualToIgnoringCase("chunked");
        assertThat(headers).as("chunked, or a length: never both").doesNotContainKey("content-length");
        body = chunked();
      } else if (!headers.containsKey("content-length")) {
        // HTTP/1.1 lets an answer that closes its connection end its body with the close (Jetty does so for a long one)
        assertThat(headers.get("connection")).as("an answer without a length must close its connection: %s", statusLine)
            .isEqualToIgnoringCase("close");
        body = rest();
      } else {
        body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
        assertThat(body.length).as("the body of %s arrived whole", statusLine).isEqualTo(Integer.parseInt(headers.get("content-length")));
      }
      return new Answer(statusLine, status, headers, body);
    }

    /** A chunked body: each chunk its hexadecimal size, its bytes and CRLF, the last one empty, then no trailer. */
    private byte[] chunked() throws IOException {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      while (true) {
        String size = line(false);
        int n = Integer.parseInt(size.split(";", 2)[0].strip(), 16);
        if (n == 0) {
          assertThat(line(false)).as("no trailer after the last chunk").isEmpty();
          return body.toByteArray();
        }
        byte[] chunk = in.readNBytes(n);
        assertThat(chunk.length).as("a chunk of %s bytes arrived whole", n).isEqualTo(n);
        body.write(chunk);
        assertThat(line(false)).as("CRLF after a chunk").isEmpty();
      }
    }

    /** Whatever the server writes after an answer that closes the connection: must be nothing. */
    byte[] rest() throws IOException {
      ByteArrayOutputStream extra = new ByteArrayOutputStream();
      try {
        in.transferTo(extra);
      } catch (java.net.SocketException reset) {
        // a reset after the answer: nothing more was written
      }
      return extra.toByteArray();
    }

    private String line(boolean first) throws IOException {
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      int c;
      try {
        c = in.read();
      } catch (java.net.SocketException reset) {
        if (first) {
          return null;
        }
        throw reset;
      }
      if (c < 0) {
        if (first) {
          return null;
        }
        throw new AssertionError("the connection ended inside an answer's head");
      }
      while (true) {
        if (c == '\r') {
          int n = in.read();
          if (n != '\n') {
            throw new AssertionError("a bare CR in an answer's head: \"" + shown(b.toString(StandardCharsets.UTF_8)) + "\"");
          }
          return b.toString(StandardCharsets.UTF_8);
        }
        if (c < 0) {
          throw new AssertionError("the connection ended inside an answer's head: \"" + shown(b.toString(StandardCharsets.UTF_8)) + "\"");
        }
        b.write(c);
        if (b.size() > 64 * 1024) {
          throw new AssertionError("an answer's head line over 64 KiB: \"" + shown(b.toString(StandardCharsets.UTF_8)) + "\"");
        }
        c = in.read();
      }
    }

    @Override
    public void close() throws IOException {
      socket.close();
    }
  }

  private static String shown(String s) {
    return s.length() > 300 ? s.substring(0, 300) + "…" : s;
  }

  /** The sequence of the CI failure on one kept-alive connection: a refused finding's body, then a bad URI. */
  @Test
  void a_refused_body_and_then_a_bad_uri_on_one_connection_are_two_framed_answers() throws Exception {
    byte[] finding = "{\"clause\":\"BUSINESS\",\"description\":\"x\",\"rectifyBy\":\"2025-06-30\",\"on\":\"council\"}"
        .getBytes(StandardCharsets.UTF_8);
    String inspection = "/organizations/" + world.poS + "/inspections/inspection-000001/findings";
    for (String token : new String[] {World.MEMBER_S, World.SUZHOU, "token-nobody-knows-0000000001"}) {
      try (Wire w = new Wire(server.port())) {
        w.send("POST", inspection, Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"), finding);
        Answer refused = w.read(false);
        assertThat(refused.status()).as(new String(refused.body(), StandardCharsets.UTF_8)).isBetween(400, 499);
        assertThat(refused.closes()).as("a refusal whose whole body arrived keeps the connection").isFalse();
        w.send("DELETE", "/organizations/" + world.poS + "/bodies/%00/seats/p-li", Map.of("Authorization", "Bearer " + World.SECRETARIAT_S), null);
        Answer bad = w.read(false);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.closes()).isTrue();
        assertThat(w.rest()).as("nothing after an answer that closes").isEmpty();
      }
    }
  }

  /**
   * A HEAD with a body (the sweep below sends every 17th GET as HEAD, its body kept): Javalin answers HEAD without the
   * route's handler, nothing read the body, and Jetty closed the connection after an answer that said it stayed open —
   * the next request on it got no answer (found by this test, decision 0522).
   */
  @Test
  void a_head_with_a_body_keeps_its_connection_usable() throws Exception {
    byte[] body = "{\"x\":1}".getBytes(StandardCharsets.UTF_8);
    try (Wire w = new Wire(server.port())) {
      // the head alone, and its answer awaited before the body is sent: whether the body had arrived when the answer went
      // out is then no matter of timing (sent at once, a loaded machine decided it, and the case passed or failed by chance)
      w.send("HEAD", "/guideline/articles", Map.of("Content-Type", "application/json", "Content-Length", String.valueOf(body.length)), null);
      Answer head = w.read(true);
      if (!head.closes()) {
        try {
          w.out.write(body);
          w.out.flush();
        } catch (java.net.SocketException e) {
          throw new AssertionError("the server closed the connection its HEAD answer said it kept open: " + e.getMessage(), e);
        }
        w.send("GET", "/health", Map.of(), null);
        Answer next = w.read(false);
        assertThat(next).as("the next request on the connection the HEAD's answer kept open is answered").isNotNull();
        assertThat(next.status()).isEqualTo(200);
      } else {
        assertThat(w.rest()).isEmpty();
      }
    }
  }

  @Test
  void every_answer_to_the_hostile_requests_on_kept_alive_connections_is_framed_as_it_says() throws Exception {
    HostileRequests gen = new HostileRequests(world, server.routes(), 64 * 1024);
    var requests = gen.requests();
    SplittableRandom random = new SplittableRandom(HostileRequestsContract.SEED);
    int count = Integer.getInteger("clustergov.framing.requests", 3_000);
    Map<Integer, Integer> statuses = new TreeMap<>();
    int connections = 1;
    int closedBeforeAnswer = 0;
    int answered = 0;
    Wire w = new Wire(server.port());
    String previous = "nothing";
    try {
      for (int i = 0; i < count; i++) {
        Hostile h = requests.generate(random, 1 + i % 100).value();
        String method = i % 17 == 0 && h.method().equals("GET") ? "HEAD" : h.method();
        Map<String, String> headers = new LinkedHashMap<>(h.headers());
        if (h.contentType() != null && !h.contentType().isEmpty()) {
          headers.put("Content-Type", h.contentType());
        }
        Answer a;
        try {
          w.send(method, h.path(), headers, h.body());
          a = w.read(method.equals("HEAD"));
        } catch (java.net.SocketException sendingWhileClosed) {
          a = null;
        } catch (AssertionError e) {
          throw new AssertionError("request " + i + " (" + method + ") " + h + ": " + e.getMessage(), e);
        }
        if (a == null) {
          // the server closed before answering: only a body it refused unread (over-size, or a request Jetty refused first)
          // may lose its answer to the upload's reset; a request without a body on a connection the last answer kept
          // open must be answered
          assertThat(h.body() != null && h.body().length > 0).as("request %d %s: the connection ended without an answer; before it on"
              + " this connection: %s", i, h, previous).isTrue();
          closedBeforeAnswer++;
        } else {
          answered++;
          previous = h + " → " + a.statusLine() + " " + a.headers();
          statuses.merge(a.status(), 1, Integer::sum);
          if (!a.closes()) {
            continue;
          }
          byte[] extra = w.rest();
          assertThat(extra).as("request %d %s: bytes after an answer that closes: %s", i, h,
              shown(new String(extra, StandardCharsets.UTF_8))).isEmpty();
        }
        w.close();
        w = new Wire(server.port());
        previous = "nothing";
        connections++;
      }
    } finally {
      w.close();
    }
    assertThat(answered).isGreaterThan(count * 9 / 10);
    assertThat(statuses.keySet()).as("answers of every kind were read: kept-alive 2xx, refusals, Jetty's own 400s")
        .contains(200, 400, 401, 403, 404);
    assertThat((double) answered / connections).as("most connections carried several answers").isGreaterThan(1.5);
    System.out.println("RELIABILITY: kept-alive framing: " + count + " hostile requests (seed " + HostileRequestsContract.SEED + "), "
        + answered + " answers framed as they say on " + connections + " connections, " + closedBeforeAnswer
        + " closed before an answer, statuses " + statuses);
  }
}
