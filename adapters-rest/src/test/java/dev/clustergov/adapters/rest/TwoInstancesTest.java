package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.WriteLoad.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two server processes on one PostgreSQL (两个实例共用一个数据库), both serving writes at once, the
 * writers' requests alternating between them: a PO read on one instance is often written on the other.
 * The same guarantees as for one instance: nothing acknowledged lost, every conflict a 412 that succeeds
 * on retry, each PO one version per write, ids that never collide, one gap-free, intact event chain.
 */
@Timeout(value = 10, unit = TimeUnit.MINUTES) // two server processes and HTTP load: a hang fails here
class TwoInstancesTest {

  static final int WRITERS = 16;
  static final int WRITES_PER_WRITER = 3;
  /** POs of the writers' own, two writers each: fewer to seed, and contention there too. */
  static final int OWN_POS = 8;

  @Test
  void two_instances_on_one_postgresql_lose_nothing_and_keep_one_gap_free_chain(@TempDir Path dir) throws Exception {
    String url = SharedPostgres.freshDatabase();
    try (Storage storage = Storage.postgres(url, "postgres", null, ConcurrentWritersTest.LOADED_MACHINE_WAIT_MS)) {
      LoadWorld w = LoadWorld.seed(storage.ports(), OWN_POS);
      // the pool wait of a loaded machine, not the server's 2 s: see ConcurrentWritersTest.LOADED_MACHINE_WAIT_MS
      List<String> flags = List.of("--db-url", url, "--db-user", "postgres", "--db-wait-ms",
          String.valueOf(ConcurrentWritersTest.LOADED_MACHINE_WAIT_MS));
      var a = CompletableFuture.supplyAsync(() -> start(dir, "instance-a", w, flags));
      var b = CompletableFuture.supplyAsync(() -> start(dir, "instance-b", w, flags));
      try (ServerProcess one = a.get(150, TimeUnit.SECONDS); ServerProcess two = b.get(150, TimeUnit.SECONDS)) {
        Http http = new Http(one.port());
        var before = Audit.versions(http, w);
        WriteLoad load = new WriteLoad(w, List.of(one::port, two::port), List.of(Kind.HIRE_SHARED, Kind.HIRE_OWN, Kind.PROPOSE), "two");
        long started = System.nanoTime();
        WriteLoad.Tally tally = load.start(WRITERS, WRITES_PER_WRITER, Duration.ofSeconds(180)).await();
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertThat(tally.wrong).as("answers the guarantees do not allow").isEmpty();
        assertThat(tally.acks()).as("every write acknowledged, after retries where it conflicted").isEqualTo(WRITERS * WRITES_PER_WRITER);
        assertThat(tally.unknown).isEmpty();
        Audit.Found found = Audit.check(http, w, before, tally, "two");
        assertThat(tally.conflicts.get()).as("writers on two instances collided on the shared PO").isPositive();
        assertThat(tally.retries.get()).isEqualTo(tally.conflicts.get());
        assertThat(new Http(two.port()).get("/events?after=" + (found.entries() - 1)).token(World.NATIONAL).send().json().get("next").asLong())
            .as("the other instance sees the same log").isEqualTo(found.entries());
        Audit.chain(storage.verifier(), found);
        System.out.println("RELIABILITY: two-instances backend=postgresql instances=2 writers=" + WRITERS + " " + tally.figures() + " "
            + found + " chain=intact ms=" + millis);
      }
    }
  }

  private static ServerProcess start(Path dir, String name, LoadWorld w, List<String> flags) {
    try {
      return ServerProcess.start(dir, name, w.tokens(), flags, Duration.ofSeconds(120));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
