package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import io.javalin.http.HandlerType;
import io.javalin.router.Endpoint;
import io.javalin.router.InternalRouter;
import io.javalin.router.ParsedEndpoint;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The server's router finds, for every request, the endpoints Javalin's own matcher finds, in the same order (decision
 * 0614): over every route of the server, with its parameters filled in, and paths beside them — a trailing slash, one
 * segment more, upper case, a doubled slash, an unknown first segment, the root — for every method.
 */
class IndexedRouterTest extends ServerHarness {

  @Override
  protected Backend backend() {
    return Backend.memory(new InMemoryClustergov());
  }

  @Test
  void every_request_finds_the_endpoints_javalins_matcher_finds_in_the_same_order() {
    io.javalin.config.JavalinState state = server.javalin();
    InternalRouter indexed = state.internalRouter;
    assertThat(indexed).isInstanceOf(IndexedRouter.class);
    InternalRouter plain = new InternalRouter(state.wsRouter, state.eventManager, state.router, state.jetty);
    for (ParsedEndpoint e : indexed.allHttpHandlers()) {
      plain.addHttpEndpoint(e.endpoint);
    }
    assertThat(plain.allHttpHandlers()).hasSizeGreaterThan(150);

    Set<String> paths = new LinkedHashSet<>(List.of("", "/", "//", "//public/organizations/x", "/unknown", "/unknown/x",
        "/public", "/organizations", "/organizations/", "/ORGANIZATIONS/org-000001", "/organizations/org-000001/../x", "*"));
    for (ParsedEndpoint e : plain.allHttpHandlers()) {
      String filled = e.endpoint.path.replaceAll("\\{[^}]+}", "org-000001").replaceAll("<[^>]+>", "a/b.js");
      paths.addAll(List.of(filled, filled + "/", filled + "/extra", filled.toUpperCase(Locale.ROOT), "/" + filled, e.endpoint.path));
    }
    int compared = 0;
    for (HandlerType type : HandlerType.values()) {
      for (String path : paths) {
        assertThat(endpoints(indexed.findHttpHandlerEntries(type, path))).as(type + " " + path)
            .isEqualTo(endpoints(plain.findHttpHandlerEntries(type, path)));
        ParsedEndpoint first = indexed.findFirstHttpHandlerEntry(type, path);
        ParsedEndpoint expected = plain.findFirstHttpHandlerEntry(type, path);
        assertThat(first == null ? null : first.endpoint).as("first, " + type + " " + path)
            .isSameAs(expected == null ? null : expected.endpoint);
        assertThat(indexed.hasHttpHandlerEntry(type, path)).isEqualTo(plain.hasHttpHandlerEntry(type, path));
        compared += expected == null ? 0 : 1;
      }
    }
    assertThat(compared).as("requests that found a route").isGreaterThan(400);
  }

  private static List<Endpoint> endpoints(List<ParsedEndpoint> found) {
    List<Endpoint> endpoints = new ArrayList<>();
    found.forEach(e -> endpoints.add(e.endpoint));
    return endpoints;
  }
}
