package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Imports for secretariats (decision 0451): CSV and XLSX, all or nothing, every problem of every row at once, a dry run
 * that records nothing, the templates, and 5,000 rows in one file measured (printed, not asserted on time).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class ImportTest {

  static final String OFFICE = "token-secretariat-import-test-01";

  private ClustergovServer server;
  private Http http;
  private Ports ports;
  private String po;
  private int serial = 1;

  @BeforeAll
  void start() {
    InMemoryClustergov memory = new InMemoryClustergov();
    ports = memory.ports();
    // the named demo registry; its POs were proposed on the clock's day, which stands still: every row is dated that day
    Map<String, String> demo = new Demo(ports).load();
    po = demo.get("苏州市澄湖纳米新材料产业集群促进会");
    server = ClustergovServer.builder().ports(() -> ports).tokens(OFFICE + " secretariat " + po).start("127.0.0.1", 0);
    http = new Http(server.port());
  }

  @AfterAll
  void stop() {
    if (server != null) {
      server.stop(java.time.Duration.ofSeconds(2));
    }
  }

  /** A fresh valid credit code, not used by any demo unit. */
  private String code() {
    String first = String.format("91320500MA%07d", serial++);
    return first + CreditCode.checkCharacter(first);
  }

  private int members() {
    return ports.memberships().of(new OrganizationId(po)).size();
  }

  private Http.Response send(String path, String type, byte[] body) {
    return http.post(path, null).raw(body).header("Content-Type", type).token(OFFICE).send();
  }

  private Http.Response csv(String kind, String text, boolean dryRun) {
    return send("/organizations/" + po + "/imports/" + kind + (dryRun ? "?dryRun=true" : ""), "text/csv; charset=utf-8",
        text.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void a_clean_csv_records_every_row_and_a_dry_run_records_none() {
    String day = ports.clock().today().toString();
    String file = "\uFEFFname（成员单位名称）,creditCode,kind,joinedOn\n"
        + "苏州甲材料有限公司," + code() + ",ENTERPRISE," + day + "\n"
        + "\"苏州乙研究院, 纳米所\"," + code() + ",RESEARCH_INSTITUTE," + day + "\n"
        + ",,,\n"
        + "苏州丙服务有限公司,,SERVICE_PROVIDER," + day + "\n";
    int before = members();
    var dry = csv("members", file, true);
    assertThat(dry.status()).as(dry.body()).isEqualTo(200);
    assertThat(dry.json().get("dryRun").asBoolean()).isTrue();
    assertThat(dry.json().get("records")).hasSize(3);
    assertThat(dry.json().get("records").get(1).get("name").asText()).isEqualTo("苏州乙研究院, 纳米所");
    assertThat(members()).as("a dry run records nothing").isEqualTo(before);
    var real = csv("members", file, false);
    assertThat(real.status()).as(real.body()).isEqualTo(201);
    assertThat(real.json().get("recorded").asBoolean()).isTrue();
    assertThat(members()).isEqualTo(before + 3);
  }

  private Http.Response keyed(String path, String text, String key) {
    return http.post(path, null).raw(text.getBytes(StandardCharsets.UTF_8)).header("Content-Type", "text/csv; charset=utf-8")
        .header(IdempotencyKeys.HEADER, key).token(OFFICE).send();
  }

  /**
   * A real import sent again under its {@code Idempotency-Key} (after a timeout, say) is answered as the first time and
   * records nothing again — member units without a credit code were admitted twice before (decision 0540, addendum);
   * another file under the key is 422; a dry run under the key records nothing and leaves the key free; a refused import
   * keeps no key.
   */
  @Test
  void a_real_import_sent_again_under_its_key_records_once_and_a_dry_run_under_it_keeps_no_key() {
    String day = ports.clock().today().toString();
    String path = "/organizations/" + po + "/imports/members";
    String file = "name,creditCode,kind,joinedOn\n苏州重发甲服务有限公司,,SERVICE_PROVIDER," + day + "\n";
    String key = "import-retry-" + java.util.UUID.randomUUID();
    int before = members();
    var dry = keyed(path + "?dryRun=true", file, key);
    assertThat(dry.status()).as(dry.body()).isEqualTo(200);
    assertThat(members()).as("a dry run under a key records nothing").isEqualTo(before);
    var first = keyed(path, file, key);
    assertThat(first.status()).as("the dry run left the key free: " + first.body()).isEqualTo(201);
    assertThat(members()).isEqualTo(before + 1);
    var again = keyed(path, file, key);
    assertThat(again.status()).isEqualTo(201);
    assertThat(again.body()).as("the first answer, batch and ids included").isEqualTo(first.body());
    assertThat(members()).as("sent again under its key, it records nothing again").isEqualTo(before + 1);
    var rehearsedAfter = keyed(path + "?dryRun=true", file, key);
    assertThat(rehearsedAfter.status()).as("a dry run is never answered from the key: " + rehearsedAfter.body()).isEqualTo(200);
    var other = keyed(path, file + "苏州重发乙服务有限公司,,SERVICE_PROVIDER," + day + "\n", key);
    assertThat(other.status()).as(other.body()).isEqualTo(422);
    assertThat(OpenApiExamplesTest.codesAt(other.json(), IdempotencyKeys.HEADER)).containsExactly("reused");
    assertThat(members()).as("another file under the key records nothing").isEqualTo(before + 1);
    String key2 = "import-refused-" + java.util.UUID.randomUUID();
    var refused = keyed(path, "name,creditCode,kind,joinedOn\n,,SERVICE_PROVIDER," + day + "\n", key2);
    assertThat(refused.status()).as(refused.body()).isEqualTo(422);
    assertThat(refused.json().get("problems")).isNotEmpty();
    var corrected = keyed(path, file, key2);
    assertThat(corrected.status()).as("a refused import keeps no key: " + corrected.body()).isEqualTo(201);
    assertThat(members()).isEqualTo(before + 2);
  }

  @Test
  void a_dry_run_spelt_any_other_way_than_true_or_false_is_refused_and_records_nothing() {
    String file = "name,creditCode,kind\n苏州试运行材料有限公司," + code() + ",ENTERPRISE\n";
    int before = members();
    // was: each of these recorded the file for real (201), as only "true" rehearsed (attack pass, finding F5)
    for (String spelt : List.of("yes", "1", "on", "", "ture", "true%20")) {
      var r = send("/organizations/" + po + "/imports/members?dryRun=" + spelt, "text/csv; charset=utf-8",
          file.getBytes(StandardCharsets.UTF_8));
      assertThat(r.status()).as("dryRun=%s → %s", spelt, r.body()).isEqualTo(400);
      assertThat(r.body()).contains("\"dryRun\"");
      assertThat(members()).as("dryRun=%s recorded nothing", spelt).isEqualTo(before);
    }
    var rehearsed = send("/organizations/" + po + "/imports/members?dryRun=TRUE", "text/csv; charset=utf-8",
        file.getBytes(StandardCharsets.UTF_8));
    assertThat(rehearsed.status()).as(rehearsed.body()).isEqualTo(200);
    assertThat(members()).isEqualTo(before);
    var recorded = send("/organizations/" + po + "/imports/members?dryRun=false", "text/csv; charset=utf-8",
        file.getBytes(StandardCharsets.UTF_8));
    assertThat(recorded.status()).as(recorded.body()).isEqualTo(201);
    assertThat(members()).isEqualTo(before + 1);
  }

  @Test
  void a_csv_that_does_not_parse_is_refused_in_the_persons_terms_in_both_languages() {
    int before = members();
    // an unclosed quote on line 2 (attack pass F7: the English carried Commons CSV's exception, the Chinese blamed the encoding)
    byte[] quote = ("name,creditCode,kind\n\"苏州引号材料有限公司," + code() + ",ENTERPRISE\n").getBytes(StandardCharsets.UTF_8);
    for (String lang : List.of("zh-CN", "en")) {
      var r = http.post("/organizations/" + po + "/imports/members", null).raw(quote).header("Content-Type", "text/csv; charset=utf-8")
          .header("Accept-Language", lang).token(OFFICE).send();
      assertThat(r.status()).as(r.body()).isEqualTo(400);
      assertThat(r.json().get("detail").asText()).contains(lang.equals("en") ? "line 2" : "第2行").doesNotContain("org.apache", "Exception");
    }
    // GBK bytes, as a Chinese spreadsheet saves them by default
    byte[] gbk = ("name,creditCode,kind\n苏州编码材料有限公司," + code() + ",ENTERPRISE\n").getBytes(java.nio.charset.Charset.forName("GBK"));
    var r = http.post("/organizations/" + po + "/imports/members", null).raw(gbk).header("Content-Type", "text/csv")
        .header("Accept-Language", "zh-CN").token(OFFICE).send();
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(r.json().get("detail").asText()).contains("UTF-8").doesNotContain("Exception");
    assertThat(members()).isEqualTo(before);
  }

  @Test
  void the_csv_examples_in_the_openapi_document_are_taken_as_they_stand() {
    JsonNode doc = http.get("/openapi.json").send().json();
    for (String kind : List.of("members", "activities")) {
      JsonNode example = doc.get("paths").get("/organizations/{id}/imports/" + kind).get("post").get("requestBody").get("content")
          .get("text/csv").get("example");
      assertThat(example).as(kind + "'s example").isNotNull();
      var r = csv(kind, example.asText(), true);
      assertThat(r.status()).as(kind + " → " + r.body()).isEqualTo(200);
      assertThat(r.json().get("records")).as(r.body()).hasSize((int) example.asText().lines().count() - 1);
    }
  }

  @Test
  void every_problem_of_every_row_is_reported_at_once_and_nothing_is_recorded() {
    String day = ports.clock().today().toString();
    String dup = code();
    String file = "name,creditCode,kind,joinedOn\n"
        + "好单位," + code() + ",ENTERPRISE," + day + "\n"             // row 2: fine
        + "坏代码," + "91320500MA0000000X" + ",COMPANY,2025-13-01\n"   // row 3: credit code, kind and day, each reported
        + "," + code() + ",ENTERPRISE," + day + "\n"                   // row 4: no name (the core's own violation)
        + "重复甲," + dup + ",ENTERPRISE," + day + "\n"                 // row 5: fine alone
        + "重复乙," + dup + ",ENTERPRISE," + day + "\n"                 // row 6: the same unit again on that day (Art.17)
        + "未来," + code() + ",ENTERPRISE,2199-01-01\n";                // row 7: after today
    int before = members();
    var r = csv("members", file, false);
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    JsonNode problems = r.json().get("problems");
    List<String> where = new ArrayList<>();
    problems.forEach(p -> where.add(p.get("row").asInt() + ":" + (p.get("column").isNull() ? "-" : p.get("column").asText())));
    assertThat(where).contains("3:creditCode", "3:kind", "3:joinedOn", "4:name").doesNotContain("2:name", "5:-");
    assertThat(where.stream().filter(w -> w.startsWith("6:")).count()).as(r.body()).isPositive();
    assertThat(where.stream().filter(w -> w.startsWith("7:")).count()).as(r.body()).isPositive();
    problems.forEach(p -> {
      if (p.get("row").asInt() == 3 && p.get("column").asText().equals("kind")) {
        assertThat(p.get("value").asText()).isEqualTo("COMPANY");
      }
      assertThat(p.get("zh").asText()).isNotBlank();
      assertThat(p.get("en").asText()).isNotBlank();
    });
    assertThat(r.body()).contains("Art.17");
    assertThat(members()).as("all or nothing").isEqualTo(before);
  }

  @Test
  void an_xlsx_with_date_cells_imports_as_its_csv_would_and_the_templates_download() throws Exception {
    int before = members();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (XSSFWorkbook w = new XSSFWorkbook()) {
      var s = w.createSheet("成员");
      var h = s.createRow(0);
      String[] cols = {"name", "creditCode", "kind", "joinedOn"};
      for (int c = 0; c < cols.length; c++) {
        h.createCell(c).setCellValue(cols[c]);
      }
      var dateStyle = w.createCellStyle();
      dateStyle.setDataFormat(w.getCreationHelper().createDataFormat().getFormat("yyyy/m/d"));
      for (int k = 1; k <= 2; k++) {
        var row = s.createRow(k);
        row.createCell(0).setCellValue("表格单位" + k);
        row.createCell(1).setCellValue(code());
        row.createCell(2).setCellValue("UNIVERSITY");
        var d = row.createCell(3);
        d.setCellValue(ports.clock().today());
        d.setCellStyle(dateStyle);
      }
      w.write(out);
    }
    var r = send("/organizations/" + po + "/imports/members", Imports.XLSX, out.toByteArray());
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    assertThat(r.json().get("records").get(1).get("joinedOn").asText()).isEqualTo(ports.clock().today().toString());
    assertThat(members()).isEqualTo(before + 2);

    HttpClient client = HttpClient.newHttpClient();
    for (String kind : List.of("members", "activities")) {
      var xlsx = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/organizations/" + po + "/imports/"
          + kind + "/template?format=xlsx")).header("Authorization", "Bearer " + OFFICE).build(), HttpResponse.BodyHandlers.ofByteArray());
      assertThat(xlsx.statusCode()).isEqualTo(200);
      assertThat(xlsx.headers().firstValue("Content-Type").orElse("")).startsWith(Imports.XLSX);
      try (XSSFWorkbook w = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
        assertThat(w.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).contains("（");
      }
      var csv = http.get("/organizations/" + po + "/imports/" + kind + "/template").token(OFFICE).send();
      assertThat(csv.status()).isEqualTo(200);
      assertThat(csv.header("Content-Disposition")).contains(kind + "-template.csv");
    }
    assertThat(send("/organizations/" + po + "/imports/members", "application/json", "{}".getBytes(StandardCharsets.UTF_8)).status())
        .isEqualTo(415);
  }

  @Test
  void activities_import_with_their_art29_outcomes_and_each_bad_outcome_is_reported_at_its_column() {
    String day = ports.clock().today().toString();
    String head = "item,title,heldOn,delivery,technologyTransactions,landedInvestment,supplyContracts,leadingTalents,highLevelTalents,"
        + "generalTalents\n";
    var ok = csv("activities", head
        + "Art.21(3),成果转化对接会," + day + ",BROKERED,20000000.00,,,,2,0\n"
        + "Art.18(1),政策宣讲会," + day + ",DIRECT,,,,,,\n", false);
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    JsonNode outcomes = ok.json().get("records").get(0).get("outcomes");
    assertThat(outcomes.get("technologyTransactions").decimalValue()).isEqualByComparingTo("20000000.00");
    assertThat(outcomes.get("talents").toString()).isEqualTo("{\"HIGH_LEVEL\":2}");
    // a row without outcome cells records an activity without outcomes, as before
    assertThat(ok.json().get("records").get(1).get("outcomes").path("talents").size()).isZero();
    var bad = csv("activities", head
        + "Art.21(3),坏金额," + day + ",BROKERED,-5,1.234,,两个,,\n", false);
    assertThat(bad.status()).as(bad.body()).isEqualTo(422);
    List<String> where = new ArrayList<>();
    bad.json().get("problems").forEach(p -> where.add(p.get("row").asInt() + ":" + (p.get("column").isNull() ? "-" : p.get("column").asText())
        + ":" + p.get("value").asText()));
    assertThat(where).as(bad.body()).contains("2:technologyTransactions:-5", "2:landedInvestment:1.234", "2:leadingTalents:两个");
  }

  @Test
  void activities_import_with_their_participants_and_report_each_bad_one() {
    String joined = ports.clock().today().toString();
    assertThat(csv("members", "name,creditCode,kind,joinedOn\n活动成员甲," + code() + ",ENTERPRISE," + joined + "\n活动成员乙," + code()
        + ",UNIVERSITY," + joined + "\n", false).status()).isEqualTo(201);
    var roll = http.get("/organizations/" + po + "/members").token(OFFICE).send().json().get("items");
    String m1 = roll.get(0).get("id").asText();
    String m2 = roll.get(1).get("id").asText();
    String day = ports.clock().today().toString();
    String good = "item,title,heldOn,delivery,memberParticipants,outsideParticipants,openToAllMembers,closedReason\n"
        + "Art.21(3),中试平台开放日," + day + ",DIRECT," + m1 + ";" + m2 + ",苏州某产业技术研究院；南京某检测中心,true,\n"
        + "第十八条第（一）项,政策宣讲会," + day + ",BROKERED,,,是,\n";
    var ok = csv("activities", good, false);
    assertThat(ok.status()).as(ok.body()).isEqualTo(201);
    assertThat(ok.json().get("records").get(0).get("outsideParticipants")).hasSize(2);
    String bad = "item,title,heldOn,delivery,memberParticipants,openToAllMembers\n"
        + "Art.99(1),没有的事项," + day + ",DIRECT,,true\n"
        + "Art.21(3),不是成员," + day + ",DIRECT,member-999999,maybe\n";
    var r = csv("activities", bad, false);
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    List<String> where = new ArrayList<>();
    r.json().get("problems").forEach(p -> where.add(p.get("row").asInt() + ":" + (p.get("column").isNull() ? "-" : p.get("column").asText())));
    // a rejection of the core is at its row, with its rule and clause; a value that does not parse is at its column
    assertThat(where).as(r.body()).contains("2:item", "3:openToAllMembers", "3:-");
    assertThat(r.body()).contains("A17-participants-members", "Art.17");
    // decision 0629: an activity's title is its 活动名称, as the template's header says, in the problem too
    var untitled = csv("activities", "item,title,heldOn,delivery\nArt.21(3),," + day + ",DIRECT\n", false);
    assertThat(untitled.status()).as(untitled.body()).isEqualTo(422);
    assertThat(untitled.body()).contains("“活动名称”不能为空", "the activity's title is required").doesNotContain("标题");
  }

  @Test
  void five_thousand_rows_in_one_file_are_measured() {
    String day = ports.clock().today().toString();
    StringBuilder file = new StringBuilder("name,creditCode,kind,joinedOn\n");
    for (int k = 0; k < 5_000; k++) {
      file.append("批量成员单位").append(k).append(',').append(code()).append(",ENTERPRISE,").append(day).append('\n');
    }
    byte[] body = file.toString().getBytes(StandardCharsets.UTF_8);
    int before = members();
    long t0 = System.nanoTime();
    var dry = csv("members", file.toString(), true);
    long dryMs = (System.nanoTime() - t0) / 1_000_000;
    assertThat(dry.status()).as(dry.body().substring(0, Math.min(500, dry.body().length()))).isEqualTo(200);
    assertThat(members()).isEqualTo(before);
    long t1 = System.nanoTime();
    var real = csv("members", file.toString(), false);
    long realMs = (System.nanoTime() - t1) / 1_000_000;
    assertThat(real.status()).isEqualTo(201);
    assertThat(members()).isEqualTo(before + 5_000);
    System.out.println("IMPORT: 5,000 member rows in one CSV (" + body.length + " bytes), in-memory adapters: dry run " + dryMs
        + " ms, import " + realMs + " ms (one unit of work, over HTTP on loopback)");
  }

  private Http.Response csvWith(String kind, String text, boolean dryRun, String header, String value) {
    return http.post("/organizations/" + po + "/imports/" + kind + (dryRun ? "?dryRun=true" : ""), null)
        .raw(text.getBytes(StandardCharsets.UTF_8)).header("Content-Type", "text/csv; charset=utf-8").header(header, value)
        .token(OFFICE).send();
  }

  private List<String> where(Http.Response r) {
    List<String> out = new ArrayList<>();
    r.json().get("problems").forEach(p -> out.add(p.get("row").asInt() + ":" + (p.get("column").isNull() ? "-" : p.get("column").asText())
        + ":" + p.get("code").asText()));
    return out;
  }

  @Test
  void if_match_names_the_pos_version_compared_strongly_and_a_stale_weak_or_foreign_tag_records_nothing() {
    // attack pass F6: "1", W/"4" and garbage were all accepted (200), contrary to the OpenAPI
    String etag = http.get("/organizations/" + po).token(OFFICE).send().header("ETag");
    long version = Long.parseLong(etag.replace("\"", ""));
    String members = "name,creditCode,kind\n苏州前提条件材料有限公司," + code() + ",ENTERPRISE\n";
    String activities = "item,title,delivery\nArt.18(1),前提条件宣讲会,DIRECT\n";
    int before = members();
    for (String kind : List.of("members", "activities")) {
      String file = kind.equals("members") ? members : activities;
      var stale = csvWith(kind, file, false, "If-Match", "\"" + (version + 7) + "\"");
      assertThat(stale.status()).as(stale.body()).isEqualTo(412);
      assertThat(stale.header("Content-Type")).startsWith("application/problem+json");
      assertThat(stale.header("ETag")).isEqualTo(etag);
      var weak = csvWith(kind, file, false, "If-Match", "W/" + etag);
      assertThat(weak.status()).as("a weak tag never matches: " + weak.body()).isEqualTo(412);
      var foreign = csvWith(kind, file, false, "If-Match", "garbage");
      assertThat(foreign.status()).as(foreign.body()).isEqualTo(400);
      assertThat(foreign.body()).contains("If-Match");
      var current = csvWith(kind, file, true, "If-Match", etag);
      assertThat(current.status()).as(current.body()).isEqualTo(200);
      var any = csvWith(kind, file, true, "If-Match", "*");
      assertThat(any.status()).as(any.body()).isEqualTo(200);
    }
    assertThat(members()).as("no refused precondition recorded anything").isEqualTo(before);
    var real = csvWith("members", members, false, "If-Match", etag);
    assertThat(real.status()).as(real.body()).isEqualTo(201);
    assertThat(members()).isEqualTo(before + 1);
  }

  @Test
  void every_event_of_a_recorded_import_names_its_batch_and_no_other_event_does() {
    // attack pass F10: the import's events were indistinguishable from single POSTs, and the answer had no id
    String day = ports.clock().today().toString();
    long after = lastEvent();
    var r = csv("members", "name,creditCode,kind,joinedOn\n批次甲公司," + code() + ",ENTERPRISE," + day + "\n批次乙公司," + code()
        + ",ENTERPRISE," + day + "\n", false);
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    String batch = r.json().get("batch").asText();
    assertThat(batch).startsWith("import-");
    var events = ports.events().read(after, 1000);
    assertThat(events.stream().filter(e -> e.event().type().equals("MemberAdmitted"))).hasSize(2)
        .allSatisfy(e -> assertThat(e.event().data()).containsEntry("importBatch", batch)
            .containsEntry("actedBy", "secretariat:" + po));
    // a second import is another batch; a single admission and a dry run name none
    var again = csv("activities", "item,title,heldOn,delivery\nArt.18(1),批次宣讲会," + day + ",DIRECT\n", false);
    assertThat(again.status()).as(again.body()).isEqualTo(201);
    assertThat(again.json().get("batch").asText()).startsWith("import-").isNotEqualTo(batch);
    var dry = csv("members", "name,creditCode,kind\n批次丙公司," + code() + ",ENTERPRISE\n", true);
    assertThat(dry.json().get("batch").isNull()).as(dry.body()).isTrue();
    long single = lastEvent();
    var one = http.post("/organizations/" + po + "/members", Map.of("name", "单独吸纳公司", "creditCode", code(), "kind", "ENTERPRISE"))
        .token(OFFICE).send();
    assertThat(one.status()).as(one.body()).isEqualTo(201);
    assertThat(ports.events().read(single, 1000)).isNotEmpty().allSatisfy(e -> assertThat(e.event().data()).doesNotContainKey("importBatch"));
  }

  private long lastEvent() {
    long after = 0;
    while (true) {
      var page = ports.events().read(after, 1000);
      if (page.isEmpty()) {
        return after;
      }
      after = page.get(page.size() - 1).sequence();
    }
  }

  @Test
  void the_templates_example_row_is_refused_at_its_cell_when_left_in_and_names_no_one_industry() throws Exception {
    // attack pass F3: the members template imported as it stands admitted 苏州某纳米新材料有限公司
    int before = members();
    for (String kind : List.of("members", "activities")) {
      String template = http.get("/organizations/" + po + "/imports/" + kind + "/template").token(OFFICE).send().body();
      assertThat(template).doesNotContain("纳米");
      var asItStands = csv(kind, template, false);
      assertThat(asItStands.status()).as(asItStands.body()).isEqualTo(422);
      assertThat(where(asItStands)).as(asItStands.body()).containsExactly("2:" + (kind.equals("members") ? "name" : "item") + ":example-row");
      assertThat(asItStands.json().get("problems").get(0).get("zh").asText()).contains("删除");
      // the rows filled below the example are still checked, and reported with it
      String filledBelow = template + (kind.equals("members") ? "填写的成员单位," + code() + ",企业\n" : "Art.18(1),填写的活动,,直接服务\n");
      var below = csv(kind, filledBelow, false);
      assertThat(below.status()).as(below.body()).isEqualTo(422);
      assertThat(where(below)).as(below.body()).containsExactly("2:" + (kind.equals("members") ? "name" : "item") + ":example-row");
      // with the example row deleted, the rows import
      String[] lines = filledBelow.split("\n");
      var deleted = csv(kind, lines[0] + "\n" + lines[2] + "\n", true);
      assertThat(deleted.status()).as(deleted.body()).isEqualTo(200);
    }
    HttpClient client = HttpClient.newHttpClient();
    var xlsx = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/organizations/" + po
        + "/imports/members/template?format=xlsx")).header("Authorization", "Bearer " + OFFICE).build(), HttpResponse.BodyHandlers.ofByteArray());
    var asXlsx = send("/organizations/" + po + "/imports/members", Imports.XLSX, xlsx.body());
    assertThat(asXlsx.status()).as(asXlsx.body()).isEqualTo(422);
    assertThat(where(asXlsx)).containsExactly("2:name:example-row");
    assertThat(members()).isEqualTo(before);
  }

  @Test
  void formulas_and_direction_controls_in_names_and_titles_are_refused_at_their_cells() {
    // attack pass F11: these were all recorded as names and titles
    String file = "name,creditCode,kind\n"
        + "\"@SUM(1+1)*cmd|' /C calc'!A0公司\"," + code() + ",ENTERPRISE\n"   // row 2
        + "\"=HYPERLINK(\"\"http://x\"\")\"," + code() + ",ENTERPRISE\n"          // row 3
        + "+86科技有限公司," + code() + ",ENTERPRISE\n"                         // row 4
        + "-1科技有限公司," + code() + ",ENTERPRISE\n"                          // row 5
        + "\u202E司公限有技科," + code() + ",ENTERPRISE\n"                      // row 6: a right-to-left override
        + "苏州\u2067隔离\u2069科技有限公司," + code() + ",ENTERPRISE\n"          // row 7: an isolate
        + "苏州中划线-科技有限公司," + code() + ",ENTERPRISE\n";                  // row 8: a sign inside a name is text
    int before = members();
    var r = csv("members", file, false);
    assertThat(r.status()).as(r.body()).isEqualTo(422);
    assertThat(where(r)).as(r.body()).containsExactly("2:name:formula", "3:name:formula", "4:name:formula", "5:name:formula",
        "6:name:bidi-control", "7:name:bidi-control");
    JsonNode override = r.json().get("problems").get(4);
    assertThat(override.get("value").asText()).isEqualTo("<U+202E>司公限有技科");
    assertThat(override.get("zh").asText()).contains("U+202E");
    assertThat(r.json().get("problems").get(0).get("en").asText()).contains("formula");
    var titles = csv("activities", "item,title,delivery,outsideParticipants,openToAllMembers,closedReason\n"
        + "Art.18(1),=SUM(1+1),DIRECT,,true,\n"
        + "Art.18(1),对接会,DIRECT,某研究院;=cmd|' /C calc'!A0,false,\u202E由理\n", false);
    assertThat(titles.status()).as(titles.body()).isEqualTo(422);
    assertThat(where(titles)).as(titles.body()).contains("2:title:formula", "3:outsideParticipants:formula", "3:closedReason:bidi-control");
    assertThat(members()).isEqualTo(before);
    // a right-to-left mark, which a Uyghur name may need, is text (decision 0361)
    var mark = csv("members", "name,creditCode,kind\nئۈرۈمچى\u200F تېخنىكا شىركىتى," + code() + ",ENTERPRISE\n", true);
    assertThat(mark.status()).as(mark.body()).isEqualTo(200);
  }

  @Test
  void days_and_kinds_as_a_chinese_spreadsheet_writes_them_are_taken_and_other_spellings_refused_with_those_accepted() {
    // attack pass F15/F16: 2026/11/02 and 企业 were refused row by row
    LocalDate today = ports.clock().today();
    String[] days = {today.toString(), today.getYear() + "/" + today.getMonthValue() + "/" + today.getDayOfMonth(),
        String.format("%d/%02d/%02d", today.getYear(), today.getMonthValue(), today.getDayOfMonth()),
        today.getYear() + "年" + today.getMonthValue() + "月" + today.getDayOfMonth() + "日",
        today.getYear() + "." + today.getMonthValue() + "." + today.getDayOfMonth()};
    String[] kinds = {"企业", "高校", "科研院所", "enterprise", "university", "服务机构", "其他"};
    StringBuilder file = new StringBuilder("name,creditCode,kind,joinedOn\n");
    for (int k = 0; k < kinds.length; k++) {
      file.append("拼写单位").append(k).append(',').append(code()).append(',').append(kinds[k]).append(',').append(days[k % days.length]).append('\n');
    }
    var ok = csv("members", file.toString(), true);
    assertThat(ok.status()).as(ok.body()).isEqualTo(200);
    List<String> read = new ArrayList<>();
    ok.json().get("records").forEach(m -> read.add(m.get("kind").asText() + "@" + m.get("joinedOn").asText()));
    assertThat(read).containsExactly("ENTERPRISE@" + today, "UNIVERSITY@" + today, "RESEARCH_INSTITUTE@" + today, "ENTERPRISE@" + today,
        "UNIVERSITY@" + today, "SERVICE_PROVIDER@" + today, "OTHER@" + today);
    var activity = csv("activities", "item,title,heldOn,delivery\nArt.21(3),对接会," + days[3] + ",对接服务\n", true);
    assertThat(activity.status()).as(activity.body()).isEqualTo(200);
    assertThat(activity.json().get("records").get(0).get("delivery").asText()).isEqualTo("BROKERED");
    var bad = csv("members", "name,creditCode,kind,joinedOn\n"
        + "错日期甲," + code() + ",企业,2026-13-01\n"
        + "错日期乙," + code() + ",公司,11/02/2026\n"
        + "错日期丙," + code() + ",企业,2026年2月30日\n", true);
    assertThat(bad.status()).as(bad.body()).isEqualTo(422);
    assertThat(where(bad)).as(bad.body()).containsExactly("2:joinedOn:date", "3:kind:enum", "3:joinedOn:date", "4:joinedOn:date");
    JsonNode date = bad.json().get("problems").get(0);
    assertThat(date.get("zh").asText()).contains("YYYY/M/D", "YYYY年M月D日");
    assertThat(date.get("en").asText()).contains("YYYY/M/D", "YYYY年M月D日");
    assertThat(bad.json().get("problems").get(1).get("zh").asText()).contains("企业", "高等院校", "科研院所");
    assertThat(bad.json().get("problems").get(1).get("value").asText()).isEqualTo("公司");
  }

  @Test
  void ten_thousand_realistic_activity_rows_fit_the_import_limit_and_a_larger_file_is_refused_in_the_persons_terms() {
    // attack pass F14: 7,000 such rows (1.5 MB) were refused with "至多1048576字节", the row limit unreachable
    String day = ports.clock().today().toString();
    StringBuilder file = new StringBuilder("item,title,heldOn,delivery,outsideParticipants,openToAllMembers,technologyTransactions,"
        + "highLevelTalents\n");
    for (int k = 0; k < Imports.MAX_ROWS; k++) {
      file.append("第二十一条第（三）项,长三角纳米新材料产业链供需对接暨科技成果转化路演活动第").append(k).append("场,").append(day)
          .append(",对接服务,苏州某产业技术研究院；南京某检测认证中心,是,1200000.00,2\n");
    }
    byte[] body = file.toString().getBytes(StandardCharsets.UTF_8);
    assertThat(body.length).as("a realistic file of 10,000 rows is over the server's 1 MiB").isGreaterThan(2 * 1024 * 1024);
    var dry = send("/organizations/" + po + "/imports/activities?dryRun=true", "text/csv", body);
    assertThat(dry.status()).as(dry.body().substring(0, Math.min(400, dry.body().length()))).isEqualTo(200);
    assertThat(dry.json().get("records")).hasSize(Imports.MAX_ROWS);
    byte[] tooLarge = new byte[(int) Imports.MAX_BODY + 1];
    java.util.Arrays.fill(tooLarge, (byte) 'a');
    for (String lang : List.of("zh-CN", "en")) {
      var r = http.post("/organizations/" + po + "/imports/members?dryRun=true", null).raw(tooLarge).header("Content-Type", "text/csv")
          .header("Accept-Language", lang).token(OFFICE).send();
      assertThat(r.status()).isEqualTo(413);
      assertThat(r.json().get("detail").asText()).contains(lang.equals("en") ? "4 MiB" : "4兆字节").contains("10000");
    }
    // documented beside the row limit
    String doc = http.get("/openapi.json").send().body();
    assertThat(doc).contains("At most 10000 rows and 4 MiB (4194304 bytes");
    // every other route keeps the server's limit
    var other = http.post("/organizations/" + po + "/members", null).raw(new byte[2 * 1024 * 1024]).header("Content-Type", "application/json")
        .token(OFFICE).send();
    assertThat(other.status()).isEqualTo(413);
  }
}
