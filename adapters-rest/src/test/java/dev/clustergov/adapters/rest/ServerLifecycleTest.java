package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ServerLifecycleTest {

  private static ClustergovServer start(Ports ports, String tokens) {
    return ClustergovServer.builder().ports(() -> ports).tokens(tokens).start("127.0.0.1", 0);
  }

  /** A POST over a plain socket that sends half its body, pauses, then the rest: a request that stays in flight. */
  private static CompletableFuture<String> slowPost(int port, String path, String token, byte[] body, long pauseMillis) {
    return CompletableFuture.supplyAsync(() -> {
      try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
        s.setSoTimeout(30_000);
        var out = s.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer " + token
            + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body, 0, body.length / 2);
        out.flush();
        Thread.sleep(pauseMillis);
        out.write(body, body.length / 2, body.length - body.length / 2);
        out.flush();
        return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (Exception e) {
        throw new java.util.concurrent.CompletionException(e);
      }
    });
  }

  @Test
  void stopping_lets_a_request_in_flight_finish_and_turns_new_ones_away() throws Exception {
    InMemoryClustergov memory = new InMemoryClustergov();
    Clustergov gov = Clustergov.using(memory.ports());
    Demo.bootstrap(gov);
    var suzhou = gov.registerAuthority().handle(new dev.clustergov.core.application.RegisterAuthority.Command("苏州市工业和信息化局", "320500")).get();
    ClustergovServer server = start(memory.ports(), "token-of-suzhou-for-the-test authority " + suzhou.id().value());
    byte[] body = Json.write(new dev.clustergov.core.application.RegisterCluster.Command("苏州市生物医药集群", "320500", "生物医药", "NATIONAL", 80));
    CompletableFuture<String> inFlight = slowPost(server.port(), "/clusters", "token-of-suzhou-for-the-test", body, 1500);
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (server.inFlight() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    assertThat(server.inFlight()).isEqualTo(1);
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(10)));
    Thread.sleep(200);
    var turnedAway = new Http(server.port()).get("/ready").send();
    assertThat(turnedAway.status()).isEqualTo(503);
    String finished = inFlight.get(20, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(finished).startsWith("HTTP/1.1 201");
    stopping.get(20, java.util.concurrent.TimeUnit.SECONDS);
    assertThat(gov.queries().clusters()).extracting(c -> c.name()).contains("苏州市生物医药集群");
  }

  @Test
  void the_access_log_has_method_path_status_and_time_and_never_the_token() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      ClustergovServer server = start(new InMemoryClustergov().ports(), "a-secret-token-never-logged-01 evaluator ev-1");
      var http = new Http(server.port());
      http.get("/organizations").token("a-secret-token-never-logged-01").send();
      http.get("/organizations").token("a-wrong-token-never-logged-02").send();
      server.stop(Duration.ofSeconds(1));
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).containsPattern("GET /organizations 200 \\d+ms").containsPattern("GET /organizations 401 \\d+ms");
    assertThat(log).doesNotContain("a-secret-token-never-logged-01", "a-wrong-token-never-logged-02", "Bearer");
  }

  @Test
  void an_unexpected_failure_is_a_500_problem_with_an_incident_id_and_no_trace() {
    Ports broken = new InMemoryClustergov().ports();
    var failing = new dev.clustergov.core.application.port.Clusters() {
      @Override
      public java.util.Optional<dev.clustergov.core.cluster.Cluster> find(dev.clustergov.core.cluster.ClusterId id) {
        throw new IllegalStateException("disk on fire at /var/secret/path");
      }

      @Override
      public dev.clustergov.core.cluster.Cluster save(dev.clustergov.core.cluster.Cluster c) {
        throw new IllegalStateException("disk on fire");
      }

      @Override
      public java.util.List<dev.clustergov.core.cluster.Cluster> all() {
        throw new IllegalStateException("disk on fire");
      }
    };
    Ports ports = new Ports(failing, broken.authorities(), broken.organizations(), broken.policyPacks(), broken.events(), broken.clock(),
        broken.ids(), broken.unitOfWork(), broken.disputes(), broken.ipAgreements(),
        broken.disclosures(), broken.disclosureObligations(), broken.ledger(), broken.feeSchedules(),
        broken.memberships(), broken.platforms(), broken.activities(),
        broken.inspections(), broken.selfDiscipline(), broken.sanctions(), broken.incentiveAwards(),
        broken.evaluators(), broken.evaluations());
    PrintStream original = System.err;
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      ClustergovServer server = start(ports, "");
      var r = new Http(server.port()).get("/clusters").send();
      server.stop(Duration.ofSeconds(1));
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.header("Content-Type")).startsWith("application/problem+json");
      assertThat(r.json().get("detail").asText()).startsWith("事件编号");
      assertThat(r.body()).doesNotContain("disk on fire", "/var/secret", "Exception", "at dev.");
    } finally {
      System.setErr(original);
    }
  }
}
