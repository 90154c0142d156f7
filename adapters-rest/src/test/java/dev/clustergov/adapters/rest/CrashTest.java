package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.WriteLoad.Kind;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;

/**
 * {@code kill -9} of the server process in the middle of a write load (进程崩溃), on H2 in a file and on
 * PostgreSQL; then a restart on the same data. Every write that was acknowledged is there; a write in
 * flight at the kill is there whole or not at all (a PO with its whole application and its event, a hire
 * with its event, never one without the other); the event log is gap-free and its chain verifies.
 */
@Timeout(value = 15, unit = TimeUnit.MINUTES) // server processes killed under HTTP load
class CrashTest {

  static final int WRITERS = 8;

  @Test
  void kill_9_under_load_on_h2_in_a_file_loses_no_acknowledged_write_and_leaves_nothing_half_written(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    LoadWorld w;
    try (Storage s = Storage.h2(data)) {
      w = LoadWorld.seed(s.ports(), WRITERS);
    }
    crash("h2-file", dir, w, List.of("--data-dir", data.toString()), () -> Storage.h2(data), data);
  }

  @Test
  void kill_9_under_load_on_postgresql_loses_no_acknowledged_write_and_leaves_nothing_half_written(@TempDir Path dir) throws Exception {
    String url = SharedPostgres.freshDatabase();
    LoadWorld w;
    try (Storage s = Storage.postgres(url, "postgres", null)) {
      w = LoadWorld.seed(s.ports(), WRITERS);
    }
    crash("postgresql", dir, w, List.of("--db-url", url, "--db-user", "postgres"), () -> Storage.postgres(url, "postgres", null), null);
  }

