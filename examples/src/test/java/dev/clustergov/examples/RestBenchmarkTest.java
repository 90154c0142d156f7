package dev.clustergov.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clustergov.core.testkit.Prerequisites;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The pieces of {@code rest-benchmark}, and one tiny run of the whole of it; no timing is asserted. */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // servers, HTTP and wrk processes
class RestBenchmarkTest {

  /** What wrk 4.1 prints with --latency (a real run's output). */
  private static final String WRK = """
      Running 10s test @ http://127.0.0.1:18180/organizations/org-000001
        2 threads and 64 connections
        Thread Stats   Avg      Stdev     Max   +/- Stdev
          Latency   624.21ms  412.36ms   1.99s    70.62%
          Req/Sec    49.75     34.22   186.00     70.09%
        Latency Distribution
           50%  511.86ms
           75%  865.64ms
           90%    1.20s\s
           99%    1.85s\s
        1790 requests in 20.14s, 8.50MB read
        Socket errors: connect 0, read 0, write 0, timeout 86
        Non-2xx or 3xx responses: 12
      Requests/sec:     88.88
      Transfer/sec:    431.99KB
      """;

  @Test
  void wrk_output_is_read_with_its_units_errors_and_non_2xx_answers() {
    RestBenchmark.Wrk w = RestBenchmark.Wrk.parse(WRK);
    assertThat(w.requestsPerSecond()).isEqualTo(88.88);
    assertThat(w.p50Ms()).isEqualTo(511.86);
    assertThat(w.p99Ms()).isEqualTo(1850.0);
    assertThat(w.requests()).isEqualTo(1790);
    assertThat(w.non2xx()).isEqualTo(12);
    assertThat(w.socketErrors()).isEqualTo(86);
    assertThat(RestBenchmark.Wrk.parse(WRK.replace("99%    1.85s", "99%  812.00us")).p99Ms()).isEqualTo(0.812);
  }

  @Test
  void output_that_is_not_wrk_latency_output_is_refused() {
    assertThatThrownBy(() -> RestBenchmark.Wrk.parse("wrk: command not found")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> RestBenchmark.Wrk.parse(WRK.replaceAll("(?m)^\\s+\\d\\d%.*$", "")))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("--latency");
  }

