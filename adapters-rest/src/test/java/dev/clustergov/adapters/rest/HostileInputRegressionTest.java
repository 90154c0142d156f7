package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;

/** The defects the hostile-request generator found, each pinned by the smallest request that showed it. */
class HostileInputRegressionTest extends ServerHarness {

  private final InMemoryClustergov memory = new InMemoryClustergov();

  @Override
  protected Backend backend() {
    return Backend.memory(memory);
  }

  @Test
  void an_accept_language_of_separators_only_is_answered_not_a_500() {
    // was: ";;;" split to no parts, an ArrayIndexOutOfBounds before any handler, and Javalin's bare 500 "Server Error"
    var r = http.get("/health").header("Accept-Language", ";;;,,,").send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    problem(http.get("/organizations").header("Accept-Language", ";").send(), 401);
  }

  @Test
  void what_jetty_refuses_itself_is_a_problem_with_the_security_headers() {
    // was: Jetty's HTML error page (text/html, iso-8859-1) without nosniff, frame options or a CSP
    var r = http.get("/guideline/articles/" + "%E9%95%BF".repeat(2000)).send();
    var p = problem(r, 414);
    assertThat(p.get("type").asText()).isEqualTo("urn:clustergov:problem:uri-too-long");
    assertThat(r.header("X-Content-Type-Options")).isEqualTo("nosniff");
    assertThat(r.header("X-Frame-Options")).isEqualTo("DENY");
    assertThat(r.header("Content-Security-Policy")).contains("default-src 'none'");
    // the connection is not reused after it: the next request on the client is answered normally
    assertThat(http.get("/health").send().status()).isEqualTo(200);
    var big = http.get("/health").header("X-Padding", "x".repeat(20_000)).send();
    problem(big, 431);
    assertThat(big.header("X-Content-Type-Options")).isEqualTo("nosniff");
    // was: for any method but GET, POST and HEAD Jetty's error handler wrote an empty 431 or 414 without our headers
    // (ErrorHandler.errorPageForMethod); the hostile-requests property found it with a PUT, a long path and a long token
    for (String method : java.util.List.of("PUT", "DELETE", "PATCH", "OPTIONS")) {
      var headers = http.method(method, "/organizations/org-000001/charter", null).header("X-Padding", "x".repeat(20_000)).send();
      problem(headers, 431);
      assertThat(headers.header("X-Content-Type-Options")).as(method).isEqualTo("nosniff");
      var uri = http.method(method, "/organizations/" + "%E9%95%BF".repeat(2000), null).send();
      problem(uri, 414);
      assertThat(uri.header("X-Content-Type-Options")).as(method).isEqualTo("nosniff");
    }
  }

  @Test
  void a_body_sent_to_a_route_that_takes_none_does_not_cut_the_answer_short() {
    // was: about one in 300 to 600 GET /openapi.json with a small body came back truncated (the connection closed under it)
    byte[] body = "{\"a\":null}".getBytes(StandardCharsets.UTF_8);
    int length = http.get("/openapi.json").send().body().length();
    for (int i = 0; i < 200; i++) {
      var r = http.get("/openapi.json").header("Content-Type", "application/json").raw(body).send();
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.body()).hasSize(length);
    }
  }

  @Test
  void a_refused_registration_or_proposal_draws_no_id_on_the_database() throws Exception {
    // was: the id was drawn before the command was validated, outside the unit of work: on the database every
    // refused registration or proposal advanced the id counter (a write by a refused request, found on H2)
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("clustergov-ids-");
    try (Storage storage = Storage.h2(dir)) {
      var gov = dev.clustergov.core.application.Clustergov.using(storage.ports());
      String a1 = gov.registerAuthority().handle(new RegisterAuthority.Command("苏州市工业和信息化局", new RegionCode("320500"))).get().id().value();
      String c1 = gov.registerCluster().handle(new RegisterCluster.Command("苏州市恒岳纳米新材料集群", new RegionCode("320500"), "纳米新材料", ClusterLevel.NATIONAL, 600))
          .get().id().value();
      for (int i = 0; i < 3; i++) {
        assertThat(gov.registerCluster().handle(new RegisterCluster.Command("", null, "", null, -1)).isLeft()).isTrue();
        assertThat(gov.registerAuthority().handle(new RegisterAuthority.Command("", null)).isLeft()).isTrue();
        // a proposal naming a cluster that does not exist: refused after its application parsed
        assertThat(gov.proposeOrganization().handle(new dev.clustergov.core.application.establishment.ProposeOrganization.Command(
            World.application("cluster-999999", a1, "苏州市测试促进会"))).isLeft()).isTrue();
      }
      String a2 = gov.registerAuthority().handle(new RegisterAuthority.Command("江苏省工业和信息化厅", new RegionCode("320000"))).get().id().value();
      String c2 = gov.registerCluster().handle(new RegisterCluster.Command("苏州市第二集群", new RegionCode("320500"), "新材料", ClusterLevel.MUNICIPAL, 300))
          .get().id().value();
      String o1 = World.propose(gov, World.application(c1, a1, "苏州市纳米新材料产业集群促进会")).id().value();
      assertThat(a2).isEqualTo(next(a1));
      assertThat(c2).isEqualTo(next(c1));
      assertThat(o1).endsWith("-000001");
    }
  }

  private static String next(String id) {
    int dash = id.lastIndexOf('-');
    return id.substring(0, dash + 1) + String.format("%06d", Long.parseLong(id.substring(dash + 1)) + 1);
  }
}
