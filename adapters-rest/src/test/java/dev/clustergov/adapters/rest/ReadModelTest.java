package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.testkit.property.Gen;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read model (读模型, decision 0420) over H2: after any sequence of accepted commands, each GET of a PO's
 * resources answered by the server that keeps answers equals what a server that keeps none computes afresh on the
 * same database — for every reader, since the answers are kept per reader; its tag changes when its answer does; a
 * matching {@code If-None-Match} is a {@code 304} without a body; a public page may be stored by any cache but
 * revalidated, and the rest stays {@code no-store}.
 */
class ReadModelTest extends ServerHarness {

  /** The server's day: it runs on the system clock, in China's time zone. */
  private static final String TODAY = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai")).toString();

  /** The same database, no answers kept: each read is a fresh computation. */
  private ClustergovServer fresh;
  private Http freshHttp;

  @Override
  protected Backend backend() throws Exception {
    Path dir = Files.createTempDirectory("clustergov-rest-readmodel-");
    return Backend.of("h2", Storage.h2(dir), () -> {});
  }

  @BeforeAll
  void startFresh() throws Exception {
    fresh = ClustergovServer.builder().ports(backend::ports).tokens(tokens()).readModelBytes(0).start("127.0.0.1", 0);
    freshHttp = new Http(fresh.port());
  }

  @AfterAll
  void stopFresh() throws Exception {
    if (fresh != null) {
      fresh.stop(java.time.Duration.ofSeconds(2));
    }
  }

  /** A read: its path, the reader's token (null for the public) and an Accept-Language. */
  record Read(String path, String token, String language) {}

  private List<Read> reads() {
    String s = "/organizations/" + world.poS;
    List<Read> all = new ArrayList<>();
    for (String lang : List.of("zh-CN", "en")) {
      for (String token : List.of(World.SUZHOU, World.SECRETARIAT_S, World.EVALUATOR)) {
        all.add(new Read(s, token, lang));
        all.add(new Read(s + "/compliance", token, lang));
        all.add(new Read(s + "/coverage", token, lang));
        all.add(new Read(s + "/ledger/income", token, lang));
        all.add(new Read(s + "/disclosure-obligations", token, lang));
      }
      all.add(new Read(s + "/coverage", null, lang));
      all.add(new Read("/public/organizations/" + world.poS, null, lang));
      all.add(new Read("/public/organizations/" + world.poS + ".html", null, lang));
    }
    return all;
  }

  /**
   * A command of the generated sequences: on the PO's own parts — sent to the other server, so the one that keeps
   * answers must see another instance's acknowledged writes — or elsewhere in the registry.
   */
  enum Command { INCOME, EXPENDITURE, ACTIVITY, OTHER_CLUSTER, OTHER_PO_RECOGNISED, NOTHING }

  @Test
  void a_served_answer_always_equals_a_fresh_computation_after_any_sequence_of_commands() {
    String s = "/organizations/" + world.poS;
    String member = http.post(s + "/members", Map.of("name", "苏州某读模型测试有限公司", "kind", "ENTERPRISE")).token(World.SECRETARIAT_S)
        .send().json().get("id").asText();
    // the project's harness (no jqwik, STACK.md): a seeded sequence, reproducible from the seed printed on failure
    long seed = Long.getLong("clustergov.seed", 20261127L);
    java.util.SplittableRandom random = new java.util.SplittableRandom(seed);
    Gen<Command> commands = Gen.enumValues(Command.class);
    Map<Read, String> tags = new HashMap<>();
    Map<Read, String> bodies = new HashMap<>();
    int changedTags = 0;
    for (int step = 0; step < 24; step++) {
      Command c = commands.generate(random, 10).value();
      apply(c, s, member, step);
      for (Read read : reads()) {
        Http.Response served = get(http, read, null);
        Http.Response computed = get(freshHttp, read, null);
        String where = "seed " + seed + ", step " + step + " after " + c + ", " + read;
        assertThat(served.status()).as(where).isEqualTo(computed.status()).isEqualTo(200);
        assertThat(served.body()).as(where).isEqualTo(computed.body());
        String tag = served.header("ETag");
        assertThat(tag).as(where).isNotBlank().isEqualTo(computed.header("ETag"));
        if (bodies.containsKey(read) && !bodies.get(read).equals(served.body())) {
          assertThat(tag).as("the answer changed, so must its tag: " + where).isNotEqualTo(tags.get(read));
          changedTags++;
        }
        tags.put(read, tag);
        bodies.put(read, served.body());
        // the tag back: 304 without a body, on both servers
        Http.Response again = get(http, read, tag);
        assertThat(again.status()).as(where).isEqualTo(304);
        assertThat(again.body()).as(where).isEmpty();
        assertThat(again.header("ETag")).as(where).isEqualTo(tag);
        assertThat(get(freshHttp, read, tag).status()).as(where).isEqualTo(304);
      }
    }
    assertThat(changedTags).as("the sequence changed some answers").isPositive();
  }

