package dev.clustergov.core.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.policy.MarginalRates;
import dev.clustergov.core.policy.ParameterValues;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.gen.RegistryGens;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

class WhatIfTest {

  static final Policy IN_FORCE = PolicyResolver.resolve(List.of(), Fixtures.SUZHOU, RegistryGens.DAY);

  static Policy draft(ParameterValues values) {
    PolicyPack pack = PolicyPack.define(Fixtures.SUZHOU, RegistryGens.DAY.minusMonths(1), 1, Text.of("征求意见稿", "draft"), values)
        .toEither().getOrElseThrow(e -> new IllegalStateException(e.mkString("; ")));
    return PolicyResolver.resolve(List.of(pack), Fixtures.SUZHOU, RegistryGens.DAY);
  }

  @Test
  void a_draft_identical_to_the_pack_in_force_changes_nothing() {
    Property.forAll(Gen.integers(0, 40), Gen.longs()).tries(20).check((n, seed) -> {
      List<Dossier> registry = RegistryGens.dossiers(n, seed);
      Policy same = draft(ParameterValues.empty().with(Parameters.INCENTIVE_CAP_PER_PERIOD,
          IN_FORCE.get(Parameters.INCENTIVE_CAP_PER_PERIOD)));
      WhatIfReport r = WhatIf.compare(registry, d -> IN_FORCE, d -> same, RegistryGens.DAY);
      assertThat(r.changes()).isEmpty();
      assertThat(r.summary().organizations()).isEqualTo(n);
      assertThat(r.summary().changed()).isZero();
      assertThat(r.summary().ratingsUnchanged()).isEqualTo(n);
      assertThat(r.summary().incentivesUnchanged()).isEqualTo(n);
      assertThat(r.summary().incentiveDifference()).isZero();
    });
  }

