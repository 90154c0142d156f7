package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.testkit.Prerequisites;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * A real headless Chromium loads the public page and /docs and we check what a person would see —
 * the rendered DOM after the page's own scripts ran under its Content-Security-Policy. Screenshots
 * are kept in {@code target/screenshots/}. Skipped only where Chromium is absent and this is not CI
 * ({@code .ci/run} installs it; in CI a missing Chromium fails, see {@link Prerequisites}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES) // a server and a Chromium process
class BrowserTest {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  static final Path SHOTS = Path.of("target", "screenshots");

  static final String SUZHOU = "token-suzhou-browser-test-000001";
  /** The secretariat of 苏州市澄湖纳米新材料产业集群促进会, for its imports page (decision 0467). */
  static final String OFFICE = "token-nano-office-browser-test-01";

  private ClustergovServer server;
  private Map<String, String> demo;
  private Ports ports;
  /** The authority's gateway (decision 0430): it adds the bearer header a browser cannot, as an intranet's sign-on proxy would. */
  private com.sun.net.httpserver.HttpServer gateway;

  @BeforeAll
  void start() {
    Prerequisites.require(Files.isExecutable(CHROMIUM), "/usr/bin/chromium is not installed (apt-get install chromium fonts-wqy-microhei)");
    InMemoryClustergov memory = new InMemoryClustergov();
    ports = memory.ports();
    demo = new Demo(ports).load();
    dev.clustergov.adapters.rest.demo.DemoData.generate(ports, dev.clustergov.adapters.rest.demo.DemoData.Size.DEMO, 2025L);
    server = ClustergovServer.builder().ports(() -> ports).tokens(SUZHOU + " authority " + demo.get("苏州市工业和信息化局") + "\n"
        + OFFICE + " secretariat " + demo.get("苏州市澄湖纳米新材料产业集群促进会")).start("127.0.0.1", 0);
    gateway = gateway(server.port(), SUZHOU);
  }