  private void apply(Command c, String s, String member, int step) {
    Http.Response r = switch (c) {
      case INCOME -> freshHttp.post(s + "/ledger/income", Map.of("kind", "DONATION", "amount", new java.math.BigDecimal("100.00"),
          "receivedOn", TODAY, "payer", "苏州某基金会" + step)).token(World.SECRETARIAT_S).send();
      case EXPENDITURE -> freshHttp.post(s + "/ledger/expenditures", Map.of("amount", new java.math.BigDecimal("50.00"),
          "paidOn", TODAY, "payee", "苏州某供应商" + step, "declaredRelation", "OTHER", "purpose", "办公用品",
          "payroll", false, "feeFunded", false)).token(World.SECRETARIAT_S).send();
      case ACTIVITY -> freshHttp.post(s + "/activities", Map.of("item", "Art.19(1)", "title", "信息交流会" + step, "delivery", "DIRECT",
          "memberParticipants", List.of(member))).token(World.SECRETARIAT_S).send();
      case OTHER_CLUSTER -> {
        freshCluster();
        yield null;
      }
      case OTHER_PO_RECOGNISED -> {
        recognised();
        yield null;
      }
      case NOTHING -> null;
    };
    if (r != null) {
      assertThat(r.status()).as(c + ": " + r.body()).isEqualTo(201);
    }
  }

  private static Http.Response get(Http on, Read read, String ifNoneMatch) {
    var req = on.get(read.path()).header("Accept-Language", read.language());
    if (read.token() != null) {
      req = req.token(read.token());
    }
    if (ifNoneMatch != null) {
      req = req.header("If-None-Match", ifNoneMatch);
    }
    return req.send();
  }

  @Test
  void a_public_page_is_revalidated_and_a_readers_answer_is_not_stored() {
    Http.Response page = http.get("/public/organizations/" + world.poS + ".html").send();
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.header("Cache-Control")).isEqualTo("public, no-cache");
    assertThat(page.header("ETag")).startsWith("W/\"");
    Http.Response report = http.get("/organizations/" + world.poS + "/compliance").token(World.SUZHOU).send();
    assertThat(report.header("Cache-Control")).isEqualTo("no-store");
    assertThat(report.header("ETag")).startsWith("W/\"");
    // the PO's own resource keeps the tag of its version, the one If-Match takes back on a write
    Http.Response po = http.get("/organizations/" + world.poS).token(World.SUZHOU).send();
    assertThat(po.header("ETag")).matches("\"\\d+\"");
    assertThat(get(http, new Read("/organizations/" + world.poS, World.SUZHOU, "zh"), "W/" + po.header("ETag")).status())
        .as("If-None-Match compares weakly").isEqualTo(304);
    assertThat(get(http, new Read("/organizations/" + world.poS, World.SUZHOU, "zh"), "\"999999\", garbage").status()).isEqualTo(200);
  }

  @Test
  void a_reader_who_may_not_read_is_refused_even_when_the_answer_is_kept() {
    String path = "/organizations/" + world.poS + "/compliance";
    assertThat(http.get(path).token(World.SUZHOU).send().status()).isEqualTo(200);
    assertThat(http.get(path).token(World.SHENZHEN).send().status()).isEqualTo(403);
    assertThat(http.get(path).token(World.MEMBER_S).send().status()).isEqualTo(403);
    assertThat(http.get(path).send().status()).isEqualTo(401);
  }

  /**
   * Decision 0580: an evaluator's grant is decided on the evaluator as stored now, whatever this instance kept. Its reads are
   * answered, the evaluator kept; its engagement for the PO is ended through the other instance on the same database; the
   * very next read on this one is refused (Art.28), and an engagement made again there is honoured on the next read here.
   */
  @Test
  void an_engagement_ended_on_another_instance_refuses_the_very_next_read_on_this_one() {
    String po = "/organizations/" + world.poS;
    for (String path : List.of(po, po + "/compliance", po, po + "/compliance")) {
      assertThat(http.get(path).token(World.EVALUATOR).send().status()).as(path + " while engaged").isEqualTo(200);
    }
    String number = null;
    for (var g : Races.items(freshHttp.get("/evaluator-engagements?organization=" + world.poS).token(World.SUZHOU).send().json())) {
      if (g.get("evaluator").asText().equals(world.evaluator) && g.get("status").asText().equals("RUNNING")) {
        number = g.get("number").asText();
      }
    }
    assertThat(number).as("the evaluator's running engagement for the PO").isNotNull();
    Http.Response ended = freshHttp.post(po + "/evaluator-engagements/" + world.evaluator + "/" + number + "/ending",
        Map.of("reason", "委托事项已调整")).token(World.SUZHOU).send();
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    for (String path : List.of(po, po + "/compliance")) {
      Http.Response refused = http.get(path).token(World.EVALUATOR).send();
      assertThat(refused.status()).as(path + " the next read after the ending").isEqualTo(403);
      assertThat(refused.body()).contains("第二十八条");
    }
    Http.Response engaged = freshHttp.post(po + "/evaluator-engagements", Map.of("evaluator", world.evaluator, "from", TODAY,
        "until", "2099-12-31")).token(World.SUZHOU).send();
    assertThat(engaged.status()).as(engaged.body()).isEqualTo(201);
    assertThat(http.get(po).token(World.EVALUATOR).send().status()).as("engaged again, the next read").isEqualTo(200);
  }
}
