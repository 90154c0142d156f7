package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * SIGTERM with a unit of work that does not finish (decision 0521): the server process waits for it no longer than
 * {@code --stop-grace-seconds}, says so in its log, and exits; the unit, which had already written a row, rolls back —
 * nothing of it is in the database. It waited 20 s for requests in flight and then Jetty's own 20 s again before.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a server process and PostgreSQL
class ShutdownBoundTest {

  private static final String TOKEN = "token-suzhou-for-the-stop-test";

  @Test
  void sigterm_stops_within_the_grace_and_the_unit_of_work_it_cut_short_rolls_back(@TempDir Path dir) throws Exception {
    String url = SharedPostgres.freshDatabase();
    String authority;
    try (Storage storage = Storage.postgres(url, "postgres", null)) {
      Clustergov gov = Clustergov.using(storage.ports());
      Demo.bootstrap(gov);
      authority = gov.registerAuthority().handle(new RegisterAuthority.Command("苏州市工业和信息化局", new RegionCode("320500"))).get()
          .id().value();
    }
    try (ServerProcess server = ServerProcess.start(dir, "stop-bound", TOKEN + " authority " + authority + "\n",
        List.of("--db-url", url, "--db-user", "postgres", "--stop-grace-seconds", "2"), Duration.ofSeconds(120));
        Connection test = DriverManager.getConnection(url, "postgres", "")) {
      long eventsBefore = count(test, "SELECT COUNT(*) FROM event_log");
      // the test holds the event log's head: every command of the server appends an event, so the next one waits for it
      // inside its unit of work, after it has written its own rows
      test.setAutoCommit(false);
      test.createStatement().executeQuery("SELECT id FROM event_head WHERE id = 1 FOR UPDATE").close();
      CompletableFuture<Http.Response> write = CompletableFuture.supplyAsync(() -> new Http(server.port()).post("/clusters",
          new RegisterCluster.Command("苏州市停机测试集群", new RegionCode("320500"), "停机测试", ClusterLevel.MUNICIPAL, 100))
          .token(TOKEN).send());
      try (Connection watch = DriverManager.getConnection(url, "postgres", "")) {
        waitFor(() -> count(watch, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'")
            >= 1, "the server's unit of work waiting for the head the test holds");
        long signalled = System.nanoTime();
        var exit = server.terminate(Duration.ofSeconds(30));
        long stoppedMs = (System.nanoTime() - signalled) / 1_000_000;
        assertThat(exit).as("exited within 30 s of SIGTERM, with a grace of 2 s (the old stop took 40 s and more):\n%s", server.log())
            .isPresent();
        // the whole log: the request cut short may log its broken connection after the line, beyond the tail
        assertThat(server.wholeLog()).contains("stopping anyway: 1 request still in flight after the grace of 2000 ms is cut short")
            .contains("INFO server - stopped").doesNotContain("halting");
        // what the forced stop cut short is said in one line; no library's stack trace after it (Jetty's "Couldn't stop
        // Thread", HikariCP's broken connection), which read as a crash to an operator
        String afterGrace = server.wholeLog().substring(server.wholeLog().indexOf("stopping anyway"));
        assertThat(afterGrace).as("the log from the forced stop on").contains("POST /clusters")
            .doesNotContain("\tat ").doesNotContain("Couldn't stop").doesNotContain("marked as broken");
        System.out.println("RELIABILITY: the log of the forced stop:\n" + afterGrace.strip());
        test.rollback();
        // the cut-short unit's session ends when PostgreSQL sees its connection gone: only the test's own remain
        waitFor(() -> count(watch, "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()"
            + " AND backend_type = 'client backend'") == 1, "the server's sessions gone");
        test.setAutoCommit(true);
        assertThat(count(test, "SELECT COUNT(*) FROM cluster WHERE name = '苏州市停机测试集群'")).as("the cluster row it wrote rolled back")
            .isZero();
        assertThat(count(test, "SELECT COUNT(*) FROM event_log")).as("no event").isEqualTo(eventsBefore);
        System.out.println("RELIABILITY: shutdown bound (postgresql): grace 2 s, 1 unit of work held on a row lock, process gone "
            + stoppedMs + " ms after SIGTERM, exit code " + exit.getAsInt() + ", the unit's cluster row and event rolled back");
      }
      assertThat(write.handle((r, e) -> r == null || r.status() >= 500 || r.status() == 0).get(60, TimeUnit.SECONDS))
          .as("the cut-short request got no success").isTrue();
    }
  }

  private static long count(Connection c, String sql) {
    try (ResultSet r = c.createStatement().executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    } catch (java.sql.SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Polls {@code condition} every 20 ms for up to 60 s: a loaded machine is slow, not wrong. */
  private static void waitFor(BooleanSupplier condition, String what) throws InterruptedException {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        throw new AssertionError("not within 60 s: " + what);
      }
      Thread.sleep(20);
    }
  }
}
