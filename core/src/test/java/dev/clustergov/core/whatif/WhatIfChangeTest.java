package dev.clustergov.core.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.policy.MarginalRates;
import dev.clustergov.core.policy.ParameterValues;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.RuleBook;
import dev.clustergov.core.rules.Severity;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.gen.IncentiveGens;
import dev.clustergov.core.testkit.gen.RegistryGens;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Art.30's what-if, one PO at a time: the period it compares, the rating it shows when the draft cannot
 * change it, and the findings a draft removes. Expected values are written from the records given here.
 */
class WhatIfChangeTest {

  static final LocalDate DAY = RegistryGens.DAY;

  @Test
  void a_what_if_compares_the_last_full_calendar_year() {
    assertThat(WhatIf.periodFor(LocalDate.of(2026, 3, 1))).isEqualTo(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
    assertThat(WhatIf.periodFor(LocalDate.of(2026, 12, 31))).isEqualTo(new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)));
  }

  @Test
  void a_draft_of_incentive_rates_alone_shows_the_rating_and_total_the_po_holds() {
    // a silver evaluation with a total of 85.00, current on the day
    Dossier d = Dossier.builder().from(Fixtures.compliantDossier()).evaluations(List.of(IncentiveGens.evaluation(Fixtures.ORGANIZATION_ID,
        "eval-1", Rating.SILVER, DAY.minusMonths(1), DAY.plusYears(1)))).build();
    Policy generous = WhatIfTest.draft(ParameterValues.empty()
        .with(Parameters.INCENTIVE_RATES_TECHNOLOGY_TRANSACTIONS, MarginalRates.from(MarginalRates.above("3"))));
    PolicyChange c = WhatIf.change(d, WhatIfTest.IN_FORCE, generous, WhatIf.periodFor(DAY), DAY, RuleBook.standard());
    assertThat(c.organization()).isEqualTo(Fixtures.ORGANIZATION_ID);
    assertThat(c.ratingBefore()).isEqualTo(Rating.SILVER);
    assertThat(c.ratingAfter()).isEqualTo(Rating.SILVER);
    assertThat(c.totalBefore()).isEqualByComparingTo(new BigDecimal("85.00"));
    assertThat(c.totalAfter()).isEqualByComparingTo(new BigDecimal("85.00"));
    // no activity in the period, no rating gate passed with a recomputation: nothing to reward under either
    assertThat(c.incentiveBefore()).isEqualTo(Money.ZERO);
    assertThat(c.incentiveAfter()).isEqualTo(Money.ZERO);
    assertThat(c.newFindings()).isEmpty();
    assertThat(c.removedFindings()).isEmpty();
  }

  @Test
  void a_draft_that_makes_binding_advisories_advisory_again_reports_the_blocking_findings_as_removed() {
    List<Dossier> registry = RegistryGens.dossiers(30, 3);
    var binding = io.vavr.collection.TreeSet.ofAll(RuleBook.standard().rules().stream()
        .filter(x -> x.severity() == Severity.ADVISORY).map(x -> x.id()).toList());
    Policy strict = WhatIfTest.draft(ParameterValues.empty().with(Parameters.RULES_BINDING_ADVISORIES, binding));
    WhatIfReport r = WhatIf.compare(registry, d -> strict, d -> WhatIfTest.IN_FORCE, DAY);
    assertThat(r.changes()).isNotEmpty();
    for (PolicyChange c : r.changes()) {
      // each rule that failed as blocking now fails as advisory: removed as blocking, new as advisory, the same rules
      assertThat(c.removedFindings()).isNotEmpty().allMatch(Finding::blocking);
      assertThat(c.newFindings()).noneMatch(Finding::blocking);
      assertThat(c.removedFindings()).extracting(Finding::rule)
          .containsExactlyInAnyOrderElementsOf(c.newFindings().stream().map(Finding::rule).toList());
    }
    assertThat(r.summary().withRemovedFindings()).isEqualTo(r.changes().size());
  }
}
