package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The jurisdiction dashboard (decision 0430) says what the JSON routes say: over the demo registry, for every
 * authority, each figure is recounted from the routes of the records behind it — the POs by stage from
 * {@code /organizations?authority=&stage=}, the ratings from each PO's evaluations, the overdue disclosures from the
 * authority's disclosure obligations, the overdue rectifications from each PO's inspections and sanctions, each failed
 * clause from each PO's compliance report, each coverage cell from each PO's coverage and the incentives from each PO's
 * awards — and the page shows exactly the JSON's figures, each linking where the JSON says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class DashboardTest {

  static final String NATIONAL = "token-national-dashboard-test-01";
  static final String SUZHOU = "token-suzhou-dashboard-test-0001";
  static final String JIANGSU = "token-jiangsu-dashboard-test-001";

  private ClustergovServer server;
  private Http http;
  private List<JsonNode> authorities;
  private String suzhou;
  private String shenzhen;
  private String jiangsu;
  private int granted;

  @BeforeAll
  void start() {
    InMemoryClustergov memory = new InMemoryClustergov();
    Ports ports = memory.ports();
    Demo.loadAll(ports, dev.clustergov.adapters.rest.demo.DemoData.Size.DEMO); // what --demo loads
    // the demo grants no incentive: each PO's own authority grants last year's where the gates let it (Art.29)
    LocalDate today = ports.clock().today();
    int year = today.getYear() - 1;
    for (var o : ports.organizations().list(dev.clustergov.core.application.port.OrganizationQuery.all(500))) {
      var granted = dev.clustergov.core.application.Clustergov.using(ports).as(new dev.clustergov.core.application.Actor.Authority(o.authority()))
          .grantIncentive().handle(new dev.clustergov.core.application.supervision.GrantIncentive.Command(o.authority(), o.id(),
              LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
      this.granted += granted.isRight() ? 1 : 0;
    }
    assertThat(this.granted).as("incentives granted for the test").isPositive();
    String national = ports.authorities().all().stream().filter(a -> a.jurisdiction().equals(RegionCode.NATIONAL)).findFirst()
        .orElseThrow().id().value();
    suzhou = ports.authorities().all().stream().filter(a -> a.jurisdiction().value().equals("320500")).findFirst().orElseThrow().id().value();
    shenzhen = ports.authorities().all().stream().filter(a -> a.jurisdiction().value().equals("440300")).findFirst().orElseThrow().id().value();
    jiangsu = ports.authorities().all().stream().filter(a -> a.jurisdiction().value().equals("320000")).findFirst().orElseThrow().id().value();
    server = ClustergovServer.builder().ports(() -> ports).tokens(NATIONAL + " authority " + national + "\n" + SUZHOU + " authority " + suzhou
        + "\n" + JIANGSU + " authority " + jiangsu).start("127.0.0.1", 0);
    http = new Http(server.port());
    authorities = new ArrayList<>();
    http.get("/authorities").send().json().get("items").forEach(authorities::add);
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.stop(java.time.Duration.ofSeconds(2));
    }
  }

  /** Decision 0632: foundingEnded takes true or false and nothing else; true and false split DISSOLVED between them. */
  @Test
  void founding_ended_filters_split_the_dissolved_and_refuse_any_other_value() {
    var bad = http.get("/organizations?stage=DISSOLVED&foundingEnded=yes").token(NATIONAL).send();
    assertThat(bad.status()).isEqualTo(400);
    assertThat(bad.body()).contains("foundingEnded");
    int all = get("/organizations?stage=DISSOLVED&limit=500").get("items").size();
    int ended = get("/organizations?stage=DISSOLVED&foundingEnded=true&limit=500").get("items").size();
    int dissolved = get("/organizations?stage=DISSOLVED&foundingEnded=false&limit=500").get("items").size();
    assertThat(ended).isPositive();
    assertThat(ended + dissolved).isEqualTo(all);
  }

  private JsonNode get(String path) {
    var r = http.get(path).token(NATIONAL).send();
    assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
    return r.json();
  }

  private static List<JsonNode> list(JsonNode n) {
    List<JsonNode> out = new ArrayList<>();
    n.forEach(out::add);
    return out;
  }

  @Test
  void every_figure_of_every_authoritys_dashboard_equals_what_the_json_routes_say() {
    Map<String, Long> totals = new LinkedHashMap<>();
    for (JsonNode authority : authorities) {
      String a = authority.get("id").asText();
      JsonNode d = get("/authorities/" + a + "/dashboard?from=2020-01-01");
      LocalDate on = LocalDate.parse(d.get("on").asText());
      LocalDate from = LocalDate.parse(d.get("from").asText());
      LocalDate to = LocalDate.parse(d.get("to").asText());
      assertThat(from).isEqualTo(LocalDate.of(2020, 1, 1));
      String j = authority.get("jurisdiction").asText();
      assertThat(d.get("organizations").get("href").asText()).isEqualTo("/organizations?jurisdiction=" + j + "&limit=500");
      List<JsonNode> pos = list(get(d.get("organizations").get("href").asText()).get("items"));
      assertThat(d.get("organizations").get("value").asLong()).isEqualTo(pos.size());
      totals.merge("organizations", (long) pos.size(), Long::sum);

      // the roll-up (decision 0510): exactly the POs each authority inside the jurisdiction supervises, each counted on the
      // list of that authority's POs its figure links to
      Set<String> rolledUp = new TreeSet<>();
      pos.forEach(p -> rolledUp.add(p.get("id").asText()));
      Set<String> bySupervisor = new TreeSet<>();
      Set<String> inside = new TreeSet<>();
      for (JsonNode b : authorities) {
        if (RegionCode.NATIONAL.value().equals(j) || covers(j, b.get("jurisdiction").asText())) {
          inside.add(b.get("id").asText());
          get("/organizations?authority=" + b.get("id").asText() + "&limit=500").get("items").forEach(p -> bySupervisor.add(p.get("id").asText()));
        }
      }
      assertThat(rolledUp).as(a + " rolls up its jurisdiction").isEqualTo(bySupervisor);
      Set<String> listed0 = new TreeSet<>();
      for (JsonNode x : d.get("authorities")) {
        listed0.add(x.get("authority").asText());
        JsonNode f = x.get("organizations");
        assertThat(f.get("value").asLong()).as(a + " " + x.get("authority")).isEqualTo(get(f.get("href").asText()).get("items").size());
        assertThat(x.get("dashboard").asText()).isEqualTo("/authorities/" + x.get("authority").asText() + "/dashboard");
      }
      assertThat(listed0).isEqualTo(inside).contains(a);
      if (rolledUp.size() > get("/organizations?authority=" + a + "&limit=500").get("items").size()) {
        rolledUpSomewhere++;
      }

      // by lifecycle stage: the count is the number of POs on the filtered list it links to, each carrying the row's label — a
      // PO dissolved while proposed (no establishedOn) reads 已终止筹建 and has a filter of its own apart from 已注销 (Guard
      // A6-lifecycle, decision 0632: review stop 28 P3 found both rows linking to one list, the “0” opening 3 POs)
      Set<String> labels = new TreeSet<>();
      Set<String> hrefs = new TreeSet<>();
      for (JsonNode s : d.get("stages")) {
        JsonNode f = s.get("figure");
        labels.add(s.get("zh").asText());
        assertThat(hrefs.add(f.get("href").asText())).as("one list per row: " + f.get("href").asText()).isTrue();
        assertThat(f.get("href").asText()).startsWith("/organizations?jurisdiction=" + j + "&stage=" + s.get("code").asText());
        List<JsonNode> listed = list(get(f.get("href").asText()).get("items"));
        assertThat(f.get("value").asLong()).as(a + " " + s.get("code") + " " + s.get("zh")).isEqualTo(listed.size());
        assertThat(listed).as(a + " " + s.get("zh")).allSatisfy(p -> assertThat(p.get("stage").get("zh").asText()).isEqualTo(s.get("zh").asText()));
        for (JsonNode p : listed) {
          if (p.get("stage").get("code").asText().equals("DISSOLVED")) {
            assertThat(p.get("stage").get("zh").asText()).as(p.get("id").asText())
                .isEqualTo(p.hasNonNull("establishedOn") ? "已注销" : "已终止筹建");
          }
        }
      }
      assertThat(labels).as(a).contains("已注销", "已终止筹建");

      // ratings in force on the day, those withheld under a sanction (decision 0511), and those in force expiring within 90
      // days: recounted from each PO's evaluations, its sanctions, its stage and the policy in force for its cluster
      Map<String, Long> inForce = new HashMap<>();
      Map<String, Long> expiring = new HashMap<>();
      Map<String, Long> withheld = new HashMap<>();
      Set<String> evaluations = new TreeSet<>();
      Set<String> withheldEvaluations = new TreeSet<>();
      for (JsonNode po : pos) {
        JsonNode current = null;
        for (JsonNode e : get("/organizations/" + po.get("id").asText() + "/evaluations").get("items")) {
          LocalDate day = LocalDate.parse(e.get("evaluatedOn").asText());
          LocalDate until = LocalDate.parse(e.get("validUntil").asText());
          if (!day.isAfter(on) && !until.isBefore(on) && (current == null || !day.isBefore(LocalDate.parse(current.get("evaluatedOn").asText())))) {
            current = e;
          }
        }
        if (current != null) {
          String rating = current.get("rating").get("code").asText();
          // nothing can be withheld from a PO with no grade, and no grade has no validity to expire (review stop 28, P2)
          if (!rating.equals("NONE") && withheld(po, on)) {
            withheld.merge(rating, 1L, Long::sum);
            withheldEvaluations.add(current.get("id").asText());
          } else {
            inForce.merge(rating, 1L, Long::sum);
            if (!rating.equals("NONE") && !LocalDate.parse(current.get("validUntil").asText()).isAfter(on.plusDays(Dashboard.EXPIRING_DAYS))) {
              expiring.merge(rating, 1L, Long::sum);
            }
          }
          evaluations.add(current.get("id").asText());
        }
      }
      for (JsonNode x : d.get("ratings").get("byRating")) {
        String rating = x.get("rating").asText();
        assertThat(x.get("inForce").get("value").asLong()).as(a + " " + rating).isEqualTo(inForce.getOrDefault(rating, 0L));
        assertThat(x.get("expiring").get("value").asLong()).as(a + " expiring " + rating).isEqualTo(expiring.getOrDefault(rating, 0L));
        assertThat(x.get("withheld").get("value").asLong()).as(a + " withheld " + rating).isEqualTo(withheld.getOrDefault(rating, 0L));
        if (rating.equals("NONE")) {
          assertThat(x.get("withheld").get("value").asLong()).as(a + " no grade withheld").isZero();
          assertThat(x.get("en").asText()).isEqualTo("not rated");
        }
      }
      assertThat(d.get("ratings").get("withheld").get("value").asLong()).isEqualTo(withheldEvaluations.size());
      assertThat(d.get("ratings").get("inForce").get("value").asLong()).isEqualTo(evaluations.size() - withheldEvaluations.size());
      Set<String> listed = new TreeSet<>();
      Set<String> listedWithheld = new TreeSet<>();
      for (JsonNode x : d.get("ratings").get("records")) {
        listed.add(x.get("evaluation").asText());
        assertThat(get(x.get("href").asText()).get("rating").get("code").asText()).isEqualTo(x.get("rating").asText());
        if (x.get("standing").asText().equals("WITHHELD")) {
          listedWithheld.add(x.get("evaluation").asText());
          assertThat(x.get("expiring").asBoolean()).isFalse();
          // the withheld state says why, citing the clause, in Chinese and English
          assertThat(x.get("withheldBy")).isNotEmpty().allSatisfy(w -> {
            assertThat(w.get("clause").asText()).isEqualTo("Art.29");
            assertThat(w.get("zh").asText()).contains("第二十九条");
            assertThat(w.get("en").asText()).contains("Art.29");
          });
        } else {
          assertThat(x.get("standing").asText()).isEqualTo("IN_FORCE");
          assertThat(x.get("withheldBy")).isEmpty();
        }
      }
      assertThat(listed).isEqualTo(evaluations);
      assertThat(listedWithheld).isEqualTo(withheldEvaluations);
      totals.merge("ratings", (long) evaluations.size() - withheldEvaluations.size(), Long::sum);
      totals.merge("ratingsWithheld", (long) withheldEvaluations.size(), Long::sum);

      // overdue disclosures: the OVERDUE items of the route the figure links to
      JsonNode od = d.get("overdueDisclosures").get("figure");
      assertThat(od.get("href").asText()).isEqualTo("/authorities/" + a + "/disclosure-obligations?on=" + on + "&jurisdiction=" + j);
      long overdue = list(get(od.get("href").asText()).get("items")).stream().filter(i -> i.get("status").asText().equals("OVERDUE")).count();
      assertThat(od.get("value").asLong()).as(a + " overdue disclosures").isEqualTo(overdue);
      // the roll-up of the obligations is that of each authority inside the jurisdiction
      long overdueBySupervisor = 0;
      for (String b : inside) {
        overdueBySupervisor += list(get("/authorities/" + b + "/disclosure-obligations?on=" + on).get("items")).stream()
            .filter(i -> i.get("status").asText().equals("OVERDUE")).count();
      }
      assertThat(overdue).as(a + " overdue disclosures of the authorities inside").isEqualTo(overdueBySupervisor);
      totals.merge("overdueDisclosures", overdue, Long::sum);

      // overdue rectifications: open findings past their deadline, rectification orders in force past theirs
      long rectifications = 0;
      for (JsonNode po : pos) {
        String id = po.get("id").asText();
        for (JsonNode i : get("/organizations/" + id + "/inspections").get("items")) {
          for (JsonNode f : i.get("findings")) {
            if (f.get("open").asBoolean() && on.isAfter(LocalDate.parse(f.get("rectifyBy").asText()))) {
              rectifications++;
            }
          }
        }
        for (JsonNode s : get("/organizations/" + id + "/sanctions").get("items")) {
          if (s.get("kind").asText().equals("RECTIFICATION_ORDER") && s.get("inForce").asBoolean()
              && on.isAfter(LocalDate.parse(s.get("rectifyBy").asText()))) {
            rectifications++;
          }
        }
      }
      assertThat(d.get("overdueRectifications").get("figure").get("value").asLong()).as(a + " rectifications").isEqualTo(rectifications);
      assertThat(d.get("overdueRectifications").get("items").size()).isEqualTo((int) rectifications);
      totals.merge("overdueRectifications", rectifications, Long::sum);

      // the clauses most often failed: each one's count is the POs whose compliance report fails a rule citing it
      Map<String, Set<String>> failing = new HashMap<>();
      for (JsonNode po : pos) {
        if (!Set.of("ESTABLISHED", "RECOGNISED", "SUSPENDED").contains(po.get("stage").get("code").asText())) {
          continue;
        }
        for (JsonNode x : get("/organizations/" + po.get("id").asText() + "/compliance").get("assessments")) {
          if (x.get("outcome").asText().equals("FAIL")) {
            // a rule counts under its own clause only, the first it cites (review stop 25 item 10)
            failing.computeIfAbsent(x.get("citations").get(0).get("en").asText(), k -> new TreeSet<>()).add(po.get("id").asText());
          }
        }
      }
      List<Long> counts = new ArrayList<>();
      for (JsonNode c : d.get("failedClauses")) {
        String clause = c.get("clause").asText();
        assertThat(c.get("figure").get("value").asLong()).as(a + " " + clause).isEqualTo(failing.get(clause).size());
        Set<String> shown = new TreeSet<>();
        c.get("organizations").forEach(p -> shown.add(p.get("id").asText()));
        assertThat(shown).isEqualTo(failing.get(clause));
        assertThat(get(c.get("articleHref").asText()).get("number").asInt()).isEqualTo(c.get("article").asInt());
        c.get("rules").forEach(rule -> assertThat(http.get("/rules/" + rule.asText()).send().status()).isEqualTo(200));
        counts.add(c.get("figure").get("value").asLong());
      }
      // no rule is listed under two clauses
      List<String> listedRules = new ArrayList<>();
      d.get("failedClauses").forEach(c -> c.get("rules").forEach(rule -> listedRules.add(rule.asText())));
      assertThat(listedRules).as(a + " rules listed").doesNotHaveDuplicates();
      // the most often failed first: no clause left out fails more POs than the last one listed
      assertThat(counts).isSortedAccordingTo(java.util.Comparator.reverseOrder());
      long last = counts.isEmpty() ? Long.MAX_VALUE : counts.get(counts.size() - 1);
      assertThat(d.get("failedClauses").size()).isEqualTo(Math.min(Dashboard.TOP_CLAUSES, failing.size()));
      if (failing.size() > Dashboard.TOP_CLAUSES) {
        Set<String> shownClauses = new TreeSet<>();
        d.get("failedClauses").forEach(c -> shownClauses.add(c.get("clause").asText()));
        failing.forEach((clause, p) -> {
          if (!shownClauses.contains(clause)) {
            assertThat((long) p.size()).as(clause).isLessThanOrEqualTo(last);
          }
        });
      }
      totals.merge("failedClauses", (long) counts.size(), Long::sum);

      // coverage: a cell is the number of POs whose coverage in the period shows an activity on the item
      Map<String, Long> covering = new HashMap<>();
      Map<String, Long> activities = new HashMap<>();
      for (JsonNode po : pos) {
        if (!Set.of("ESTABLISHED", "RECOGNISED", "SUSPENDED").contains(po.get("stage").get("code").asText())) {
          continue;
        }
        JsonNode c = get("/organizations/" + po.get("id").asText() + "/coverage?from=" + from + "&to=" + to);
        for (JsonNode f : c.get("functions")) {
          for (JsonNode i : f.get("items")) {
            int n = i.get("tally").get("activities").asInt();
            if (n > 0) {
              covering.merge(i.get("item").asText(), 1L, Long::sum);
              activities.merge(i.get("item").asText(), (long) n, Long::sum);
            }
          }
        }
      }
      int cells = 0;
      for (JsonNode f : d.get("coverage").get("functions")) {
        for (JsonNode i : f.get("items")) {
          cells++;
          String item = i.get("item").asText();
          assertThat(i.get("organizations").get("value").asLong()).as(a + " " + item).isEqualTo(covering.getOrDefault(item, 0L));
          assertThat(i.get("activities").asLong()).as(a + " activities " + item).isEqualTo(activities.getOrDefault(item, 0L));
        }
      }
      assertThat(d.get("coverage").get("functions").size()).isEqualTo(7);
      assertThat(cells).isEqualTo(32);
      totals.merge("coverage", covering.values().stream().mapToLong(Long::longValue).sum(), Long::sum);

      // incentives granted in the period, and their total
      long awards = 0;
      BigDecimal total = BigDecimal.ZERO;
      for (JsonNode po : pos) {
        for (JsonNode x : get("/organizations/" + po.get("id").asText() + "/incentive-awards").get("items")) {
          LocalDate granted = LocalDate.parse(x.get("grantedOn").asText());
          if (!granted.isBefore(from) && !granted.isAfter(to)) {
            awards++;
            total = total.add(new BigDecimal(x.get("amount").asText()));
          }
        }
      }
      assertThat(d.get("incentives").get("figure").get("value").asLong()).as(a + " awards").isEqualTo(awards);
      assertThat(new BigDecimal(d.get("incentives").get("total").asText())).isEqualByComparingTo(total);
      totals.merge("incentives", awards, Long::sum);

      // the page shows the JSON's figures, each linking where the JSON says
      pageShowsTheFigures(a, d);
    }
    // the demo registry exercises every kind of figure somewhere, so none of the comparisons above is vacuous
    assertThat(totals).allSatisfy((kind, n) -> assertThat(n).as(kind).isPositive());
    assertThat(majorMattersShown).as("overdue major matters checked on the pages").isPositive();
    assertThat(rolledUpSomewhere).as("a dashboard that counts more than its own authority's POs").isPositive();
  }

  /** Dashboards whose roll-up counts POs of an authority inside the jurisdiction: the demo must give some. */
  private int rolledUpSomewhere;

  /** Whether jurisdiction {@code j} covers region {@code r} (GB/T 2260: a province its cities, a city its counties). */
  private static boolean covers(String j, String r) {
    return new RegionCode(j).covers(new RegionCode(r));
  }

  /**
   * Whether the PO's rating is withheld on {@code on}, recounted from the routes: a sanction in force of a kind that the
   * policy in force for its cluster lists in {@code sanction.blocksRating}, or its recognition suspended or revoked since
   * a day not after {@code on}, when the policy lists that kind.
   */
  private boolean withheld(JsonNode po, LocalDate on) {
    String cluster = po.get("application").get("cluster").asText();
    Set<String> blocking = new TreeSet<>(List.of(get("/clusters/" + cluster + "/policy?date=" + on).get("values")
        .get("sanction.blocksRating").asText().split("[^A-Z_]+")));
    for (JsonNode s : get("/organizations/" + po.get("id").asText() + "/sanctions").get("items")) {
      if (s.get("inForce").asBoolean() && blocking.contains(s.get("kind").asText())) {
        return true;
      }
    }
    String stage = po.get("stage").get("code").asText();
    String kind = stage.equals("SUSPENDED") ? "SUSPENSION" : stage.equals("REVOKED") ? "REVOCATION" : null;
    return kind != null && blocking.contains(kind) && po.hasNonNull("stageChangedOn")
        && !LocalDate.parse(po.get("stageChangedOn").asText()).isAfter(on);
  }

  private static final Pattern FIGURE = Pattern.compile("<a class=\"fig\" data-figure=\"([^\"]+)\" href=\"([^\"]+)\">(\\d+)</a>");

  private void pageShowsTheFigures(String authority, JsonNode d) {
    var r = http.get("/authorities/" + authority + "/dashboard?from=2020-01-01").token(NATIONAL).header("Accept", "text/html").send();
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("text/html");
    assertThat(r.body()).doesNotContain("<script");
    Map<String, String[]> shown = new HashMap<>();
    Matcher m = FIGURE.matcher(r.body());
    while (m.find()) {
      shown.put(m.group(1), new String[] {m.group(2).replace("&amp;", "&"), m.group(3)});
    }
    List<JsonNode> figures = new ArrayList<>();
    collect(d, figures);
    assertThat(figures).isNotEmpty();
    for (JsonNode f : figures) {
      String key = f.get("key").asText();
      assertThat(shown).as(authority + " shows " + key).containsKey(key);
      assertThat(shown.get(key)[0]).as(key).isEqualTo(f.get("href").asText());
      assertThat(shown.get(key)[1]).as(key).isEqualTo(f.get("value").asText());
    }
    assertThat(shown.keySet()).hasSize(figures.size());
    // review stop 27, items 11 and 20: the acting authority named by the term, no date or clause split across lines, each
    // bar's English on its own line under its Chinese
    assertThat(r.body()).contains("由各集群发展促进组织的主管部门办理").doesNotContain("各组织的主管部门").doesNotContain("被暂停")
        .doesNotContain("被撤销").doesNotContainPattern("<td>\\d{4}年\\d{1,2}月\\d{1,2}日</td>")
        .doesNotContainPattern("<td>第[一二三四五六七八九十]+条[^<]*</td>").doesNotContain("<text x=\"0\" y=\"22\">认定已暂停 recognition suspended");
    for (JsonNode x : d.get("overdueRectifications").get("items")) {
      assertThat(r.body()).contains("<span class=\"nw\">" + Pages.date(java.time.LocalDate.parse(x.get("rectifyBy").asText())) + "</span>");
    }
    // an overdue major matter is said in words, never by its event type (attack pass F7)
    for (JsonNode item : d.get("overdueDisclosures").get("items")) {
      if (!item.get("kind").asText().equals("ANNUAL_REPORT")) {
        String matter = item.get("matter").asText();
        assertThat(r.body()).as(authority + " shows the matter " + matter).contains(
            "重大事项：" + dev.clustergov.core.disclosure.MajorMatters.label(matter).zh() + "（"
                + Pages.date(java.time.LocalDate.parse(item.get("arisenOn").asText())) + "）").doesNotContain(matter);
        majorMattersShown++;
      }
    }
  }

  /** Overdue major matters the pages were checked on: the demo must give some. */
  private int majorMattersShown;

  /** Every figure of the view, wherever it is: an object with key, value and href. */
  private static void collect(JsonNode n, List<JsonNode> out) {
    if (n.isObject() && n.has("key") && n.has("value") && n.has("href")) {
      out.add(n);
      return;
    }
    n.forEach(child -> collect(child, out));
  }

  @Test
  void an_authority_reads_its_own_dashboard_and_none_of_a_neighbours() {
    assertThat(http.get("/authorities/" + suzhou + "/dashboard").token(SUZHOU).send().status()).isEqualTo(200);
    var r = http.get("/authorities/" + shenzhen + "/dashboard").token(SUZHOU).send();
    assertThat(r.status()).as(r.body()).isEqualTo(403);
    assertThat(r.body()).contains("Art.6");
    assertThat(http.get("/authorities/" + suzhou + "/dashboard").send().status()).isEqualTo(401);
    // an authority that does not exist is refused as a neighbour's is: its existence is not told
    assertThat(http.get("/authorities/authority-999999/dashboard").token(SUZHOU).send().status()).isEqualTo(403);
    assertThat(http.get("/authorities/" + suzhou + "/dashboard?from=2025-13-01").token(SUZHOU).send().status()).isEqualTo(400);
  }

  @Test
  void a_province_reads_its_cities_pos_on_its_own_dashboard_but_acts_on_none_of_them() {
    // Jiangsu's own dashboard counts Suzhou's POs (attack pass F2): the same as the filtered list, read with its own token
    JsonNode d = http.get("/authorities/" + jiangsu + "/dashboard").token(JIANGSU).send().json();
    var list = http.get("/organizations?jurisdiction=320000&limit=500").token(JIANGSU).send();
    assertThat(list.status()).as(list.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    list.json().get("items").forEach(p -> ids.add(p.get("id").asText()));
    assertThat(d.get("organizations").get("value").asLong()).isEqualTo(ids.size());
    List<String> suzhous = new ArrayList<>();
    http.get("/organizations?authority=" + suzhou + "&limit=500").token(SUZHOU).send().json().get("items").forEach(p -> suzhous.add(p.get("id").asText()));
    assertThat(suzhous).isNotEmpty();
    assertThat(ids).containsAll(suzhous);
    assertThat(http.get("/authorities/" + jiangsu + "/disclosure-obligations?jurisdiction=320500").token(JIANGSU).send().status()).isEqualTo(200);

    // outside the caller's jurisdiction: 403 citing Art.6, as every scope refusal; a city cannot roll up its province
    for (String[] refused : new String[][] {{SUZHOU, "/organizations?jurisdiction=320000"}, {SUZHOU, "/organizations?jurisdiction=440300"},
        {JIANGSU, "/organizations?jurisdiction=000000"}, {JIANGSU, "/organizations?jurisdiction=440000&stage=RECOGNISED"}}) {
      var r = http.get(refused[1]).token(refused[0]).send();
      assertThat(r.status()).as(refused[1] + " " + r.body()).isEqualTo(403);
      assertThat(r.body()).contains("Art.6").contains("辖区");
    }
    // a region not inside the authority of the path, or not a region at all: 400, naming the field
    var outside = http.get("/authorities/" + suzhou + "/disclosure-obligations?jurisdiction=320000").token(JIANGSU).send();
    assertThat(outside.status()).as(outside.body()).isEqualTo(400);
    assertThat(outside.body()).contains("jurisdiction").contains("第六条");
    var malformed = http.get("/organizations?jurisdiction=32").token(JIANGSU).send();
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.body()).contains("jurisdiction").contains("GB/T 2260");

    // reading is not acting (Art.26 谁主管、谁负责): the province may not inspect or sanction a city's PO; Suzhou may
    String po = suzhous.get(0);
    var inspect = http.post("/organizations/" + po + "/inspections", Examples.INSPECTION).token(JIANGSU).send();
    assertThat(inspect.status()).as(inspect.body()).isEqualTo(403);
    assertThat(inspect.body()).contains("Art.26");
    var sanction = http.post("/organizations/" + po + "/sanctions", Examples.SANCTION).token(JIANGSU).send();
    assertThat(sanction.status()).as(sanction.body()).isEqualTo(403);
    assertThat(http.get("/organizations/" + po + "/sanctions").token(JIANGSU).send().status()).isEqualTo(200);
  }

  @Test
  void a_rating_under_a_sanction_is_withheld_on_the_dashboard_and_the_public_page_saying_why() {
    int seen = 0;
    for (JsonNode authority : authorities) {
      JsonNode d = get("/authorities/" + authority.get("id").asText() + "/dashboard");
      for (JsonNode x : d.get("ratings").get("records")) {
        String po = x.get("organization").get("id").asText();
        JsonNode pub = http.get("/public/organizations/" + po).send().json();
        assertThat(pub.get("rating").get("standing").get("code").asText()).as(po).isEqualTo(x.get("standing").asText());
        if (!x.get("standing").asText().equals("WITHHELD")) {
          assertThat(pub.get("rating").get("withheldBy")).isEmpty();
          continue;
        }
        seen++;
        assertThat(pub.get("rating").get("withheldBy")).isNotEmpty().allSatisfy(w -> {
          assertThat(w.get("clause").asText()).isEqualTo("Art.29");
          assertThat(w.get("zh").asText()).contains("第二十九条");
          assertThat(w.get("en").asText()).contains("Art.29");
          assertThat(w.has("reason")).isFalse();
        });
        var page = http.get("/public/organizations/" + po + ".html").send();
        // the label names the cause: 因处理决定 only when a sanction is recorded (review stop 26, item 3)
        // a recorded sanction withholds when one in force has the kind and day of a withholding
        Set<String> recorded = new TreeSet<>();
        http.get("/organizations/" + po + "/sanctions").token(NATIONAL).send().json().get("items").forEach(s -> {
          if (s.get("inForce").asBoolean()) {
            recorded.add(s.get("kind").asText() + "@" + s.get("decidedOn").asText());
          }
        });
        boolean sanctioned = false;
        for (JsonNode w : pub.get("rating").get("withheldBy")) {
          sanctioned |= recorded.contains(w.get("kind").asText() + "@" + w.get("since").asText());
        }
        String label = pub.get("rating").get("standing").get("zh").asText();
        if (sanctioned) {
          assertThat(label).as(po).isEqualTo("因处理决定暂停适用");
        } else {
          assertThat(label).as(po).isIn("因认定暂停而暂停适用", "因认定撤销而暂停适用");
          assertThat(page.body()).doesNotContain("因处理决定暂停适用").doesNotContain("withheld under a sanction");
        }
        assertThat(page.body()).contains(label).contains(pub.get("rating").get("standing").get("en").asText()).contains("第二十九条")
            .contains(pub.get("rating").get("withheldBy").get(0).get("zh").asText());
        var html = http.get("/authorities/" + authority.get("id").asText() + "/dashboard").token(NATIONAL).header("Accept", "text/html").send();
        assertThat(html.body()).contains("id=\"ratings-withheld\"").contains(Pages.text(x.get("withheldBy").get(0).get("zh").asText()));
      }
    }
    assertThat(seen).as("withheld ratings in the demo (Shenzhen's suspended PO, Changsha's under an order)").isPositive();
  }

  /**
   * Review stop 27, items 11, 15 and 16: the public page of every PO shows its fee items numbered in Chinese with their
   * amounts one way (20,000.00元), never their codes; its disclosures' dates kept whole and addresses wrapping; its JSON
   * gives each code with its words, the code itself unchanged; and a page asked for a PO not public answers as a page.
   */
  @Test
  void the_public_page_shows_no_code_and_writes_amounts_one_way_and_its_json_labels_each_code() {
    int fees = 0;
    int disclosures = 0;
    for (JsonNode po : list(get("/organizations?limit=500").get("items"))) {
      String id = po.get("id").asText();
      var json = http.get("/public/organizations/" + id).send();
      if (json.status() == 404) {
        var page = http.get("/public/organizations/" + id + ".html").send();
        assertThat(page.status()).isEqualTo(404);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("未找到该集群发展促进组织的公开信息").doesNotContain("\"status\"");
        continue;
      }
      JsonNode pub = json.json();
      String page = http.get("/public/organizations/" + id + ".html").send().body();
      for (JsonNode d : pub.get("disclosures")) {
        disclosures++;
        assertThat(d.get("kindLabel").get("code").asText()).isEqualTo(d.get("kind").asText());
        assertThat(d.get("channelLabel").get("code").asText()).isEqualTo(d.get("channel").asText());
        assertThat(d.get("channelLabel").get("zh").asText()).doesNotContainPattern("[A-Za-z]");
        assertThat(page).contains("<td class=\"date\">" + Pages.date(java.time.LocalDate.parse(d.get("publishedOn").asText())) + "</td>");
        if (!d.get("subject").isNull()) {
          assertThat(d.get("subjectLabel").get("code").asText()).isEqualTo(d.get("subject").asText());
          assertThat(d.get("subjectLabel").get("zh").asText()).doesNotContainPattern("[A-Za-z]");
        }
      }
      for (JsonNode f : pub.get("feeSchedules")) {
        assertThat(f.get("kindLabel").get("code").asText()).isEqualTo(f.get("kind").asText());
        int n = 0;
        for (JsonNode i : f.get("items")) {
          fees++;
          assertThat(i.get("pricingLabel").get("code").asText()).isEqualTo(i.get("pricing").asText());
          assertThat(page).doesNotContain(Pages.escape(i.get("code").asText()))
              .contains(dev.clustergov.core.guideline.Citation.chinese(++n) + "、" + Pages.text(i.get("name").asText()));
          if (i.get("pricing").asText().equals("FIXED")) {
            assertThat(page).contains(Pages.yuan(i.get("amount").decimalValue()));
          }
        }
      }
      // one way of writing amounts: no amount of four or more digits without its thousands grouped
      assertThat(page).doesNotContainPattern("\\d{4}\\.\\d{2}元").doesNotContain("\nth{width:14rem").contains("table.facts th{width:14rem}");
    }
    assertThat(fees).as("fee items on the demo's public pages").isPositive();
    assertThat(disclosures).as("disclosures on the demo's public pages").isPositive();
    assertThat(Pages.yuan(new java.math.BigDecimal("20000.00"))).isEqualTo("20,000.00元");
    var none = http.get("/public/organizations/org-999999.html").send();
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.header("Content-Type")).startsWith("text/html");
    assertThat(http.get("/public/organizations/org-999999").send().header("Content-Type")).startsWith("application/problem+json");
  }
}
