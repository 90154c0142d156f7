package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Which failures are the database being out of reach (503, {@code Retry-After}) and which are bugs (500):
 * the classification of decision 0300, over HTTP, with the exceptions wrapped as Jdbi wraps them.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a server and an unreachable database
class StorageOutageTest {

  private static Http.Response clustersFailingWith(Supplier<RuntimeException> failure) {
    Ports ok = new InMemoryClustergov().ports();
    var failing = new dev.clustergov.core.application.port.Clusters() {
      @Override
      public java.util.Optional<dev.clustergov.core.cluster.Cluster> find(dev.clustergov.core.cluster.ClusterId id) {
        throw failure.get();
      }

      @Override
      public dev.clustergov.core.cluster.Cluster save(dev.clustergov.core.cluster.Cluster c) {
        throw failure.get();
      }

      @Override
      public java.util.List<dev.clustergov.core.cluster.Cluster> all() {
        throw failure.get();
      }
    };
    Ports ports = new Ports(failing, ok.authorities(), ok.organizations(), ok.policyPacks(), ok.events(), ok.clock(), ok.ids(),
        ok.unitOfWork(), ok.disputes(), ok.ipAgreements(), ok.disclosures(), ok.disclosureObligations(), ok.ledger(),
        ok.feeSchedules(), ok.memberships(), ok.platforms(), ok.activities(), ok.inspections(), ok.selfDiscipline(), ok.sanctions(),
        ok.incentiveAwards(), ok.evaluators(), ok.evaluations());
    PrintStream original = System.err;
    System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
    try {
      ClustergovServer server = ClustergovServer.builder().ports(() -> ports).start("127.0.0.1", 0);
      try {
        return new Http(server.port()).get("/clusters").send();
      } finally {
        server.stop(Duration.ofSeconds(1));
      }
    } finally {
      System.setErr(original);
    }
  }

  /** As Jdbi wraps what the driver or the pool threw: a runtime exception whose cause is the SQLException. */
  private static RuntimeException wrapped(SQLException cause) {
    return new IllegalStateException("Unable to execute statement", cause);
  }

  @Test
  void no_connection_from_the_pool_is_a_503_problem_with_retry_after() {
    var r = clustersFailingWith(() -> wrapped(new SQLTransientConnectionException("clustergov - Connection is not available, "
        + "request timed out after 2000ms")));
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.header("Content-Type")).startsWith("application/problem+json");
    assertThat(r.header("Retry-After")).isEqualTo("2");
    assertThat(r.json().get("type").asText()).isEqualTo("urn:clustergov:problem:storage-unavailable");
    assertThat(r.body()).doesNotContain("Connection is not available", "Exception");
  }

  @Test
  void a_broken_connection_and_a_database_shutting_down_are_503s() {
    assertThat(clustersFailingWith(() -> wrapped(new SQLException("An I/O error occurred while sending to the backend.", "08006"))).status())
        .isEqualTo(503);
    assertThat(clustersFailingWith(() -> wrapped(new SQLException("terminating connection due to administrator command", "57P01")))
        .status()).isEqualTo(503);
    assertThat(clustersFailingWith(() -> wrapped(new SQLException("the database system is starting up", "57P03"))).status())
        .isEqualTo(503);
  }

  /** As H2 2.5 says it when its file cannot grow: a general error around the store's write failure and the disk's. */
  @Test
  void a_full_disk_under_the_database_is_a_503() {
    var full = new SQLException("General error: \"org.h2.mvstore.MVStoreException: Writing to sun.nio.ch.FileChannelImpl@1 failed\"",
        "HY000", 50000, new IllegalStateException("Writing to sun.nio.ch.FileChannelImpl@1 failed",
            new java.io.IOException("No space left on device")));
    var r = clustersFailingWith(() -> wrapped(full));
    assertThat(r.status()).isEqualTo(503);
    assertThat(r.header("Retry-After")).isEqualTo("2");
    assertThat(clustersFailingWith(() -> wrapped(new SQLException("General error", "HY000", 50000,
        new java.io.IOException("Disk quota exceeded")))).status()).isEqualTo(503);
    assertThat(clustersFailingWith(() -> wrapped(new SQLException("General error", "HY000", 50000,
        new java.io.IOException("Input/output error")))).status()).as("another I/O error may be a broken disk: a 500").isEqualTo(500);
  }

  @Test
  void a_genuine_bug_in_sql_or_code_stays_a_500() {
    assertThat(clustersFailingWith(() -> wrapped(new SQLException("syntax error at or near \"FORM\"", "42601"))).status()).isEqualTo(500);
    assertThat(clustersFailingWith(() -> wrapped(new SQLException("duplicate key value violates unique constraint", "23505"))).status())
        .isEqualTo(500);
    assertThat(clustersFailingWith(() -> new IllegalStateException("a bug")).status()).isEqualTo(500);
  }
}
