package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.jdbc.EventChainVerifier;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --demo} resumed after a {@code kill -9} (演示数据续载): the server process is killed at several points of its
 * first demo load — early (the named set) and later (the generated set) — and started again with {@code --demo}; what it
 * then holds is what an uninterrupted load holds: the same POs by name in the same lifecycle stages, none twice, the same
 * clusters and authorities, as many events of each type, and an intact chain.
 */
@Timeout(value = 20, unit = TimeUnit.MINUTES) // up to seven server processes, each loading the demo data on H2
class DemoResumeTest {

  /** Where in the uninterrupted load's duration each kill falls. */
  static final double[] KILL_AT = {0.05, 0.15, 0.3, 0.45, 0.6, 0.8};

  @Test
  void a_demo_load_killed_at_any_point_and_started_again_ends_as_an_uninterrupted_load(@TempDir Path dir) throws Exception {
    Path reference = dir.resolve("reference");
    long loadMs;
    try (ServerProcess s = ServerProcess.startUntil(dir, "demo-reference", tokens(), flags(reference, dir), Duration.ofSeconds(300),
        "loading the demo data")) {
      long loading = System.nanoTime();
      s.awaitStarted(Duration.ofSeconds(600));
      loadMs = (System.nanoTime() - loading) / 1_000_000;
      s.stop();
    }
    Registry expected = Registry.of(reference);
    assertThat(expected.stages()).as("the demo set has POs").isNotEmpty();

    List<String> figures = new ArrayList<>();
    int killedWhileLoading = 0;
    int attempts = 0;
    for (int i = 0; i < KILL_AT.length; i++) {
      Path data = dir.resolve("killed-" + i + "-" + attempts);
      long killAfterMs = (long) (loadMs * KILL_AT[i]);
      boolean whileLoading;
      try (ServerProcess s = ServerProcess.startUntil(dir, "demo-killed-" + i, tokens(), flags(data, dir), Duration.ofSeconds(300),
          "loading the demo data")) {
        Thread.sleep(killAfterMs); // a chosen point of the load, not a wait for something to happen
        whileLoading = !s.started();
        s.kill9();
      }
      if (!whileLoading && attempts < 4) {
        // the load ran faster than the reference one (the machine had less else to do): the kill fell after it and tested
        // nothing — take the same point of a shorter load estimate, so that the kills do fall within the load
        loadMs = loadMs * 6 / 10;
        attempts++;
        i--;
        continue;
      }
      killedWhileLoading += whileLoading ? 1 : 0;
      try (ServerProcess s = ServerProcess.start(dir, "demo-resumed-" + i, tokens(), flags(data, dir), Duration.ofSeconds(600))) {
        s.stop();
      }
      Registry resumed = Registry.of(data);
      assertThat(resumed.duplicates()).as("POs loaded twice after a kill %d ms into the load", killAfterMs).isEmpty();
      assertThat(resumed.stages()).as("POs by name and stage after a kill %d ms into the load", killAfterMs)
          .containsExactlyInAnyOrderEntriesOf(expected.stages());
      assertThat(resumed.clusters()).as("clusters after a kill %d ms into the load", killAfterMs).isEqualTo(expected.clusters());
      assertThat(resumed.authorities()).as("authorities after a kill %d ms into the load", killAfterMs).isEqualTo(expected.authorities());
      assertThat(resumed.events()).as("events by type after a kill %d ms into the load", killAfterMs).isEqualTo(expected.events());
      figures.add(killAfterMs + "ms" + (whileLoading ? "" : "(after the load)"));
    }
    assertThat(killedWhileLoading).as("kills that fell within the load (the machine may be faster than the reference run)")
        .isGreaterThanOrEqualTo(KILL_AT.length - 1);
    System.out.println("RELIABILITY: demo-resume loadMs=" + loadMs + " pos=" + expected.stages().size() + " events="
        + expected.events().values().stream().mapToLong(Long::longValue).sum() + " killsAt=" + figures + " killedWhileLoading="
        + killedWhileLoading + " sameAsUninterrupted=true");
  }

  private static List<String> flags(Path data, Path dir) {
    return List.of("--data-dir", data.toString(), "--signing-key", dir.resolve("signing.key").toString(), "--demo");
  }

  /** The ministry is authority-000001 on a fresh registry; any token will do, the test reads the files. */
  private static String tokens() {
    return World.NATIONAL + " authority authority-000001";
  }

  /** What a registry holds, by name: what an interrupted and an uninterrupted load must agree on. */
  record Registry(Map<String, String> stages, List<String> duplicates, List<String> clusters, List<String> authorities,
      Map<String, Long> events) {

    static Registry of(Path data) {
      try (Storage storage = Storage.h2(data)) {
        var gov = Clustergov.using(storage.ports());
        Map<String, String> stages = new TreeMap<>();
        List<String> duplicates = new ArrayList<>();
        Optional<OrganizationId> after = Optional.empty();
        for (int page = 0; page < 1_000; page++) {
          List<PromotionOrganization> list = gov.queries().organizations(new OrganizationQuery(Optional.empty(), Optional.empty(),
              Optional.empty(), after, OrganizationQuery.MAX_LIMIT));
          for (PromotionOrganization o : list) {
            if (stages.put(o.name(), o.stage().name()) != null) {
              duplicates.add(o.name());
            }
          }
          if (list.size() < OrganizationQuery.MAX_LIMIT) {
            break;
          }
          after = Optional.of(list.get(list.size() - 1).id());
        }
        List<String> clusters = gov.queries().clusters().stream().map(c -> c.name()).sorted().toList();
        List<String> authorities = gov.queries().authorities().stream().map(a -> a.name()).sorted().toList();
        Map<String, Long> events = new TreeMap<>();
        long next = 0;
        for (List<RecordedEvent> read = storage.ports().events().read(next, 1_000); !read.isEmpty();
            read = storage.ports().events().read(next, 1_000)) {
          for (RecordedEvent e : read) {
            events.merge(e.event().type(), 1L, Long::sum);
            next = e.sequence();
          }
        }
        // the checkpoint the stopping server signed is an event too; its count depends on how often it stopped, not on the load
        events.keySet().removeIf(type -> type.toLowerCase(java.util.Locale.ROOT).contains("checkpoint"));
        EventChainVerifier.Verdict verdict = storage.verifier().verify();
        assertThat(verdict).as("the event chain of %s", data).isInstanceOf(EventChainVerifier.Verdict.Intact.class);
        return new Registry(stages, duplicates, clusters, authorities, events);
      }
    }
  }
}
