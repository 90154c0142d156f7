package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.supervision.RecordEvaluation;
import dev.clustergov.core.application.operation.RecordServiceActivity;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.application.supervision.RegisterEvaluator;
import dev.clustergov.core.application.port.TimeSource;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.organization.CreditCode;

/**
 * What {@link RegistryRacesTest} races with (竞争请求): the backends and their servers, fresh registry
 * entries for each round, requests released at once, and the tally of what came back.
 */
final class Races {

  private Races() {}

  /** The threads that send a round's requests; many more than the cores, since each mostly waits for its answer. */
  static final ExecutorService RACERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "racer");
    t.setDaemon(true);
    return t;
  });

  enum Store {
    H2_FILE("h2-file"), POSTGRESQL("postgresql"), POSTGRESQL_TWO_INSTANCES("postgresql-2-instances");

    final String label;

    Store(String label) {
      this.label = label;
    }
  }

  /**
   * Sends {@code n} requests at once: each is built first, its thread waits until every thread is ready, and
   * all are released together. An answer the client could not get is a status of -1 with the exception as body.
   */
  static List<Http.Response> race(Stand s, int n, IntFunction<Http.Request> request) throws InterruptedException {
    List<Http.Request> requests = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      requests.add(request.apply(i));
    }
    CountDownLatch ready = new CountDownLatch(n);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<Http.Response>> sent = new ArrayList<>();
    for (Http.Request r : requests) {
      sent.add(RACERS.submit(() -> {
        ready.countDown();
        go.await();
        return r.send();
      }));
    }
    assertThat(ready.await(30, TimeUnit.SECONDS)).as("every racer ready").isTrue();
    go.countDown();
    List<Http.Response> answers = new ArrayList<>();
    for (Future<Http.Response> f : sent) {
      try {
        answers.add(f.get(60, TimeUnit.SECONDS));
      } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
        answers.add(new Http.Response(-1, Map.of(), String.valueOf(e.getCause() == null ? e : e.getCause())));
      }
    }
    return answers;
  }

  /** The {@code items} of a list answer. */
  static List<JsonNode> items(JsonNode list) {
    List<JsonNode> out = new ArrayList<>();
    list.path("items").forEach(out::add);
    return out;
  }

  static FoundingApplication withCreditCode(FoundingApplication a, String code) {
    return new FoundingApplication(a.name(), a.cluster(), a.authority(), a.guidingBody(), a.founders(), a.type(), code == null ? null : CreditCode.parse(code).get(), a.charter(),
        a.partyOrganization(), a.officeAddress(), a.equipment(), a.registeredCapital(), a.staff(), a.managementSystems(),
        a.incomeSources(), a.bankAccount(), a.governance());
  }

  static FoundingApplication withAccount(FoundingApplication a, String number) {
    return new FoundingApplication(a.name(), a.cluster(), a.authority(), a.guidingBody(), a.founders(), a.type(), a.creditCode(),
        a.charter(), a.partyOrganization(), a.officeAddress(), a.equipment(), a.registeredCapital(), a.staff(), a.managementSystems(),
        a.incomeSources(), new FoundingApplication.BankInput(a.name(), number, a.bankAccount().bank()), a.governance());
  }

  /** A recognised PO that earns an incentive for any period from {@code since} (its proposal, its activities) until yesterday. */
  record Rewardable(String id, LocalDate since) {}

  /**
   * One backend with its server instances, seeded with {@link World}. The servers read their tokens from a
   * file, so that a round's fresh POs get secretariat tokens without a restart.
   */
  static final class Stand implements AutoCloseable {
    /** How far back a rewardable PO is seeded: its proposal, activities and rating, so that a period after them has ended. */
    static final Duration PAST = Duration.ofDays(40);

    final Store store;
    final Storage storage;
    final World world;
    final Clustergov gov;
    /** The same registry on a clock {@link #PAST} ago. */
    final Clustergov past;
    private final List<Http> instances = new ArrayList<>();
    private final List<Path> tokenFiles = new ArrayList<>();
    private final List<AutoCloseable> servers = new ArrayList<>();
    private final StringBuilder tokens = new StringBuilder();
    private final AtomicInteger counter = new AtomicInteger();
    /** An evaluator registered {@link #PAST} ago, independent of every PO, so that it may rate a rewardable PO that day (Art.28). */
    private String pastEvaluator;

    private Stand(Store store, Storage storage) {
      this.store = store;
      this.storage = storage;
      this.world = new World(storage.ports());
      this.gov = Clustergov.using(storage.ports());
      Ports p = storage.ports();
      TimeSource earlier = () -> p.clock().now().minus(PAST);
      this.past = Clustergov.using(new Ports(p.clusters(), p.authorities(), p.organizations(), p.policyPacks(), p.events(), earlier,
          p.ids(), p.unitOfWork(), p.disputes(), p.ipAgreements(), p.disclosures(), p.disclosureObligations(), p.ledger(),
          p.feeSchedules(), p.memberships(), p.platforms(), p.activities(), p.inspections(), p.selfDiscipline(), p.sanctions(),
          p.incentiveAwards(), p.evaluators(), p.evaluations()));
      tokens.append(world.tokens()).append('\n');
    }

    static Stand start(Store store, Path dir) throws Exception {
      Files.createDirectories(dir);
      if (store == Store.H2_FILE) {
        return single(store, Storage.h2(dir.resolve("data")), dir);
      }
      String url = SharedPostgres.freshDatabase();
      Storage storage = Storage.postgres(url, "postgres", null);
      if (store == Store.POSTGRESQL) {
        return single(store, storage, dir);
      }
      Stand s = new Stand(store, storage);
      List<String> flags = List.of("--db-url", url, "--db-user", "postgres");
      var a = CompletableFuture.supplyAsync(() -> process(dir, "races-a", s.tokens.toString(), flags));
      var b = CompletableFuture.supplyAsync(() -> process(dir, "races-b", s.tokens.toString(), flags));
      for (ServerProcess p : List.of(a.get(150, TimeUnit.SECONDS), b.get(150, TimeUnit.SECONDS))) {
        s.servers.add(p);
        s.instances.add(new Http(p.port()));
      }
      s.tokenFiles.add(dir.resolve("races-a-tokens.txt"));
      s.tokenFiles.add(dir.resolve("races-b-tokens.txt"));
      return s;
    }

    private static Stand single(Store store, Storage storage, Path dir) throws IOException {
      Stand s = new Stand(store, storage);
      Path file = dir.resolve("tokens.txt");
      Files.writeString(file, s.tokens, StandardCharsets.UTF_8);
      ClustergovServer server = ClustergovServer.builder().ports(storage::ports).tokensFile(file).readiness(storage::ready)
          .start("127.0.0.1", 0);
      s.servers.add(() -> server.stop(Duration.ofSeconds(2)));
      s.instances.add(new Http(server.port()));
      s.tokenFiles.add(file);
      return s;
    }

    private static ServerProcess process(Path dir, String name, String tokens, List<String> flags) {
      try {
        return ServerProcess.start(dir, name, tokens, flags, Duration.ofSeconds(120));
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }

    /** The instance request {@code i} of a round goes to: they alternate when there are two. */
    Http at(int i) {
      return instances.get(i % instances.size());
    }

    int instances() {
      return instances.size();
    }

    int next() {
      return counter.incrementAndGet();
    }

    /** A new Suzhou cluster, with room for the policy's number of recognised POs (Art.2). */
    String cluster() {
      return cluster(gov);
    }

    private String cluster(Clustergov g) {
      return g.registerCluster().handle(new RegisterCluster.Command("苏州市竞争测试产业集群" + next() + "号", new RegionCode("320500"), "测试产业", ClusterLevel.MUNICIPAL, 500))
          .getOrElseThrow(r -> new IllegalStateException(r.toString())).id().value();
    }

    /** The test kit's compliant application for a Suzhou PO, with an account number of its own (Art.12). */
    FoundingApplication application(String cluster, String name) {
      return World.application(cluster, world.suzhou, name);
    }

    String propose(String cluster, String name) {
      return World.propose(gov, application(cluster, name)).id().value();
    }

    /** A PO proposed and established with a credit code of its own, ready to be recognised. */
    String established(String cluster, String name) {
      return establish(gov, World.propose(gov, application(cluster, name))).id().value();
    }

    private PromotionOrganization establish(Clustergov g, PromotionOrganization proposed) {
      return g.establishOrganization().handle(new EstablishOrganization.Command(proposed.id(), OptionalLong.empty(), CreditCode.parse(creditCode()).get()))
          .getOrElseThrow(r -> new IllegalStateException(r.toString()));
    }

    /** A unified social credit code no other PO, member unit or evaluator of this registry has (GB 32100-2015). */
    String creditCode() {
      return Fixtures.creditCode(String.format("91320500RC%07d", next()));
    }

    /** An account number nobody holds yet. */
    String accountNumber() {
      return String.format("6228%012d", 500_000_000L + next());
    }

    /**
     * A PO that qualifies for an incentive (Art.29), seeded {@link #PAST} ago in a cluster of its own: proposed,
     * established, recognised, active in four functions that day, and rated by the world's independent evaluator.
     */
    Rewardable rewardable() {
      PromotionOrganization o = establish(past, World.propose(past, application(cluster(past), "苏州竞争测试激励促进会" + next() + "号")));
      o = past.recogniseOrganization().handle(new RecogniseOrganization.Command(o.id(), OptionalLong.empty(), new AuthorityId(world.suzhou)))
          .getOrElseThrow(r -> new IllegalStateException(r.toString()));
      OrganizationId id = o.id();
      for (String item : List.of("Art.18(1)", "Art.19(1)", "Art.20(1)")) {
        past.recordServiceActivity().handle(new RecordServiceActivity.Command(id, dev.clustergov.core.guideline.FunctionItem.parse(item).get(), "服务活动 " + item, null,
            dev.clustergov.core.operation.Delivery.DIRECT, List.of(),
            List.of(), true, null, null)).getOrElseThrow(r -> new IllegalStateException(r.toString()));
      }
      past.recordServiceActivity().handle(new RecordServiceActivity.Command(id, dev.clustergov.core.guideline.FunctionItem.parse("Art.21(3)").get(), "成果转化对接会",
          null, dev.clustergov.core.operation.Delivery.BROKERED, List.of(),
          List.of("苏州澄远理工学院"), true, null, new RecordServiceActivity.OutcomesInput(null, dev.clustergov.core.kernel.Money.yuan("20000000.00"), null,
              Map.of(dev.clustergov.core.operation.TalentLevel.LEADING, 1)))).getOrElseThrow(r -> new IllegalStateException(r.toString()));
      if (pastEvaluator == null) {
        pastEvaluator = past.registerEvaluator().handle(new RegisterEvaluator.Command(new AuthorityId(world.jiangsu), "竞争测试产业评估研究院",
            dev.clustergov.core.organization.CreditCode.parse(creditCode()).get(), null,
            null)).getOrElseThrow(r -> new IllegalStateException(r.toString())).id().value();
      }
      // engaged by the PO's own authority first (Art.28, decision 0380)
      past.engageEvaluator().handle(new dev.clustergov.core.application.supervision.EngageEvaluator.Command(
          new dev.clustergov.core.supervision.EvaluatorId(pastEvaluator), id, OptionalLong.empty(), java.time.LocalDate.of(2000, 1, 1),
          java.time.LocalDate.of(2099, 12, 31))).getOrElseThrow(r -> new IllegalStateException(r.toString()));
      past.recordEvaluation().handle(new RecordEvaluation.Command(new dev.clustergov.core.supervision.EvaluatorId(pastEvaluator), id, null))
          .getOrElseThrow(r -> new IllegalStateException(r.toString()));
      return new Rewardable(id.value(), o.proposedOn());
    }

    /** Every PO of a cluster, read over HTTP by the ministry, page by page. */
    List<JsonNode> organizations(String cluster) {
      List<JsonNode> out = new ArrayList<>();
      String after = null;
      for (int page = 0; page < 100; page++) {
        var r = at(page).get("/organizations?cluster=" + cluster + "&limit=500" + (after == null ? "" : "&after=" + after))
            .token(World.NATIONAL).send();
        assertThat(r.status()).as(r.body()).isEqualTo(200);
        List<JsonNode> items = items(r.json());
        if (items.isEmpty()) {
          break;
        }
        out.addAll(items);
        after = items.get(items.size() - 1).get("id").asText();
      }
      return out;
    }

    /**
     * Gives each PO a secretariat token (the secretariat of a PO is who changes its account and admits its
     * members) in every instance's tokens file, and waits until every instance accepts the last of them.
     */
    List<String> secretariats(List<String> pos) throws IOException, InterruptedException {
      List<String> out = new ArrayList<>();
      for (String po : pos) {
        String token = "token-races-secretariat-of-" + po;
        tokens.append(token).append(" secretariat ").append(po).append('\n');
        out.add(token);
      }
      for (Path file : tokenFiles) {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        Files.writeString(next, tokens, StandardCharsets.UTF_8);
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      }
      String last = pos.get(pos.size() - 1);
      for (Http h : instances) {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (h.get("/organizations/" + last).token(out.get(out.size() - 1)).send().status() != 200) {
          assertThat(System.nanoTime()).as("the servers read the new tokens within 20 s").isLessThan(deadline);
          Thread.sleep(100);
        }
      }
      return out;
    }

    @Override
    public void close() throws Exception {
      try {
        for (AutoCloseable s : servers) {
          s.close();
        }
      } finally {
        storage.close();
      }
    }
  }

  /**
   * What the rounds of one invariant on one backend came to. A round breaks the invariant when more or fewer
   * requests than allowed succeed or when the state read back breaks it; an answer that is neither a success
   * nor a refusal citing the clause (a 500, a 409 without findings, no answer) is a fault of its own.
   */
  static final class Tally {
    private static final Pattern ANY_CLAUSE = Pattern.compile("^Art\\.\\d+.*");

    final String invariant;
    final Stand stand;
    final long started = System.nanoTime();
    int rounds;
    int requests;
    int accepted;
    int refused;
    int other;
    int violations;
    final List<String> faults = new ArrayList<>();
    /** The answers that were neither a success nor a refusal citing the clause, by kind, with how many of each. */
    final Map<String, Integer> otherKinds = new java.util.TreeMap<>();
    /** The refusals that cited the clause, by kind: which rules or guards refused the requests that lost. */
    final Map<String, Integer> refusedKinds = new java.util.TreeMap<>();

    Tally(String invariant, Stand stand) {
      this.invariant = invariant;
      this.stand = stand;
    }

    /**
     * One round: exactly {@code allowed} answers 2xx, every other one a 409 or 422 problem whose findings cite
     * {@code article} (any article when null), and {@code endState} null (else what the state read back broke).
     */
    void round(int round, List<Http.Response> answers, int allowed, String article, String endState) {
      rounds++;
      requests += answers.size();
      int ok = 0;
      for (Http.Response r : answers) {
        if (r.status() >= 200 && r.status() < 300) {
          ok++;
        } else if (citesClause(r, article)) {
          refused++;
          refusedKinds.merge(kind(r), 1, Integer::sum);
        } else {
          other++;
          if (otherKinds.merge(kind(r), 1, Integer::sum) == 1) {
            fault(round, "an answer that is neither a success nor a refusal citing " + (article == null ? "a clause" : article) + ": "
                + shorten(r));
          }
        }
      }
      accepted += ok;
      boolean broken = false;
      if (ok != allowed) {
        fault(round, ok + " of " + answers.size() + " accepted, " + allowed + " allowed");
        broken = true;
      }
      if (endState != null) {
        fault(round, "the state read back: " + endState);
        broken = true;
      }
      violations += broken ? 1 : 0;
    }

    /** One round of requests that carry one Idempotency-Key: every answer is the one success; {@code endState} null. */
    void idempotent(int round, List<Http.Response> answers, String endState) {
      rounds++;
      requests += answers.size();
      for (Http.Response r : answers) {
        if (r.status() >= 200 && r.status() < 300) {
          accepted++;
        } else {
          other++;
          if (otherKinds.merge(kind(r), 1, Integer::sum) == 1) {
            fault(round, "a request with the key of an accepted one was not answered with that success: " + shorten(r));
          }
        }
      }
      if (endState != null) {
        fault(round, endState);
        violations++;
      }
    }

    private void fault(int round, String what) {
      if (faults.size() < 12) {
        faults.add("round " + round + ": " + what);
      }
    }

    static boolean citesClause(Http.Response r, String article) {
      Pattern wanted = article == null ? ANY_CLAUSE : Pattern.compile("^" + Pattern.quote(article) + "(\\D.*)?$");
      if (r.status() == 422 && r.header("Content-Type") != null && r.header("Content-Type").startsWith("application/json")
          && r.json().has("problems")) {
        // an import's refusal (decision 0451): its rows' problems, each rejection with the rule's clauses
        for (JsonNode p : r.json().path("problems")) {
          for (JsonNode c : p.path("clauses")) {
            if (wanted.matcher(c.asText()).matches()) {
              return true;
            }
          }
        }
        return false;
      }
      if ((r.status() != 409 && r.status() != 422) || r.header("Content-Type") == null
          || !r.header("Content-Type").startsWith("application/problem+json") || r.body().contains("Exception")) {
        return false;
      }
      for (JsonNode f : r.json().path("findings")) {
        for (JsonNode c : f.path("citations")) {
          if (wanted.matcher(c.path("en").asText()).matches()) {
            return true;
          }
        }
      }
      return false;
    }

    /** What kind of answer it was: the status, the problem type, and the rules its findings name. */
    static String kind(Http.Response r) {
      if (r.status() < 0) {
        return "no answer";
      }
      String type = r.header("Content-Type");
      if (type == null || !type.startsWith("application/problem+json")) {
        return r.status() + " " + type;
      }
      JsonNode p = r.json();
      java.util.Set<String> rules = new java.util.TreeSet<>();
      p.path("findings").forEach(f -> rules.add(f.path("ruleId").asText()));
      return r.status() + " " + p.path("type").asText().replace("urn:clustergov:problem:", "") + (rules.isEmpty() ? " without findings"
          : " " + rules);
    }

    private static String shorten(Http.Response r) {
      String body = r.body() == null ? "" : r.body().replaceAll("\\s+", " ");
      return r.status() + " " + (body.length() > 400 ? body.substring(0, 400) + "…" : body);
    }

    /** Prints the figures for the closing note, then fails with the first faults, if any. */
    void report() {
      long ms = (System.nanoTime() - started) / 1_000_000;
      System.out.println("RELIABILITY: races invariant=" + invariant + " backend=" + stand.store.label + " instances=" + stand.instances()
          + " rounds=" + rounds + " requests=" + requests + " accepted=" + accepted + " refused=" + refused + " other=" + other
          + " violations=" + violations + " ms=" + ms);
      if (!refusedKinds.isEmpty()) {
        System.out.println("RELIABILITY: races invariant=" + invariant + " backend=" + stand.store.label + " refusals by kind: "
            + refusedKinds);
      }
      if (!otherKinds.isEmpty()) {
        System.out.println("RELIABILITY: races invariant=" + invariant + " backend=" + stand.store.label + " other answers by kind: "
            + otherKinds);
      }
      assertThat(faults).as("%s on %s: rounds that broke the invariant (%d of %d); answers without the clause (%d): %s", invariant,
          stand.store.label, violations, rounds, other, otherKinds).isEmpty();
    }
  }
}
