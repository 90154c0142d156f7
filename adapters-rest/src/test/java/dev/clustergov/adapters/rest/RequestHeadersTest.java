package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Headers that change what a request means (decision 0361): method override, Authorization twice, If-Match, and bidi text on the page. */
class RequestHeadersTest extends ServerHarness {

  private final InMemoryClustergov memory = new InMemoryClustergov();

  @Override
  protected Backend backend() {
    return Backend.memory(memory);
  }

  private static final String CLUSTER = "{\"name\": \"苏州市某集群\", \"region\": \"320500\", \"industry\": \"新材料\", "
      + "\"level\": \"MUNICIPAL\", \"enterprises\": 10}";

  @Test
  void a_get_with_a_method_override_header_writes_nothing_and_is_refused() {
    long before = memory.ports().events().last();
    for (String header : ClustergovServer.METHOD_OVERRIDES) {
      var r = http.get("/clusters").header(header, "POST").header("Content-Type", "application/json").token(World.SUZHOU)
          .raw(CLUSTER.getBytes(StandardCharsets.UTF_8)).send();
      var p = problem(r, 400);
      assertThat(fields(p)).containsExactly(header);
      assertThat(p.get("violations").get(0).get("messageZh").asText()).contains("不支持");
    }
    assertThat(memory.ports().events().last()).as("no event recorded").isEqualTo(before);
    assertThat(http.get("/clusters").send().body()).doesNotContain("苏州市某集群");
    // and on a write, the override does not turn it into another method either
    problem(http.post("/clusters", null).header("X-HTTP-Method-Override", "GET").header("Content-Type", "application/json")
        .token(World.SUZHOU).raw(CLUSTER.getBytes(StandardCharsets.UTF_8)).send(), 400);
    assertThat(memory.ports().events().last()).isEqualTo(before);
  }

  @Test
  void two_authorization_headers_are_refused_whichever_comes_first() throws Exception {
    long before = memory.ports().events().last();
    for (String[] pair : new String[][] {{World.SUZHOU, "nobody-knows-this-token-1234"}, {"nobody-knows-this-token-1234", World.SUZHOU},
        {World.SUZHOU, World.SUZHOU}}) {
      String answer = raw("POST /clusters HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer " + pair[0] + "\r\nAuthorization: Bearer " + pair[1]
          + "\r\nContent-Type: application/json\r\nContent-Length: " + CLUSTER.getBytes(StandardCharsets.UTF_8).length
          + "\r\nConnection: close\r\n\r\n" + CLUSTER);
      assertThat(answer).startsWith("HTTP/1.1 400").contains("application/problem+json").contains("\"field\":\"Authorization\"")
          .contains("repeated-header");
    }
    assertThat(memory.ports().events().last()).isEqualTo(before);
  }

  @Test
  void a_failed_if_match_is_412_and_a_weak_tag_never_matches() {
    String id = proposed();
    var got = http.get("/organizations/" + id).token(World.SUZHOU).send();
    String etag = got.header("ETag");
    assertThat(etag).startsWith("\"");
    var a = World.application(got.json().get("application").get("cluster").asText(), world.suzhou, "苏州市测试产业集群发展促进会");
    // the weak form of the current tag: If-Match compares strongly, so it fails (RFC 9110 §13.1.1)
    var weak = problem(http.put("/organizations/" + id + "/founding-application", a).token(World.SUZHOU).header("If-Match", "W/" + etag).send(), 412);
    assertThat(weak.get("type").asText()).isEqualTo("urn:clustergov:problem:precondition-failed");
    assertThat(http.get("/organizations/" + id).token(World.SUZHOU).send().header("ETag")).isEqualTo(etag);
    var stale = http.put("/organizations/" + id + "/founding-application", a).token(World.SUZHOU).header("If-Match", "\"99\"").send();
    var p = problem(stale, 412);
    assertThat(stale.header("ETag")).isEqualTo(etag);
    assertThat(p.get("detail").asText()).contains("If-Match");
    assertThat(http.put("/organizations/" + id + "/founding-application", a).token(World.SUZHOU).header("If-Match", etag).send().status())
        .isEqualTo(200);
  }

  @Test
  void bidi_controls_in_a_name_are_kept_but_isolated_on_the_public_page() {
    String name = "苏州市\u202Eevil\u202C测试产业集群促进会";
    String cluster = freshCluster();
    String id = proposeVia(World.SUZHOU, World.application(cluster, world.suzhou, name));
    var r = http.post("/organizations/" + id + "/establishment", java.util.Map.of("creditCode",
        dev.clustergov.core.testkit.fixtures.Fixtures.creditCode("51320500MJ1234567"))).token(World.SUZHOU).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    assertThat(http.get("/organizations/" + id).token(World.SUZHOU).send().json().get("application").get("name").asText()).isEqualTo(name);
    String page = http.get("/public/organizations/" + id + ".html").send().body();
    assertThat(page).contains("<h1 id=\"name\"><bdi>" + name + "</bdi></h1>");
    String title = page.substring(page.indexOf("<title>"), page.indexOf("</title>"));
    assertThat(title).contains("苏州市evil测试产业集群促进会").doesNotContain("\u202E");
    // every occurrence of the name on the page is inside an isolate
    assertThat(page.split("\u202E", -1).length - 1).isEqualTo(page.split("<bdi>苏州市\u202E", -1).length - 1);
  }

  private String raw(String request) throws Exception {
    try (Socket s = new Socket("127.0.0.1", server.port())) {
      s.setSoTimeout(10_000);
      OutputStream out = s.getOutputStream();
      out.write(request.getBytes(StandardCharsets.UTF_8));
      out.flush();
      InputStream in = s.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
