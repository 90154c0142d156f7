package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.OpenApiExamplesTest.World;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every creating route — every route of the server's own table that answers 201 — takes an {@code Idempotency-Key}
 * (幂等键, decision 0540; issue 14 item 4). On the demo data, for each: a request refused under a key keeps no key (the
 * route's example then succeeds under it); the example sent again under its key is answered as the first time — status,
 * body, Location and ETag — and leaves every store as it was; under the same key, another body, or the same body from
 * another caller, is refused (422 with a violation at the header, or 403 when that caller may not call the route) and
 * writes nothing. A route added that answers 201 is checked here without being named.
 */
@org.junit.jupiter.api.Timeout(value = 15, unit = java.util.concurrent.TimeUnit.MINUTES)
class IdempotencyKeyContractTest {

  private static List<Route> creating() {
    try (World w = new World()) {
      return w.routes.values().stream().filter(r -> r.success() == 201).toList();
    }
  }

  @Test
  void every_creating_route_answers_a_request_sent_again_under_its_key_as_the_first_time_and_writes_nothing_again() {
    List<Route> routes = creating();
    List<String> faults = new ArrayList<>();
    int otherCallerRefusedByKey = 0;
    for (Route r : routes) {
      String route = OpenApiExamplesTest.key(r);
      try (World w = new World()) {
        Map<String, String> values = w.stand(r, Map.of());
        String key = "contract-" + r.op() + "-" + java.util.UUID.nameUUIDFromBytes(route.getBytes(java.nio.charset.StandardCharsets.UTF_8));
        if (r.request() != null) {
          InMemoryClustergov.Snapshot before = w.memory.snapshot();
          var refused = send(w, r, values, "{", key, null);
          if (refused.status() != 400 || !w.memory.snapshot().equals(before)) {
            faults.add(route + ": a body that is not JSON under a key → " + refused.status() + ", or it wrote");
          }
        }
        var first = send(w, r, values, r.example(), key, null);
        if (first.status() != 201) {
          faults.add(route + ": the example under a key its refused request did not keep → " + first);
          continue;
        }
        InMemoryClustergov.Snapshot after = w.memory.snapshot();
        var again = send(w, r, values, r.example(), key, null);
        if (again.status() != first.status() || !again.body().equals(first.body())
            || !java.util.Objects.equals(again.header("Location"), first.header("Location"))
            || !java.util.Objects.equals(again.header("ETag"), first.header("ETag"))) {
          faults.add(route + ": sent again under its key → " + again + ", first " + first);
        }
        if (!w.memory.snapshot().equals(after)) {
          faults.add(route + ": sent again under its key, it wrote");
        }
        var another = send(w, r, values, (r.example() == null ? "{}" : r.example()) + "\n", key, null);
        if (another.status() != 422 || !OpenApiExamplesTest.codesAt(another.json(), IdempotencyKeys.HEADER).contains("reused")) {
          faults.add(route + ": another body under the key → " + another);
        }
        String caller = w.caller(r, values);
        String other = "openapi-example-" + (caller != null && caller.endsWith("authority-000001") ? "authority-000002" : "authority-000001");
        var otherCaller = send(w, r, values, r.example(), key, other);
        if (otherCaller.status() == 422 && OpenApiExamplesTest.codesAt(otherCaller.json(), IdempotencyKeys.HEADER).contains("reused")) {
          otherCallerRefusedByKey++;
        } else if (otherCaller.status() != 403) {
          faults.add(route + ": the same request from another caller under the key → " + otherCaller);
        }
        if (!w.memory.snapshot().equals(after)) {
          faults.add(route + ": a request refused for its key wrote");
        }
      } catch (AssertionError e) {
        faults.add(route + ": " + e.getMessage());
      }
    }
    System.out.println("IDEMPOTENCY: creating routes=" + routes.size() + " refused for another caller's key=" + otherCallerRefusedByKey
        + " faults=" + faults.size());
    assertThat(faults).isEmpty();
    assertThat(routes).as("the routes that answer 201").hasSizeGreaterThanOrEqualTo(32);
    assertThat(otherCallerRefusedByKey).as("routes where another caller may call and was refused for the key").isGreaterThan(0);
  }

  @Test
  void a_malformed_key_is_a_400_naming_the_header_and_writes_nothing() {
    try (World w = new World()) {
      Route r = w.routes.get("POST /clusters");
      InMemoryClustergov.Snapshot before = w.memory.snapshot();
      for (String key : List.of("x".repeat(201), "with space")) {
        var answer = send(w, r, Map.of(), r.example(), key, null);
        assertThat(answer.status()).as(key).isEqualTo(400);
        assertThat(OpenApiExamplesTest.codesAt(answer.json(), IdempotencyKeys.HEADER)).as(key).containsExactly("format");
      }
      assertThat(w.memory.snapshot()).isEqualTo(before);
      assertThat(send(w, r, Map.of(), r.example(), "x".repeat(200), null).status()).isEqualTo(201);
    }
  }

  /** A misshapen body runs as a rehearsal (decision 0360): its 400 keeps neither the cluster nor the key. */
  @Test
  void a_misshapen_body_under_a_key_is_a_400_that_keeps_no_key() {
    try (World w = new World()) {
      Route r = w.routes.get("POST /clusters");
      InMemoryClustergov.Snapshot before = w.memory.snapshot();
      String misshapen = r.example().replace("450", "\"many\"");
      assertThat(misshapen).isNotEqualTo(r.example());
      var answer = send(w, r, Map.of(), misshapen, "rehearsed", null);
      assertThat(answer.status()).as(answer.body()).isEqualTo(400);
      assertThat(w.memory.snapshot()).isEqualTo(before);
      var first = send(w, r, Map.of(), r.example(), "rehearsed", null);
      assertThat(first.status()).as(first.body()).isEqualTo(201);
      assertThat(send(w, r, Map.of(), r.example(), "rehearsed", null).body()).isEqualTo(first.body());
    }
  }

  @Test
  void the_document_names_the_header_on_every_keyed_route_and_on_no_other() {
    try (World w = new World()) {
      var doc = w.http.get("/openapi.json").send().json();
      List<String> wrong = new ArrayList<>();
      for (Route r : w.routes.values()) {
        boolean named = false;
        for (var p : doc.path("paths").path(r.path()).path(OpenApiExamplesTest.lower(r.method())).path("parameters")) {
          named |= p.path("in").asText().equals("header") && p.path("name").asText().equals(IdempotencyKeys.HEADER);
        }
        if (named != IdempotencyKeys.applies(r)) {
          wrong.add(OpenApiExamplesTest.key(r) + (named ? " names it" : " does not name it"));
        }
      }
      assertThat(wrong).isEmpty();
    }
  }

  private static Http.Response send(World w, Route r, Map<String, String> values, String body, String key, String token) {
    var request = w.http.method(r.method(), OpenApiExamplesTest.fill(r.path(), values), body).header(IdempotencyKeys.HEADER, key);
    String caller = token != null ? token : w.caller(r, values);
    return (caller == null ? request : request.token(caller)).send();
  }
}