  /** A reverse proxy on another port that forwards GETs to the server with {@code Authorization: Bearer token}. */
  static com.sun.net.httpserver.HttpServer gateway(int upstream, String token) {
    try {
      var client = java.net.http.HttpClient.newHttpClient();
      var g = com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
      g.createContext("/", exchange -> {
        try (exchange) {
          var req = java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + upstream + exchange.getRequestURI()))
              .header("Authorization", "Bearer " + token)
              .header("Accept", String.valueOf(exchange.getRequestHeaders().getFirst("Accept")))
              .header("Accept-Language", "zh-CN,zh;q=0.9,en;q=0.8").GET().build();
          var res = client.send(req, java.net.http.HttpResponse.BodyHandlers.ofByteArray());
          res.headers().map().forEach((k, v) -> {
            if (!k.equalsIgnoreCase("content-length") && !k.equalsIgnoreCase("transfer-encoding") && !k.startsWith(":")) {
              v.forEach(x -> exchange.getResponseHeaders().add(k, x));
            }
          });
          exchange.sendResponseHeaders(res.statusCode(), res.body().length == 0 ? -1 : res.body().length);
          exchange.getResponseBody().write(res.body());
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      });
      g.start();
      return g;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @AfterAll
  void stop() {
    if (gateway != null) {
      gateway.stop(0);
    }
    if (server != null) {
      server.stop(java.time.Duration.ofSeconds(2));
    }
  }

  private String url(String path) {
    return "http://127.0.0.1:" + server.port() + path;
  }

  /** Runs Chromium headless with the flags this machine needs, a fresh profile, and a bounded time. */
  private static String chromium(String... extra) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory("clustergov-chromium-");
    List<String> cmd = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--hide-scrollbars", "--user-data-dir=" + profile));
    cmd.addAll(List.of(extra));
    Path out = Files.createTempFile("chromium-out-", ".html");
    Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    if (!p.waitFor(90, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("chromium did not finish in 90 s: " + cmd);
    }
    String dom = Files.readString(out, StandardCharsets.UTF_8);
    Files.deleteIfExists(out);
    return dom;
  }

  @Test
  void a_person_sees_the_public_registry_facts_of_a_recognised_po_and_nothing_else() throws Exception {
    String id = demo.get("苏州市澄湖纳米新材料产业集群促进会");
    String dom = chromium("--dump-dom", url("/public/organizations/" + id + ".html"));
    assertThat(dom).contains("苏州市澄湖纳米新材料产业集群促进会", "已认定", "recognised", "苏州市工业和信息化局", "苏州市澄湖纳米新材料集群",
        "320500", "统一社会信用代码", "Unified social credit code");
    // the legal representative (法定代表人, the council's chair in the demo) is a registry fact; the bank, the other seat
    // holders, the staff and the evidence are not
    var po = dev.clustergov.core.application.Clustergov.using(ports).queries()
        .organization(new dev.clustergov.core.organization.OrganizationId(id)).get();
    String representative = po.legalRepresentative().orElseThrow().name();
    assertThat(dom).contains("法定代表人", representative);
    List<String> others = new java.util.ArrayList<>();
    po.governance().bodies().forEach(body -> body.seats().forEach(seat -> {
      if (!seat.person().name().equals(representative)) {
        others.add(seat.person().name());
      }
    }));
    po.staff().forEach(member -> others.add(member.name()));
    assertThat(others).hasSizeGreaterThan(5);
    assertThat(dom).doesNotContain("澄信银行", "s-1", "evidence").doesNotContain(others.toArray(String[]::new));
    Files.createDirectories(SHOTS);
    Path shot = SHOTS.resolve("public-organization.png").toAbsolutePath();
    chromium("--screenshot=" + shot, "--window-size=1100,800", url("/public/organizations/" + id + ".html"));
    assertThat(shot).exists();
    assertThat(Files.size(shot)).isGreaterThan(5_000);
  }

  @Test
  void a_person_sees_the_api_rendered_by_swagger_ui_under_its_content_security_policy() throws Exception {
    String dom = chromium("--virtual-time-budget=15000", "--dump-dom", url("/docs"));
    // rendered by Swagger UI's scripts from /openapi.json: the title, the tags and the operations
    assertThat(dom).contains("swagger-ui", "clustergov", "/organizations/{id}/recognition", "/public/organizations/{id}", "lifecycle");
    Files.createDirectories(SHOTS);
    Path shot = SHOTS.resolve("docs.png").toAbsolutePath();
    chromium("--virtual-time-budget=15000", "--screenshot=" + shot, "--window-size=1280,1600", url("/docs"));
    assertThat(shot).exists();
  }

  @Test
  void an_authority_sees_its_jurisdiction_dashboard_with_its_charts_and_no_script() throws Exception {
    String suzhou = demo.get("苏州市工业和信息化局");
    String page = "http://127.0.0.1:" + gateway.getAddress().getPort() + "/authorities/" + suzhou + "/dashboard?from=2020-01-01";
    String dom = chromium("--dump-dom", page);
    assertThat(dom).contains("苏州市工业和信息化局", "辖区监管概览", "Jurisdiction dashboard", "按状态统计的集群发展促进组织", "已认定",
        "有效及即将到期的第三方评价结果", "逾期事项", "最常未满足的条款", "七项职能、三十二个事项的覆盖情况", "期间内给予的奖励",
        "<svg class=\"chart\"", "<svg class=\"heatmap\"", "data-figure=\"stage-RECOGNISED\"", "/organizations?authority=" + suzhou);
    assertThat(dom).doesNotContain("<script");
    Files.createDirectories(SHOTS);
    Path shot = SHOTS.resolve("authority-dashboard.png").toAbsolutePath();
    chromium("--screenshot=" + shot, "--window-size=1200,2600", page);
    assertThat(shot).exists();
    assertThat(Files.size(shot)).isGreaterThan(20_000);
  }

  @Test
  void an_authority_prints_an_evaluation_report_with_its_charts_and_no_script() throws Exception {
    String suzhou = demo.get("苏州市工业和信息化局");
    var evaluation = ports.organizations().list(dev.clustergov.core.application.port.OrganizationQuery.all(500)).stream()
        .filter(o -> o.authority().value().equals(suzhou)).flatMap(o -> ports.evaluations().of(o.id()).stream())
        .filter(e -> !e.scores().isEmpty()).findFirst().orElseThrow();
    String page = "http://127.0.0.1:" + gateway.getAddress().getPort() + "/organizations/" + evaluation.organization().value()
        + "/evaluations/" + evaluation.id().value() + "/report";
    String dom = chromium("--dump-dom", page);
    assertThat(dom).contains("第三方评价报告", "Third-party evaluation report", "被评价的集群发展促进组织", "第三方评价机构", "评价期间", "政策版本", "评价结果",
        "指标得分", "同辖区对标", "评价依据", "复核", "签署", evaluation.dossierHash(), "<svg class=\"chart\"", "/verification");
    assertThat(dom).doesNotContain("<script");
    Files.createDirectories(SHOTS);
    Path shot = SHOTS.resolve("evaluation-report.png").toAbsolutePath();
    chromium("--screenshot=" + shot, "--window-size=1100,2400", page);
    assertThat(shot).exists();
    assertThat(Files.size(shot)).isGreaterThan(20_000);
    // the print style sheet: what "print to PDF" gives a person to sign (decision 0450)
    Path pdf = SHOTS.resolve("evaluation-report.pdf").toAbsolutePath();
    chromium("--no-pdf-header-footer", "--print-to-pdf=" + pdf, page);
    assertThat(pdf).exists();
    byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(pdf), 5);
    assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
    assertThat(Files.size(pdf)).isGreaterThan(20_000);
  }

