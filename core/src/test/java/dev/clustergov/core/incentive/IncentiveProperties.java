package dev.clustergov.core.incentive;

import static dev.clustergov.core.testkit.gen.IncentiveGens.DAY;
import static dev.clustergov.core.testkit.gen.IncentiveGens.PERIOD;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.governance.Governance;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.IncentiveGuards;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.gen.IncentiveGens;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Art.29's incentives as properties: monotone in every metric, capped, zero when any gate fails. */
class IncentiveProperties {

  static final Gen<Policy> POLICIES = Gen.frequency(1, Gen.constant(Fixtures.baseline()),
      3, IncentiveGens.formulaPolicies(Fixtures.SUZHOU));

  /** The compliant recognised PO with four functions active in the period and a current gold rating, plus {@code activities}. */
  static Dossier eligible(List<ServiceActivity> activities) {
    var o = Fixtures.compliantOrganization();
    List<ServiceActivity> all = new ArrayList<>(IncentiveGens.coverage(o.id(), 4));
    all.addAll(activities);
    return Dossier.builder().from(Fixtures.dossier(o)).activities(all)
        .evaluations(List.of(IncentiveGens.currentEvaluation(o.id(), Rating.GOLD))).build();
  }

  static final Gen<Dossier> ELIGIBLE = IncentiveGens.activities(Fixtures.ORGANIZATION_ID).map(IncentiveProperties::eligible);

  /** {@code d} with exactly the gate {@code gate} broken. */
  static Dossier breaking(Guard<?> gate, Dossier d) {
    PromotionOrganization o = d.organization();
    if (gate == IncentiveGuards.RECOGNISED) {
      return d.with(PromotionOrganization.builder().from(o).stage(LifecycleStage.SUSPENDED).build());
    }
    if (gate == IncentiveGuards.FIVE_LAYERS) {
      var bodies = o.governance().bodies().stream().filter(b -> b.layer() != Layer.ADVISORY).toList();
      return d.with(PromotionOrganization.builder().from(o).governance(new Governance(bodies)).build());
    }
    if (gate == IncentiveGuards.ACTIVE_FUNCTIONS) {
      // every activity moved to the items of one function: only one function active
      var items = Function.GUIDE_STRATEGY.items();
      List<ServiceActivity> moved = new ArrayList<>();
      int i = 0;
      for (ServiceActivity a : d.activities()) {
        moved.add(IncentiveGens.activity(o.id(), a.id().value(), items.get(i++ % items.size()), a.heldOn(), a.outcomes()));
      }
      return Dossier.builder().from(d).activities(moved).build();
    }
    if (gate == IncentiveGuards.RATING) {
      return Dossier.builder().from(d).evaluations(List.of(
          IncentiveGens.evaluation(o.id(), "eval-expired", Rating.GOLD, DAY.minusYears(3), DAY.minusDays(1)),
          IncentiveGens.evaluation(o.id(), "eval-none", Rating.NONE, DAY.minusMonths(1), DAY.plusYears(2)))).build();
    }
    return Dossier.builder().from(d).sanctions(List.of(
        IncentiveGens.sanction(o.id(), o.authority(), "sanction-lifted", SanctionKind.SUSPENSION, DAY.minusYears(1), Optional.of(DAY.minusMonths(6))),
        IncentiveGens.sanction(o.id(), o.authority(), "sanction-warning", SanctionKind.WARNING, DAY.minusMonths(1), Optional.empty()),
        IncentiveGens.sanction(o.id(), o.authority(), "sanction-order", SanctionKind.RECTIFICATION_ORDER, DAY.minusDays(10), Optional.empty())))
        .build();
  }

  @Test
  void incentives_never_decrease_when_a_metric_rises() {
    Property.forAll(Gen.zip(ELIGIBLE, POLICIES), IncentiveGens.outcomes(), Gen.integers(0, 152)).tries(300).check((dp, more, offset) -> {
      Dossier d = dp._1;
      Policy p = dp._2;
      List<ServiceActivity> raised = new ArrayList<>(d.activities());
      raised.add(IncentiveGens.activity(d.organization().id(), "raise", Function.SERVICE_BASE.items().head(), PERIOD.from().plusDays(offset), more));
      Incentive before = IncentiveCalculator.compute(d, p, PERIOD, DAY);
      Incentive after = IncentiveCalculator.compute(Dossier.builder().from(d).activities(raised).build(), p, PERIOD, DAY);
      assertThat(after.amount()).isGreaterThanOrEqualTo(before.amount());
      assertThat(after.subtotal()).isGreaterThanOrEqualTo(before.subtotal());
      for (int i = 0; i < before.metrics().size(); i++) {
        assertThat(after.metrics().get(i).amount()).as(before.metrics().get(i).metric().name())
            .isGreaterThanOrEqualTo(before.metrics().get(i).amount());
      }
    });
  }

