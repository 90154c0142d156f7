package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.adapters.rest.Route.Scope;
import org.junit.jupiter.api.Test;

/** The route builder: defaults for the common case, and a route that could not be documented or served fails when built. */
class RouteTest {

  private static final Route.Handler OK = ex -> Reply.ok(new Views.Health("UP"));

  @Test
  void a_route_takes_the_defaults_for_what_it_does_not_say() {
    Route r = Route.get(Op.HEALTH, "/health").tag("service").summary("Liveness").response(Views.Health.class).handler(OK);
    assertThat(r.method()).isEqualTo("GET");
    assertThat(r.description()).isEmpty();
    assertThat(r.params()).isEmpty();
    assertThat(r.request()).isNull();
    assertThat(r.requestOptional()).isFalse();
    assertThat(r.success()).isEqualTo(200);
    assertThat(r.problems()).isEmpty();
    assertThat(r.scope()).isEqualTo(Scope.NONE);
  }

  @Test
  void a_created_route_answers_201_and_an_optional_body_may_be_empty() {
    Route r = Route.post(Op.ESTABLISH, "/organizations/{id}/establishment").tag("lifecycle").summary("Establish")
        .optionalBody(Views.Health.class).created(Views.Health.class).problems(400, 404).scope(Scope.ORGANIZATION).handler(OK);
    assertThat(r.success()).isEqualTo(201);
    assertThat(r.requestOptional()).isTrue();
    assertThat(r.problems()).containsExactlyInAnyOrder(400, 404);
    assertThat(r.pathParams()).containsExactly("id");
  }

  @Test
  void a_route_without_a_summary_fails_naming_the_route() {
    assertThatThrownBy(() -> Route.get(Op.HEALTH, "/health").tag("service").handler(OK))
        .isInstanceOf(IllegalStateException.class).hasMessage("route GET /health (HEALTH) has no summary");
  }

  @Test
  void a_route_without_a_handler_fails_naming_the_route() {
    assertThatThrownBy(() -> Route.delete(Op.REMOVE, "/organizations/{id}/x").tag("governance").summary("Remove").handler(null))
        .isInstanceOf(IllegalStateException.class).hasMessage("route DELETE /organizations/{id}/x (REMOVE) has no handler");
  }

  @Test
  void every_missing_part_is_named_at_once() {
    assertThatThrownBy(() -> Route.put(Op.AMEND, "organizations").handler(null))
        .hasMessage("route PUT organizations (AMEND) has a path that does not start with /, no tag, no summary, no handler");
  }

  @Test
  void a_route_checked_against_a_po_must_name_the_po_in_its_path() {
    assertThatThrownBy(() -> Route.get(Op.COMPLIANCE, "/compliance").tag("management").summary("Report").scope(Scope.ORGANIZATION)
        .handler(OK)).hasMessageContaining("scope ORGANIZATION without the PO's {id} in its path");
  }
}
