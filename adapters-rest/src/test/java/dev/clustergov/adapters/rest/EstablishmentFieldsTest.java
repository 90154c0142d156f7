package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The text of the establishment and registry chapters' requests that does not parse (decision 0390): an unknown
 * constant, a day that is not a date, an amount Money refuses, a region or credit code that is not one. The commands take
 * typed values, so these checks, once the core's, are the REST adapter's; each is reported with the path (and, for a
 * nested value, the message) the core gave, beside every other violation of the request, and nothing changes.
 */
class EstablishmentFieldsTest extends ServerHarness {

  private final InMemoryClustergov memory = new InMemoryClustergov();

  @Override
  protected Backend backend() {
    return Backend.memory(memory);
  }

  private static List<String> fieldCodes(JsonNode problem) {
    List<String> out = new ArrayList<>();
    problem.get("violations").forEach(v -> out.add(v.get("field").asText() + ":" + v.get("code").asText()));
    return out;
  }

  private static JsonNode violation(JsonNode problem, String field) {
    for (JsonNode v : problem.get("violations")) {
      if (v.get("field").asText().equals(field)) {
        return v;
      }
    }
    throw new AssertionError(field + " not in " + problem);
  }

  private ObjectNode application(String cluster) {
    return Json.MAPPER.valueToTree(Http.wire(World.application(cluster, world.suzhou, "苏州市测试产业集群促进会")));
  }

  private long lastEvent() {
    return memory.ports().events().last();
  }

  @Test
  void a_list_s_filter_and_page_size_are_named_in_chinese_and_the_stages_by_their_labels() {
    // review stop 26 item 6: 状态 as the pages say, every stage by its label and code, 已终止筹建 included
    var r = http.get("/organizations?stage=FOO&limit=0").token(World.SUZHOU).send();
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(violation(r.json(), "stage").get("messageZh").asText()).isEqualTo("状态须为以下之一：筹建中（PROPOSED）、已组建（ESTABLISHED）、"
        + "已认定（RECOGNISED）、认定已暂停（SUSPENDED）、认定已撤销（REVOKED）、已注销或已终止筹建（DISSOLVED）");
    assertThat(violation(r.json(), "limit").get("messageZh").asText()).startsWith("“每页条数”须在1至");
    // a disclosure's kind lists its choices, as the other enums do
    var kind = dev.clustergov.core.disclosure.DisclosureKind.parse("kind", "X").getError();
    assertThat(FieldNames.named(kind).zh()).startsWith("“类型”须为以下之一：年度报告（ANNUAL_REPORT）、重大事项（MAJOR_MATTER）");
    // review stop 27 item 20: the English says what the Chinese says — the choices by label and code, not codes alone
    assertThat(kind.en()).startsWith("kind must be one of: ").contains("(ANNUAL_REPORT)", "(MAJOR_MATTER)")
        .doesNotContain("is not a disclosure kind");
    for (String code : List.of("ANNUAL_REPORT", "MAJOR_MATTER")) {
      assertThat(kind.en().split("\\(" + code + "\\)")[0]).as(code).matches(".*[a-z] ");
    }
    // two fields of one problem are not both “类型”; a fee item's name is named as its code is
    assertThat(FieldNames.zh("channel.kind")).isEqualTo("“披露渠道类型”");
    assertThat(FieldNames.zh("items[0].name")).isEqualTo("“第1项收费项目名称”");
    // review stop 28 PR2: an element of a list is named with its number, and a clause the guideline lacks is said in the register
    assertThat(FieldNames.zh("grounds[0]")).isEqualTo("“依据”第1项");
    assertThat(FieldNames.zh("items[1]")).isEqualTo("“收费项目”第2项");
    var beyond = dev.clustergov.core.guideline.Guideline.citation("grounds[0]", "Art.99").getError();
    assertThat(FieldNames.named(beyond).zh()).isEqualTo("“依据”第1项所列条款在《指引》中不存在");
    assertThat(FieldNames.named(beyond).en()).contains("Art.99");
  }

