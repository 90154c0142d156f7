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
    Map<String, String> demo = new Demo(Clustergov.using(ports)).load();
    po = demo.get("苏州市纳米新材料产业集群促进会");
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
    // the members template's example row parses: nothing in it is reported at a column (its day may fall before this PO)
    String template = http.get("/organizations/" + po + "/imports/members/template").token(OFFICE).send().body();
    var tried = csv("members", template, true);
    assertThat(tried.status()).isIn(200, 422);
    if (tried.status() == 422) {
      tried.json().get("problems").forEach(p -> assertThat(p.get("column").isNull()).as(tried.body()).isTrue());
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
    // the activities template's example row parses too: nothing in it is reported at a column
    String template = http.get("/organizations/" + po + "/imports/activities/template").token(OFFICE).send().body();
    var tried = csv("activities", template, true);
    assertThat(tried.status()).isIn(200, 422);
    if (tried.status() == 422) {
      tried.json().get("problems").forEach(p -> assertThat(p.get("column").isNull()).as(tried.body()).isTrue());
    }
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
}
