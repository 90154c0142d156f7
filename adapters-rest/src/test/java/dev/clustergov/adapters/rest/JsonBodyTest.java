package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * Request bodies of the wrong shape (decision 0360): a value of the wrong type no longer hides the other violations of
 * the same request, duplicate keys and bodies that are not UTF-8 are refused, and none of it changes anything.
 */
class JsonBodyTest extends ServerHarness {

  private final InMemoryClustergov memory = new InMemoryClustergov();

  @Override
  protected Backend backend() {
    return Backend.memory(memory);
  }

  private Http.Response postRaw(String path, String json) {
    return http.post(path, null).header("Content-Type", "application/json").token(World.SUZHOU)
        .raw(json.getBytes(StandardCharsets.UTF_8)).send();
  }

  private int clusters() {
    return http.get("/clusters").send().json().get("items").size();
  }

  @Test
  void a_wrongly_typed_value_is_reported_with_every_other_violation_of_the_request() {
    int before = clusters();
    var p = problem(postRaw("/clusters",
        "{\"name\": \"\", \"region\": \"bad\", \"industry\": 7, \"level\": \"NONE\", \"enterprises\": \"many\"}"), 400);
    assertThat(fields(p)).containsExactlyInAnyOrder("industry", "enterprises", "name", "region", "level");
    JsonNode enterprises = violation(p, "enterprises");
    assertThat(enterprises.get("code").asText()).isEqualTo("type");
    assertThat(enterprises.get("messageZh").asText()).isEqualTo("“企业数”应为整数（-2147483648至2147483647），不能是字符串");
    assertThat(enterprises.get("messageEn").asText()).isEqualTo("enterprises must be an integer from -2147483648 to 2147483647, not a string");
    // a field's problem names its field in Chinese as in English, and an empty name is not a format error (review stop 25 item 6)
    assertThat(violation(p, "name").get("messageZh").asText()).isEqualTo("“名称”不能为空");
    assertThat(p.get("title").asText()).isEqualTo("请求内容有误");
    assertThat(violation(p, "industry").get("messageEn").asText()).isEqualTo("industry must be a string, not the integer 7");
    assertThat(clusters()).isEqualTo(before);
  }

  @Test
  void a_value_left_out_for_its_type_is_reported_once_not_again_as_missing() {
    var p = problem(postRaw("/clusters", "{\"name\": \"苏州市某集群\", \"region\": \"320500\", \"industry\": \"新材料\", "
        + "\"level\": \"MUNICIPAL\", \"enterprises\": 1.5}"), 400);
    assertThat(fields(p)).containsExactly("enterprises");
    assertThat(violation(p, "enterprises").get("code").asText()).isEqualTo("type");
  }

  @Test
  void a_request_that_would_be_accepted_without_its_wrongly_typed_value_changes_nothing() {
    // an application may leave its registered capital out: without the misfit value the proposal would be accepted,
    // so the rehearsal's unit of work is what stops it
    String cluster = freshCluster();
    ObjectNode app = Json.MAPPER.valueToTree(Http.wire(World.application(cluster, world.suzhou, "苏州市测试产业集群促进会")));
    app.put("registeredCapital", "lots");
    long before = memory.ports().events().last();
    var p = problem(postRaw("/organizations", app.toString()), 400);
    assertThat(fields(p)).containsExactly("registeredCapital");
    assertThat(violation(p, "registeredCapital").get("messageEn").asText()).isEqualTo("registeredCapital must be a number, not a string");
    assertThat(memory.ports().events().last()).as("no event recorded").isEqualTo(before);
    app.put("registeredCapital", 5_000_000);
    assertThat(postRaw("/organizations", app.toString()).status()).isEqualTo(201);
  }

  @Test
  void misfits_inside_lists_keep_their_place_and_the_other_elements_are_still_judged() {
    String cluster = freshCluster();
    ObjectNode app = Json.MAPPER.valueToTree(Http.wire(World.application(cluster, world.suzhou, "苏州市测试产业集群促进会")));
    var founders = app.withArray("founders");
    founders.insert(0, 5);
    ((ObjectNode) founders.get(1)).put("kind", "NOT_A_KIND");
    app.put("cluster", true);
    var p = problem(postRaw("/organizations", app.toString()), 400);
    assertThat(fields(p)).contains("founders[0]", "founders[1].kind", "cluster").doesNotContain("founders[0].name");
    assertThat(violation(p, "founders[0]").get("messageEn").asText()).isEqualTo("founders[0] must be an object, not the integer 5");
  }

