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
