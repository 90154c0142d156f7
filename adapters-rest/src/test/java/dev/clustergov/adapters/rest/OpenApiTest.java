package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The document at /openapi.json names exactly the routes Javalin has registered, no more, no fewer. */
class OpenApiTest extends ServerHarness {

  @Override
  protected Backend backend() {
    InMemoryClustergov memory = new InMemoryClustergov();
    return Backend.memory(memory);
  }

  private JsonNode document() {
    var r = http.get("/openapi.json").send();
    assertThat(r.status()).isEqualTo(200);
    assertThat(r.header("Content-Type")).startsWith("application/json");
    return r.json();
  }

  private static List<String> documented(JsonNode doc) {
    List<String> out = new ArrayList<>();
    doc.get("paths").fields().forEachRemaining(p -> p.getValue().fieldNames()
        .forEachRemaining(m -> out.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey())));
    return out;
  }

  @Test
  void the_document_is_openapi_3_1() {
    assertThat(document().get("openapi").asText()).isEqualTo("3.1.0");
  }

  @Test
  void every_registered_route_is_documented_and_every_documented_route_is_registered() {
    var registered = new TreeSet<>(server.registeredRoutes());
    var inDocument = new TreeSet<>(documented(document()));
    assertThat(registered).isNotEmpty();
    assertThat(inDocument).as("documented but not registered").isSubsetOf(registered);
    assertThat(registered).as("registered but not documented").isSubsetOf(inDocument);
  }

  @Test
  void every_documented_route_answers_as_a_route_not_as_an_unknown_path() {
    for (String entry : documented(document())) {
      String[] mp = entry.split(" ", 2);
      String path = mp[1].replace("{n}", "1").replaceAll("\\{[^}]+}", "x-probe");
      var r = http.method(mp[0], path, mp[0].equals("GET") || mp[0].equals("DELETE") ? null : "{}").send();
      assertThat(r.status()).as(entry + " → " + r.body()).isNotEqualTo(405);
      if (r.status() == 404) {
        assertThat(r.json().get("detail").asText()).as(entry).doesNotContain("请求的资源不存在").doesNotContain("No such resource");
      }
    }
  }

  @Test
  void a_planted_route_missing_from_the_document_would_be_caught() {
    List<String> doc = documented(document());
    List<String> registered = new ArrayList<>(server.registeredRoutes());
    registered.add("GET /planted");
    assertThat(new TreeSet<>(registered)).isNotEqualTo(new TreeSet<>(doc));
  }

  @Test
  void every_schema_reference_resolves() {
    JsonNode doc = document();
    JsonNode schemas = doc.get("components").get("schemas");
    List<String> refs = new ArrayList<>();
    collect(doc, refs);
    assertThat(refs).isNotEmpty();
    for (String ref : refs) {
      assertThat(schemas.has(ref.substring("#/components/schemas/".length()))).as(ref).isTrue();
    }
  }

  /**
   * Every field a request can carry — each property of a request body's schema, however deep, and each query parameter —
   * has a Chinese name, so that its problem names it in Chinese (review stop 26 item 6, decision 0593): a field added to a
   * request without a line in {@link FieldNames} fails here, naming the route and the path.
   */
  @Test
  void every_field_a_request_can_carry_has_a_chinese_name() {
    JsonNode doc = document();
    JsonNode schemas = doc.get("components").get("schemas");
    java.util.Set<String> unnamed = new TreeSet<>();
    int seen[] = {0};
    doc.get("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
      String route = m.getKey().toUpperCase(Locale.ROOT) + " " + p.getKey();
      for (JsonNode par : m.getValue().path("parameters")) {
        if (par.path("in").asText().equals("query")) {
          seen[0]++;
          if (FieldNames.nameOf(par.get("name").asText()).isEmpty()) {
            unnamed.add(par.get("name").asText() + " (" + route + ")");
          }
        }
      }
      JsonNode body = m.getValue().path("requestBody").path("content").path("application/json").path("schema");
      if (!body.isMissingNode()) {
        walk(schemas, body, "", route, unnamed, new java.util.HashSet<>(), seen);
      }
    }));
    assertThat(seen[0]).as("fields walked").isGreaterThan(100);
    assertThat(unnamed).as("request fields without a Chinese name in FieldNames").isEmpty();
    // and the name is what a problem says, the element's place included
    assertThat(FieldNames.zh("items[0].code")).isEqualTo("“第1项收费项目编码”");
    assertThat(FieldNames.zh("channel.reference")).isEqualTo("“披露渠道网址”");
    assertThat(FieldNames.zh("account.holder")).isEqualTo("“账户名称”");
    assertThat(FieldNames.zh("founders[2].name")).isEqualTo("“名称”");
  }

  private static void walk(JsonNode schemas, JsonNode schema, String path, String route, java.util.Set<String> unnamed,
      java.util.Set<String> visiting, int[] seen) {
    if (schema.has("$ref")) {
      String ref = schema.get("$ref").asText();
      if (!visiting.add(ref + "@" + path)) {
        return;
      }
      walk(schemas, schemas.get(ref.substring("#/components/schemas/".length())), path, route, unnamed, visiting, seen);
      return;
    }
    for (String combinator : new String[] {"oneOf", "anyOf", "allOf"}) {
      schema.path(combinator).forEach(s -> walk(schemas, s, path, route, unnamed, visiting, seen));
    }
    if (schema.has("items")) {
      walk(schemas, schema.get("items"), path + "[]", route, unnamed, visiting, seen);
    }
    schema.path("properties").fields().forEachRemaining(e -> {
      String field = path.isEmpty() ? e.getKey() : path + "." + e.getKey();
      seen[0]++;
      if (FieldNames.nameOf(field).isEmpty()) {
        unnamed.add(field + " (" + route + ")");
      }
      walk(schemas, e.getValue(), field, route, unnamed, visiting, seen);
    });
  }

  private static void collect(JsonNode n, List<String> refs) {
    if (n.isObject()) {
      n.fields().forEachRemaining(e -> {
        if (e.getKey().equals("$ref")) {
          refs.add(e.getValue().asText());
        } else {
          collect(e.getValue(), refs);
        }
      });
    } else if (n.isArray()) {
      n.forEach(x -> collect(x, refs));
    }
  }
}
