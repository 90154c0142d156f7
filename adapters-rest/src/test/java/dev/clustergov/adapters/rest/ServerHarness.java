package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clustergov.core.application.establishment.FoundingApplication;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;

/**
 * A server over real HTTP on a backend a subclass chooses, seeded with {@link World}; helpers that
 * walk POs along their lifecycle through the API itself.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 10, unit = TimeUnit.MINUTES) // each test against a server over HTTP (inherited by every subclass): a hang fails the test, not the build
abstract class ServerHarness {

  protected Backend backend;
  protected World world;
  protected ClustergovServer server;
  protected Http http;
  private int clusters;

  protected abstract Backend backend() throws Exception;

  @BeforeAll
  void startServer() throws Exception {
    backend = backend();
    world = new World(backend.ports());
    server = ClustergovServer.builder().ports(backend::ports).tokens(tokens()).maxRequestBytes(64 * 1024)
        .start("127.0.0.1", 0);
    http = new Http(server.port());
  }

  /** The token entries the server is started with; by default one per role and scope of {@link World}. */
  protected String tokens() {
    return world.tokens();
  }

  @AfterAll
  void stopServer() throws Exception {
    if (server != null) {
      server.stop(java.time.Duration.ofSeconds(2));
    }
    if (backend != null) {
      backend.close();
    }
  }

  /** A new Suzhou cluster (one recognised PO per cluster under the baseline, Art.2). */
  protected String freshCluster() {
    var r = http.post("/clusters", new dev.clustergov.core.application.general.RegisterCluster.Command(
        "苏州市测试产业集群" + (++clusters) + "号", new RegionCode("320500"), "测试产业", ClusterLevel.MUNICIPAL, 500)).token(World.SUZHOU).send();
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  protected String proposeVia(String token, FoundingApplication a) {
    var r = http.post("/organizations", a).token(token).send();
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    return r.json().get("id").asText();
  }

  /** A compliant Suzhou PO in a fresh cluster, proposed through the API. */
  protected String proposed() {
    return proposeVia(World.SUZHOU, World.application(freshCluster(), world.suzhou, "苏州市测试产业集群促进会"));
  }

  /** Credit codes handed out by {@link #established()}: a PO is a legal person with a code of its own (Art.2). */
  private static final java.util.concurrent.atomic.AtomicInteger CODES = new java.util.concurrent.atomic.AtomicInteger(1234567);

  protected String established() {
    String id = proposed();
    var r = http.post("/organizations/" + id + "/establishment", java.util.Map.of("creditCode",
        dev.clustergov.core.testkit.fixtures.Fixtures.creditCode("51320500MJ" + CODES.getAndIncrement()))).token(World.SUZHOU).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return id;
  }

  protected String recognised() {
    String id = established();
    var r = http.post("/organizations/" + id + "/recognition", null).token(World.SUZHOU).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    return id;
  }

  /** An RFC 9457 problem with this status, and no stack trace anywhere in it. */
  protected static JsonNode problem(Http.Response r, int status) {
    assertThat(r.status()).as(r.body()).isEqualTo(status);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    JsonNode p = r.json();
    assertThat(p.get("status").asInt()).isEqualTo(status);
    assertThat(p.get("type").asText()).startsWith("urn:clustergov:problem:");
    assertThat(p.get("title").asText()).isNotBlank();
    assertThat(r.body()).doesNotContain("Exception").doesNotContain("\tat ").doesNotContain(".java:");
    return p;
  }

  protected static java.util.List<String> fields(JsonNode problem) {
    java.util.List<String> out = new java.util.ArrayList<>();
    problem.get("violations").forEach(v -> out.add(v.get("field").asText()));
    return out;
  }

  /** Each violation of a problem as {@code field:code}, e.g. {@code joinedOn:date}. */
  protected static java.util.List<String> violations(JsonNode problem) {
    java.util.List<String> out = new java.util.ArrayList<>();
    problem.get("violations").forEach(v -> out.add(v.get("field").asText() + ":" + v.get("code").asText()));
    return out;
  }

  protected static java.util.List<String> ruleIds(JsonNode problem) {
    java.util.List<String> out = new java.util.ArrayList<>();
    problem.get("findings").forEach(f -> out.add(f.get("ruleId").asText()));
    return out;
  }
}
