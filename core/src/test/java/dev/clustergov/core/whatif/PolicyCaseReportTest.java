package dev.clustergov.core.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A policy-case file's result (政策测试结果, Art.30): passed only when every case passed; failed counts the cases that missed. */
class PolicyCaseReportTest {

  static CaseVerdict verdict(String name, boolean passes) {
    List<CaseVerdict.Mismatch> mismatches = passes ? List.of()
        : List.of(new CaseVerdict.Mismatch("rating", "GOLD", "SILVER", List.of(Citation.of("Art.28")),
            Text.of("评价等级与预期不符", "the rating is not the one expected")));
    return new CaseVerdict(name, Fixtures.ORGANIZATION_ID, LocalDate.of(2026, 3, 1), false, Rating.SILVER, new BigDecimal("70"),
        true, Money.ZERO, List.of(), mismatches);
  }

  @Test
  void a_file_passes_only_when_every_case_passed() {
    assertThat(new PolicyCaseReport(List.of()).passed()).isTrue();
    assertThat(new PolicyCaseReport(List.of()).failed()).isZero();
    assertThat(new PolicyCaseReport(List.of(verdict("a", true), verdict("b", true))).passed()).isTrue();
    assertThat(new PolicyCaseReport(List.of(verdict("a", true), verdict("b", true))).failed()).isZero();
    PolicyCaseReport one = new PolicyCaseReport(List.of(verdict("a", true), verdict("b", false), verdict("c", true)));
    assertThat(one.passed()).isFalse();
    assertThat(one.failed()).isEqualTo(1);
    PolicyCaseReport two = new PolicyCaseReport(List.of(verdict("a", false), verdict("b", false)));
    assertThat(two.passed()).isFalse();
    assertThat(two.failed()).isEqualTo(2);
  }
}
