package dev.clustergov.core.whatif;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.supervision.Rating;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What one policy case gave (用例结果, Art.30): what the PO actually gets under the pack — rating and total
 * (Art.28), eligibility and incentive (Art.29), every finding with its clauses — and each expectation it
 * missed. It passes when it missed none.
 *
 * @param draft whether the case ran under a draft (else under the pack in force)
 */
public record CaseVerdict(String name, OrganizationId organization, LocalDate on, boolean draft, Rating rating, BigDecimal total,
    boolean eligible, Money incentive, List<Finding> findings, List<Mismatch> mismatches) {

  public CaseVerdict {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(rating, "rating");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(incentive, "incentive");
    findings = List.copyOf(findings);
    mismatches = List.copyOf(mismatches);
  }

  public boolean passed() {
    return mismatches.isEmpty();
  }

  /**
   * An expectation the case missed (与预期不符): which one ({@code expectation}: rating, total, eligible,
   * incentive, failing[i], passing[i]), what was expected and what came, as text, the clauses behind it
   * and a message in both languages.
   */
  public record Mismatch(String expectation, String expected, String actual, List<Citation> citations, Text message) {

    public Mismatch {
      Objects.requireNonNull(expectation, "expectation");
      Objects.requireNonNull(expected, "expected");
      Objects.requireNonNull(actual, "actual");
      citations = List.copyOf(citations);
      if (citations.isEmpty()) {
        throw new IllegalArgumentException("a mismatch cites its clause");
      }
      Objects.requireNonNull(message, "message");
    }
  }
}