  @Test
  void incentives_never_exceed_the_cap_per_period_nor_a_metrics_own_cap() {
    Property.forAll(ELIGIBLE, POLICIES).tries(300).check((d, p) -> {
      Incentive i = IncentiveCalculator.compute(d, p, PERIOD, DAY);
      assertThat(i.eligible()).isTrue();
      assertThat(i.cap()).isEqualTo(p.get(Parameters.INCENTIVE_CAP_PER_PERIOD));
      assertThat(i.amount()).isLessThanOrEqualTo(i.cap());
      assertThat(i.amount()).isEqualTo(i.subtotal().min(i.cap()));
      for (MetricAward m : i.metrics()) {
        m.cap().ifPresent(c -> assertThat(m.amount()).isLessThanOrEqualTo(c));
        assertThat(m.amount()).isEqualTo(m.cap().map(m.computed()::min).orElse(m.computed()));
      }
      assertThat(i.subtotal()).isEqualTo(i.metrics().stream().map(MetricAward::amount).reduce(Money.ZERO, Money::plus));
    });
  }

  /**
   * The oracle of Art.29's formula, written apart from {@link IncentiveCalculator} and {@code MarginalRates.rewardFor}, in
   * whole fen: each money metric summed over the period's activities and rewarded tier by tier (the part between the
   * tier below's bound and its own, at its rate, rounded down to the fen), capped by its own cap; the talent metric the
   * people of each level times its amount, capped by its cap; the sum capped by the cap per period.
   */
  static long oracleFen(Dossier d, Policy p) {
    long[] money = new long[3];
    java.util.Map<dev.clustergov.core.operation.TalentLevel, Long> people = new java.util.EnumMap<>(dev.clustergov.core.operation.TalentLevel.class);
    for (ServiceActivity a : d.activities()) {
      if (a.heldOn().isBefore(PERIOD.from()) || a.heldOn().isAfter(PERIOD.to())) {
        continue;
      }
      money[0] += fen(a.outcomes().landedInvestment());
      money[1] += fen(a.outcomes().technologyTransactions());
      money[2] += fen(a.outcomes().supplyContracts());
      a.outcomes().talents().forEach(t -> people.merge(t.level(), (long) t.count(), Long::sum));
    }
    List<dev.clustergov.core.policy.Parameter<dev.clustergov.core.policy.MarginalRates>> rates = List.of(
        Parameters.INCENTIVE_RATES_LANDED_INVESTMENT, Parameters.INCENTIVE_RATES_TECHNOLOGY_TRANSACTIONS,
        Parameters.INCENTIVE_RATES_SUPPLY_CONTRACTS);
    List<dev.clustergov.core.policy.Parameter<io.vavr.control.Option<Money>>> caps = List.of(Parameters.INCENTIVE_CAP_LANDED_INVESTMENT,
        Parameters.INCENTIVE_CAP_TECHNOLOGY_TRANSACTIONS, Parameters.INCENTIVE_CAP_SUPPLY_CONTRACTS);
    long subtotal = 0;
    for (int m = 0; m < 3; m++) {
      long reward = 0;
      long lower = 0;
      for (var tier : p.get(rates.get(m)).tiers()) {
        long upper = tier.upTo().map(IncentiveProperties::fen).getOrElse(Long.MAX_VALUE);
        long part = Math.max(0, Math.min(money[m], upper) - lower);
        reward += java.math.BigInteger.valueOf(part)
            .multiply(tier.percent().setScale(4, java.math.RoundingMode.UNNECESSARY).unscaledValue())
            .divide(java.math.BigInteger.valueOf(1_000_000L)).longValueExact();
        lower = upper;
      }
      long r = reward;
      subtotal += p.get(caps.get(m)).map(c -> Math.min(r, fen(c))).getOrElse(r);
    }
    long talent = 0;
    for (var e : people.entrySet()) {
      talent += e.getValue() * fen(p.get(Parameters.INCENTIVE_TALENT_AMOUNTS).perPerson(e.getKey()));
    }
    long t = talent;
    subtotal += p.get(Parameters.INCENTIVE_CAP_TALENT).map(c -> Math.min(t, fen(c))).getOrElse(t);
    return Math.min(subtotal, fen(p.get(Parameters.INCENTIVE_CAP_PER_PERIOD)));
  }

  static long fen(Money m) {
    return m.yuan().movePointRight(2).longValueExact();
  }