  @Test
  void higher_rates_never_lower_an_incentive_and_the_summary_adds_up() {
    List<Dossier> registry = RegistryGens.dossiers(60, 7);
    Policy generous = draft(ParameterValues.empty()
        .with(Parameters.INCENTIVE_RATES_TECHNOLOGY_TRANSACTIONS, MarginalRates.from(MarginalRates.above("3")))
        .with(Parameters.INCENTIVE_CAP_PER_PERIOD, Money.yuan("5000000.00")));
    WhatIfReport r = WhatIf.compare(registry, d -> IN_FORCE, d -> generous, RegistryGens.DAY);
    assertThat(r.summary().incentivesDown()).isZero();
    assertThat(r.summary().incentivesUp()).isPositive();
    assertThat(r.changes()).allMatch(c -> c.incentiveDifference().signum() >= 0 && c.ratingBefore() == c.ratingAfter());
    assertThat(r.summary().incentiveDifference()).isEqualByComparingTo(
        r.changes().stream().map(PolicyChange::incentiveDifference).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
    assertThat(r.changes()).extracting(PolicyChange::organization).isSorted();
  }

  /**
   * {@code WhatIf.comparison}, fed a page at a time as a stored registry is read (pages of 7, the last short, one
   * empty), over the last full calendar year before the day (2025 for a day in 2026): the same changes in organization
   * id order and the same summary as the registry compared at once.
   */
  @Test
  void a_comparison_fed_page_by_page_reports_what_the_whole_registry_compared_at_once_does() {
    List<Dossier> registry = RegistryGens.dossiers(30, 11);
    Policy generous = draft(ParameterValues.empty()
        .with(Parameters.INCENTIVE_RATES_TECHNOLOGY_TRANSACTIONS, MarginalRates.from(MarginalRates.above("3")))
        .with(Parameters.INCENTIVE_CAP_PER_PERIOD, Money.yuan("5000000.00")));
    WhatIf.Comparison paged = WhatIf.comparison(d -> IN_FORCE, d -> generous, RegistryGens.DAY);
    List<Dossier> reversed = new java.util.ArrayList<>(registry);
    java.util.Collections.reverse(reversed);
    for (int i = 0; i < reversed.size(); i += 7) {
      paged.add(reversed.subList(i, Math.min(reversed.size(), i + 7)));
    }
    paged.add(List.of());
    WhatIfReport byPage = paged.report();
    WhatIfReport atOnce = WhatIf.compare(registry, d -> IN_FORCE, d -> generous, RegistryGens.DAY);
    assertThat(byPage.period().from()).isEqualTo(java.time.LocalDate.of(2025, 1, 1));
    assertThat(byPage.period().to()).isEqualTo(java.time.LocalDate.of(2025, 12, 31));
    assertThat(byPage.summary().organizations()).isEqualTo(30);
    assertThat(byPage.changes()).isNotEmpty().extracting(PolicyChange::organization).isSorted();
    assertThat(byPage).isEqualTo(atOnce);
  }

  /**
   * A draft that differs from one PO to the next (as when each region has its own): even-numbered POs under a draft
   * identical to the pack in force, the others under more generous rates. Each PO is compared under its own pair of
   * policies — the report is the two halves' reports put together, though a comparison caches what a pair of
   * policies can change.
   */
  @Test
  void a_draft_that_differs_from_one_po_to_the_next_compares_each_po_under_its_own() {
    List<Dossier> registry = RegistryGens.dossiers(40, 7);
    Policy same = draft(ParameterValues.empty().with(Parameters.INCENTIVE_CAP_PER_PERIOD,
        IN_FORCE.get(Parameters.INCENTIVE_CAP_PER_PERIOD)));
    Policy generous = draft(ParameterValues.empty()
        .with(Parameters.INCENTIVE_RATES_TECHNOLOGY_TRANSACTIONS, MarginalRates.from(MarginalRates.above("3")))
        .with(Parameters.INCENTIVE_CAP_PER_PERIOD, Money.yuan("5000000.00")));
    List<Dossier> even = new java.util.ArrayList<>();
    List<Dossier> odd = new java.util.ArrayList<>();
    for (int i = 0; i < registry.size(); i++) {
      (i % 2 == 0 ? even : odd).add(registry.get(i));
    }
    java.util.Set<Dossier> evens = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    evens.addAll(even);
    for (List<Dossier> order : List.of(registry, reversed(registry))) {
      WhatIfReport mixed = WhatIf.compare(order, d -> IN_FORCE, d -> evens.contains(d) ? same : generous, RegistryGens.DAY);
      WhatIfReport generousHalf = WhatIf.compare(odd, d -> IN_FORCE, d -> generous, RegistryGens.DAY);
      assertThat(WhatIf.compare(even, d -> IN_FORCE, d -> same, RegistryGens.DAY).changes()).isEmpty();
      assertThat(generousHalf.changes()).isNotEmpty();
      assertThat(mixed.changes()).isEqualTo(generousHalf.changes());
      assertThat(mixed.summary().organizations()).isEqualTo(40);
      assertThat(mixed.summary().incentiveDifference()).isEqualByComparingTo(generousHalf.summary().incentiveDifference());
    }
  }

  /** A failure while comparing a PO reaches the caller of the report as it was thrown, an error as an error. */
  @Test
  void a_failure_while_comparing_reaches_the_caller_as_it_was_thrown() {
    List<Dossier> registry = RegistryGens.dossiers(3, 7);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> WhatIf.compare(registry, d -> IN_FORCE, d -> {
      throw new IllegalStateException("no draft for this region");
    }, RegistryGens.DAY)).isInstanceOf(IllegalStateException.class).hasMessage("no draft for this region");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> WhatIf.compare(registry, d -> IN_FORCE, d -> {
      throw new AssertionError("broken");
    }, RegistryGens.DAY)).isInstanceOf(AssertionError.class).hasMessage("broken");
  }

  private static List<Dossier> reversed(List<Dossier> registry) {
    List<Dossier> r = new java.util.ArrayList<>(registry);
    java.util.Collections.reverse(r);
    return r;
  }

  @Test
  void a_stricter_rating_gate_shows_which_incentives_fall_to_zero_and_why_not_a_rating() {
    List<Dossier> registry = RegistryGens.dossiers(80, 11);
    Policy strict = draft(ParameterValues.empty().with(Parameters.INCENTIVE_MINIMUM_RATING, Rating.GOLD));
    WhatIfReport r = WhatIf.compare(registry, d -> IN_FORCE, d -> strict, RegistryGens.DAY);
    assertThat(r.summary().incentivesUp()).isZero();
    assertThat(r.summary().incentivesDown()).isPositive();
    assertThat(r.changes()).filteredOn(c -> c.eligibleBefore() && !c.eligibleAfter())
        .isNotEmpty().allMatch(c -> c.incentiveAfter().isZero());
    assertThat(r.summary().ratingsUp() + r.summary().ratingsDown()).isZero();
  }

  /** A lower silver gate lifts ratings: each PO's move named by the ratings' order written here (gold, silver, bronze, none). */
  @Test
  void a_lower_silver_gate_moves_ratings_up_and_each_change_names_its_move() {
    List<Rating> best = List.of(Rating.GOLD, Rating.SILVER, Rating.BRONZE, Rating.NONE);
    List<Dossier> registry = RegistryGens.dossiers(60, 7);
    Policy lower = draft(ParameterValues.empty().with(Parameters.EVALUATION_SILVER_PERCENT, new java.math.BigDecimal("40")));
    WhatIfReport r = WhatIf.compare(registry, d -> IN_FORCE, d -> lower, RegistryGens.DAY);
    assertThat(r.changes()).filteredOn(c -> c.ratingBefore() != c.ratingAfter()).isNotEmpty().allSatisfy(c -> {
      assertThat(best.indexOf(c.ratingAfter())).isLessThan(best.indexOf(c.ratingBefore()));
      assertThat(c.rating()).isEqualTo(PolicyChange.Move.UP);
    });
    WhatIfReport back = WhatIf.compare(registry, d -> lower, d -> IN_FORCE, RegistryGens.DAY);
    assertThat(back.changes()).filteredOn(c -> c.ratingBefore() != c.ratingAfter()).isNotEmpty()
        .allMatch(c -> c.rating() == PolicyChange.Move.DOWN);
    assertThat(r.changes()).filteredOn(c -> c.ratingBefore() == c.ratingAfter()).allMatch(c -> c.rating() == PolicyChange.Move.UNCHANGED);
  }

  @Test
  void a_draft_that_makes_an_advisory_binding_reports_the_finding_as_new() {
    // employment and staffing advisories made binding: whatever failed as advisory now also fails as blocking
    List<Dossier> registry = RegistryGens.dossiers(30, 3);
    var binding = io.vavr.collection.TreeSet.ofAll(dev.clustergov.core.rules.RuleBook.standard().rules().stream()
        .filter(x -> x.severity() == dev.clustergov.core.rules.Severity.ADVISORY).map(x -> x.id()).toList());
    Policy strict = draft(ParameterValues.empty().with(Parameters.RULES_BINDING_ADVISORIES, binding));
    WhatIfReport r = WhatIf.compare(registry, d -> IN_FORCE, d -> strict, RegistryGens.DAY);
    assertThat(r.changes()).isNotEmpty();
    assertThat(r.changes()).allMatch(c -> c.newFindings().stream().allMatch(f -> f.blocking()));
    assertThat(r.changes()).allMatch(c -> c.removedFindings().stream().noneMatch(f -> f.blocking()));
    assertThat(r.summary().withNewFindings()).isPositive();
  }

  @Test
  void a_draft_that_changes_only_which_sanctions_withhold_a_rating_recomputes_the_incentive() {
    // the incentive's rating gate reads the rating's standing (decision 0616): sanction.blocksRating weighs on incentives
    var day = dev.clustergov.core.testkit.gen.IncentiveGens.DAY;
    var period = dev.clustergov.core.testkit.gen.IncentiveGens.PERIOD;
    var o = Fixtures.compliantOrganization();
    Dossier d = Dossier.builder().from(Fixtures.dossier(o))
        .activities(dev.clustergov.core.testkit.gen.IncentiveGens.coverage(o.id(), 4))
        .evaluations(List.of(dev.clustergov.core.testkit.gen.IncentiveGens.currentEvaluation(o.id(), Rating.GOLD)))
        .sanctions(List.of(dev.clustergov.core.testkit.gen.IncentiveGens.sanction(o.id(), o.authority(), "sanction-1",
            dev.clustergov.core.supervision.SanctionKind.RECTIFICATION_ORDER, day.minusMonths(1), java.util.Optional.empty())))
        .build();
    ParameterValues noneExcluded = ParameterValues.empty().with(Parameters.SANCTION_BLOCKS_INCENTIVES, io.vavr.collection.TreeSet.empty());
    Policy withheld = at(noneExcluded, day);
    Policy inForce = at(noneExcluded.with(Parameters.SANCTION_BLOCKS_RATING, io.vavr.collection.TreeSet.empty()), day);
    PolicyChange c = WhatIf.change(d, withheld, inForce, period, day, dev.clustergov.core.rules.RuleBook.standard());
    assertThat(c.eligibleBefore()).as("the order withholds the rating: no 有效 rating, no incentive").isFalse();
    assertThat(c.eligibleAfter()).as("under the draft the order withholds nothing").isTrue();
    assertThat(c.incentiveAfter()).isEqualTo(dev.clustergov.core.incentive.IncentiveCalculator.amount(d, inForce, period, day));
  }

  static Policy at(ParameterValues values, java.time.LocalDate day) {
    PolicyPack pack = PolicyPack.define(Fixtures.SUZHOU, day.minusMonths(1), 1, Text.of("征求意见稿", "draft"), values)
        .toEither().getOrElseThrow(e -> new IllegalStateException(e.mkString("; ")));
    return PolicyResolver.resolve(List.of(pack), Fixtures.SUZHOU, day);
  }
}
