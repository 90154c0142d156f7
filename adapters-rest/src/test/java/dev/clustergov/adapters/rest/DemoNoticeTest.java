package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.adapters.rest.demo.DemoData;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Decision 0632 (review stop 28, D1): a server holding demo data says so on every page — the public page, its 404 page, the
 * dashboard, the evaluation report and the import page carry the notice 演示数据 · Demo data — and on every answer in the
 * header {@code Clustergov-Demo-Data: true}; a server without demo data says neither. The server knows its data is the demo's
 * by {@code --demo} or, restarted without it, by the demo's named set in its storage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class DemoNoticeTest {

  static final String NATIONAL = "token-national-demo-notice-01";
  static final String OFFICE = "token-secretariat-demo-notice-1";
  static final String HTML = "text/html";

  private ClustergovServer demo;
  private ClustergovServer plain;
  private Http demoHttp;
  private Http plainHttp;
  private Ports ports;
  private String po;

  @BeforeAll
  void start() {
    ports = new InMemoryClustergov().ports();
    Demo.loadAll(ports, DemoData.Size.DEMO);
    String national = ports.authorities().all().stream().filter(a -> a.jurisdiction().equals(RegionCode.NATIONAL)).findFirst()
        .orElseThrow().id().value();
    po = ports.organizations().list(dev.clustergov.core.application.port.OrganizationQuery.all(10)).get(0).id().value();
    String tokens = NATIONAL + " authority " + national + "\n" + OFFICE + " secretariat " + po;
    demo = ClustergovServer.builder().ports(() -> ports).tokens(tokens).demo(() -> Demo.present(Clustergov.using(ports).queries()))
        .start("127.0.0.1", 0);
    demoHttp = new Http(demo.port());
    // the same data served by a server not told it is a demo: the test of the notice, not of the data
    plain = ClustergovServer.builder().ports(() -> ports).tokens(tokens).start("127.0.0.1", 0);
    plainHttp = new Http(plain.port());
  }

  @AfterAll
  void stop() {
    demo.stop();
    plain.stop();
  }

  private List<String> pages(Http http) {
    List<String> paths = new ArrayList<>();
    paths.add("/public/organizations/" + po + ".html");
    paths.add("/public/organizations/org-999999.html"); // the 404 page
    String national = ports.authorities().all().stream().filter(a -> a.jurisdiction().equals(RegionCode.NATIONAL)).findFirst()
        .orElseThrow().id().value();
    paths.add("/authorities/" + national + "/dashboard");
    paths.add("/organizations/" + po + "/imports");
    String report = null;
    for (var o : ports.organizations().list(dev.clustergov.core.application.port.OrganizationQuery.all(500))) {
      JsonNode items = http.get("/organizations/" + o.id().value() + "/evaluations").token(NATIONAL).send().json().get("items");
      if (items.size() > 0) {
        report = "/organizations/" + o.id().value() + "/evaluations/" + items.get(0).get("id").asText() + "/report";
        break;
      }
    }
    assertThat(report).as("a demo PO with an evaluation").isNotNull();
    paths.add(report);
    return paths;
  }

  @Test
  void every_page_of_a_demo_server_carries_the_notice_at_the_top_of_its_body() {
    for (String path : pages(demoHttp)) {
      var r = demoHttp.get(path).header("Accept", HTML).token(path.startsWith("/organizations/" + po + "/imports") ? OFFICE : NATIONAL).send();
      assertThat(r.header("Content-Type")).as(path).startsWith("text/html");
      assertThat(r.header(DemoNotice.HEADER)).as(path).isEqualTo("true");
      String body = r.body();
      assertThat(body).as(path).contains(DemoNotice.TITLE, "均为虚构", "This server holds demo data");
      // at the top: nothing of the page's own before it
      assertThat(body.indexOf("class=\"demo-notice\"")).as(path).isGreaterThan(body.indexOf("<body>")).isLessThan(body.indexOf("<main>"));
    }
  }

  @Test
  void json_answers_of_a_demo_server_say_so_in_a_header_and_keep_their_shape() {
    var demoJson = demoHttp.get("/public/organizations/" + po).send();
    var plainJson = plainHttp.get("/public/organizations/" + po).send();
    assertThat(demoJson.header(DemoNotice.HEADER)).isEqualTo("true");
    assertThat(plainJson.header(DemoNotice.HEADER)).isNull();
    assertThat(demoJson.body()).isEqualTo(plainJson.body());
    assertThat(demoHttp.get("/public/organizations/org-999999").send().header(DemoNotice.HEADER)).isEqualTo("true");
    // documented where the public reads: on the public routes' success
    JsonNode doc = demoHttp.get("/openapi.json").send().json();
    assertThat(doc.at("/paths/~1public~1organizations~1{id}/get/responses/200/headers/" + DemoNotice.HEADER + "/schema/enum/0").asText())
        .isEqualTo("true");
  }

  @Test
  void a_server_without_demo_data_shows_no_notice() {
    for (String path : pages(plainHttp)) {
      var r = plainHttp.get(path).header("Accept", HTML).token(path.startsWith("/organizations/" + po + "/imports") ? OFFICE : NATIONAL).send();
      assertThat(r.header(DemoNotice.HEADER)).as(path).isNull();
      assertThat(r.body()).as(path).doesNotContain(DemoNotice.TITLE, "demo-notice");
    }
  }

  @Test
  void the_storage_is_known_as_the_demo_s_by_its_named_set_with_or_without_the_flag() {
    Ports fresh = new InMemoryClustergov().ports();
    Clustergov gov = Clustergov.using(fresh);
    Demo.bootstrap(gov); // what every start writes
    assertThat(Demo.present(gov.queries())).isFalse();
    assertThat(ServerMain.demoData(Options.parse(new String[0], Map.of()), gov.queries())).isFalse();
    assertThat(ServerMain.demoData(Options.parse(new String[] {"--demo"}, Map.of()), gov.queries())).isTrue();
    // restarted over the demo's storage without --demo: still a demo server
    assertThat(ServerMain.demoData(Options.parse(new String[0], Map.of()), Clustergov.using(ports).queries())).isTrue();
  }

  @Test
  void the_notice_goes_right_after_the_body_tag_and_a_text_without_one_is_left_alone() {
    String page = new String(DemoNotice.mark("<html><body>\n<main>x</main></body></html>".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
        java.nio.charset.StandardCharsets.UTF_8);
    assertThat(page).startsWith("<html><body>\n" + DemoNotice.BANNER + "<main>x</main>");
    assertThat(DemoNotice.mark("no page".getBytes(java.nio.charset.StandardCharsets.UTF_8))).asString().isEqualTo("no page");
  }
}
