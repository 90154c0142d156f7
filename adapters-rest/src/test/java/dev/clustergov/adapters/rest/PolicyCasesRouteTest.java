package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.adapters.rest.demo.DemoData;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * POST /policy-packs/cases (Art.30, decision 0465) over HTTP on the demo registry: the examples module's sample as YAML
 * gives the verdicts the examples jar prints; a malformed file is 400 with every problem of every case; only an
 * authority runs it, and a PO of another jurisdiction is answered exactly as an unknown one.
 */
class PolicyCasesRouteTest {

  static final String SUZHOU = "suzhou-policy-cases-token-0001";
  static final String SHENZHEN = "shenzhen-policy-cases-token-01";
  static final String SECRETARIAT = "secretariat-policy-cases-tok-1";
  static final Path SAMPLE = Path.of("..", "examples", "policy-cases", "suzhou-draft.yaml");

  static ClustergovServer server;
  static Http http;

  @BeforeAll
  static void start() {
    InMemoryClustergov memory = new InMemoryClustergov();
    Demo.loadAll(memory.ports(), DemoData.Size.DEMO); // the ids of --demo and of the examples jar's registry
    server = ClustergovServer.builder().ports(memory::ports)
        .tokens(SUZHOU + " authority authority-000003\n" + SHENZHEN + " authority authority-000004\n"
            + SECRETARIAT + " secretariat org-000008\n")
        .start("127.0.0.1", 0);
    http = new Http(server.port());
  }

  @AfterAll
  static void stop() {
    server.stop(java.time.Duration.ofSeconds(2));
  }

  static Http.Response yaml(String text, String token) {
    return http.post("/policy-packs/cases", null).raw(text.getBytes(StandardCharsets.UTF_8)).header("Content-Type", "application/yaml")
        .token(token).send();
  }

  static List<String> violations(Http.Response r) {
    List<String> out = new ArrayList<>();
    r.json().path("violations").forEach(v -> out.add(v.get("field").asText() + ":" + v.get("code").asText()));
    return out;
  }

  @Test
  void the_sample_as_yaml_gives_each_verdict_and_the_trace_of_the_case_wrong_on_purpose() throws IOException {
    var r = yaml(Files.readString(SAMPLE, StandardCharsets.UTF_8), SUZHOU);
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    JsonNode body = r.json();
    assertThat(body.get("passed").asBoolean()).isFalse();
    assertThat(body.get("cases").asInt()).isEqualTo(6);
    assertThat(body.get("failed").asInt()).as(r.body()).isEqualTo(1);
    List<Boolean> passed = new ArrayList<>();
    body.get("results").forEach(c -> passed.add(c.get("passed").asBoolean()));
    assertThat(passed).containsExactly(true, true, true, true, true, false);
    JsonNode wrong = body.get("results").get(5);
    assertThat(wrong.get("pack").asText()).isEqualTo("DRAFT");
    assertThat(wrong.get("incentive").asText()).isEqualTo("500000.00");
    JsonNode miss = wrong.get("failures").get(0);
    assertThat(miss.get("expectation").asText()).isEqualTo("incentive");
    assertThat(miss.get("expected").asText()).isEqualTo("1811630.27");
    assertThat(miss.get("actual").asText()).isEqualTo("500000.00");
    assertThat(miss.get("citations").get(0).get("en").asText()).isEqualTo("Art.29");
    assertThat(miss.get("citations").get(0).get("zh").asText()).isEqualTo("第二十九条");
    assertThat(miss.get("messageZh").asText()).isEqualTo("激励金额应为1811630.27元，实际为500000.00元");
    // the findings of a case come with their clauses, whether it passed or not
    JsonNode overdue = body.get("results").get(4);
    assertThat(overdue.get("findings").get(0).get("ruleId").asText()).isEqualTo("A14-annual-report-disclosed");
    assertThat(overdue.get("findings").get(0).get("citations").get(0).get("en").asText()).isEqualTo("Art.14");
  }

  @Test
  void a_malformed_file_is_400_with_every_problem_of_every_case() {
    var r = yaml("""
        draft: {incentive.cap.perPeriod: "-1"}
        cases:
          - {name: 甲, organization: org-000008, on: 2025-13-01, pack: LATER, expect: {rating: PLATINUM, failing: [no-such-rule]}}
          - {organization: [org-000008], colour: blue}
        """, SUZHOU);
    assertThat(r.status()).as(r.body()).isEqualTo(400);
    assertThat(violations(r)).contains("cases[0].on:date", "cases[0].pack:enum", "cases[0].expect.rating:enum", "cases[1].name:required",
        "cases[1].colour:unknown-field", "cases[1].organization:type").doesNotContain("cases[1].organization:required")
        .anyMatch(v -> v.startsWith("draft.incentive.cap.perPeriod:"));
    var broken = yaml("cases:\n  - name: [unclosed\n", SUZHOU);
    assertThat(broken.status()).isEqualTo(400);
    assertThat(violations(broken)).containsExactly(":yaml");
    // the core's problems of a file that reads well, all at once too
    var unknown = yaml("""
        cases:
          - {name: 甲, organization: org-000008, expect: {failing: [no-such-rule]}}
          - {name: 甲, organization: org-999999}
        """, SUZHOU);
    assertThat(violations(unknown)).containsExactly("cases[0].expect.failing[0]:unknown-rule", "cases[1].name:duplicate",
        "cases[1].organization:not-in-jurisdiction");
  }

  @Test
  void only_an_authority_runs_cases_and_another_jurisdictions_po_is_answered_as_an_unknown_one() {
    String one = "cases: [{name: 甲, organization: org-000008}]";
    assertThat(yaml(one, SUZHOU).status()).isEqualTo(200);
    assertThat(yaml(one, SECRETARIAT).status()).isEqualTo(403);
    assertThat(yaml(one, null).status()).isEqualTo(401);
    var elsewhere = yaml(one, SHENZHEN);
    var unknown = yaml("cases: [{name: 甲, organization: org-999999}]", SHENZHEN);
    assertThat(elsewhere.status()).isEqualTo(400);
    assertThat(elsewhere.json().get("violations")).isEqualTo(unknown.json().get("violations"));
  }

  @Test
  void json_is_taken_as_yaml_is_and_another_media_type_is_415() {
    var json = http.post("/policy-packs/cases", "{\"cases\": [{\"name\": \"甲\", \"organization\": \"org-000008\", \"on\": \"2025-03-03\", "
        + "\"expect\": {\"rating\": \"SILVER\", \"total\": \"92.86\"}}]}").token(SUZHOU).send();
    assertThat(json.status()).as(json.body()).isEqualTo(200);
    assertThat(json.json().get("passed").asBoolean()).isTrue();
    var text = http.post("/policy-packs/cases", null).raw("cases: []".getBytes(StandardCharsets.UTF_8)).header("Content-Type", "text/plain")
        .token(SUZHOU).send();
    assertThat(text.status()).isEqualTo(415);
  }
}
