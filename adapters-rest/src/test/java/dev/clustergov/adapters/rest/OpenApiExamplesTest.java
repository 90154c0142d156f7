package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Every request body of every route in the route table has an example in the document, and the document's claims about it
 * hold on the server (issue 17 item 5): the example, posted at its path parameters' examples to a fresh server on the demo
 * data, is answered with the route's success; a field is {@code required} exactly when leaving it out is a 400 naming it; a
 * field is enumerated exactly when a value that is none of its constants is a 400 {@code enum} at it. The routes are read off
 * the server's own table, so a route added without an example fails here.
 *
 * <p>Each route gets a world of its own: the demo data, and before the example what it stands on — the item a path
 * parameter names, made by posting the example of the collection the path names ({@code disputeId}: {@code POST …/disputes}),
 * and the few facts {@link #GIVEN} lists that no path names (an evaluation needs an engaged evaluator). The caller is the
 * first role {@link Access#TABLE} lets call the route, scoped to the PO of the path (its authority, its secretariat).
 */
@org.junit.jupiter.api.Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
class OpenApiExamplesTest {

  /**
   * What a route's example stands on that no path parameter names: the routes whose examples are posted before it, once its
   * path parameters stand ("METHOD path", or "METHOD path {body}" for another body than the route's example).
   */
  static final Map<String, List<String>> GIVEN = Map.ofEntries(
      Map.entry("PUT /organizations/{id}/founding-application", List.of("POST /organizations")),
      Map.entry("POST /organizations/{id}/establishment", List.of("POST /organizations")),
      Map.entry("POST /organizations/{id}/recognition", List.of("POST /organizations", "POST /organizations/{id}/establishment")),
      Map.entry("POST /organizations/{id}/evaluator-engagements", List.of("POST /evaluators")),
      Map.entry("POST /organizations/{id}/evaluations", List.of("POST /evaluators", "POST /organizations/{id}/evaluator-engagements")),
      // decision 0475: the engagement ended is the one the registered evaluator's example engagement makes
      Map.entry("POST /organizations/{id}/evaluator-engagements/{evaluatorId}/{number}/ending", List.of("POST /evaluators",
          "POST /organizations/{id}/evaluator-engagements")),
      Map.entry("POST /organizations/{id}/charges", List.of("POST /organizations/{id}/fee-schedules")),
      Map.entry("POST /organizations/{id}/activities", List.of("POST /organizations/{id}/members")),
      Map.entry("POST /organizations/{id}/reinstatement", List.of("POST /organizations/{id}/self-discipline/measures",
          "POST /organizations/{id}/suspension")),
      Map.entry("POST /organizations/{id}/inspections/{inspectionId}/findings/{n}/rectification",
          List.of("POST /organizations/{id}/inspections/{inspectionId}/findings")),
      // a PO founded without the system the example adopts: the demo's POs have every kind (Art.9)
      Map.entry("POST /organizations/{id}/management-systems", List.of("POST /organizations " + withoutSystem("IP_MANAGEMENT"))),
      // what the grant's gates ask (Art.29): activity in four functions in the period and a current rating, which a local pack
      // lets be any (the demo's PO is too young for a bronze one)
      Map.entry("POST /organizations/{id}/incentive-awards", List.of("POST /policy-packs {\"effectiveFrom\": \"2025-03-03\", "
          + "\"version\": 1, \"titleZh\": \"苏州市激励政策\", \"titleEn\": \"Suzhou incentives\", \"values\": {\"incentive.minimumRating\": \"NONE\"}}",
          activity("Art.21(3)", "纳米材料供需对接会"), activity("Art.18(1)", "集群发展战略研讨会"), activity("Art.19(1)", "集群企业融资对接会"),
          activity("Art.20(1)", "产业链协作对接会"), "POST /evaluators", "POST /organizations/{id}/evaluator-engagements",
          "POST /organizations/{id}/evaluations")),
      // every party signs (each for itself, Art.16): an agreement awaiting signatures takes no amendment
      Map.entry("POST /organizations/{id}/ip-agreements/{agreementId}/amendments", List.of("POST /organizations/{id}/members",
          "POST /organizations/{id}/ip-agreements/{agreementId}/signatures",
          "POST /organizations/{id}/ip-agreements/{agreementId}/signatures as secretariat {\"party\": \"苏州市澄湖纳米新材料产业集群促进会\", \"signatory\": \"卫思源\"}",
          "POST /organizations/{id}/ip-agreements/{agreementId}/signatures as member {\"party\": \"苏州澄明微电子有限公司\", \"signatory\": \"王澄明\"}")),
      Map.entry("POST /organizations/{id}/self-discipline/actions",
          List.of("POST /organizations/{id}/members", "POST /organizations/{id}/self-discipline/measures")));

  /** The README's founding application without the management system of {@code kind}. */
  private static String withoutSystem(String kind) {
    ObjectNode a = (ObjectNode) parse(Examples.FOUNDING_APPLICATION);
    var systems = (com.fasterxml.jackson.databind.node.ArrayNode) a.get("managementSystems");
    for (int i = systems.size() - 1; i >= 0; i--) {
      if (systems.get(i).get("kind").asText().equals(kind)) {
        systems.remove(i);
      }
    }
    return a.toString();
  }

  /** The example of {@code POST …/activities} serving another function item. */
  private static String activity(String item, String title) {
    ObjectNode a = (ObjectNode) parse(Examples.ACTIVITY);
    a.put("item", item).put("title", title).put("heldOn", "2025-05-20"); // in the grant's period, before the example's member joined
    a.putArray("memberParticipants");
    return "POST /organizations/{id}/activities " + a;
  }

  /** The day the examples are sent: after every date they name but a policy pack's, the demo data loaded on 3 March 2025. */
  static final java.time.Instant SENT = java.time.Instant.parse("2025-07-01T02:00:00Z");

  private static final List<Caller.Role> PREFERENCE = List.of(Caller.Role.AUTHORITY, Caller.Role.SECRETARIAT, Caller.Role.EVALUATOR,
      Caller.Role.MEMBER);

  /** A token for each authority and PO of the demo data and for the evaluators a world registers. */
  private static String tokens() {
    StringBuilder b = new StringBuilder();
    for (int i = 1; i <= 9; i++) {
      b.append(token("authority-00000" + i)).append(" authority authority-00000").append(i).append('\n');
      b.append(token("org-00000" + i)).append(" secretariat org-00000").append(i).append('\n');
      b.append(token("evaluator-00000" + i)).append(" evaluator evaluator-00000").append(i).append('\n');
    }
    // of the demo's recognised PO: the named set's 27 member units come first (decision 0603), those the examples admit
    // after them
    for (int i = 1; i <= 40; i++) {
      String member = String.format("member-%06d", i);
      b.append(token(member)).append(" member org-000001 ").append(member).append('\n');
    }
    return b.toString();
  }

  private static String token(String scope) {
    return "openapi-example-" + scope;
  }

  /** A fresh server on the demo data, as the README's walk starts. */
  static final class World implements AutoCloseable {
    final ClustergovServer server;
    final Http http;
    final Map<String, Route> routes = new LinkedHashMap<>();
    /** The world's stores, for a test that compares them before and after a request. */
    final InMemoryClustergov memory;

    World() {
      memory = new InMemoryClustergov();
      new Demo(memory.ports()).load();
      memory.clock().set(SENT); // the examples' dates are of the months after the demo's
      server = ClustergovServer.builder().ports(memory::ports).tokens(tokens()).start("127.0.0.1", 0);
      http = new Http(server.port());
      server.routes().forEach(r -> routes.put(key(r), r));
    }

    @Override
    public void close() {
      server.stop(java.time.Duration.ofSeconds(2));
    }

    /** The path parameters of {@code route} where its example is taken, making what they name; fails when it cannot. */
    Map<String, String> stand(Route route, Map<String, String> given) {
      Map<String, String> values = new LinkedHashMap<>(given);
      String admitted = null;
      route.pathExamples().forEach(values::putIfAbsent);
      for (String p : route.pathParams()) {
        if (p.equals("id")) {
          continue;
        }
        String collection = route.path().substring(0, route.path().indexOf("/{" + p + "}"));
        Route maker = routes.get("POST " + collection);
        if (values.containsKey(p) || maker == null || maker.example() == null) {
          assertThat(values).as(key(route) + ": nothing names an example of {" + p + "}").containsKey(p);
          continue;
        }
        var made = post(maker, values);
        assertThat(made.status()).as("POST " + collection + " before " + key(route) + " → " + made.body()).isEqualTo(maker.success());
        String location = made.header("Location");
        values.put(p, location != null && location.startsWith(fill(collection, values) + "/")
            ? location.substring(location.lastIndexOf('/') + 1) : made.json().get("id").asText());
      }
      for (String before : GIVEN.getOrDefault(key(route), List.of())) {
        int body = before.indexOf(" {");
        String head = body < 0 ? before : before.substring(0, body);
        int as = head.indexOf(" as ");
        Route r = routes.get(as < 0 ? head : head.substring(0, as));
        assertThat(r).as(before + ", which " + key(route) + " stands on").isNotNull();
        var request = http.method(r.method(), fill(r.path(), values), body < 0 ? r.example() : before.substring(body + 1));
        String token = as < 0 ? caller(r, values) : switch (head.substring(as + 4)) {
          case "secretariat" -> token(values.get("id"));
          // the member unit the example admitted signs for itself (Art.16), not the demo's first member unit
          case "member" -> token(admitted == null ? "member-000001" : admitted);
          default -> throw new IllegalStateException(before + ": no such caller");
        };
        var answer = request.token(token).send();
        assertThat(answer.status()).as(before + " before " + key(route) + " → " + answer.body()).isEqualTo(r.success());
        if (head.equals("POST /organizations/{id}/members")) {
          admitted = answer.json().get("id").asText();
        }
      }
      return values;
    }

    Http.Response post(Route r, Map<String, String> values) {
      return send(r, values, r.example());
    }

    Http.Response send(Route r, Map<String, String> values, String body) {
      var request = http.method(r.method(), fill(r.path(), values), body);
      String token = caller(r, values);
      return (token == null ? request : request.token(token)).send();
    }

    /** The first role that may call the route, scoped to the PO of its path; {@code null} for the public. */
    String caller(Route r, Map<String, String> values) {
      var row = Access.TABLE.getOrDefault(r.op(), Map.of());
      Caller.Role role = PREFERENCE.stream().filter(row::containsKey).findFirst().orElse(null);
      if (role == null) {
        return null;
      }
      String po = r.path().startsWith("/organizations/{id}") ? values.get("id") : null;
      return switch (role) {
        case AUTHORITY -> token(po == null ? "authority-000003" : authorityOf(po));
        case SECRETARIAT -> token(po);
        case EVALUATOR -> token(values.getOrDefault("evaluatorId", "evaluator-000001"));
        default -> throw new IllegalStateException(key(r) + ": no example caller for " + role);
      };
    }

    private String authorityOf(String po) {
      var r = http.get("/organizations/" + po).token(token("authority-000001")).send();
      assertThat(r.status()).as("the PO " + po + " → " + r.body()).isEqualTo(200);
      return r.json().get("application").get("authority").asText();
    }
  }

  static String key(Route r) {
    return r.method() + " " + r.path();
  }

  static String fill(String path, Map<String, String> values) {
    String out = path;
    for (var e : values.entrySet()) {
      out = out.replace("{" + e.getKey() + "}", e.getValue());
    }
    return out;
  }

  private static List<Route> withJsonBodies() {
    try (World w = new World()) {
      return w.routes.values().stream().filter(r -> r.request() != null).toList();
    }
  }

  private static JsonNode parse(String json) {
    try {
      return Json.MAPPER.readTree(json);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void every_route_with_a_json_body_has_an_example() {
    List<String> missing = withJsonBodies().stream().filter(r -> r.example() == null).map(OpenApiExamplesTest::key).toList();
    assertThat(missing).as("routes whose request body has no example").isEmpty();
  }

  @Test
  void every_example_is_taken_in_a_fresh_world_at_its_path_parameters_examples() {
    List<String> refused = new ArrayList<>();
    List<String> unlike = new ArrayList<>();
    int[] reads = {0};
    for (Route r : withJsonBodies()) {
      if (r.example() == null) {
        continue; // the test above names it
      }
      try (World w = new World()) {
        var values = w.stand(r, Map.of());
        var answer = w.post(r, values);
        if (answer.status() != r.success()) {
          refused.add(key(r) + " at " + values + " → " + answer.status() + " " + answer.body());
        }
        JsonNode doc = w.http.get("/openapi.json").send().json();
        unlike.addAll(AnswerSchemas.check(doc, key(r), answer));
        // and every read of what the example made, at the same path parameters
        for (Route get : w.routes.values()) {
          if (get.method().equals("GET") && values.keySet().containsAll(get.pathParams().stream().filter(p -> !p.equals("id")).toList())
              && (!get.pathParams().contains("id") || values.containsKey("id") || !get.path().startsWith("/organizations/{id}"))) {
            Map<String, String> at = new LinkedHashMap<>(values);
            at.putIfAbsent("id", Examples.RECOGNISED_PO);
            if (get.pathParams().contains("id") && !get.path().startsWith("/organizations/{id}")) {
              continue; // an authority's or a cluster's id: not the example's
            }
            var read = w.send(get, at, null);
            reads[0]++;
            unlike.addAll(AnswerSchemas.check(doc, key(get), read));
          }
        }
      } catch (AssertionError e) {
        refused.add(key(r) + ": " + e.getMessage());
      }
    }
    assertThat(refused).as("examples the server did not take").isEmpty();
    assertThat(reads[0]).as("reads checked").isGreaterThan(1000);
    assertThat(new TreeSet<>(unlike)).as("answers unlike the schema the document declares for them").isEmpty();
  }

  @Test
  void a_field_is_required_exactly_when_leaving_it_out_is_a_400_naming_it_and_enumerated_exactly_when_another_value_is() {
    List<String> differences = new ArrayList<>();
    for (Route r : withJsonBodies()) {
      if (r.example() == null) {
        continue;
      }
      try (World w = new World()) {
        JsonNode doc = w.http.get("/openapi.json").send().json();
        JsonNode schema = OpenApiContractTest.requestSchema(doc, key(r));
        var values = w.stand(r, Map.of());
        JsonNode example = parse(r.example());
        var declared = new TreeSet<String>();
        schema.path("required").forEach(n -> declared.add(n.asText()));
        var refused = new TreeSet<String>();
        example.fieldNames().forEachRemaining(field -> {
          ObjectNode without = (ObjectNode) example.deepCopy();
          without.remove(field);
          var answer = w.send(r, values, without.toString());
          if (answer.status() == 400 && !codesAt(answer.json(), field).isEmpty()) {
            refused.add(field);
          }
        });
        if (!declared.equals(refused)) {
          differences.add(key(r) + ": required " + declared + ", refused without " + refused);
        }
        leaves(example, "", (path, spoil) -> {
          var answer = w.send(r, values, spoil.apply(example.deepCopy()).toString());
          boolean refusedAsEnum = answer.status() == 400 && codesAt(answer.json(), path).contains("enum");
          JsonNode at = OpenApiContractTest.schemaAt(doc, schema, path);
          boolean enumerated = at.has("enum") || at.path("items").has("enum") && path.endsWith("]");
          if (refusedAsEnum != enumerated) {
            differences.add(key(r) + " " + path + (enumerated ? ": enumerated, but another value → " + answer.status()
                : ": refused as not one of an enum's constants, but not enumerated"));
          }
        });
      } catch (AssertionError e) {
        differences.add(key(r) + ": " + e.getMessage());
      }
    }
    assertThat(differences).isEmpty();
  }

  @Test
  void a_parameter_the_document_enumerates_takes_each_of_its_values_and_no_other() {
    List<String> differences = new ArrayList<>();
    int checked = 0;
    try (World w = new World()) {
      JsonNode doc = w.http.get("/openapi.json").send().json();
      for (Route r : w.routes.values()) {
        JsonNode op = doc.path("paths").path(r.path()).path(lower(r.method()));
        for (JsonNode p : op.path("parameters")) {
          JsonNode values = p.path("schema").path("enum");
          if (values.isMissingNode() || !r.method().equals("GET") && !p.path("in").asText().equals("path")) {
            continue;
          }
          String name = p.get("name").asText();
          boolean inPath = p.path("in").asText().equals("path");
          List<String> tried = new ArrayList<>();
          values.forEach(v -> tried.add(v.asText()));
          tried.add("NOT-A-VALUE");
          for (String value : tried) {
            Map<String, String> at = new LinkedHashMap<>(r.pathExamples());
            at.putIfAbsent("id", Examples.RECOGNISED_PO);
            r.pathValues().forEach((k, v) -> at.putIfAbsent(k, v.get(0))); // another enumerated path parameter: its first value
            String body = r.method().equals("GET") ? null : r.example();
            if (inPath) {
              at.put(name, value);
            }
            if (fill(r.path(), at).contains("{")) {
              break; // an item the demo data has none of (an evaluation): its answer would be 404 whatever the value
            }
            var request = w.http.method(r.method(), fill(r.path(), at) + (inPath ? "" : "?" + name + "=" + value), body);
            String token = w.caller(r, at);
            var answer = (token == null ? request : request.token(token)).send();
            boolean refused = answer.status() == 400 || answer.status() == 404 && inPath;
            checked++;
            if (refused != value.equals("NOT-A-VALUE")) {
              differences.add(key(r) + " " + name + "=" + value + " → " + answer.status() + " " + answer.body());
            }
          }
        }
      }
    }
    assertThat(checked).as("values tried").isGreaterThanOrEqualTo(20);
    assertThat(differences).isEmpty();
  }

  /**
   * The codes of the violations at {@code path} of the body: at the path itself, or at it under the one name the core gives
   * the whole body (a seat's role is {@code seat.role}, an amendment's parties {@code terms.parties}).
   */
  static List<String> codesAt(JsonNode problem, String path) {
    List<String> out = new ArrayList<>();
    problem.path("violations").forEach(v -> {
      String field = v.get("field").asText();
      if (field.equals(path) || field.matches("[A-Za-z]+\\.\\Q" + path + "\\E")) {
        out.add(v.get("code").asText());
      }
    });
    return out;
  }

  /** Each text leaf of {@code node} at its path (founders[0].kind), with a function that spoils it in a copy. */
  static void leaves(JsonNode node, String path, BiConsumer<String, UnaryOperator<JsonNode>> out) {
    if (node.isTextual()) {
      out.accept(path, copy -> OpenApiContractTest.set(copy, path, TextNode.valueOf("NOT-A-CONSTANT")));
    } else if (node.isObject()) {
      node.fields().forEachRemaining(e -> {
        if (!e.getKey().contains(".")) { // a policy parameter's name is a map's key, not a field: its value is text
          leaves(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey(), out);
        }
      });
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        leaves(node.get(i), path + "[" + i + "]", out);
      }
    }
  }

  static String lower(String method) {
    return method.toLowerCase(Locale.ROOT);
  }
}