  /**
   * The storage below the server, without HTTP in between: a process commits one cluster after another
   * into H2 in a file and prints each id once its transaction has committed; it is killed with SIGKILL
   * while it writes, and every id it printed must be in the file. H2's default write delay lost the
   * last ~0.5 s of commits here (decision 0301).
   */
  @Test
  void kill_9_of_a_process_committing_to_h2_in_a_file_loses_no_committed_write(@TempDir Path dir) throws Exception {
    Path data = dir.resolve("data");
    String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx128m", "-XX:+UseSerialGC",
        "-XX:TieredStopAtLevel=1", "-Dfile.encoding=UTF-8", "-cp", classPath, Committer.class.getName(), data.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    List<String> committed = java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    Thread reader = new Thread(() -> {
      try (var in = new java.io.BufferedReader(new java.io.InputStreamReader(p.getInputStream(), java.nio.charset.StandardCharsets.UTF_8))) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          committed.add(line.strip());
        }
      } catch (java.io.IOException ignored) {
        // the process is gone
      }
    });
    reader.start();
    try {
      long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
      while (committed.size() < 150 && p.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
      p.destroyForcibly();
      assertThat(p.waitFor(20, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
      reader.join(10_000);
    } finally {
      p.destroyForcibly();
    }
    assertThat(committed).as("commits before the kill").hasSizeGreaterThanOrEqualTo(150);
    try (Storage s = Storage.h2(data)) {
      var stored = new java.util.HashSet<String>();
      s.ports().clusters().all().forEach(c -> stored.add(c.id().value()));
      List<String> lost = committed.stream().filter(id -> !stored.contains(id)).toList();
      assertThat(lost).as("committed clusters missing after kill -9 (of %d committed)", committed.size()).isEmpty();
      var verdict = s.verifier().verify();
      assertThat(verdict).isInstanceOf(dev.clustergov.adapters.jdbc.EventChainVerifier.Verdict.Intact.class);
      System.out.println("RELIABILITY: crash-storage backend=h2-file committedBeforeKill=" + committed.size() + " lost=0 storedAfterRestart="
          + stored.size() + " chain=intact");
    }
  }

  /** The process {@link #kill_9_of_a_process_committing_to_h2_in_a_file_loses_no_committed_write} kills: commits and prints ids. */
  static final class Committer {
    public static void main(String[] args) {
      Storage s = Storage.h2(Path.of(args[0]));
      var gov = dev.clustergov.core.application.Clustergov.using(s.ports());
      for (int i = 1; i <= 100_000; i++) {
        var c = gov.registerCluster().handle(new dev.clustergov.core.application.general.RegisterCluster.Command(
            "苏州市耐久测试集群" + i + "号", new RegionCode("320500"), "耐久测试", ClusterLevel.MUNICIPAL, 100)).getOrElseThrow(r -> new IllegalStateException(r.toString()));
        System.out.println(c.id().value());
        System.out.flush();
      }
    }
  }

  /**
   * @param files the database's folder when it is H2 in a file, else {@code null}. H2 in a file admits one
   *     process only, so the chain is verified after the restarted server has stopped; and the folder as
   *     the kill left it — before the restart recovers it — is kept in {@code target/crash-data/} when the
   *     audit fails, for H2's own tools ({@code org.h2.tools.Recover}) and a look at the rows.
   */
  private static void crash(String backend, Path dir, LoadWorld w, List<String> flags, Supplier<Storage> storage, Path files)
      throws Exception {
    boolean exclusive = files != null;
    WriteLoad.Tally tally;
    java.util.Map<String, Long> before;
    try (ServerProcess first = ServerProcess.start(dir, backend + "-first", w.tokens(), flags, Duration.ofSeconds(120))) {
      before = Audit.versions(new Http(first.port()), w);
      WriteLoad load = new WriteLoad(w, List.of(first::port), List.of(Kind.HIRE_SHARED, Kind.HIRE_OWN, Kind.PROPOSE), "crash");
      WriteLoad.Running running = load.start(WRITERS, 10_000, Duration.ofSeconds(90));
      tally = load.tally();
      long waitUntil = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (tally.acks() < 24 && System.nanoTime() < waitUntil) {
        Thread.sleep(20);
      }
      first.kill9();
      // the writers go on for a moment against the dead process, then stop
      Thread.sleep(300);
      load.stop();
      running.await();
    }
    assertThat(tally.wrong).as("answers the guarantees do not allow").isEmpty();
    assertThat(tally.acks()).as("writes were acknowledged before the kill").isGreaterThanOrEqualTo(24);
    assertThat(tally.brokenConnections.get()).as("the kill broke connections of the writers").isPositive();

    Path asKilled = dir.resolve(backend + "-as-killed");
    if (exclusive) {
      copy(files, asKilled);
    }
    long restarting = System.nanoTime();
    Audit.Found found;
    long restartMillis;
    try (ServerProcess second = ServerProcess.start(dir, backend + "-restarted", w.tokens(), flags, Duration.ofSeconds(120))) {
      restartMillis = (System.nanoTime() - restarting) / 1_000_000;
      try {
        found = Audit.check(new Http(second.port()), w, before, tally, "crash");
      } catch (AssertionError | RuntimeException e) {
        if (exclusive) {
          Path kept = ServerProcess.kept("crash-data").resolve(backend);
          copy(asKilled, kept);
          e.addSuppressed(new AssertionError("the database as the kill left it is kept in " + kept.toAbsolutePath()));
        }
        throw e;
      }
      if (exclusive) {
        second.stop();
      }
      try (Storage s = storage.get()) {
        Audit.chain(s.verifier(), found);
      }
    }
    System.out.println("RELIABILITY: crash backend=" + backend + " writers=" + WRITERS + " " + tally.figures() + " " + found
        + " chain=intact restartMs=" + restartMillis);
  }

  /** Copies the files of a database folder (flat, as H2 keeps it) into {@code to}, replacing what is there. */
  private static void copy(Path from, Path to) throws java.io.IOException {
    java.nio.file.Files.createDirectories(to);
    try (var files = java.nio.file.Files.list(from)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        java.nio.file.Files.copy(f, to.resolve(f.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
  }
}