  @Test
  void every_duplicate_key_is_refused_with_its_path() {
    int before = clusters();
    var p = problem(postRaw("/clusters", "{\"name\": \"甲集群\", \"name\": \"乙集群\", \"region\": \"320500\", \"industry\": \"新材料\", "
        + "\"level\": \"MUNICIPAL\", \"enterprises\": 10, \"enterprises\": 20, \"enterprises\": 30}"), 400);
    assertThat(fields(p)).containsExactly("name", "enterprises");
    assertThat(violation(p, "name").get("code").asText()).isEqualTo("duplicate-key");
    assertThat(violation(p, "name").get("messageZh").asText()).isEqualTo("该键出现多次，同一对象中的键只能出现一次");
    assertThat(clusters()).isEqualTo(before);
    // nested: in the founding application's founders
    String cluster = freshCluster();
    String app = Json.MAPPER.valueToTree(Http.wire(World.application(cluster, world.suzhou, "苏州市测试产业集群促进会"))).toString()
        .replaceFirst("\"kind\":", "\"kind\":\"ENTERPRISE\",\"kind\":");
    assertThat(fields(problem(postRaw("/organizations", app), 400))).containsExactly("founders[0].kind");
  }

  @Test
  void unknown_fields_are_all_reported_beside_the_other_violations() {
    var p = problem(postRaw("/clusters", "{\"name\": \"\", \"region\": \"320500\", \"industry\": \"新材料\", \"level\": \"MUNICIPAL\", "
        + "\"enterprises\": 10, \"nmae\": \"x\", \"extra\": {}}"), 400);
    assertThat(fields(p)).containsExactlyInAnyOrder("nmae", "extra", "name");
  }

  @Test
  void bodies_that_are_not_utf8_are_refused_and_change_nothing() {
    int before = clusters();
    String json = "{\"name\": \"苏州市某集群\", \"region\": \"320500\", \"industry\": \"新材料\", \"level\": \"MUNICIPAL\", \"enterprises\": 10}";
    byte[] bom16 = new byte[] {(byte) 0xFE, (byte) 0xFF};
    byte[] utf16be = json.getBytes(StandardCharsets.UTF_16BE);
    byte[] withBom = new byte[bom16.length + utf16be.length];
    System.arraycopy(bom16, 0, withBom, 0, 2);
    System.arraycopy(utf16be, 0, withBom, 2, utf16be.length);
    for (byte[] body : java.util.List.of(json.getBytes(StandardCharsets.UTF_16LE), utf16be, withBom,
        json.getBytes(java.nio.charset.Charset.forName("GB18030")), json.getBytes(java.nio.charset.Charset.forName("UTF-32")))) {
      var r = http.post("/clusters", null).header("Content-Type", "application/json").token(World.SUZHOU).raw(body).send();
      assertThat(problem(r, 415).get("detail").asText()).contains("UTF-8");
    }
    for (String ct : java.util.List.of("application/json; charset=utf-16", "application/json;charset=\"ISO-8859-1\"",
        "application/json; charset=gbk")) {
      var r = http.post("/clusters", null).header("Content-Type", ct).token(World.SUZHOU).raw(json.getBytes(StandardCharsets.UTF_8)).send();
      problem(r, 415);
    }
    assertThat(clusters()).isEqualTo(before);
    // UTF-8, declared in any spelling of its name or not at all, with or without a byte order mark
    var quoted = http.post("/clusters", null).header("Content-Type", "application/json; charset=\"UTF-8\"").token(World.SUZHOU)
        .raw(json.getBytes(StandardCharsets.UTF_8)).send();
    assertThat(quoted.status()).as(quoted.body()).isEqualTo(201);
    byte[] utf8 = json.replace("某集群", "另一集群").getBytes(StandardCharsets.UTF_8);
    byte[] bom8 = new byte[utf8.length + 3];
    bom8[0] = (byte) 0xEF;
    bom8[1] = (byte) 0xBB;
    bom8[2] = (byte) 0xBF;
    System.arraycopy(utf8, 0, bom8, 3, utf8.length);
    var marked = http.post("/clusters", null).header("Content-Type", "application/json").token(World.SUZHOU).raw(bom8).send();
    assertThat(marked.status()).as(marked.body()).isEqualTo(201);
  }

  @Test
  void text_that_is_not_json_is_refused_at_once() {
    var p = problem(postRaw("/clusters", "{\"name\": \"x\",, }"), 400);
    assertThat(fields(p)).containsExactly("");
    // one problem is not "all listed" (review stop 26, item 14)
    assertThat(p.get("detail").asText()).isEqualTo("请求有1处问题");
    assertThat(p.get("violations").get(0).get("messageEn").asText()).startsWith("the body is not valid JSON (line 1");
    assertThat(problem(postRaw("/clusters", "{} {}"), 400).get("violations").get(0).get("code").asText()).isEqualTo("json");
    assertThat(problem(postRaw("/clusters", "[1]"), 400).get("violations").get(0).get("messageEn").asText())
        .isEqualTo("the body must be an object, not an array");
  }

  private static JsonNode violation(JsonNode problem, String field) {
    for (JsonNode v : problem.get("violations")) {
      if (v.get("field").asText().equals(field)) {
        return v;
      }
    }
    throw new AssertionError("no violation of " + field + " in " + problem);
  }
}
