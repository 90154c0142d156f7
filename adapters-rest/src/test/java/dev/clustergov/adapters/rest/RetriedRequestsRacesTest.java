package dev.clustergov.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A creating request retried under one {@code Idempotency-Key} runs once, however the retries race (幂等键, decision 0540;
 * issue 14 item 4): in every round {@link RegistryRacesTest#RACERS} identical requests under one fresh key are released
 * at once against one server on H2 in a file, one on PostgreSQL, and two server processes sharing one PostgreSQL (the
 * requests alternating between them). Per round every answer is the one success, byte for byte (status, body,
 * Location), and the state read back over HTTP holds exactly one record. Registering a cluster has no guard of its own
 * (two clusters may share a name), and opening an inspection none that stops a second: without the key each racer
 * would record one.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class RetriedRequestsRacesTest {

  static final int RACERS = RegistryRacesTest.RACERS;
  static final int ROUNDS = RegistryRacesTest.ROUNDS;

  @TempDir
  static Path dir;

  private final Map<Races.Store, Races.Stand> stands = new EnumMap<>(Races.Store.class);

  private Races.Stand on(Races.Store store) throws Exception {
    Races.Stand s = stands.get(store);
    if (s == null) {
      s = Races.Stand.start(store, dir.resolve(store.name().toLowerCase(java.util.Locale.ROOT)));
      stands.put(store, s);
    }
    return s;
  }

  @AfterAll
  void stop() throws Exception {
    for (Races.Stand s : stands.values()) {
      s.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Races.Store.class)
  void a_cluster_registration_sent_sixteen_times_under_one_key_registers_one_cluster_and_answers_alike(Races.Store store)
      throws Exception {
    Races.Stand s = on(store);
    Races.Tally t = new Races.Tally("retried-creating-request-idempotency-key", s);
    for (int round = 1; round <= ROUNDS; round++) {
      String name = "苏州市幂等测试产业集群" + s.next() + "号";
      String body = "{\"name\": \"" + name + "\", \"region\": \"320500\", \"industry\": \"测试产业\", \"level\": \"MUNICIPAL\", "
          + "\"enterprises\": 120}";
      String key = "retried-" + s.store.name() + "-" + s.next();
      var answers = Races.race(s, RACERS, i -> s.at(i).post("/clusters", body).token(World.SUZHOU).header("Idempotency-Key", key));
      long registered = 0;
      for (JsonNode c : Races.items(s.at(round).get("/clusters").token(World.NATIONAL).send().json())) {
        registered += name.equals(c.path("name").asText()) ? 1 : 0;
      }
      t.idempotent(round, answers, registered != 1 ? registered + " clusters named " + name : alike(answers));
    }
    t.report();
  }

  @ParameterizedTest
  @EnumSource(value = Races.Store.class, names = {"H2_FILE", "POSTGRESQL"})
  void an_inspection_opened_sixteen_times_under_one_key_is_opened_once_and_answers_alike(Races.Store store) throws Exception {
    Races.Stand s = on(store);
    Races.Tally t = new Races.Tally("retried-inspection-idempotency-key", s);
    String cluster = s.cluster();
    for (int round = 1; round <= ROUNDS; round++) {
      String po = s.established(cluster, "苏州幂等测试检查促进会" + s.next() + "号");
      String key = "inspection-" + s.store.name() + "-" + s.next();
      var answers = Races.race(s, RACERS, i -> s.at(i).post("/organizations/" + po + "/inspections",
          "{\"subject\": \"幂等测试检查\"}").token(World.SUZHOU).header("Idempotency-Key", key));
      var list = s.at(round).get("/organizations/" + po + "/inspections").token(World.SUZHOU).send();
      int opened = list.status() == 200 ? Races.items(list.json()).size() : -1;
      t.idempotent(round, answers, opened != 1 ? opened + " inspections of " + po + " (" + list.status() + ")" : alike(answers));
    }
    t.report();
  }

  /** Null when every answer is the first's (status, body, Location), else what differs. */
  static String alike(List<Http.Response> answers) {
    Set<String> seen = new HashSet<>();
    answers.forEach(r -> seen.add(r.status() + " " + r.header("Location") + " " + r.body()));
    return seen.size() == 1 ? null : "answers under one key differ: " + seen.size() + " kinds, e.g. " + seen.iterator().next();
  }
}