  @Test
  void a_secretariat_sees_its_imports_page_and_every_problem_of_its_file_without_javascript() throws Exception {
    String po = demo.get("苏州市澄湖纳米新材料产业集群促进会");
    var office = gateway(server.port(), OFFICE);
    try {
      String page = "http://127.0.0.1:" + office.getAddress().getPort() + "/organizations/" + po + "/imports";
      String dom = chromium("--dump-dom", page);
      assertThat(dom).contains("批量导入", "Imports", "苏州市澄湖纳米新材料产业集群促进会", "成员单位", "服务活动", "enctype=\"multipart/form-data\"",
          "type=\"file\"", "name=\"dryRun\"", "/imports/members/template?format=xlsx", "/imports/activities/template?format=csv");
      assertThat(dom).doesNotContain("<script").doesNotContain("公共服务活动");
      Files.createDirectories(SHOTS);
      Path shot = SHOTS.resolve("import.png").toAbsolutePath();
      chromium("--screenshot=" + shot, "--window-size=1100,1500", page);
      assertThat(shot).exists();
      assertThat(Files.size(shot)).isGreaterThan(20_000);

      // the answer to the form, as the browser posts it: every problem of every row, nothing recorded
      String day = ports.clock().today().toString();
      String unit = "91320500MC0000001";
      unit += dev.clustergov.core.organization.CreditCode.checkCharacter(unit);
      String csv = "name,creditCode,kind,joinedOn\n"
          + "苏州微纳传感有限公司," + unit + ",ENTERPRISE," + day + "\n"
          + "苏州纳米检测中心,91320500MA0000000X,COMPANY,2025-13-01\n"
          + "苏州纳米新材料研究院,=cmd|' /C calc'!A0,<script>alert(1)</script>," + day + "\n"
          + "苏州微纳传感有限公司（重复）," + unit + ",ENTERPRISE," + day + "\n";
      int before = ports.memberships().of(new dev.clustergov.core.organization.OrganizationId(po)).size();
      var res = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(url("/organizations/"
              + po + "/imports"))).header("Authorization", "Bearer " + OFFICE).header("Accept", "text/html")
              .header("Content-Type", "multipart/form-data; boundary=" + ImportPageTest.BOUNDARY)
              .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(ImportPageTest.form("members", true, "成员单位.csv", "text/csv",
                  csv.getBytes(StandardCharsets.UTF_8)))).build(), java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      assertThat(res.statusCode()).as(res.body()).isEqualTo(422);
      assertThat(ports.memberships().of(new dev.clustergov.core.organization.OrganizationId(po)).size()).isEqualTo(before);
      Path answer = SHOTS.resolve("import-problems.html").toAbsolutePath();
      Files.writeString(answer, res.body(), StandardCharsets.UTF_8);
      String problems = chromium("--dump-dom", answer.toUri().toString());
      assertThat(problems).contains("有问题，未录入任何一行", "creditCode", "&lt;script&gt;alert(1)&lt;/script&gt;", "=cmd|' /C calc'!A0",
          "/guideline/articles/17").doesNotContain("<script");
      Path problemsShot = SHOTS.resolve("import-problems.png").toAbsolutePath();
      chromium("--screenshot=" + problemsShot, "--window-size=1100,1100", answer.toUri().toString());
      assertThat(Files.size(problemsShot)).isGreaterThan(20_000);
    } finally {
      office.stop(0);
    }
  }
}