  @Test
  void bad_options_are_a_usage_error() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8);
    assertThat(RestBenchmark.run(List.of("--duration", "ten"), System.out, e)).isEqualTo(Main.USAGE);
    assertThat(RestBenchmark.run(List.of("--speed", "3"), System.out, e)).isEqualTo(Main.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--duration takes a whole number, not: ten").contains("unknown option --speed");
  }

  @Test
  void the_baseline_answers_the_captured_bytes_status_and_type() throws Exception {
    byte[] body = "{\"name\":\"苏州\"}".getBytes(StandardCharsets.UTF_8);
    var app = BareJavalin.start(0, List.of(new BareJavalin.Answer("GET", "/organizations/org-000001", 200, "application/json", body),
        new BareJavalin.Answer("POST", "/organizations/org-000001/activities", 201, "application/json", body)));
    try {
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + app.port();
      HttpResponse<byte[]> get = http.send(HttpRequest.newBuilder(URI.create(base + "/organizations/org-000001")).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(get.statusCode()).isEqualTo(200);
      assertThat(get.body()).isEqualTo(body);
      assertThat(get.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
      HttpResponse<byte[]> post = http.send(HttpRequest.newBuilder(URI.create(base + "/organizations/org-000001/activities"))
          .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(post.statusCode()).isEqualTo(201);
      assertThat(post.body()).isEqualTo(body);
    } finally {
      app.stop();
    }
  }

  @Test
  void the_baseline_answers_the_servers_own_headers_and_leaves_the_transport_to_its_jetty(@TempDir Path dir)
      throws Exception {
    byte[] body = "<p>苏州</p>".getBytes(StandardCharsets.UTF_8);
    Files.write(dir.resolve("body"), body);
    Files.writeString(dir.resolve("headers"), "X-Frame-Options: DENY\nCache-Control: public, no-cache\nETag: W/\"7.zh\"\n",
        StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("routes"), "GET\t/public/organizations/org-000001.html\t200\ttext/html;charset=utf-8\t"
        + dir.resolve("body") + "\t" + dir.resolve("headers") + "\n", StandardCharsets.UTF_8);
    var app = BareJavalin.start(0, BareJavalin.read(dir.resolve("routes")));
    try {
      HttpResponse<byte[]> get = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
          URI.create("http://127.0.0.1:" + app.port() + "/public/organizations/org-000001.html")).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(get.body()).isEqualTo(body);
      assertThat(get.headers().firstValue("X-Frame-Options")).hasValue("DENY");
      assertThat(get.headers().firstValue("Cache-Control")).hasValue("public, no-cache");
      assertThat(get.headers().firstValue("ETag")).hasValue("W/\"7.zh\"");
      // what a captured answer holds of the transport is not copied: the date and the length are the bare route's own
      assertThat(RestBenchmark.ownHeaders(get)).containsIgnoringCase("X-Frame-Options: DENY").containsIgnoringCase("ETag: W/\"7.zh\"")
          .doesNotContainIgnoringCase("date:").doesNotContainIgnoringCase("content-length:").doesNotContainIgnoringCase("content-type:");
    } finally {
      app.stop();
    }
    Files.writeString(dir.resolve("bad"), "no colon here\n", StandardCharsets.UTF_8);
    Files.writeString(dir.resolve("routes2"), "GET\t/x\t200\ttext/plain\t" + dir.resolve("body") + "\t" + dir.resolve("bad") + "\n",
        StandardCharsets.UTF_8);
    assertThatThrownBy(() -> BareJavalin.read(dir.resolve("routes2"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("expected 'Name: value'");
  }

  @Test
  void the_database_is_h2_unless_postgresql_is_asked_for() {
    assertThat(RestBenchmark.Settings.parse(List.of()).postgresql()).isFalse();
    assertThat(RestBenchmark.Settings.parse(List.of("--db", "postgresql")).database()).isEqualTo("PostgreSQL");
    assertThat(RestBenchmark.Settings.parse(List.of("--db", "h2")).database()).isEqualTo("H2 file");
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    assertThat(RestBenchmark.run(List.of("--db", "mysql"), System.out, new PrintStream(err, true, StandardCharsets.UTF_8))).isEqualTo(Main.USAGE);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("--db takes h2 or postgresql, not: mysql");
  }

  /**
   * On PostgreSQL (an embedded server the benchmark starts): the server on a database of its own, the write route's
   * baselines on a copy of it; every write answered without an error and counted.
   */
  @Test
  void a_tiny_run_on_postgresql_writes_through_the_server_and_both_baselines_without_an_error() throws Exception {
    Prerequisites.require(RestBenchmark.which("wrk").isPresent(), "wrk is not installed (apt-get install wrk)");
    RestBenchmark.Settings settings = new RestBenchmark.Settings(1, 0, 4, 1, RestBenchmark.SERVER_JVM, true);
    RestBenchmark.Result r = RestBenchmark.measure(settings, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    RestBenchmark.Row write = r.rows().get(4);
    assertThat(write.server().requests()).isPositive();
    assertThat(write.server().non2xx() + write.server().socketErrors()).as("errors on the server").isZero();
    assertThat(write.jdbc()).hasValueSatisfying(j -> assertThat(j.non2xx() + j.socketErrors()).isZero());
    assertThat(write.oneWriter()).hasValueSatisfying(j -> assertThat(j.non2xx() + j.socketErrors()).isZero());
    assertThat(write.jdbcActivities()).isGreaterThanOrEqualTo(write.jdbc().orElseThrow().requests()).isEqualTo(write.jdbcEvents());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RestBenchmark.print(r, settings, new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("/activities`, PostgreSQL |").contains("(PostgreSQL, the project's migrations)");
  }

  /** The whole benchmark, one second a route: every request to the server succeeds (the writes are valid) and is counted. */
  @Test
  void a_tiny_run_starts_both_servers_loads_every_route_without_an_error_and_measures_start_and_memory() throws Exception {
    Prerequisites.require(RestBenchmark.which("wrk").isPresent(), "wrk is not installed (apt-get install wrk)");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    RestBenchmark.Result r = RestBenchmark.measure(new RestBenchmark.Settings(1, 0, 4, 1), new PrintStream(log, true, StandardCharsets.UTF_8));
    assertThat(r.rows()).extracting(row -> row.load().name())
        .containsExactly("public PO json", "public PO html", "PO (evaluator)", "compliance", "record activity");
    for (RestBenchmark.Row row : r.rows()) {
      assertThat(row.server().requests()).as(row.load().name()).isPositive();
      assertThat(row.bare().requests()).as(row.load().name()).isPositive();
      assertThat(row.server().non2xx() + row.server().socketErrors()).as(row.load().name() + " errors on the server").isZero();
      assertThat(row.bare().non2xx() + row.bare().socketErrors()).as(row.load().name() + " errors on the baseline").isZero();
    }
    // the write route's plain-JDBC baseline: measured beside the server, without an error, and each request it answered
    // wrote an activity and its event into its database (wrk counts the answers; a request cut off by the end may also commit)
    RestBenchmark.Row write = r.rows().get(4);
    assertThat(r.rows().subList(0, 4)).allSatisfy(row -> assertThat(row.jdbc()).isEmpty());
    assertThat(write.jdbc()).hasValueSatisfying(j -> {
      assertThat(j.requests()).isPositive();
      assertThat(j.non2xx() + j.socketErrors()).as("errors on the plain-JDBC baseline").isZero();
      assertThat(write.jdbcActivities()).isGreaterThanOrEqualTo(j.requests());
    });
    assertThat(write.jdbcEvents()).isEqualTo(write.jdbcActivities());
    // and the same write one transaction at a time (decision 0608): measured, without an error, each answer a row
    assertThat(r.rows().subList(0, 4)).allSatisfy(row -> assertThat(row.oneWriter()).isEmpty());
    assertThat(write.oneWriter()).hasValueSatisfying(j -> {
      assertThat(j.requests()).isPositive();
      assertThat(j.non2xx() + j.socketErrors()).as("errors on the one-writer baseline").isZero();
      assertThat(write.oneWriterActivities()).isGreaterThanOrEqualTo(j.requests());
    });
    assertThat(r.demoStartMs()).isPositive();
    assertThat(r.restartMs()).isPositive();
    assertThat(r.maxRssKb()).isPositive();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RestBenchmark.print(r, new RestBenchmark.Settings(1, 0, 4, 1), new PrintStream(out, true, StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("| record activity `POST /organizations/")
        .contains("| record activity `POST /organizations/" + write.load().path().split("/")[2] + "/activities`, H2 file |")
        .contains("plain-JDBC req/s").contains("plain JDBC one transaction at a time (decision 0608)").contains("start to ready");
  }
}
