package dev.clustergov.core.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.Rating;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The what-if's summary (Art.30), counted by hand from four POs: one up, one down, one unchanged, one only its total moved. */
class WhatIfSummaryTest {

  static PolicyChange change(String id, Rating before, Rating after, String total, String ib, String ia) {
    return new PolicyChange(new OrganizationId(id), before, after, new BigDecimal("70"), new BigDecimal(total), true, true,
        Money.yuan(ib), Money.yuan(ia), List.of(), List.of());
  }

  @Test
  void the_summary_counts_each_way_a_rating_and_an_incentive_moved_and_adds_the_amounts() {
    WhatIfSummary s = WhatIf.summarise(List.of(
        change("org-1", Rating.BRONZE, Rating.SILVER, "80", "0.00", "100.00"),
        change("org-2", Rating.GOLD, Rating.SILVER, "60", "200.00", "150.50"),
        change("org-3", Rating.SILVER, Rating.SILVER, "70", "10.00", "10.00"),
        change("org-4", Rating.SILVER, Rating.SILVER, "71", "5.00", "5.00")));
    assertThat(s).isEqualTo(new WhatIfSummary(4, 3, 1, 1, 2, 1, 1, 2, Money.yuan("215.00"), Money.yuan("265.50"), 0, 0));
  }

  @Test
  void an_empty_registry_sums_to_nothing() {
    assertThat(WhatIf.summarise(List.of())).isEqualTo(new WhatIfSummary(0, 0, 0, 0, 0, 0, 0, 0, Money.ZERO, Money.ZERO, 0, 0));
  }
}
