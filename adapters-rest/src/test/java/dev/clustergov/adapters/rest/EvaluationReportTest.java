package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The evaluation report (decision 0450) says what the evaluation's JSON routes say, over the demo registry: for every
 * recorded evaluation, the rating, total, hash, policy versions and every indicator's score, threshold and weight are
 * the evaluation's own; the peers' distribution is recounted from the evaluations of every PO the same authority
 * supervises; no other PO's name or id appears on the page or in the JSON; the verification route it names answers.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class EvaluationReportTest {

  static final String NATIONAL = "token-national-report-test-00001";
  static final String SHENZHEN = "token-shenzhen-report-test-00001";
  static final String SECRETARIAT = "token-secretariat-report-test-01";

  private ClustergovServer server;
  private Http http;
  private Ports ports;
  private String secretariatPo;

  @BeforeAll
  void start() {
    InMemoryClustergov memory = new InMemoryClustergov();
    ports = memory.ports();
    // the demo's named POs, and enough generated clusters (round-robin over 31 cities) that some authorities supervise
    // at least MIN_PEERS rated POs, so that the peers' distribution is shown and checked, not only withheld
    Demo.loadAll(ports, new dev.clustergov.adapters.rest.demo.DemoData.Size(160, 0, 2, 32));
    String national = authority("000000");
    String shenzhen = authority("440300");
    secretariatPo = ports.organizations().list(OrganizationQuery.all(500)).stream()
        .filter(o -> !ports.evaluations().of(o.id()).isEmpty()).findFirst().orElseThrow().id().value();
    server = ClustergovServer.builder().ports(() -> ports).tokens(NATIONAL + " authority " + national + "\n" + SHENZHEN + " authority "
        + shenzhen + "\n" + SECRETARIAT + " secretariat " + secretariatPo).start("127.0.0.1", 0);
    http = new Http(server.port());
  }

  private String authority(String region) {
    return ports.authorities().all().stream().filter(a -> a.jurisdiction().equals(RegionCode.parse("r", region).get())).findFirst()
        .orElseThrow().id().value();
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.stop(java.time.Duration.ofSeconds(2));
    }
  }

  private JsonNode get(String path) {
    var r = http.get(path).token(NATIONAL).send();
    assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
    return r.json();
  }

  private static List<JsonNode> traceNodes(JsonNode t) {
    List<JsonNode> out = new ArrayList<>();
    if (t != null && !t.isNull()) {
      out.add(t);
      t.get("because").forEach(c -> out.addAll(traceNodes(c)));
    }
    return out;
  }

  private static List<JsonNode> list(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    n.forEach(out::add);
    return out;
  }

  @Test
  void every_report_says_what_the_evaluation_routes_say_and_names_no_peer() {
    List<JsonNode> pos = list(get("/organizations?limit=500").get("items"));
    Map<String, String> names = new HashMap<>();
    Map<String, String> authorities = new HashMap<>();
    ports.organizations().list(OrganizationQuery.all(500)).forEach(o -> {
      names.put(o.id().value(), o.name());
      authorities.put(o.id().value(), o.authority().value());
    });
    assertThat(names).hasSize(pos.size());
    int reports = 0;
    int shown = 0;
    int verifiedAfterLaterChanges = 0;
    int ruleLists = 0;
    int noGrade = 0;
    for (JsonNode po : pos) {
      String id = po.get("id").asText();
      for (JsonNode summary : get("/organizations/" + id + "/evaluations").get("items")) {
        String ev = summary.get("id").asText();
        JsonNode e = get("/organizations/" + id + "/evaluations/" + ev);
        JsonNode r = get("/organizations/" + id + "/evaluations/" + ev + "/report");
        reports++;
        assertThat(r.get("organization").get("id").asText()).isEqualTo(id);
        assertThat(r.get("evaluator").get("id").asText()).isEqualTo(e.get("evaluator").asText());
        assertThat(r.get("evaluatedOn").asText()).isEqualTo(e.get("evaluatedOn").asText());
        assertThat(r.get("validUntil").asText()).isEqualTo(e.get("validUntil").asText());
        assertThat(LocalDate.parse(r.get("periodTo").asText())).isEqualTo(LocalDate.parse(e.get("evaluatedOn").asText()));
        assertThat(LocalDate.parse(r.get("periodFrom").asText())).isEqualTo(LocalDate.parse(e.get("evaluatedOn").asText()).minusYears(1).plusDays(1));
        assertThat(r.get("totalPercent").decimalValue()).isEqualByComparingTo(e.get("totalPercent").decimalValue());
        assertThat(r.get("rating").get("code").asText()).isEqualTo(e.get("rating").get("code").asText());
        assertThat(r.get("policyVersions")).isEqualTo(e.get("policyVersions"));
        assertThat(r.get("verification").get("dossierHash").asText()).isEqualTo(e.get("dossierHash").asText());
        assertThat(r.get("indicators").size()).isEqualTo(e.get("scores").size());
        for (int k = 0; k < e.get("scores").size(); k++) {
          JsonNode s = e.get("scores").get(k);
          JsonNode i = r.get("indicators").get(k);
          assertThat(i.get("indicator").asText()).isEqualTo(s.get("indicator").asText());
          assertThat(i.get("weight").asInt()).isEqualTo(s.get("weight").asInt());
          assertThat(i.get("scorePercent").decimalValue()).isEqualByComparingTo(s.get("scorePercent").decimalValue());
          assertThat(i.get("thresholdPercent").decimalValue()).isEqualByComparingTo(s.get("thresholdPercent").decimalValue());
          assertThat(i.get("atThreshold").asBoolean()).isEqualTo(s.get("atThreshold").asBoolean());
          if (i.get("zh").asText().equals("第十五条、第十六条要求的符合比例（共2项）")) {
            // a rule list titled by the clauses its rules cite in the application's rule book (decision 0610), the English
            // counting its rules as the Chinese does, and its 依据 naming both articles (review stop 27, item 10)
            assertThat(i.get("en").asText()).isEqualTo("share of the requirements of Art.15, Art.16 met (2 rules)");
            assertThat(i.get("clausesZh")).containsExactly(TextNode.valueOf("第十五条"), TextNode.valueOf("第十六条"));
            assertThat(i.get("clauses")).containsExactly(TextNode.valueOf("Art.15"), TextNode.valueOf("Art.16"));
            ruleLists++;
          }
          assertThat(i.get("en").asText()).doesNotContainPattern("\\bA\\d+[.-]");
        }
        if (e.get("trace") != null && !e.get("trace").isNull()) {
          // the two languages of the signed text say the same: no rule id, no record id in either (review stop 28, E1)
          for (JsonNode n : traceNodes(r.get("traceEn"))) {
            assertThat(n.get("text").asText()).as(ev).doesNotContainPattern("\\bA\\d+(\\.\\d+)*-[a-z]").doesNotContain("sanction-0")
                .doesNotStartWith("Rule ");
          }
          assertThat(r.get("trace")).isEqualTo(e.get("trace"));
          assertThat(r.get("gates")).isNotNull();
        }
        // the route the report names to verify it answers, for the same evaluation
        JsonNode verification = get(r.get("verification").get("route").asText());
        assertThat(verification.get("evaluation").asText()).isEqualTo(ev);
        assertThat(verification.get("recordedHash").asText()).isEqualTo(e.get("dossierHash").asText());
        // and verifies it, also for a PO suspended after its evaluation (attack-24 F0b, decision 0505): the demo's evaluations
        // keep the dossier they read, and nothing in the demo was changed outside its commands
        assertThat(verification.get("form").asText()).isEqualTo("AS_RECORDED");
        assertThat(verification.get("differences")).as("%s %s", ev, verification).isEmpty();
        assertThat(verification.get("verified").asBoolean()).as("%s %s", ev, verification).isTrue();
        verifiedAfterLaterChanges += verification.get("changedAfter").isEmpty() ? 0 : 1;

        // the peers: recounted from the evaluations of every PO the same authority supervises
        JsonNode peers = r.get("peers");
        LocalDate on = LocalDate.parse(e.get("evaluatedOn").asText());
        List<BigDecimal> totals = new ArrayList<>();
        Map<String, Integer> ratings = new HashMap<>();
        Map<String, List<BigDecimal>> byIndicator = new HashMap<>();
        for (JsonNode peer : get("/organizations?authority=" + authorities.get(id) + "&limit=500").get("items")) {
          String pid = peer.get("id").asText();
          JsonNode in = null;
          if (pid.equals(id)) {
            in = e;
          } else {
            for (JsonNode x : get("/organizations/" + pid + "/evaluations").get("items")) {
              LocalDate d = LocalDate.parse(x.get("evaluatedOn").asText());
              if (!d.isAfter(on) && !on.isAfter(LocalDate.parse(x.get("validUntil").asText()))
                  && (in == null || !d.isBefore(LocalDate.parse(in.get("evaluatedOn").asText())))) {
                in = x;
              }
            }
          }
          if (in != null) {
            totals.add(in.get("totalPercent").decimalValue());
            ratings.merge(in.get("rating").get("code").asText(), 1, Integer::sum);
            in.get("scores").forEach(s -> byIndicator.computeIfAbsent(s.get("indicator").asText(), k -> new ArrayList<>())
                .add(s.get("scorePercent").decimalValue()));
          }
        }
        assertThat(peers.get("organizations").asInt()).isEqualTo(totals.size());
        assertThat(peers.get("shown").asBoolean()).isEqualTo(totals.size() >= EvaluationReport.MIN_PEERS);
        if (peers.get("shown").asBoolean()) {
          shown++;
          for (JsonNode share : peers.get("ratings")) {
            assertThat(share.get("organizations").asInt()).as(share.toString()).isEqualTo(ratings.getOrDefault(share.get("rating").asText(), 0));
          }
          int sum = 0;
          for (JsonNode bin : peers.get("totals")) {
            int from = bin.get("fromPercent").asInt();
            int to = bin.get("toPercent").asInt();
            long n = totals.stream().filter(t -> t.compareTo(BigDecimal.valueOf(from)) >= 0
                && (to == 100 ? t.compareTo(BigDecimal.valueOf(100)) <= 0 : t.compareTo(BigDecimal.valueOf(to)) < 0)).count();
            assertThat(bin.get("organizations").asLong()).as(bin.toString()).isEqualTo(n);
            sum += bin.get("organizations").asInt();
          }
          assertThat(sum).isEqualTo(totals.size());
          BigDecimal total = e.get("totalPercent").decimalValue();
          assertThat(peers.get("below").asInt()).isEqualTo(totals.stream().filter(t -> t.compareTo(total) < 0).count());
          assertThat(peers.get("above").asInt()).isEqualTo(totals.stream().filter(t -> t.compareTo(total) > 0).count());
          assertThat(peers.get("median").decimalValue()).isEqualByComparingTo(EvaluationReport.median(totals));
          for (JsonNode i : r.get("indicators")) {
            assertThat(i.get("peerMedianPercent").decimalValue()).isEqualByComparingTo(
                EvaluationReport.median(byIndicator.get(i.get("indicator").asText())));
          }
        } else {
          assertThat(peers.get("totals")).isEmpty();
          assertThat(peers.get("median").isNull()).isTrue();
        }

        // no PO named but the evaluated one: no other PO's id or name on the page or in the JSON
        String page = http.get("/organizations/" + id + "/evaluations/" + ev + "/report").token(NATIONAL).header("Accept", "text/html").send().body();
        String json = r.toString();
        // how to check the report is an appendix after the signatures, and says 校验值 (review stop 25 item 14)
        assertThat(page).contains("附录：复核方法", "材料快照校验值").doesNotContain("哈希");
        // every label's gate states every condition: gold too requires no finding against a binding requirement (decision 0616)
        String gold = page.substring(page.indexOf("<tr><td>金标"), page.indexOf("<tr><td>银标"));
        assertThat(gold).contains("且无不符合约束性要求的问题", "no finding against a binding requirement");
        // a text to be signed and stamped (review stop 26, item 12): no label cut with “…”, no internal id before the
        // appendix that says how to verify it, 得分率 for the bars (分 is for points)
        String signed = page.substring(0, page.indexOf("id=\"verification\""));
        // what is printed (the page without its screen-only note) names no record, route or command (review stop 27, item 10)
        assertThat(page).contains(".screen{display:none}");
        String printed = page.replaceAll("(?s)<div class=\"screen\">.*?</div>", "");
        assertThat(printed).as(ev).doesNotContain(ev).doesNotContain("GET /").doesNotContain("curl").doesNotContain("/organizations/")
            .doesNotContain("evaluation-0");
        assertThat(page).contains("GET " + r.get("verification").get("route").asText());
        // every article an indicator counts, each kept whole
        for (JsonNode i : r.get("indicators")) {
          List<String> cells = new ArrayList<>();
          i.get("clausesZh").forEach(c -> cells.add("<span class=\"nw\">" + c.asText() + "</span>"));
          assertThat(page).contains(String.join("、", cells));
        }
        // the trace is pointed to only when it lists a finding or a sanction
        boolean findings = e.get("trace") != null && !e.get("trace").isNull()
            && (e.get("trace").toString().contains("\"kind\":\"FINDING\"") || e.get("trace").toString().contains("\"kind\":\"SANCTION\""));
        // right under the result, why (review stop 28, P1): no grade names each gate that failed, from the trace's findings
        // and sanctions; “not every indicator at its threshold” only where it stopped gold; no validity for no grade (P2)
        String result = page.substring(page.indexOf("id=\"result\""), page.indexOf("id=\"indicators\""));
        String reason = result.substring(result.indexOf("<p class=\"reason\""), result.indexOf("</p>", result.indexOf("<p class=\"reason\"")));
        assertThat(result.indexOf("<p class=\"reason\"")).as(ev).isLessThan(result.indexOf("<table"));
        String code = e.get("rating").get("code").asText();
        if (code.equals("NONE")) {
          noGrade++;
          assertThat(reason).as(ev).contains("不予评定等级", "Not rated, because").doesNotContain("并非每项指标均达到门槛");
          for (JsonNode n : traceNodes(r.get("traceZh"))) {
            if (n.get("kind").asText().equals("FINDING")) {
              assertThat(reason).as(ev).contains("不符合约束性要求（" + String.join("、", list(n.get("clauses")).stream().map(JsonNode::asText).toList()));
            }
          }
          assertThat(reason.contains("仍在生效")).as(ev).isEqualTo(r.get("traceZh").toString().contains("\"kind\":\"SANCTION\""));
          assertThat(page).as(ev).doesNotContain("有效期至", "Valid until");
        } else {
          assertThat(reason).as(ev).contains("评为" + e.get("rating").get("zh").asText()).doesNotContain("不予评定等级");
          assertThat(reason.contains("并非每项指标均达到门槛")).as(ev).isEqualTo(code.equals("SILVER")
              && e.get("totalPercent").decimalValue().compareTo(r.get("gates").get("goldPercent").decimalValue()) >= 0);
        }
        if (r.get("gates") != null && !r.get("gates").isNull()) {
          assertThat(page.contains("见下文“评价依据”")).as(ev).isEqualTo(findings);
          assertThat(page).doesNotContainPattern("threshold\\.[^ <]");
        }
        assertThat(signed).as(ev).doesNotContain("…").doesNotContain(ev).doesNotContain(id + " ")
            .doesNotContain(e.get("evaluator").asText() + " ").contains("条形为得分率");
        assertThat(page.indexOf("id=\"verification\"")).isGreaterThan(page.indexOf("id=\"signatures\""));
        for (var other : names.entrySet()) {
          if (!other.getKey().equals(id)) {
            assertThat(page).as("report of %s names %s", id, other.getKey()).doesNotContain(other.getKey() + "\"", other.getKey() + "<",
                Pages.escape(other.getValue()));
            assertThat(json).doesNotContain("\"" + other.getKey() + "\"", "\"" + other.getValue() + "\"");
          }
        }
        assertThat(page).contains("第三方评价报告", "Evaluation report", Pages.escape(names.get(id)), "同辖区对标", "评价依据", "复核",
            e.get("dossierHash").asText(), "@media print", "<svg class=\"chart\"").doesNotContain("<script");
        // money one way (review stop 28 P10, decision 0632): no amount of four digits or more ungrouped, in either language
        assertThat(page).as(id).doesNotContainPattern("\\d{4,}(\\.\\d{2})?(元| yuan)").doesNotContainPattern("计量值\\d{5,}");
        if (peers.get("shown").asBoolean()) {
          assertThat(page).contains("<svg class=\"histogram\"");
        }
      }
    }
    assertThat(reports).as("evaluations in the demo registry").isGreaterThan(3);
    // the demo suspends POs after their evaluation (org-000009, org-000019): verified with the change listed, not failed
    assertThat(verifiedAfterLaterChanges).as("evaluations verified with changes entered after them").isPositive();
    assertThat(shown).as("reports with a peer distribution shown").isPositive();
    assertThat(ruleLists).as("rows of the rule list A15-dispute-system + A16-ip-system").isPositive();
    assertThat(noGrade).as("reports of no grade").isPositive();
    System.out.println("EVALUATION REPORT: " + reports + " reports checked against their evaluations, " + shown
        + " with a peer distribution, 0 peers named");
  }

  /** Review stop 28, P2: a public PO whose current result is no grade shows one line, with no validity and no standing. */
  @Test
  void the_public_page_gives_no_grade_one_line_and_never_withholds_it() {
    int seen = 0;
    for (var o : ports.organizations().list(OrganizationQuery.all(500))) {
      var r = http.get("/public/organizations/" + o.id().value()).send();
      if (r.status() != 200 || r.json().get("rating") == null || r.json().get("rating").isNull()
          || !r.json().get("rating").get("rating").get("code").asText().equals("NONE")) {
        continue;
      }
      seen++;
      JsonNode rating = r.json().get("rating");
      assertThat(rating.get("validUntil").isNull()).as(o.id().value()).isTrue();
      assertThat(rating.get("standing").get("code").asText()).isEqualTo("IN_FORCE");
      assertThat(rating.get("withheldBy")).isEmpty();
      String page = http.get("/public/organizations/" + o.id().value() + ".html").send().body();
      String on = rating.get("evaluatedOn").asText();
      assertThat(page).contains("未评定等级（" + Pages.date(LocalDate.parse(on)) + "） · not rated (" + Pages.dateEn(LocalDate.parse(on)) + ")")
          .doesNotContain("有效期", "暂停适用", "评价结果效力", "no rating");
    }
    assertThat(seen).as("public POs whose current result is no grade").isPositive();
  }

  @Test
  void the_report_is_read_as_the_evaluation_is() {
    String ev = ports.evaluations().of(new dev.clustergov.core.organization.OrganizationId(secretariatPo)).get(0).id().value();
    String path = "/organizations/" + secretariatPo + "/evaluations/" + ev + "/report";
    assertThat(http.get(path).token(SECRETARIAT).send().status()).isEqualTo(200);
    assertThat(http.get(path).send().status()).isEqualTo(401);
    var po = ports.organizations().find(new dev.clustergov.core.organization.OrganizationId(secretariatPo)).orElseThrow();
    var cluster = ports.clusters().find(po.cluster()).orElseThrow();
    boolean shenzhenCovers = RegionCode.parse("r", "440300").get().covers(cluster.region());
    assertThat(http.get(path).token(SHENZHEN).send().status()).isEqualTo(shenzhenCovers ? 200 : 403);
    assertThat(http.get("/organizations/" + secretariatPo + "/evaluations/evaluation-999999/report").token(SECRETARIAT).send().status())
        .isEqualTo(404);
    var html = http.get(path).token(SECRETARIAT).header("Accept", "text/html").send();
    assertThat(html.header("Content-Type")).startsWith("text/html");
    assertThat(html.header("Vary")).isEqualTo("Accept");
  }
}
