package dev.clustergov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.rules.RuleBook;
import dev.clustergov.core.testkit.gen.LargeDossiers;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The assessment benchmark's operations run on a small large PO and answer what the rule book answers (a smoke test, not a timing). */
class AssessmentBenchmarkTest {

  @Test
  void both_operations_run_on_the_large_po_and_agree_on_whether_it_is_clear() {
    AssessmentBenchmark b = new AssessmentBenchmark();
    b.activities = 200;
    b.setUp();

    assertThat(b.dossier.activities()).hasSize(200);
    assertThat(b.dossier.memberships()).hasSize(LargeDossiers.MEMBERS);
    assertThat(b.dossier.organization().governance().seatCount()).isEqualTo(LargeDossiers.SEATS);
    assertThat(b.dossier.disclosures()).hasSize(LargeDossiers.DISCLOSURES);
    assertThat(b.dossier.disputes()).hasSize(LargeDossiers.DISPUTES);
    assertThat(b.dossier.ipAgreements()).hasSize(LargeDossiers.IP_AGREEMENTS);

    boolean clear = b.ruleBook();
    StraightLineCheck.Status[] line = b.straightLine();
    var report = RuleBook.standard().assess(b.dossier, b.policy, LargeDossiers.DAY, LifecycleStage.RECOGNISED);
    assertThat(clear).isEqualTo(report.clear());
    assertThat(Arrays.stream(line).filter(s -> s == StraightLineCheck.Status.FAIL).count())
        .isEqualTo((long) report.findings().size());
  }

  @Test
  void the_cpu_mode_takes_its_options_and_says_what_it_is_doing() {
    var out = new java.io.ByteArrayOutputStream();
    var err = new java.io.ByteArrayOutputStream();
    int rc = AssessmentBenchmark.cpuTimes(java.util.List.of("-p", "activities=20", "-wi", "0", "-i", "2"),
        new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8), new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8));
    org.assertj.core.api.Assertions.assertThat(rc).isZero();
    org.assertj.core.api.Assertions.assertThat(out.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("    20 activities: rule book")
        .doesNotContain("2,000 activities");
    org.assertj.core.api.Assertions.assertThat(err.toString(java.nio.charset.StandardCharsets.UTF_8))
        .contains("20 activities: building the dossier, 0 warm-up round(s) of 2, then 2 of each measured");
    var bad = new java.io.ByteArrayOutputStream();
    org.assertj.core.api.Assertions.assertThat(AssessmentBenchmark.cpuTimes(java.util.List.of("-f", "1"), new java.io.PrintStream(out),
        new java.io.PrintStream(bad, true, java.nio.charset.StandardCharsets.UTF_8))).isEqualTo(2);
    org.assertj.core.api.Assertions.assertThat(bad.toString(java.nio.charset.StandardCharsets.UTF_8)).contains("unknown option or missing value: -f");
  }
}
