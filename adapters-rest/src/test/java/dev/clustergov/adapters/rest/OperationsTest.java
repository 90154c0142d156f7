package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an operator watches (decision 0373): the Prometheus metrics on a listener apart from the public port, and the log
 * as one JSON object a line.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class OperationsTest {

  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  @TempDir
  Path work;

  private static String scrape(int port) throws Exception {
    HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/metrics"))
        .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/plain");
    return r.body();
  }

  /** The lines of a series whose labels include every one of {@code labels} ({@code name="value"}). */
  private static List<String> series(String scrape, String name, String... labels) {
    return scrape.lines().filter(l -> l.startsWith(name + "{")).filter(l -> List.of(labels).stream().allMatch(l::contains)).toList();
  }

  @Test
  void the_metrics_count_requests_by_route_template_method_and_status_with_latency_buckets_apart_from_the_public_port()
      throws Exception {
    ClustergovServer server = ClustergovServer.builder().ports(() -> new InMemoryClustergov().ports())
        .metrics("127.0.0.1", 0).start("127.0.0.1", 0);
    try {
      Http http = new Http(server.port());
      for (int i = 0; i < 3; i++) {
        assertThat(http.get("/health").send().status()).isEqualTo(200);
      }
      assertThat(http.get("/public/organizations/org-424242").send().status()).isEqualTo(404);
      assertThat(http.get("/organizations/org-777777").send().status()).isEqualTo(401);
      assertThat(http.get("/no-such-route-31337").send().status()).isEqualTo(404);
      // the public port does not serve them, by any name
      for (String path : List.of("/metrics", "/prometheus", "/actuator/prometheus")) {
        Http.Response r = http.get(path).send();
        assertThat(r.status()).as(path).isEqualTo(404);
        assertThat(r.body()).as(path).doesNotContain("jvm_", "http_server_requests");
      }
      int metricsPort = server.metricsPort().orElseThrow();
      assertThat(metricsPort).isNotEqualTo(server.port());

      String s = scrape(metricsPort);
      assertThat(series(s, "http_server_requests_seconds_count", "uri=\"/health\"", "method=\"GET\"", "status=\"200\""))
          .singleElement().satisfies(l -> assertThat(l).endsWith(" 3"));
      assertThat(series(s, "http_server_requests_seconds_count", "uri=\"/public/organizations/{id}\"", "status=\"404\"")).hasSize(1);
      assertThat(series(s, "http_server_requests_seconds_count", "uri=\"/organizations/{id}\"", "status=\"401\"")).hasSize(1);
      assertThat(series(s, "http_server_requests_seconds_count", "uri=\"UNMATCHED\"", "status=\"404\"")).isNotEmpty();
      // a latency histogram: a bucket for every boundary, and +Inf
      List<String> buckets = series(s, "http_server_requests_seconds_bucket", "uri=\"/health\"", "status=\"200\"");
      assertThat(buckets).hasSize(Metrics.BUCKETS.length + 1).anyMatch(l -> l.contains("le=\"+Inf\"") && l.endsWith(" 3"));
      // never the ids a client sent, nor a path no route has
      assertThat(s).doesNotContain("org-424242", "org-777777", "no-such-route");
      // the JVM and the process
      assertThat(s).contains("jvm_memory_used_bytes{", "jvm_threads_live_threads", "jvm_gc_", "process_cpu_usage",
          "process_uptime_seconds", "clustergov_http_requests_in_flight");
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
    assertThat(server.metricsPort()).isPresent();
  }

  @Test
  void without_asking_there_is_no_metrics_listener() {
    ClustergovServer server = ClustergovServer.builder().ports(() -> new InMemoryClustergov().ports()).start("127.0.0.1", 0);
    try {
      assertThat(server.metricsPort()).isEmpty();
      assertThat(new Http(server.port()).get("/metrics").send().status()).isEqualTo(404);
    } finally {
      server.stop(Duration.ofSeconds(1));
    }
  }

  private static final Pattern METRICS_AT = Pattern.compile("metrics at http://127\\.0\\.0\\.1:(\\d+)/metrics");

  @Test
  void the_server_process_logs_one_json_object_a_line_and_its_metrics_include_the_connection_pool() throws Exception {
    try (ServerProcess p = ServerProcess.start(work, "json", "", List.of("--data-dir", work.resolve("data").toString(),
        "--log-format", "json", "--metrics-port", "0"), Duration.ofSeconds(120))) {
      Http http = new Http(p.port());
      assertThat(http.get("/ready").send().status()).isEqualTo(200);
      assertThat(http.get("/clusters").send().status()).isEqualTo(200);
      assertThat(http.get("/organizations").token("no-such-token-0000000001").send().status()).isEqualTo(401);

      String log = Files.readString(work.resolve("json.log"), StandardCharsets.UTF_8);
      // JSON escapes the slashes of the address: the port is read from the message itself
      int metricsPort = -1;
      for (String line : log.lines().filter(l -> !l.isBlank()).toList()) {
        assertThat(line).as("a line of the JSON log, among: %s", log).startsWith("{");
        Matcher m = METRICS_AT.matcher(Json.MAPPER.readTree(line).path("formattedMessage").asText());
        if (m.find()) {
          metricsPort = Integer.parseInt(m.group(1));
        }
      }
      assertThat(metricsPort).as(log).isPositive();
      String s = scrape(metricsPort);
      assertThat(s).contains("hikaricp_connections_active{", "hikaricp_connections_max{", "hikaricp_connections_acquire_seconds");
      assertThat(series(s, "http_server_requests_seconds_count", "uri=\"/clusters\"", "status=\"200\"")).hasSize(1);

      p.stop();
      List<String> lines = Files.readString(work.resolve("json.log"), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
      assertThat(lines).as("the log").hasSizeGreaterThanOrEqualTo(3);
      for (String line : lines) {
        JsonNode o = Json.MAPPER.readTree(line);
        assertThat(o.isObject()).as(line).isTrue();
        assertThat(o.path("timestamp").isNumber()).as(line).isTrue();
        assertThat(o.path("level").asText()).as(line).isIn("TRACE", "DEBUG", "INFO", "WARN", "ERROR");
        assertThat(o.path("loggerName").asText()).as(line).isNotBlank();
        assertThat(o.path("formattedMessage").isTextual()).as(line).isTrue();
      }
      assertThat(lines).anyMatch(l -> l.contains("clustergov server on port"));
    }
  }

  /** A 500's incident id is a field of its own in a JSON log line, beside the exception, so that a support desk finds it. */
  @Test
  void a_json_log_line_of_a_500_carries_its_incident_id_and_the_exception() throws Exception {
    Ports in = new InMemoryClustergov().ports();
    var failing = (dev.clustergov.core.application.port.Clusters) java.lang.reflect.Proxy.newProxyInstance(
        getClass().getClassLoader(), new Class<?>[] {dev.clustergov.core.application.port.Clusters.class}, (proxy, method, args) -> {
          if (method.getDeclaringClass() == Object.class) {
            return method.getName().equals("toString") ? "failing clusters" : method.getName().equals("hashCode") ? 1 : proxy == args[0];
          }
          throw new IllegalStateException("disk on fire");
        });
    Ports ports = in.toBuilder().clusters(failing).build();
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    Logs.configure(Options.LogFormat.JSON);
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    Http.Response r;
    try {
      ClustergovServer server = ClustergovServer.builder().ports(() -> ports).start("127.0.0.1", 0);
      r = new Http(server.port()).get("/clusters").send();
      server.stop(Duration.ofSeconds(1));
    } finally {
      System.setErr(original);
      // back to the tests' own configuration (logback-test.xml)
      var context = (ch.qos.logback.classic.LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
      context.reset();
      new ch.qos.logback.classic.util.ContextInitializer(context).autoConfig();
    }
    assertThat(r.status()).isEqualTo(500);
    // the incident id is a UUID, which may begin with a letter
    var uuid = java.util.regex.Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
        .matcher(r.json().get("detail").asText());
    assertThat(uuid.find()).as(r.json().get("detail").asText()).isTrue();
    String incident = uuid.group();
    List<String> lines = captured.toString(StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
    JsonNode error = null;
    for (String line : lines) {
      JsonNode o = Json.MAPPER.readTree(line);
      if ("ERROR".equals(o.path("level").asText())) {
        error = o;
      }
    }
    assertThat(error).as(String.join("\n", lines)).isNotNull();
    assertThat(incident).isNotBlank();
    assertThat(error.path("mdc").path("incident").asText()).isEqualTo(incident);
    assertThat(error.path("formattedMessage").asText()).contains(incident, "GET /clusters");
    assertThat(error.path("throwable").toString()).contains("IllegalStateException", "disk on fire");
  }
}
