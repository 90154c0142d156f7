package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.adapters.rest.demo.DemoData;
import dev.clustergov.core.application.Actor;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.application.supervision.ComputeIncentive;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Evidence;
import dev.clustergov.core.rules.EvidenceLabels;
import dev.clustergov.core.supervision.Explanation;
import dev.clustergov.core.testkit.ChineseTerms;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * Issue 20, decision 0525: the evidence lines of every explanation the demo registry gives — each PO's compliance
 * report (its findings and every rule's outcome), the trace of each recorded evaluation and last year's incentive
 * (gates and formula) — as a person reads them, through the same checks as every other text: the terms table and the
 * register in Chinese, the English forms, the same numbers and dates in both, and no evidence name left unlabelled.
 * The lines are written to {@code target/evidence-lines.txt} to be read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class EvidenceLinesTest {

  /** Each distinct line, with the first place it was seen. */
  private final Map<Text, String> lines = new TreeMap<>((a, b) -> (a.zh() + "\u0000" + a.en()).compareTo(b.zh() + "\u0000" + b.en()));
  private final List<String> unlabelled = new ArrayList<>();
  private int evidence;

  @BeforeAll
  void collect() throws IOException {
    InMemoryClustergov memory = new InMemoryClustergov();
    Ports ports = memory.ports();
    Demo.loadAll(ports, DemoData.Size.DEMO); // what --demo loads
    Clustergov gov = Clustergov.using(ports);
    int year = ports.clock().today().getYear() - 1;
    for (PromotionOrganization o : ports.organizations().list(OrganizationQuery.all(500))) {
      String po = o.id().value();
      gov.queries().compliance(o.id()).forEach(r -> {
        r.findings().forEach(f -> f.evidence().forEach(e -> add(e, po + " finding " + f.rule())));
        r.assessments().forEach(a -> a.outcome().evidence().forEach(e -> add(e, po + " rule " + a.rule().id())));
      });
      ports.evaluations().of(o.id()).forEach(ev -> ev.trace().ifPresent(t -> t.nodes().stream()
          .filter(n -> n.kind() == Explanation.Kind.EVIDENCE)
          .forEach(n -> lines.putIfAbsent(n.text(), po + " evaluation trace"))));
      gov.as(new Actor.Authority(o.authority())).computeIncentive()
          .handle(new ComputeIncentive.Query(o.id(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)))
          .forEach(i -> {
            i.gates().forEach(g -> g.evidence().forEach(e -> add(e, po + " incentive gate " + g.gate().id())));
            i.trace().forEach(s -> s.evidence().forEach(e -> add(e, po + " incentive " + s.kind() + " " + s.id())));
          });
    }
    Path out = Path.of("target", "evidence-lines.txt");
    Files.createDirectories(out.getParent());
    StringBuilder b = new StringBuilder();
    lines.forEach((t, where) -> b.append(t.zh()).append('\n').append(t.en()).append('\n').append("  — ").append(where).append("\n\n"));
    Files.writeString(out, b.toString());
  }

  private void add(Evidence e, String where) {
    evidence++;
    if (EvidenceLabels.label(e.name()).isEmpty()) {
      unlabelled.add(e.name() + " (" + where + ")");
    }
    lines.putIfAbsent(e.line(), where);
  }

  @Test
  void theDemoGivesEvidenceFromEverySource() {
    assertThat(evidence).isGreaterThan(500);
    assertThat(lines.values()).anyMatch(w -> w.contains(" finding ")).anyMatch(w -> w.contains(" rule "))
        .anyMatch(w -> w.endsWith("evaluation trace")).anyMatch(w -> w.contains("incentive gate"))
        .anyMatch(w -> w.contains(" incentive metric "));
  }

  @Test
  void everyEvidenceNameIsLabelled() {
    assertThat(unlabelled).isEmpty();
  }

  @Test
  void everyChineseEvidenceLineUsesTheTermsTableAndTheRegister() {
    List<String> found = new ArrayList<>();
    lines.forEach((t, where) -> ChineseTerms.lineProblems(t.zh()).forEach(p -> found.add(where + ": " + t.zh() + " — " + p)));
    assertThat(found).isEmpty();
  }

  @Test
  void everyEnglishEvidenceLineAvoidsTheFormsTheReviewsFound() {
    List<String> found = new ArrayList<>();
    lines.forEach((t, where) -> ChineseTerms.englishProblems(t.en()).forEach(p -> found.add(where + ": " + t.en() + " — " + p)));
    assertThat(found).isEmpty();
  }

  /**
   * Review stop 27 item 17, each class of fault over every line the demo gives: an inspection named with 监督检查 twice, a bare
   * “日期：”, a document in quotes instead of 《》, a count labelled as the things counted, M5's major matters as bare 事项.
   */
  @Test
  void evidenceLinesNameInspectionsDocumentsDatesAndCountsAsTheReviewAsked() {
    List<String> found = new ArrayList<>();
    lines.forEach((t, where) -> {
      String zh = t.zh();
      if (zh.contains("”监督检查发现") || zh.startsWith("日期：") || zh.contains("应披露事项数")
          || zh.matches("(服务活动|尚未整改的问题)：\\d+") || t.en().matches("(service activities|open findings): \\d+")
          || (zh.startsWith("生效的知识产权协议：") || zh.startsWith("有效的自律措施：")) && zh.contains("“")) {
        found.add(where + ": " + zh + " | " + t.en());
      }
    });
    assertThat(found).isEmpty();
    // the lines the review read are there, in the new words
    assertThat(lines.keySet()).extracting(Text::zh).anyMatch(z -> z.startsWith("逾期未整改的问题：") && z.contains("监督检查（") && !z.contains("开展的"))
        .anyMatch(z -> z.startsWith("核查日期：")).anyMatch(z -> z.matches("服务活动数：\\d+"))
        .anyMatch(z -> z.startsWith("有效的自律措施：《"));
  }

  @Test
  void theChineseAndEnglishOfEachLineNameTheSameNumbersAndDates() {
    List<String> found = new ArrayList<>();
    lines.forEach((t, where) -> ChineseTerms.mismatch(t.zh(), t.en()).forEach(p -> found.add(where + ": " + t.zh() + " | " + t.en() + " — " + p)));
    assertThat(found).isEmpty();
  }
}
