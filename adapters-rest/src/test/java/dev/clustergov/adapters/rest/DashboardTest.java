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

  private ClustergovServer server;
  private Http http;
  private List<JsonNode> authorities;
  private String suzhou;
  private String shenzhen;
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
    server = ClustergovServer.builder().ports(() -> ports).tokens(NATIONAL + " authority " + national + "\n" + SUZHOU + " authority " + suzhou)
        .start("127.0.0.1", 0);
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
      List<JsonNode> pos = list(get(d.get("organizations").get("href").asText()).get("items"));
      assertThat(d.get("organizations").get("value").asLong()).isEqualTo(pos.size());
      totals.merge("organizations", (long) pos.size(), Long::sum);

      // by lifecycle stage: the count is the length of the filtered list it links to
      for (JsonNode s : d.get("stages")) {
        JsonNode f = s.get("figure");
        assertThat(f.get("href").asText()).isEqualTo("/organizations?authority=" + a + "&stage=" + s.get("code").asText() + "&limit=500");
        assertThat(f.get("value").asLong()).as(a + " " + s.get("code")).isEqualTo(get(f.get("href").asText()).get("items").size());
      }

      // ratings in force on the day, and those expiring within 90 days: recounted from each PO's evaluations
      Map<String, Long> inForce = new HashMap<>();
      Map<String, Long> expiring = new HashMap<>();
      Set<String> evaluations = new TreeSet<>();
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
          inForce.merge(rating, 1L, Long::sum);
          if (!LocalDate.parse(current.get("validUntil").asText()).isAfter(on.plusDays(Dashboard.EXPIRING_DAYS))) {
            expiring.merge(rating, 1L, Long::sum);
          }
          evaluations.add(current.get("id").asText());
        }
      }
      for (JsonNode x : d.get("ratings").get("byRating")) {
        String rating = x.get("rating").asText();
        assertThat(x.get("inForce").get("value").asLong()).as(a + " " + rating).isEqualTo(inForce.getOrDefault(rating, 0L));
        assertThat(x.get("expiring").get("value").asLong()).as(a + " expiring " + rating).isEqualTo(expiring.getOrDefault(rating, 0L));
      }
      Set<String> listed = new TreeSet<>();
      for (JsonNode x : d.get("ratings").get("records")) {
        listed.add(x.get("evaluation").asText());
        assertThat(get(x.get("href").asText()).get("rating").get("code").asText()).isEqualTo(x.get("rating").asText());
      }
      assertThat(listed).isEqualTo(evaluations);
      totals.merge("ratings", (long) evaluations.size(), Long::sum);

      // overdue disclosures: the OVERDUE items of the route the figure links to
      JsonNode od = d.get("overdueDisclosures").get("figure");
      assertThat(od.get("href").asText()).isEqualTo("/authorities/" + a + "/disclosure-obligations?on=" + on);
      long overdue = list(get(od.get("href").asText()).get("items")).stream().filter(i -> i.get("status").asText().equals("OVERDUE")).count();
      assertThat(od.get("value").asLong()).as(a + " overdue disclosures").isEqualTo(overdue);
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
            x.get("citations").forEach(c -> failing.computeIfAbsent(c.get("en").asText(), k -> new TreeSet<>()).add(po.get("id").asText()));
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
    // an overdue major matter is said in words, never by its event type (attack pass F7)
    for (JsonNode item : d.get("overdueDisclosures").get("items")) {
      if (!item.get("kind").asText().equals("ANNUAL_REPORT")) {
        String matter = item.get("matter").asText();
        assertThat(r.body()).as(authority + " shows the matter " + matter).contains(
            dev.clustergov.core.disclosure.MajorMatters.label(matter).zh()).doesNotContain(matter);
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
}