  @Test
  void unknown_constants_of_a_proposal_are_reported_with_their_paths_beside_the_cores_violations() {
    // moved from ProposeOrganizationTest.three_malformed_fields_give_three_violations_with_their_paths
    ObjectNode app = application(freshCluster());
    app.put("name", " ");
    ((ObjectNode) app.withArray("founders").get(1)).put("kind", "UNIVERSITY");
    ((ObjectNode) ((ArrayNode) app.withArray("governance").get(2).get("seats")).get(0)).put("role", "BOSS");
    long before = lastEvent();
    var p = problem(http.post("/organizations", app.toString()).token(World.SUZHOU).send(), 400);
    assertThat(fieldCodes(p)).containsExactlyInAnyOrder("name:required", "founders[1].kind:enum", "governance[2].seats[0].role:enum");
    assertThat(violation(p, "founders[1].kind").get("messageEn").asText()).startsWith("kind must be one of: ");
    assertThat(violation(p, "governance[2].seats[0].role").get("messageZh").asText()).startsWith("“角色”须为以下之一：").contains("（CHAIR）");
    assertThat(lastEvent()).as("nothing recorded").isEqualTo(before);
  }

  @Test
  void ids_days_amounts_and_codes_of_an_application_that_do_not_parse_are_each_reported() {
    // moved from ApplicationGens.badFields (the text the core used to parse) and FoundingApplicationBuilderTest
    ObjectNode app = application(freshCluster());
    app.put("authority", "not an id!");
    app.put("creditCode", "not-a-code");
    app.put("registeredCapital", -1);
    ((ObjectNode) app.get("charter")).put("adoptedOn", "2026-02-30");
    ((ObjectNode) app.get("partyOrganization")).put("setUpOn", "tomorrow");
    ((ObjectNode) app.withArray("managementSystems").get(0)).put("kind", "UNKNOWN");
    ((ObjectNode) app.withArray("staff").get(0)).put("category", "党支部");
    ((ObjectNode) app.withArray("governance").get(0)).put("layer", "other");
    app.withArray("incomeSources").set(0, Json.MAPPER.getNodeFactory().textNode("LOTTERY"));
    var p = problem(http.post("/organizations", app.toString()).token(World.SUZHOU).send(), 400);
    assertThat(fieldCodes(p)).extracting(s -> s.substring(0, s.indexOf(':'))).containsExactlyInAnyOrder("authority", "creditCode",
        "registeredCapital", "charter.adoptedOn", "partyOrganization.setUpOn", "managementSystems[0].kind", "staff[0].category",
        "governance[0].layer", "incomeSources[0]");
    assertThat(fieldCodes(p)).contains("charter.adoptedOn:date", "registeredCapital:negative", "incomeSources[0]:enum");
    assertThat(violation(p, "charter.adoptedOn").get("messageZh").asText()).isEqualTo("“制定日期”须为“年-月-日”格式的日期，如“2026-01-31”");
  }

  @Test
  void an_amendment_with_a_negative_capital_and_an_unknown_income_source_is_refused_with_both() {
    // moved from AmendFoundingApplicationTest.every_malformed_field_is_reported
    ObjectNode app = application(freshCluster());
    app.put("registeredCapital", -1);
    app.withArray("incomeSources").set(0, Json.MAPPER.getNodeFactory().textNode("LOTTERY"));
    app.put("officeAddress", "苏州\u0000");
    var p = problem(http.put("/organizations/" + world.poA + "/founding-application", app.toString()).token(World.SECRETARIAT_A)
        .send(), 400);
    assertThat(fields(p)).containsExactlyInAnyOrder("officeAddress", "registeredCapital", "incomeSources[0]");
  }

