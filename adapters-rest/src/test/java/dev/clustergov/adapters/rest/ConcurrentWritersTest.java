package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.WriteLoad.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Many clients write at once (并发写入) — to the PO they share, to POs of their own, and new POs — over
 * HTTP on loopback, against the server on H2 in a file and on PostgreSQL: every write answered 2xx is
 * there afterwards, every conflict was a 412 problem (If-Match failed) that succeeded when sent again with the ETag it
 * carried, each PO moved one version per write, and the event log is gap-free with its hash chain intact.
 */
@Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES) // servers, PostgreSQL, HTTP load: a hang fails here
class ConcurrentWritersTest {

  static final int WRITERS = 16;
  static final int WRITES_PER_WRITER = 3;
  /** POs of the writers' own, two writers each: fewer to seed, and contention there too. */
  static final int OWN_POS = 8;
  /**
   * How long a request may wait for a pooled connection here: 30 s, not the server's 2 s. What this test proves is
   * that no acknowledged write is lost and every conflict is a 412 that succeeds on retry, so every write must be
   * acknowledged; 16 writers on 16 connections, on a loaded 2-core machine, waited more than 2 s for one and got a
   * 503 (an unknown outcome), which failed the test without any guarantee broken. How fast a request gives up when
   * the database is gone is DatabaseLossTest's, with the server's own wait.
   */
  static final long LOADED_MACHINE_WAIT_MS = 30_000;

  @Test
  void concurrent_writers_on_h2_in_a_file_lose_nothing_and_every_conflict_is_a_412_that_succeeds_on_retry(@TempDir Path dir)
      throws Exception {
    writeAtOnce("h2-file", Storage.h2(dir, LOADED_MACHINE_WAIT_MS));
  }

  @Test
  void concurrent_writers_on_postgresql_lose_nothing_and_every_conflict_is_a_412_that_succeeds_on_retry() throws Exception {
    writeAtOnce("postgresql", Storage.postgres(SharedPostgres.freshDatabase(), "postgres", null, LOADED_MACHINE_WAIT_MS));
  }

  private static void writeAtOnce(String backend, Storage storage) throws Exception {
    try (storage) {
      LoadWorld w = LoadWorld.seed(storage.ports(), OWN_POS);
      ClustergovServer server = ClustergovServer.builder().ports(storage::ports).tokens(w.tokens()).readiness(storage::ready)
          .start("127.0.0.1", 0);
      try {
        Http http = new Http(server.port());
        var before = Audit.versions(http, w);
        WriteLoad load = new WriteLoad(w, List.of(server::port), List.of(Kind.HIRE_SHARED, Kind.HIRE_OWN, Kind.PROPOSE), "cw");
        long started = System.nanoTime();
        WriteLoad.Tally tally = load.start(WRITERS, WRITES_PER_WRITER, Duration.ofSeconds(180)).await();
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(tally.wrong).as("answers the guarantees do not allow").isEmpty();
        assertThat(tally.acks()).as("every write was acknowledged, after retries where it conflicted").isEqualTo(WRITERS * WRITES_PER_WRITER);
        assertThat(tally.unknown).as("no write with an unknown outcome: the server stayed up").isEmpty();
        Audit.Found found = Audit.check(http, w, before, tally, "cw");
        assertThat(tally.conflicts.get()).as("writers of one PO collided (else this test proves nothing about conflicts)").isPositive();
        assertThat(tally.retries.get()).as("each conflict was sent again").isEqualTo(tally.conflicts.get());
        Audit.chain(storage.verifier(), found);
        System.out.println("RELIABILITY: concurrent-writers backend=" + backend + " writers=" + WRITERS + " " + tally.figures()
            + " " + found + " chain=intact ms=" + millis);
      } finally {
        server.stop(Duration.ofSeconds(2));
      }
    }
  }
}