  @Test
  void the_incentive_is_the_formula_of_its_policy_computed_apart_in_whole_fen() {
    Property.forAll(ELIGIBLE, POLICIES).tries(300).check((d, p) -> {
      long expected = oracleFen(d, p);
      assertThat(IncentiveCalculator.compute(d, p, PERIOD, DAY).amount().yuan().movePointRight(2).longValueExact())
          .as("the full computation").isEqualTo(expected);
      assertThat(fen(IncentiveCalculator.amount(d, p, PERIOD, DAY))).as("the lean amount").isEqualTo(expected);
    });
  }

  @Test
  void incentives_are_zero_with_the_reason_exactly_when_a_gate_fails_each_gate_on_both_sides() {
    Property.forAll(ELIGIBLE, POLICIES, Gen.elements(IncentiveGuards.GATES.toArray(Guard[]::new))).tries(300).check((d, p, gate) -> {
      Incentive held = IncentiveCalculator.compute(d, p, PERIOD, DAY);
      assertThat(held.eligible()).isTrue();
      assertThat(held.reasons()).isEmpty();
      assertThat(held.amount()).isEqualTo(held.subtotal().min(held.cap()));

      Incentive broken = IncentiveCalculator.compute(breaking(gate, d), p, PERIOD, DAY);
      assertThat(broken.eligible()).isFalse();
      assertThat(broken.amount()).isEqualTo(Money.ZERO);
      // a sanction that excludes incentives also withholds the rating when the policy says so (sanction.blocksRating, in
      // the baseline the same kinds): a withheld rating is not 有效, so the rating gate fails beside it (decision 0616)
      boolean withholds = gate == IncentiveGuards.NO_BLOCKING_SANCTION
          && (p.get(Parameters.SANCTION_BLOCKS_RATING).contains(SanctionKind.RECTIFICATION_ORDER)
              || p.get(Parameters.SANCTION_BLOCKS_RATING).contains(SanctionKind.WARNING))
          && p.get(Parameters.INCENTIVE_MINIMUM_RATING) != Rating.NONE;
      assertThat(broken.reasons()).extracting(f -> f.rule()).containsExactlyElementsOf(withholds
          ? List.of(IncentiveGuards.RATING.id(), gate.id()) : List.of(gate.id()));
      assertThat(broken.reasons().get(0).citations()).contains(IncentiveGuards.ART29);
      assertThat(broken.trace().get(0).statement().en()).startsWith("Not eligible");
    });
  }

  @Test
  void the_same_inputs_give_the_same_incentive_whatever_the_order_of_activities() {
    Property.forAll(ELIGIBLE, POLICIES).tries(100).check((d, p) -> {
      List<ServiceActivity> reversed = new ArrayList<>(d.activities());
      java.util.Collections.reverse(reversed);
      Incentive a = IncentiveCalculator.compute(d, p, PERIOD, DAY);
      Incentive b = IncentiveCalculator.compute(Dossier.builder().from(d).activities(reversed).build(), p, PERIOD, DAY);
      assertThat(b.amount()).isEqualTo(a.amount());
      assertThat(b.metrics()).isEqualTo(a.metrics());
      assertThat(b.gates()).extracting(GateCheck::passed).isEqualTo(a.gates().stream().map(GateCheck::passed).toList());
    });
  }

  @Test
  void an_activity_outside_the_period_earns_nothing() {
    Property.forAll(ELIGIBLE, IncentiveGens.outcomes()).tries(100).check((d, more) -> {
      List<ServiceActivity> plus = new ArrayList<>(d.activities());
      plus.add(IncentiveGens.activity(d.organization().id(), "late", Function.SERVICE_BASE.items().head(), PERIOD.to().plusDays(1), more));
      Policy p = Fixtures.baseline();
      assertThat(IncentiveCalculator.compute(Dossier.builder().from(d).activities(plus).build(), p, PERIOD, DAY).amount())
          .isEqualTo(IncentiveCalculator.compute(d, p, PERIOD, DAY).amount());
    });
  }

  @Test
  void the_lean_amount_and_eligibility_are_those_of_the_full_computation_on_both_sides_of_every_gate() {
    Property.forAll(ELIGIBLE, POLICIES, Gen.elements(IncentiveGuards.GATES.toArray(Guard[]::new))).tries(200).check((d, p, gate) -> {
      for (Dossier x : List.of(d, breaking(gate, d))) {
        Incentive full = IncentiveCalculator.compute(x, p, PERIOD, DAY);
        assertThat(IncentiveCalculator.amount(x, p, PERIOD, DAY)).isEqualTo(full.amount());
        assertThat(IncentiveCalculator.eligible(x, p, PERIOD, DAY)).isEqualTo(full.eligible());
      }
    });
  }

  static Outcomes none() {
    return Outcomes.NONE;
  }
}
