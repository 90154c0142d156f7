package dev.clustergov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.rules.Finding;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EstablishmentDemoTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final EstablishmentDemo.Result result =
      EstablishmentDemo.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
  private final String printed = bytes.toString(StandardCharsets.UTF_8);

  /** Issue 20: Chinese output names records by their names and labels, never by their ids. */
  @Test
  void no_record_id_stands_in_a_chinese_line() {
    assertThat(ChineseOutput.linesWithRecordIds(printed)).isEmpty();
    assertThat(ChineseOutput.linesWithRecordIds("  org-000001 苏州市某促进会 — 已认定")).hasSize(1);
  }

  @Test
  void ends_with_the_po_recognised() {
    assertThat(result.recognised()).isTrue();
    assertThat(result.organization().stage()).isEqualTo(LifecycleStage.RECOGNISED);
    assertThat(printed).contains("苏州市纳米新材料产业集群发展促进会 — 已认定 recognised");
  }

  @Test
  void the_refused_establishment_lists_every_blocking_finding_with_its_clause() {
    assertThat(result.refusedEstablishment()).isInstanceOf(Refusal.Rejected.class);
    var findings = ((Refusal.Rejected) result.refusedEstablishment()).rejection().findings();
    assertThat(findings).allMatch(Finding::blocking);
    assertThat(findings).extracting(Finding::rule).containsExactly(
        "A7.1-party-organisation", "A7.2-capital", "A7.4-management-systems", "A8.2-charter-consensus",
        "A8.2-five-layers", "A8.2.2-supervision-body", "A8.2.5-advisory-body", "A8.2.5-expert-fields");
    assertThat(findings).anySatisfy(f -> assertThat(f.citations()).contains(Citation.item(7, 1)));
    assertThat(printed).contains("REFUSED EstablishOrganization")
        .contains("- A7.1-party-organisation  [Art.7(1) 第七条第（一）项]")
        .contains("[Art.8(2).5 第八条第（二）项第5目]");
  }

  @Test
  void the_first_report_shows_pass_fail_and_advisory_findings_in_both_languages() {
    assertThat(printed).contains("FAIL A7.1-party-organisation")
        .contains("PASS A2-founders")
        .contains("FAIL A7.3-staff-headcount  [Art.7(3) 第七条第（三）项]  advisory/提示")
        .contains("坚持党的领导").contains("Party leadership")
        .contains("evidence: registered capital: 50,000.00 yuan; policy minimum: 100,000.00 yuan; cluster level: national-level cluster")
        .contains("证据：  注册资金：50,000.00元；政策规定的下限：100,000.00元；集群级别：国家级集群");
  }

  @Test
  void recognition_by_an_authority_that_is_not_the_pos_own_is_refused() {
    assertThat(printed).contains("REFUSED RecogniseOrganization").contains("A26-own-authority  [Art.26 第二十六条; Art.6 第六条]");
  }

  @Test
  void prints_the_final_report_clear_and_the_event_log_in_order() {
    // Chapters 1–2 (24), Art.9–13 (12), Art.14 (4), Art.15 (2), Art.16 (1), the operation slice's Art.17–24 (9) and the
    // supervision slice's Art.24(1)/25 (2) apply to a recognised PO; Art.28's are guards, not rules
    assertThat(printed).contains("assessed for recognised").contains("=> 54 rules, 0 failed, 0 blocking: CLEAR");
    assertThat(printed).containsSubsequence("#1 ", "ClusterRegistered", "#4 ", "OrganizationProposed",
        "FoundingApplicationAmended", "OrganizationEstablished", "#7 ", "OrganizationRecognised");
    assertThat(printed).doesNotContain("#8 ");
  }

  @Test
  void prints_the_same_on_every_run() {
    ByteArrayOutputStream again = new ByteArrayOutputStream();
    EstablishmentDemo.run(new PrintStream(again, true, StandardCharsets.UTF_8));
    assertThat(again.toString(StandardCharsets.UTF_8)).isEqualTo(printed);
  }
}
