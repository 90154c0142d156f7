package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clustergov.core.application.establishment.FoundingApplication;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * The invariants that span aggregates (跨聚合不变量), raced over HTTP: in every round at least 16 requests,
 * each acceptable alone but not together, are released at once against one server on H2 in a file, one
 * on PostgreSQL, and two server processes sharing one PostgreSQL (the requests alternating between them).
 * Per round exactly the allowed number succeed, every other answer is a 409 or 422 problem whose findings
 * cite the clause, nothing is a 500, and the state read back over HTTP keeps the invariant (issue 14, item 4).
 * The invariants whose rounds need many POs seeded (credit code, recognised limit, incentives, bank account)
 * run on H2 and one PostgreSQL; the others also on the two instances, to keep the class within minutes.
 *
 * <p>Every round works on fresh POs, clusters, credit codes, account numbers and jurisdictions, seeded
 * through the use cases as {@link LoadWorld} does; the servers are one set per backend for the whole class.
 * A round's faults are collected, the class prints one {@code RELIABILITY:} line per invariant and
 * backend, and then fails with the first faults, so that one run shows how far each invariant is from holding.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class RegistryRacesTest {

  static final int RACERS = 16;
  static final int ROUNDS = 20;

  /** One folder for the class: the stands outlive each test method (an instance field would be emptied after the first). */
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
    // Races.RACERS is shared by every race class in the fork (daemon threads, idle ones end after a minute): shutting it down
    // here made EngagementRacesTest, run after this class in CI, fail with RejectedExecutionException
  }

  // --- 1. one PO per unified social credit code in the registry --------------------------------------------------------

  @ParameterizedTest
  @EnumSource(value = Races.Store.class, names = {"H2_FILE", "POSTGRESQL"})
  void one_po_per_unified_social_credit_code_when_establishments_and_proposals_race_for_it(Races.Store store) throws Exception {
    Races.Stand s = on(store);
    Races.Tally t = new Races.Tally("one-po-per-credit-code", s);
    int establishing = 12;
    for (int round = 1; round <= ROUNDS; round++) {
      String cluster = s.cluster();
      List<String> pos = new ArrayList<>();
      for (int i = 0; i < establishing; i++) {
        pos.add(s.propose(cluster, "苏州竞争测试促进会" + s.next() + "号"));
      }
      String code = s.creditCode();
      List<String> names = new ArrayList<>();
      for (int i = 0; i < RACERS - establishing; i++) {
        names.add("苏州竞争测试带码促进会" + s.next() + "号");
      }
      var answers = Races.race(s, RACERS, i -> i < establishing
          ? s.at(i).post("/organizations/" + pos.get(i) + "/establishment", Map.of("creditCode", code)).token(World.SUZHOU)
          : s.at(i).post("/organizations", Races.withCreditCode(s.application(cluster, names.get(i - establishing)), code))
              .token(World.SUZHOU));
      long holders = s.organizations(cluster).stream().filter(o -> code.equals(o.path("application").path("creditCode").asText(null)))
          .count();
      t.round(round, answers, 1, "Art.2", holders == 1 ? null : holders + " POs in the registry hold the credit code " + code);
    }
    t.report();
  }

  // --- 2. one current membership per credit code in a PO --------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Races.Store.class)
  void one_current_membership_per_credit_code_in_a_po(Races.Store store) throws Exception {
    Races.Stand s = on(store);
    Races.Tally t = new Races.Tally("one-membership-per-credit-code", s);
    List<String> pos = new ArrayList<>();
    String cluster = s.cluster();
    for (int round = 1; round <= ROUNDS; round++) {
      pos.add(s.propose(cluster, "苏州竞争测试成员促进会" + s.next() + "号"));
    }
    List<String> tokens = s.secretariats(pos);
    for (int round = 1; round <= ROUNDS; round++) {
      String po = pos.get(round - 1);
      String token = tokens.get(round - 1);
      String code = s.creditCode();
      var answers = Races.race(s, RACERS, i -> s.at(i).post("/organizations/" + po + "/members",
          Map.of("name", "苏州竞争测试材料有限公司", "creditCode", code, "kind", "ENTERPRISE")).token(token));
      var r = s.at(0).get("/organizations/" + po + "/members").token(token).send();
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      long current = Races.items(r.json()).stream().filter(m -> code.equals(m.path("creditCode").asText(null)) && m.path("leftOn").isNull())
          .count();
      t.round(round, answers, 1, "Art.17", current == 1 ? null : current + " current memberships of " + code + " in " + po);
    }
    t.report();
  }

  /**
   * Imports race too (decision 0451): each racer's file admits the contested unit and two of its own; exactly one file
   * is recorded, whole, and every other one records nothing — not its own units either (all or nothing under a race).
   */
  @ParameterizedTest
  @EnumSource(value = Races.Store.class, names = {"H2_FILE", "POSTGRESQL"})
  void one_current_membership_per_credit_code_when_imports_race_and_a_refused_file_records_none_of_its_rows(Races.Store store)
      throws Exception {
    Races.Stand s = on(store);
    Races.Tally t = new Races.Tally("one-membership-per-credit-code-by-import", s);
    List<String> pos = new ArrayList<>();
    String cluster = s.cluster();
    int rounds = ROUNDS / 4;
    for (int round = 1; round <= rounds; round++) {
      pos.add(s.propose(cluster, "苏州竞争测试导入促进会" + s.next() + "号"));
    }
    List<String> tokens = s.secretariats(pos);
    for (int round = 1; round <= rounds; round++) {
      String po = pos.get(round - 1);
      String token = tokens.get(round - 1);
      String contested = s.creditCode();
      List<List<String>> own = new ArrayList<>();
      for (int i = 0; i < RACERS; i++) {
        own.add(List.of(s.creditCode(), s.creditCode()));
      }
      var answers = Races.race(s, RACERS, i -> s.at(i).post("/organizations/" + po + "/imports/members", null)
          .raw(("name,creditCode,kind\n苏州竞争测试导入材料有限公司," + contested + ",ENTERPRISE\n苏州竞争测试导入甲公司," + own.get(i).get(0)
              + ",ENTERPRISE\n苏州竞争测试导入乙公司," + own.get(i).get(1) + ",ENTERPRISE\n").getBytes(java.nio.charset.StandardCharsets.UTF_8))
          .header("Content-Type", "text/csv; charset=utf-8").token(token));
      var r = s.at(0).get("/organizations/" + po + "/members").token(token).send();
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      Set<String> current = new HashSet<>();
      List<String> codes = new ArrayList<>();
      for (JsonNode m : Races.items(r.json())) {
        if (m.path("leftOn").isNull()) {
          current.add(m.path("creditCode").asText(null));
          codes.add(m.path("creditCode").asText(null));
        }
      }
      List<String> broken = new ArrayList<>();
      long contestedCount = codes.stream().filter(contested::equals).count();
      if (contestedCount != 1) {
        broken.add(contestedCount + " current memberships of " + contested);
      }
      for (int i = 0; i < RACERS; i++) {
        boolean accepted = answers.get(i).status() / 100 == 2;
        for (String code : own.get(i)) {
          if (current.contains(code) != accepted) {
            broken.add("racer " + i + (accepted ? "'s recorded file lacks " : "'s refused file recorded ") + code);
          }
        }
      }
      t.round(round, answers, 1, "Art.17", broken.isEmpty() ? null : broken + " in " + po);
    }
    t.report();
  }

  // --- 3. one evaluator per credit code --------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Races.Store.class)
  void one_evaluator_per_credit_code(Races.Store store) throws Exception {
    Races.Stand s = on(store);
    Races.Tally t = new Races.Tally("one-evaluator-per-credit-code", s);
    for (int round = 1; round <= ROUNDS; round++) {
      String code = s.creditCode();
      var answers = Races.race(s, RACERS, i -> s.at(i).post("/evaluators", Map.of("name", "竞争测试评估中心" + i, "creditCode", code))
          .token(i % 2 == 0 ? World.JIANGSU : World.SUZHOU));
      var r = s.at(0).get("/evaluators").token(World.NATIONAL).send();
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      long registered = Races.items(r.json()).stream().filter(e -> code.equals(e.path("creditCode").asText(null))).count();
      t.round(round, answers, 1, "Art.28", registered == 1 ? null : registered + " evaluators registered with " + code);
    }
    t.report();
  }

  // --- 4. the cluster's limit of recognised POs ----------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(value = Races.Store.class, names = {"H2_FILE", "POSTGRESQL"})
  void a_cluster_never_has_more_recognised_pos_than_the_policy_allows(Races.Store store) throws Exception {
    Races.Stand s = on(store);
    Races.Tally t = new Races.Tally("cluster-recognised-limit", s);
    for (int round = 1; round <= ROUNDS; round++) {
      String cluster = s.cluster();
      var policy = s.at(0).get("/clusters/" + cluster + "/policy").send();
      assertThat(policy.status()).as(policy.body()).isEqualTo(200);
      int limit = policy.json().path("values").path("cluster.maxRecognisedOrganizations").asInt();
      assertThat(limit).as("the policy's limit of recognised POs in a cluster (Art.2)").isPositive();
      List<String> pos = new ArrayList<>();
      for (int i = 0; i < limit + RACERS; i++) {
        pos.add(s.established(cluster, "苏州竞争测试认定促进会" + s.next() + "号"));
      }
      var answers = Races.race(s, pos.size(), i -> s.at(i).post("/organizations/" + pos.get(i) + "/recognition", null).token(World.SUZHOU));
      long recognised = s.organizations(cluster).stream().filter(o -> "RECOGNISED".equals(o.path("stage").path("code").asText())).count();
      t.round(round, answers, limit, "Art.2",
          recognised == limit ? null : recognised + " recognised POs in " + cluster + ", the policy allows " + limit);
    }
    t.report();
  }

  // --- 5. incentive periods that never overlap ---------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(value = Races.Store.class, names = {"H2_FILE", "POSTGRESQL"})
  void a_pos_incentive_periods_never_overlap(Races.Store store) throws Exception {
    Races.Stand s = on(store);
    Races.Tally t = new Races.Tally("incentive-periods-disjoint", s);
    for (int round = 1; round <= ROUNDS; round++) {
      Races.Rewardable po = s.rewardable();
      // every period starts the day the PO was proposed, when its activities were held, and ends before today
      var answers = Races.race(s, RACERS, i -> s.at(i).post("/organizations/" + po.id() + "/incentive-awards",
          Map.of("from", po.since().toString(), "to", po.since().plusDays(5 + i).toString())).token(World.SUZHOU));
      var r = s.at(0).get("/organizations/" + po.id() + "/incentive-awards").token(World.SUZHOU).send();
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      List<JsonNode> awards = Races.items(r.json());
      String broken = awards.size() == 1 ? null : awards.size() + " awards for " + po.id() + " over overlapping periods";
      t.round(round, answers, 1, "Art.29", broken);
    }
    t.report();
  }

  // --- 6. a bank account never shared (Art.12) ---------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(value = Races.Store.class, names = {"H2_FILE", "POSTGRESQL"})
  void a_bank_account_is_never_shared_when_pos_change_to_the_same_number_at_once(Races.Store store) throws Exception {
    Races.Stand s = on(store);
    Races.Tally t = new Races.Tally("bank-account-not-shared-change", s);
    // the same 16 POs every round, each round towards a number nobody holds yet: alone, each change is acceptable
    String cluster = s.cluster();
    List<String> pos = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < RACERS; i++) {
      names.add("苏州竞争测试账户促进会" + s.next() + "号");
      pos.add(s.propose(cluster, names.get(i)));
    }
    List<String> tokens = s.secretariats(pos);
    for (int round = 1; round <= ROUNDS; round++) {
      String number = s.accountNumber();
      var answers = Races.race(s, RACERS, i -> s.at(i).put("/organizations/" + pos.get(i) + "/bank-account",
          Map.of("holder", names.get(i), "number", number, "bank", "岚川银行苏州分行")).token(tokens.get(i)));
      long holders = s.organizations(cluster).stream()
          .filter(o -> number.equals(o.path("application").path("bankAccount").path("number").asText(null))).count();
      t.round(round, answers, 1, "Art.12", holders == 1 ? null : holders + " POs hold the account " + number);
    }
    t.report();
  }

  @ParameterizedTest
  @EnumSource(value = Races.Store.class, names = {"H2_FILE", "POSTGRESQL"})
  void a_bank_account_is_never_shared_when_proposals_name_the_same_number_at_once(Races.Store store) throws Exception {
    Races.Stand s = on(store);
    Races.Tally t = new Races.Tally("bank-account-not-shared-propose", s);
    for (int round = 1; round <= ROUNDS; round++) {
      String cluster = s.cluster();
      String number = s.accountNumber();
      List<FoundingApplication> proposals = new ArrayList<>();
      for (int i = 0; i < RACERS; i++) {
        proposals.add(Races.withAccount(s.application(cluster, "苏州竞争测试同户促进会" + s.next() + "号"), number));
      }
      var answers = Races.race(s, RACERS, i -> s.at(i).post("/organizations", proposals.get(i)).token(World.SUZHOU));
      long holders = s.organizations(cluster).stream()
          .filter(o -> number.equals(o.path("application").path("bankAccount").path("number").asText(null))).count();
      t.round(round, answers, 1, "Art.12", holders == 1 ? null : holders + " POs hold the account " + number);
    }
    t.report();
  }

  // --- 7. one authority per region and level -------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Races.Store.class)
  void one_authority_per_region_and_level(Races.Store store) throws Exception {
    Races.Stand s = on(store);
    Races.Tally t = new Races.Tally("one-authority-per-region", s);
    for (int round = 1; round <= ROUNDS; round++) {
      // a Jiangsu city that World does not register: 321000, 321100, … 322900
      String region = "32" + (9 + round) + "00";
      var answers = Races.race(s, RACERS, i -> s.at(i).post("/authorities",
          Map.of("name", "江苏某市工业和信息化局（竞争测试" + i + "）", "jurisdiction", region)).token(World.JIANGSU));
      var r = s.at(0).get("/authorities").send();
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      long registered = Races.items(r.json()).stream().filter(a -> region.equals(a.path("jurisdiction").asText())).count();
      t.round(round, answers, 1, "Art.6", registered == 1 ? null : registered + " authorities for the region " + region);
    }
    t.report();
  }

  // --- 8. a retried proposal -----------------------------------------------------------------------------------------

  @ParameterizedTest
  @EnumSource(Races.Store.class)
  void the_same_founding_application_sent_sixteen_times_at_once_makes_one_po(Races.Store store) throws Exception {
    Races.Stand s = on(store);
    Races.Tally t = new Races.Tally("retried-proposal", s);
    for (int round = 1; round <= ROUNDS; round++) {
      String cluster = s.cluster();
      FoundingApplication a = s.application(cluster, "苏州竞争测试重发促进会" + s.next() + "号");
      var answers = Races.race(s, RACERS, i -> s.at(i).post("/organizations", a).token(World.SUZHOU));
      long live = s.organizations(cluster).stream().filter(o -> a.name().equals(o.path("application").path("name").asText())).count();
      t.round(round, answers, 1, "Art.7(2)", live == 1 ? null : live + " POs named " + a.name() + " in " + cluster);
    }
    t.report();
  }

  @ParameterizedTest
  @EnumSource(Races.Store.class)
  void the_same_founding_application_sent_sixteen_times_with_one_idempotency_key_makes_one_po_and_one_answer(Races.Store store)
      throws Exception {
    Races.Stand s = on(store);
    Races.Tally t = new Races.Tally("retried-proposal-idempotency-key", s);
    for (int round = 1; round <= ROUNDS; round++) {
      String cluster = s.cluster();
      FoundingApplication a = s.application(cluster, "苏州竞争测试幂等促进会" + s.next() + "号");
      String key = "races-" + s.store.name() + "-" + s.next();
      var answers = Races.race(s, RACERS, i -> s.at(i).post("/organizations", a).token(World.SUZHOU).header("Idempotency-Key", key));
      long live = s.organizations(cluster).stream().filter(o -> a.name().equals(o.path("application").path("name").asText())).count();
      Set<String> locations = new HashSet<>();
      Set<Integer> statuses = new HashSet<>();
      answers.forEach(r -> {
        statuses.add(r.status());
        locations.add(String.valueOf(r.header("Location")));
      });
      String broken = live != 1 ? live + " POs named " + a.name() + " in " + cluster
          : !statuses.equals(Set.of(201)) || locations.size() != 1
              ? "answers to one Idempotency-Key differ: statuses " + statuses + ", locations " + locations : null;
      t.idempotent(round, answers, broken);
    }
    t.report();
  }
}
