package dev.clustergov.core.whatif;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.policy.ParameterValues;
import dev.clustergov.core.supervision.Rating;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One policy case (政策测试用例, Art.30), as a local authority writes it before publishing a pack — the
 * guideline's form of an OpenFisca YAML test: a PO's facts (its dossier as recorded, by the PO's id, on a
 * day), the pack it is judged under (the one in force, or a draft's parameter values laid over the chain
 * as the authority's latest pack), and what the authority expects: a rating and total (Art.28), an
 * incentive and its eligibility (Art.29), rules that fail or pass (the findings, each with its clauses).
 * An expectation left out is not checked. Typed throughout (decision 0390): the text of a case file is
 * read at the edge.
 *
 * @param name the case's name, unique in its file
 * @param on the day the PO is judged (its evaluation, findings, and the incentive for the last full year before it)
 * @param draft empty for the pack in force; otherwise the draft's values
 */
public record PolicyCase(String name, OrganizationId organization, LocalDate on, Optional<ParameterValues> draft, Expectation expect) {

  public PolicyCase {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(organization, "organization");
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(draft, "draft");
    Objects.requireNonNull(expect, "expect");
  }

  /**
   * What the authority expects (预期结果); each part optional.
   *
   * @param failing ids of rules that must fail (be among the findings)
   * @param passing ids of rules that must not fail
   */
  public record Expectation(Optional<Rating> rating, Optional<BigDecimal> total, Optional<Boolean> eligible, Optional<Money> incentive,
      List<String> failing, List<String> passing) {

    public Expectation {
      Objects.requireNonNull(rating, "rating");
      Objects.requireNonNull(total, "total");
      Objects.requireNonNull(eligible, "eligible");
      Objects.requireNonNull(incentive, "incentive");
      failing = List.copyOf(failing);
      passing = List.copyOf(passing);
    }

    /** Nothing expected: a case that only shows what the pack gives. */
    public static Expectation nothing() {
      return new Expectation(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), List.of(), List.of());
    }
  }
}
