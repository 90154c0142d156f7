package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document held to what the server answers (issue 17): it validates with swagger-parser (the parser
 * openapi-generator validates with); its version is the build's; every request body example is taken — posted as the
 * README's walk posts it, on the demo data's ids; 503 is declared on every route but liveness. Each example on its own,
 * and the {@code required} and {@code enum} the document declares, are held to the server by {@link OpenApiExamplesTest}.
 */
@org.junit.jupiter.api.Timeout(value = 10, unit = java.util.concurrent.TimeUnit.MINUTES)
class OpenApiContractTest {

  /** The README's token, bound to the demo data's 苏州市工业和信息化局. */
  static final String README_SUZHOU = "suzhou-bureau-demo-token-000001";

  private ClustergovServer server;
  private Http http;
  private int proposals;
  /** The evaluator the walk registers to end an engagement of (decision 0475); none yet on a fresh registry. */
  private String evaluator;

  private static JsonNode parse(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A fresh registry for each test: the README's walk starts on a fresh data folder. */
  @org.junit.jupiter.api.BeforeEach
  void start() {
    InMemoryClustergov memory = new InMemoryClustergov();
    new Demo(memory.ports()).load(); // the named demo set, whose ids are the README's (authority-000003, cluster-000006)
    server = ClustergovServer.builder().ports(memory::ports).tokens(README_SUZHOU + " authority authority-000003\n")
        .start("127.0.0.1", 0);
    http = new Http(server.port());
  }

  @org.junit.jupiter.api.AfterEach
  void stop() {
    server.stop(java.time.Duration.ofSeconds(2));
  }

  private JsonNode document() {
    return http.get("/openapi.json").send().json();
  }

  /** Every route whose request body has an example: "METHOD path" → the example. */
  private Map<String, JsonNode> examples(JsonNode doc) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
      JsonNode example = m.getValue().path("requestBody").path("content").path("application/json").path("example");
      if (!example.isMissingNode()) {
        out.put(m.getKey().toUpperCase(java.util.Locale.ROOT) + " " + p.getKey(), example);
      }
    }));
    return out;
  }

  /** Walks the README's PO along: proposed, established, recognised; returns its id. */
  private String proposedFromTheReadmeExample() {
    // the README's application as it is the first time; a later one under a name and an account of its own (Art.7(2), Art.12)
    String body = Examples.FOUNDING_APPLICATION;
    if (proposals++ > 0) {
      ObjectNode a = (ObjectNode) Json.MAPPER.valueToTree(parse(body));
      a.put("name", a.get("name").asText() + "第" + proposals + "分会");
      ((ObjectNode) a.get("bankAccount")).put("holder", a.get("name").asText()).put("number", "62223205000001" + (8000 + proposals));
      body = a.toString();
    }
    var r = http.post("/organizations", body).token(README_SUZHOU).send();
    assertThat(r.status()).as(r.body()).isEqualTo(201);
    String location = r.header("Location");
    assertThat(location).startsWith("/organizations/org-");
    return location.substring("/organizations/".length());
  }

  /**
   * Where an example is posted: the route with {id} replaced by {@code po}; an engagement's ending (decision 0475) on an
   * engagement the README's authority gave in the demo and that still runs.
   */
  private Http.Response post(String route, String po, String body) {
    String[] mp = route.split(" ", 2);
    String path = mp[1];
    if (path.contains("{evaluatorId}")) {
      JsonNode g = runningEngagement(po);
      path = path.replace("{id}", g.get("organization").asText()).replace("{evaluatorId}", g.get("evaluator").asText())
          .replace("{number}", g.get("number").asText());
    }
    return http.method(mp[0], path.replace("{id}", po), body).token(README_SUZHOU).send();
  }

  /**
   * An engagement the README's authority gave that runs today: the first one listed, or (the named demo set registers no
   * evaluator) an evaluator registered and engaged for {@code po} over HTTP.
   */
  private JsonNode runningEngagement(String po) {
    for (JsonNode g : http.get("/evaluator-engagements?status=RUNNING").token(README_SUZHOU).send().json().get("items")) {
      if (g.get("engagedBy").asText().equals("authority-000003")) {
        return g;
      }
    }
    if (evaluator == null) {
      var registered = http.post("/evaluators", java.util.Map.of("name", "苏州市第三方评价示例中心",
          "creditCode", dev.clustergov.core.testkit.fixtures.Fixtures.creditCode("91320500MA0EXMP01"))).token(README_SUZHOU).send();
      assertThat(registered.status()).as(registered.body()).isEqualTo(201);
      evaluator = registered.json().get("id").asText();
    }
    var engaged = http.post("/organizations/" + po + "/evaluator-engagements", java.util.Map.of("evaluator", evaluator,
        "until", "2099-12-31")).token(README_SUZHOU).send();
    assertThat(engaged.status()).as(engaged.body()).isEqualTo(201);
    return engaged.json();
  }

  @Test
  void the_document_validates_with_swagger_parser_and_carries_the_builds_version() {
    String json = http.get("/openapi.json").send().body();
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    var result = new OpenAPIParser().readContents(json, null, options);
    assertThat(result.getOpenAPI()).as("parsed").isNotNull();
    assertThat(result.getMessages()).as("swagger-parser's messages").isEmpty();
    assertThat(result.getOpenAPI().getInfo().getVersion()).isEqualTo(ServerMain.version()).doesNotStartWith("(unknown")
        .isNotEqualTo("0.1.0");
  }

  @Test
  void every_example_in_the_document_is_taken_in_the_order_of_the_readmes_walk() {
    Map<String, JsonNode> examples = examples(document());
    // the README's routes, in its order; every example on its own is posted by OpenApiExamplesTest
    var cluster = post("POST /clusters", "", examples.get("POST /clusters").toString());
    assertThat(cluster.status()).as(cluster.body()).isEqualTo(201);
    String po = proposedFromTheReadmeExample();
    for (String route : List.of("PUT /organizations/{id}/founding-application", "POST /organizations/{id}/establishment",
        "POST /organizations/{id}/recognition", "POST /organizations/{id}/suspension")) {
      var r = post(route, po, examples.get(route).toString());
      assertThat(r.status()).as(route + " → " + r.body()).isEqualTo(200);
    }
    assertThat(http.get("/organizations/" + po).token(README_SUZHOU).send().json().get("stage").get("code").asText()).isEqualTo("SUSPENDED");
    // policy cases (decision 0465) on the demo data's recognised PO, org-000001: run, and every case passes
    var cases = post("POST /policy-packs/cases", "", examples.get("POST /policy-packs/cases").toString());
    assertThat(cases.status()).as(cases.body()).isEqualTo(200);
    assertThat(cases.json().get("passed").asBoolean()).as(cases.body()).isTrue();
    // decision 0475: the authority that engaged an evaluator for the PO ends the engagement
    String ending = "POST /organizations/{id}/evaluator-engagements/{evaluatorId}/{number}/ending";
    var ended = post(ending, po, examples.get(ending).toString());
    assertThat(ended.status()).as(ended.body()).isEqualTo(200);
    assertThat(ended.json().get("status").asText()).isEqualTo("ENDED");
  }

  @Test
  void every_route_but_liveness_declares_503_and_every_route_behind_a_token_401() {
    JsonNode doc = document();
    List<String> missing = new ArrayList<>();
    doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
      JsonNode responses = m.getValue().get("responses");
      if (!p.getKey().equals("/health") && !responses.has("503")) {
        missing.add(m.getKey() + " " + p.getKey() + " 503");
      }
      if (m.getValue().has("security") && !responses.has("401")) {
        missing.add(m.getKey() + " " + p.getKey() + " 401");
      }
    }));
    assertThat(missing).isEmpty();
    assertThat(doc.get("paths").get("/organizations").get("get").get("parameters").findValue("enum").toString())
        .contains("RECOGNISED");
  }

  @Test
  void the_front_door_redirects_to_the_api_page() {
    var r = http.get("/").send();
    assertThat(r.status()).isEqualTo(302);
    assertThat(r.header("Location")).isEqualTo("/docs");
  }

  // ---- walking examples and schemas -------------------------------------------------------------------------------

  static JsonNode set(JsonNode root, String path, JsonNode value) {
    List<String> steps = keys(root, steps(path));
    JsonNode parent = root;
    for (int i = 0; i < steps.size() - 1; i++) {
      String s = steps.get(i);
      parent = s.startsWith("[") ? parent.get(Integer.parseInt(s.substring(1, s.length() - 1))) : parent.get(s);
    }
    String last = steps.get(steps.size() - 1);
    if (last.startsWith("[")) {
      ((com.fasterxml.jackson.databind.node.ArrayNode) parent).set(Integer.parseInt(last.substring(1, last.length() - 1)), value);
    } else {
      ((ObjectNode) parent).set(last, value);
    }
    return root;
  }

  /**
   * The steps with a key that holds dots put back together: a policy parameter's key ({@code draft.evaluation.goldPercent}
   * is {@code draft}, then the key {@code evaluation.goldPercent}), found by what {@code root} holds.
   */
  private static List<String> keys(JsonNode root, List<String> steps) {
    List<String> out = new ArrayList<>();
    JsonNode at = root;
    for (int i = 0; i < steps.size(); i++) {
      String s = steps.get(i);
      if (s.startsWith("[")) {
        at = at == null ? null : at.get(Integer.parseInt(s.substring(1, s.length() - 1)));
      } else {
        int j = i;
        while (at != null && at.isObject() && !at.has(s) && j + 1 < steps.size() && !steps.get(j + 1).startsWith("[")) {
          s = s + "." + steps.get(++j);
        }
        i = at != null && at.has(s) ? j : i;
        s = at != null && at.has(s) ? s : steps.get(i);
        at = at == null ? null : at.get(s);
      }
      out.add(s);
    }
    return out;
  }

  /** founders[0].kind → founders, [0], kind. */
  static List<String> steps(String path) {
    List<String> out = new ArrayList<>();
    var m = java.util.regex.Pattern.compile("([^.\\[]+)|(\\[\\d+])").matcher(path);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  static List<String> codesAt(JsonNode problem, String field) {
    List<String> out = new ArrayList<>();
    problem.path("violations").forEach(v -> {
      if (v.get("field").asText().equals(field)) {
        out.add(v.get("code").asText());
      }
    });
    return out;
  }

  static JsonNode requestSchema(JsonNode doc, String route) {
    String[] mp = route.split(" ", 2);
    return resolve(doc, doc.get("paths").get(mp[1]).get(mp[0].toLowerCase(java.util.Locale.ROOT))
        .get("requestBody").get("content").get("application/json").get("schema"));
  }

  /** The schema at {@code path} below {@code schema}; missing when the document says nothing there. */
  static JsonNode schemaAt(JsonNode doc, JsonNode schema, String path) {
    JsonNode s = resolve(doc, schema);
    for (String step : steps(path)) {
      s = step.startsWith("[") ? resolve(doc, s.path("items")) : resolve(doc, s.path("properties").path(step));
    }
    return s;
  }

  static JsonNode resolve(JsonNode doc, JsonNode s) {
    if (s.has("$ref")) {
      return resolve(doc, doc.at(s.get("$ref").asText().substring(1)));
    }
    if (s.has("anyOf")) {
      for (JsonNode a : s.get("anyOf")) {
        if (a.has("$ref")) {
          return resolve(doc, a);
        }
      }
    }
    return s;
  }
}