  @Test
  void a_seat_with_an_unknown_role_and_field_is_refused_with_both() {
    // moved from AppointToBodyTest.a_bad_body_and_seat_are_all_reported
    Map<String, Object> seat = new LinkedHashMap<>();
    seat.put("person", "p-x");
    seat.put("name", "");
    seat.put("role", "BOSS");
    seat.put("fields", List.of("MAGIC"));
    var p = problem(http.post("/organizations/" + world.poA + "/bodies/council/seats", seat).token(World.SECRETARIAT_A).send(), 400);
    assertThat(fieldCodes(p)).containsExactlyInAnyOrder("seat.name:required", "seat.role:enum", "seat.fields[0]:enum");
  }

  @Test
  void a_charter_amendment_whose_day_is_no_date_is_refused_with_every_other_problem() {
    // moved from MajorChangesTest.a_malformed_amendment_lists_every_violation and MajorMatterDatesTest
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("decidedBy", " ");
    body.put("adoptedOn", "2025-02-30");
    body.put("businessScope", List.of("研究", " "));
    body.put("decidedOn", "yesterday");
    var p = problem(http.put("/organizations/" + world.poA + "/charter", body).token(World.SECRETARIAT_A).send(), 400);
    assertThat(fieldCodes(p)).containsExactlyInAnyOrder("decidedBy:required", "charter.adoptedOn:date",
        "charter.businessScope[1]:required", "decidedOn:date");
  }

  @Test
  void a_capital_change_of_a_negative_or_sub_fen_amount_is_refused() {
    // moved from MajorChangesTest.a_malformed_capital_change_lists_every_violation and MajorMatterDatesTest
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("amount", -1);
    body.put("decidedOn", "2025-02-30");
    var p = problem(http.put("/organizations/" + world.poA + "/registered-capital", body).token(World.SECRETARIAT_A).send(), 400);
    assertThat(fieldCodes(p)).containsExactlyInAnyOrder("decidedBy:required", "amount:negative", "decidedOn:date");
    body.put("decidedBy", "assembly");
    body.put("amount", new java.math.BigDecimal("100000.001"));
    body.remove("decidedOn");
    p = problem(http.put("/organizations/" + world.poA + "/registered-capital", body).token(World.SECRETARIAT_A).send(), 400);
    assertThat(fieldCodes(p)).containsExactly("amount:sub-fen");
  }

  @Test
  void a_region_that_is_no_region_code_and_an_unknown_level_are_reported() {
    // moved from RegisterClusterTest and RegisterAuthorityTest
    Map<String, Object> cluster = new LinkedHashMap<>();
    cluster.put("name", " ");
    cluster.put("region", "12345");
    cluster.put("level", "CITY");
    cluster.put("enterprises", -1);
    var p = problem(http.post("/clusters", cluster).token(World.SUZHOU).send(), 400);
    assertThat(fieldCodes(p)).containsExactlyInAnyOrder("name:required", "region:region-code", "industry:required", "level:enum",
        "enterprises:range");
    assertThat(violation(p, "level").get("messageEn").asText()).isEqualTo("level must be NATIONAL, PROVINCIAL or MUNICIPAL");
    Map<String, Object> authority = new LinkedHashMap<>();
    authority.put("name", "");
    authority.put("jurisdiction", "suzhou");
    p = problem(http.post("/authorities", authority).token(World.JIANGSU).send(), 400);
    assertThat(fieldCodes(p)).containsExactlyInAnyOrder("name:required", "jurisdiction:region-code");
  }

  @Test
  void a_credit_code_that_is_not_one_is_reported_at_establishment() {
    // moved from EstablishOrganizationTest.a_malformed_credit_code_is_reported
    String id = proposed();
    var p = problem(http.post("/organizations/" + id + "/establishment", Map.of("creditCode", "91320500MA1234567X"))
        .token(World.SUZHOU).send(), 400);
    assertThat(fields(p)).containsExactly("creditCode");
  }
}
