package dev.clustergov.core.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.ManagementRules;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Art.11 over generated histories: a charge is accepted exactly when an edition published on or before
 * its date is the one in force then and holds its item at that amount — checked against an oracle
 * written independently of {@link FeeSchedule#inForceOn} and {@link Price#admits}; and sums stay exact.
 */
class FeeChargeProperties {

  static final LocalDate START = LocalDate.of(2024, 1, 1);
  static final List<String> CODES = List.of("dues", "test", "consult");
  static final List<String> TIERS = List.of("会长单位", "理事单位", "会员单位");

  static Gen<Money> money() {
    return Gen.bigDecimals(new BigDecimal("0.01"), new BigDecimal("99999.99"), 2).map(b -> Money.yuan(b.toPlainString()));
  }

  static Gen<Price> price() {
    return Gen.oneOf(
        money().map(Price.Fixed::new),
        Gen.zip(money(), money()).map(t -> t._1.isLessThan(t._2) ? new Price.Range(t._1, t._2) : new Price.Range(t._2, t._1)),
        Gen.listOf(money(), 1, 3).map(ms -> {
          List<Price.Tier> tiers = new ArrayList<>();
          for (int i = 0; i < ms.size(); i++) {
            tiers.add(new Price.Tier(TIERS.get(i), ms.get(i)));
          }
          return new Price.Tiered(tiers);
        }));
  }

  static Gen<List<FeeItem>> items() {
    return Gen.setOf(Gen.elements(CODES.toArray(String[]::new)), 1, 3)
        .flatMap(codes -> Gen.listOf(price(), codes.size(), codes.size()).map(prices -> {
          List<FeeItem> items = new ArrayList<>();
          int i = 0;
          for (String code : codes.stream().sorted().toList()) {
            items.add(new FeeItem(code, code, prices.get(i++)));
          }
          return items;
        }));
  }

  /** 1–4 editions, published on non-decreasing days (ties included) within two years. */
  static Gen<FeeSchedule> schedules() {
    return Gen.zip(Gen.listOf(Gen.integers(0, 200), 1, 4), Gen.listOf(items(), 4, 4)).map(t -> {
      List<FeeEdition> editions = new ArrayList<>();
      LocalDate day = START;
      for (int i = 0; i < t._1.size(); i++) {
        day = day.plusDays(t._1.get(i));
        editions.add(new FeeEdition(i + 1, day, "官网", day, t._2.get(i)));
      }
      return new FeeSchedule(new FeeScheduleId("fee-1"), 1, new OrganizationId("org-1"), FeeKind.SERVICE_FEES, "标准", editions);
    });
  }

  record Charge(LocalDate on, String item, Optional<String> tier, Money amount) {}

  /** Charges aimed near the schedule's prices (exact, one fen off, in range, any) so both sides are hit often. */
  static Gen<Charge> charges(FeeSchedule s) {
    List<Money> points = new ArrayList<>();
    for (FeeEdition e : s.editions()) {
      for (FeeItem i : e.items()) {
        if (i.price() instanceof Price.Fixed f) {
          points.add(f.amount());
        } else if (i.price() instanceof Price.Range r) {
          points.add(r.min());
          points.add(r.max());
          points.add(r.min().minusFloorZero(Money.yuan("0.01")));
        } else {
          ((Price.Tiered) i.price()).tiers().forEach(t -> points.add(t.amount()));
        }
      }
    }
    Gen<Money> amounts = Gen.oneOf(Gen.elements(points.toArray(Money[]::new)),
        Gen.elements(points.toArray(Money[]::new)).map(m -> m.plus(Money.yuan("0.01"))), money());
    return Gen.zip(Gen.integers(-10, 900).map(START::plusDays), Gen.elements(CODES.toArray(String[]::new)),
        Gen.optional(Gen.elements(TIERS.toArray(String[]::new))), amounts)
        .map(t -> new Charge(t._1, t._2, t._3, t._4));
  }

  /** The oracle: written from the clause, not from the code under test. */
  static boolean oracle(FeeSchedule s, Charge c) {
    FeeEdition inForce = null;
    for (FeeEdition e : s.editions()) {
      if (e.publishedOn().compareTo(c.on()) <= 0
          && (inForce == null || e.publishedOn().compareTo(inForce.publishedOn()) >= 0)) {
        inForce = e;
      }
    }
    if (inForce == null) {
      return false;
    }
    for (FeeItem i : inForce.items()) {
      if (i.code().equals(c.item())) {
        BigDecimal a = c.amount().yuan();
        if (i.price() instanceof Price.Fixed f) {
          return c.tier().isEmpty() && a.compareTo(f.amount().yuan()) == 0;
        }
        if (i.price() instanceof Price.Range r) {
          return c.tier().isEmpty() && a.compareTo(r.min().yuan()) >= 0 && a.compareTo(r.max().yuan()) <= 0;
        }
        for (Price.Tier t : ((Price.Tiered) i.price()).tiers()) {
          if (c.tier().isPresent() && t.label().equals(c.tier().get()) && a.compareTo(t.amount().yuan()) == 0) {
            return true;
          }
        }
        return false;
      }
    }
    return false;
  }

  @Test
  void a_charge_is_accepted_iff_the_edition_in_force_on_its_date_prices_its_item_at_that_amount() {
    Property.forAll(schedules().flatMap(s -> charges(s).map(c -> io.vavr.Tuple.of(s, c)))).tries(1000).check(t -> {
      FeeSchedule s = t._1;
      Charge c = t._2;
      boolean accepted = ManagementRules.chargeProblem(s, c.on(), c.item(), c.tier(), c.amount()).isEmpty();
      assertThat(accepted).as("%s under %s", c, s).isEqualTo(oracle(s, c));
    });
  }

  @Test
  void the_edition_in_force_is_never_published_after_the_day_and_no_later_edition_published_by_then_is_skipped() {
    Property.forAll(schedules(), Gen.integers(-10, 900).map(START::plusDays)).check((s, day) -> {
      Optional<FeeEdition> e = s.inForceOn(day);
      assertThat(e.isPresent()).isEqualTo(!s.editions().get(0).publishedOn().isAfter(day));
      e.ifPresent(x -> assertThat(s.editions().stream().filter(y -> !y.publishedOn().isAfter(day))
          .max(Comparator.comparingInt(FeeEdition::number))).contains(x));
    });
  }

  @Test
  void sums_of_charges_are_exact_to_the_fen() {
    Property.forAll(Gen.listOf(money(), 0, 200)).check(ms -> {
      Money sum = Money.ZERO;
      BigDecimal exact = BigDecimal.ZERO;
      for (Money m : ms) {
        sum = sum.plus(m);
        exact = exact.add(m.yuan());
      }
      assertThat(sum.yuan()).isEqualByComparingTo(exact);
      assertThat(sum.yuan().scale()).isEqualTo(Money.SCALE);
    });
  }
}
