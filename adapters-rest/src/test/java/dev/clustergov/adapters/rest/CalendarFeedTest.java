package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.adapters.rest.demo.DemoData;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.testkit.Prerequisites;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The deadline calendars (decision 0431) over the demo registry, read by libical — the reference iCalendar library of
 * GNOME's Evolution, through its Python bindings ({@code src/test/resources/ical/check.py}; Debian's
 * {@code gir1.2-ical-3.0} and {@code python3-gi}, which {@code .ci/run} installs): every feed parses with no error and
 * passes libical's check of the properties RFC 5545 requires; every physical line ends in CRLF within 75 octets; its
 * events are exactly the deadlines the JSON routes tell, for a PO and for an authority, with UIDs that do not change from
 * one fetch to the next; text comes back as it was sent. A feed token opens its own calendar and nothing else.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CalendarFeedTest {

  static final Path PYTHON = Path.of("/usr/bin/python3");
  static final String NATIONAL = "token-national-calendar-test-001";
  static final String FEED_PO = "token-feed-po-calendar-test-0001";
  static final String FEED_AUTHORITY = "token-feed-authority-calendar-01";
  static final String FEED_REVOKED = "token-feed-revoked-calendar-0001";

  private ClustergovServer server;
  private Http http;
  private Ports ports;
  private String po;
  private String otherPo;
  private String authority;
  private Path check;

  @BeforeAll
  void start() throws Exception {
    Prerequisites.require(libical(), "libical's Python bindings are missing (apt-get install gir1.2-ical-3.0 python3-gi)");
    check = Files.createTempFile("check-", ".py");
    try (var in = CalendarFeedTest.class.getResourceAsStream("/ical/check.py")) {
      Files.write(check, in.readAllBytes());
    }
    InMemoryClustergov memory = new InMemoryClustergov();
    ports = memory.ports();
    Demo.loadAll(ports, DemoData.Size.DEMO);
    String national = ports.authorities().all().stream().filter(a -> a.jurisdiction().equals(RegionCode.NATIONAL)).findFirst()
        .orElseThrow().id().value();
    server = ClustergovServer.builder().ports(() -> ports).tokens(NATIONAL + " authority " + national).start("127.0.0.1", 0);
    http = new Http(server.port());
    // the PO with the most deadlines, and its authority
    Map<String, Integer> owed = new TreeMap<>();
    for (JsonNode o : get("/organizations?limit=500").get("items")) {
      owed.put(o.get("id").asText(), events("/organizations/" + o.get("id").asText() + "/deadlines.ics", NATIONAL, null).size());
    }
    po = owed.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
    otherPo = owed.keySet().stream().filter(x -> !x.equals(po)).findFirst().orElseThrow();
    authority = get("/organizations/" + po).get("application").get("authority").asText();
    server.stop(java.time.Duration.ofSeconds(2));
    server = ClustergovServer.builder().ports(() -> ports).tokens(String.join("\n", NATIONAL + " authority " + national,
        FEED_PO + " feed organization " + po, FEED_AUTHORITY + " feed authority " + authority,
        FEED_REVOKED + " feed organization " + po, FEED_REVOKED + " revoked")).start("127.0.0.1", 0);
    http = new Http(server.port());
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.stop(java.time.Duration.ofSeconds(2));
    }
  }

  private static boolean libical() {
    try {
      Process p = new ProcessBuilder(PYTHON.toString(), "-c", "import gi; gi.require_version('ICalGLib', '3.0'); from gi.repository import ICalGLib")
          .redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private JsonNode get(String path) {
    var r = http.get(path).token(NATIONAL).send();
    assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
    return r.json();
  }

  /** The feed at {@code path}, checked line by line and by libical; its events as libical reads them, by UID. */
  private Map<String, JsonNode> events(String path, String bearer, String feedToken) throws IOException, InterruptedException {
    var r = http.get(path + (feedToken == null ? "" : "?token=" + feedToken)).token(bearer).send();
    assertThat(r.status()).as(path + " " + r.body()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("text/calendar");
    return parse(r.body());
  }

  private Map<String, JsonNode> parse(String ics) throws IOException, InterruptedException {
    byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);
    lines(bytes);
    Path file = Files.createTempFile("feed-", ".ics");
    Files.write(file, bytes);
    Process p = new ProcessBuilder(PYTHON.toString(), check.toString(), file.toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    byte[] out = p.getInputStream().readAllBytes();
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    Files.deleteIfExists(file);
    JsonNode parsed = new ObjectMapper().readTree(out);
    assertThat(parsed.get("kind").asText()).isEqualTo("VCALENDAR");
    assertThat(parsed.get("errors")).as("libical on\n" + ics).isEmpty();
    Map<String, JsonNode> byUid = new TreeMap<>();
    for (JsonNode e : parsed.get("events")) {
      assertThat(e.get("allDay").asBoolean()).isTrue();
      assertThat(byUid.put(e.get("uid").asText(), e)).as("UIDs are unique: " + e.get("uid")).isNull();
    }
    return byUid;
  }

  /** RFC 5545 §3.1: every line ends in CRLF, no bare CR or LF, at most 75 octets before it; a folded line starts with a space. */
  private static void lines(byte[] bytes) {
    int start = 0;
    for (int i = 0; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        assertThat(i).as("a LF follows a CR").isGreaterThan(0);
        assertThat(bytes[i - 1]).as("a LF follows a CR").isEqualTo((byte) '\r');
        assertThat(i - 1 - start).as("octets on a line").isLessThanOrEqualTo(75);
        start = i + 1;
      } else if (bytes[i] == '\r') {
        assertThat(i + 1 < bytes.length && bytes[i + 1] == '\n').as("a CR is followed by a LF").isTrue();
      }
    }
    assertThat(start).as("the last line ends in CRLF").isEqualTo(bytes.length);
  }

  /** What the JSON routes say a PO owes and must rectify today, as the UIDs and days of the events expected. */
  private Map<String, LocalDate> expected(String organization, LocalDate on) {
    Map<String, LocalDate> uids = new TreeMap<>();
    for (JsonNode d : get("/organizations/" + organization + "/disclosure-obligations?on=" + on).get("items")) {
      String uid = d.get("kind").asText().equals("ANNUAL_REPORT")
          ? "annual-report-" + d.get("subject").asText() + "-" + organization + "@clustergov"
          : "major-matter-" + d.get("subject").asText() + "@clustergov";
      uids.put(uid, LocalDate.parse(d.get("dueOn").asText()));
    }
    for (JsonNode i : get("/organizations/" + organization + "/inspections").get("items")) {
      for (JsonNode f : i.get("findings")) {
        if (f.get("open").asBoolean()) {
          uids.put("finding-" + i.get("id").asText() + "-" + f.get("number").asInt() + "@clustergov", LocalDate.parse(f.get("rectifyBy").asText()));
        }
      }
    }
    for (JsonNode s : get("/organizations/" + organization + "/sanctions").get("items")) {
      if (s.get("kind").asText().equals("RECTIFICATION_ORDER") && s.get("inForce").asBoolean()) {
        uids.put("rectification-order-" + s.get("id").asText() + "@clustergov", LocalDate.parse(s.get("rectifyBy").asText()));
      }
    }
    return uids;
  }

  private static Map<String, LocalDate> days(Map<String, JsonNode> events) {
    Map<String, LocalDate> out = new TreeMap<>();
    events.forEach((uid, e) -> out.put(uid, LocalDate.parse(e.get("start").asText())));
    return out;
  }

  @Test
  void every_feed_is_valid_and_holds_exactly_the_deadlines_the_json_routes_tell_and_no_one_elses() throws Exception {
    LocalDate on = ports.clock().today();
    int events = 0;
    Map<String, Map<String, LocalDate>> byAuthority = new HashMap<>();
    for (JsonNode o : get("/organizations?limit=500").get("items")) {
      String id = o.get("id").asText();
      Map<String, LocalDate> feed = days(events("/organizations/" + id + "/deadlines.ics", NATIONAL, null));
      assertThat(feed).as(id).isEqualTo(expected(id, on));
      byAuthority.computeIfAbsent(o.get("application").get("authority").asText(), k -> new TreeMap<>()).putAll(feed);
      events += feed.size();
    }
    assertThat(events).as("the demo registry owes something somewhere").isPositive();
    List<JsonNode> authorities = new java.util.ArrayList<>();
    get("/authorities").get("items").forEach(authorities::add);
    int rolledUp = 0;
    for (JsonNode a : authorities) {
      String id = a.get("id").asText();
      RegionCode j = new RegionCode(a.get("jurisdiction").asText());
      // an authority's feed is the union of the feeds of the POs of every authority inside its jurisdiction — its own and
      // its sub-regions' (decision 0510): nothing of a PO outside it
      Map<String, LocalDate> expected = new TreeMap<>();
      for (JsonNode b : authorities) {
        if (j.covers(new RegionCode(b.get("jurisdiction").asText()))) {
          expected.putAll(byAuthority.getOrDefault(b.get("id").asText(), Map.of()));
        }
      }
      assertThat(days(events("/authorities/" + id + "/deadlines.ics", NATIONAL, null))).as(id).isEqualTo(expected);
      rolledUp += expected.size() > byAuthority.getOrDefault(id, Map.of()).size() ? 1 : 0;
    }
    assertThat(rolledUp).as("feeds that roll up a sub-region's deadlines").isPositive();
  }

  @Test
  void uids_stay_the_same_from_one_fetch_to_the_next_and_events_say_what_and_when() throws Exception {
    Map<String, JsonNode> first = events("/organizations/" + po + "/deadlines.ics", NATIONAL, null);
    Map<String, JsonNode> again = events("/organizations/" + po + "/deadlines.ics", NATIONAL, null);
    assertThat(again.keySet()).isEqualTo(first.keySet()).isNotEmpty();
    String name = get("/organizations/" + po).get("application").get("name").asText();
    for (JsonNode e : first.values()) {
      assertThat(e.get("summary").asText()).contains(name).containsPattern("【(逾期\\d+天|待披露|待整改)】");
      assertThat(e.get("description").asText()).containsAnyOf("Art.14", "Art.25", "Art.29").contains("\n").contains("GET /organizations/" + po);
      assertThat(e.get("categories").toString()).containsAnyOf("DISCLOSURE", "RECTIFICATION");
    }
  }

  @Test
  void text_comes_back_from_libical_as_it_was_sent_however_it_is_escaped_and_folded() throws Exception {
    String hostile = "集群发展促进组织, 年度报告; C:\\path\\n 第十四条\n第二行 \"quoted\" 🚀 " + "长".repeat(60) + " a,b;c\\";
    String ics = ICalendar.calendar("名称, with; specials\\", "描述\r\n第二行", Instant.parse("2025-03-01T08:00:00Z"),
        List.of(new ICalendar.Event("x-1@clustergov", LocalDate.of(2025, 5, 31), hostile, hostile + "\u0007", List.of("A,B", "C;D"))));
    Map<String, JsonNode> parsed = parse(ics);
    JsonNode e = parsed.get("x-1@clustergov");
    assertThat(e.get("summary").asText()).isEqualTo(hostile);
    assertThat(e.get("description").asText()).isEqualTo(hostile); // the control character is dropped
    assertThat(e.get("start").asText()).isEqualTo("2025-05-31");
    assertThat(ics).contains("DTEND;VALUE=DATE:20250601\r\n").contains("DTSTAMP:20250301T080000Z\r\n");
  }

  @Test
  void a_feed_token_opens_its_own_calendar_and_nothing_else() throws Exception {
    Map<String, JsonNode> viaToken = events("/organizations/" + po + "/deadlines.ics", null, FEED_PO);
    assertThat(viaToken.keySet()).isEqualTo(events("/organizations/" + po + "/deadlines.ics", NATIONAL, null).keySet());
    assertThat(events("/authorities/" + authority + "/deadlines.ics", null, FEED_AUTHORITY)).isNotEmpty();
    // another PO's calendar, the authority's calendar, another authority's: 403, citing the clauses of the deadlines
    assertThat(http.get("/organizations/" + otherPo + "/deadlines.ics?token=" + FEED_PO).send().status()).isEqualTo(403);
    assertThat(http.get("/authorities/" + authority + "/deadlines.ics?token=" + FEED_PO).send().status()).isEqualTo(403);
    assertThat(http.get("/organizations/" + po + "/deadlines.ics?token=" + FEED_AUTHORITY).send().status()).isEqualTo(403);
    // a feed token is no bearer token: not on the calendar, not on the PO, not on the dashboard
    assertThat(http.get("/organizations/" + po + "/deadlines.ics").token(FEED_PO).send().status()).isEqualTo(401);
    assertThat(http.get("/organizations/" + po).token(FEED_PO).send().status()).isEqualTo(401);
    assertThat(http.get("/organizations/" + po + "?token=" + FEED_PO).send().status()).isEqualTo(401);
    assertThat(http.get("/authorities/" + authority + "/dashboard?token=" + FEED_AUTHORITY).send().status()).isEqualTo(401);
    // revoked, unknown, missing: 401; with a bearer token as well: 400 (never "the first wins")
    assertThat(http.get("/organizations/" + po + "/deadlines.ics?token=" + FEED_REVOKED).send().status()).isEqualTo(401);
    assertThat(http.get("/organizations/" + po + "/deadlines.ics?token=token-nobody-ever-had-this-one").send().status()).isEqualTo(401);
    assertThat(http.get("/organizations/" + po + "/deadlines.ics").send().status()).isEqualTo(401);
    assertThat(http.get("/organizations/" + po + "/deadlines.ics?token=" + FEED_PO).token(NATIONAL).send().status()).isEqualTo(400);
    assertThat(http.get("/organizations/" + po + "/deadlines.ics?token=" + FEED_PO + "&token=" + FEED_PO).send().status()).isEqualTo(400);
  }

  @Test
  void the_feed_is_kept_by_its_subscriber_not_by_a_shared_cache() {
    var r = http.get("/organizations/" + po + "/deadlines.ics?token=" + FEED_PO).send();
    assertThat(r.header("Cache-Control")).isEqualTo("private, max-age=300");
    assertThat(r.body()).startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n").endsWith("END:VCALENDAR\r\n");
  }
}
