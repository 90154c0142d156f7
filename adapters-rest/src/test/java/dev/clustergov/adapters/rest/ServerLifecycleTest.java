package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;

@Timeout(value = 180, unit = TimeUnit.SECONDS) // servers and sockets: a hang fails here, not the whole build
class ServerLifecycleTest {

  /** A daemon thread per task: the slow client and the stop must not wait for each other in a shared pool. */
  private static final Executor OWN_THREAD = task -> {
    Thread t = new Thread(task, "server-lifecycle-test");
    t.setDaemon(true);
    t.start();
  };

  private static ClustergovServer start(Ports ports, String tokens) {
    return ClustergovServer.builder().ports(() -> ports).tokens(tokens).start("127.0.0.1", 0);
  }

  /**
   * A POST over a plain socket that sends half its body, waits until {@code rest} is counted down, then sends
   * the rest: a request that stays in flight for as long as the test needs it to, however slow the machine.
   */
  private static CompletableFuture<String> slowPost(int port, String path, String token, byte[] body, CountDownLatch rest) {
    return CompletableFuture.supplyAsync(() -> {
      try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
        s.setSoTimeout(60_000);
        var out = s.getOutputStream();
        out.write(("POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nAuthorization: Bearer " + token
            + "\r\nContent-Length: " + body.length + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body, 0, body.length / 2);
        out.flush();
        if (!rest.await(60, TimeUnit.SECONDS)) {
          throw new IllegalStateException("the test never let the request finish");
        }
        out.write(body, body.length / 2, body.length - body.length / 2);
        out.flush();
        return new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      } catch (Exception e) {
        throw new java.util.concurrent.CompletionException(e);
      }
    }, OWN_THREAD);
  }

  /** Polls {@code condition} every 10 ms until it holds or {@code within} has passed; a loaded machine is slow, not wrong. */
  private static void waitFor(BooleanSupplier condition, Duration within) throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (!condition.getAsBoolean() && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
  }

  @Test
  void stopping_lets_a_request_in_flight_finish_and_turns_new_ones_away() throws Exception {
    InMemoryClustergov memory = new InMemoryClustergov();
    Clustergov gov = Clustergov.using(memory.ports());
    Demo.bootstrap(gov);
    var suzhou = gov.registerAuthority().handle(new dev.clustergov.core.application.general.RegisterAuthority.Command("苏州市工业和信息化局", new RegionCode("320500"))).get();
    ClustergovServer server = start(memory.ports(), "token-of-suzhou-for-the-test authority " + suzhou.id().value());
    byte[] body = Json.write(Http.wire(new dev.clustergov.core.application.general.RegisterCluster.Command("苏州市澄远生物医药集群", new RegionCode("320500"), "生物医药", ClusterLevel.NATIONAL, 80)));
    CountDownLatch rest = new CountDownLatch(1);
    CompletableFuture<String> inFlight = slowPost(server.port(), "/clusters", "token-of-suzhou-for-the-test", body, rest);
    waitFor(() -> server.inFlight() == 1, Duration.ofSeconds(30));
    assertThat(server.inFlight()).isEqualTo(1);
    CompletableFuture<Void> stopping = CompletableFuture.runAsync(() -> server.stop(Duration.ofSeconds(60)), OWN_THREAD);
    // the stop has begun once the server drains; before, 200 ms of sleep stood for it and a slow machine had not got there
    waitFor(server::draining, Duration.ofSeconds(30));
    assertThat(server.draining()).as("the stop has begun").isTrue();
    var turnedAway = new Http(server.port()).get("/ready").send();
    assertThat(turnedAway.status()).isEqualTo(503);
    var refused = new Http(server.port()).get("/clusters").token("token-of-suzhou-for-the-test").send();
    assertThat(refused.status()).as("a new request while one is in flight").isEqualTo(503);
    rest.countDown();
    String finished = inFlight.get(60, TimeUnit.SECONDS);
    assertThat(finished).startsWith("HTTP/1.1 201");
    stopping.get(60, TimeUnit.SECONDS);
    assertThat(gov.queries().clusters()).extracting(c -> c.name()).contains("苏州市澄远生物医药集群");
  }

  @Test
  void the_access_log_has_method_path_status_and_time_and_never_the_token() throws Exception {
    PrintStream original = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    try {
      ClustergovServer server = start(new InMemoryClustergov().ports(), "a-secret-token-never-logged-01 evaluator ev-1");
      var http = new Http(server.port());
      // a token naming an evaluator the registry does not know is refused everywhere (decision 0380): 403, logged
      http.get("/organizations").token("a-secret-token-never-logged-01").send();
      http.get("/clusters").token("a-secret-token-never-logged-01").send();
      http.get("/clusters").send();
      http.get("/organizations").token("a-wrong-token-never-logged-02").send();
      server.stop(Duration.ofSeconds(1));
    } finally {
      System.setErr(original);
    }
    String log = captured.toString(StandardCharsets.UTF_8);
    assertThat(log).containsPattern("GET /organizations 403 \\d+ms").containsPattern("GET /clusters 200 \\d+ms")
        .containsPattern("GET /organizations 401 \\d+ms");
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
      assertThat(r.json().get("detail").asText()).startsWith("故障编号");
      assertThat(r.body()).doesNotContain("disk on fire", "/var/secret", "Exception", "at dev.");
    } finally {
      System.setErr(original);
    }
  }
}
