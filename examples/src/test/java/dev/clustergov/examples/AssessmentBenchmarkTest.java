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
}
