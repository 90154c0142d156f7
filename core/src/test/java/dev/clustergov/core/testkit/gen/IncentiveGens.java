package dev.clustergov.core.testkit.gen;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.operation.ActivityId;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.operation.TalentIntake;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.policy.MarginalRates;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.ParameterValues;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.policy.TalentAmounts;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.EvaluationId;
import dev.clustergov.core.supervision.EvaluatorId;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionId;
import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.testkit.property.Gen;
import io.vavr.control.Option;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Generators for Art.29's incentives: activities with outcomes, evaluations, sanctions, and policies
 * with random rates, amounts and caps. Dates are around a period that has ended before the day the
 * incentive is computed.
 */
public final class IncentiveGens {

  private IncentiveGens() {}

  /** The period rewarded, and the day it is computed: after the period, inside an evaluation's validity. */
  public static final Period PERIOD = new Period(LocalDate.of(2026, 6, 1), LocalDate.of(2026, 10, 31));
  public static final LocalDate DAY = LocalDate.of(2026, 11, 27);

  /** An activity of {@code organization} serving {@code item} on {@code day} with {@code outcomes}. */
  public static ServiceActivity activity(OrganizationId organization, String id, FunctionItem item, LocalDate day, Outcomes outcomes) {
    return new ServiceActivity(new ActivityId(id), 0, organization, item, "服务活动 " + id, day, Delivery.DIRECT, List.of(),
        List.of(), true, Optional.empty(), outcomes);
  }

  /** The first item of each of the first {@code n} functions, each held once in {@link #PERIOD}, without outcomes. */
  public static List<ServiceActivity> coverage(OrganizationId organization, int n) {
    List<ServiceActivity> out = new ArrayList<>();
    Function[] all = Function.values();
    for (int i = 0; i < n; i++) {
      out.add(activity(organization, organization.value() + "-cov-" + i, all[i].items().head(), PERIOD.from().plusDays(i), Outcomes.NONE));
    }
    return out;
  }

  public static Evaluation evaluation(OrganizationId organization, String id, Rating rating, LocalDate on, LocalDate until) {
    return new Evaluation(new EvaluationId(id), 0, organization, new EvaluatorId("evaluator-independent"), on, until,
        new BigDecimal("85.00"), rating, "0".repeat(64), List.of("000000 v1 from 2023-12-01"));
  }

  /** A current evaluation at {@code rating} on {@link #DAY}. */
  public static Evaluation currentEvaluation(OrganizationId organization, Rating rating) {
    return evaluation(organization, organization.value() + "-eval", rating, DAY.minusMonths(3), DAY.plusYears(2));
  }

  public static Sanction sanction(OrganizationId organization, AuthorityId authority, String id, SanctionKind kind, LocalDate on,
      Optional<LocalDate> lifted) {
    return new Sanction(new SanctionId(id), 0, organization, authority, kind, on,
        List.of(dev.clustergov.core.guideline.Citation.article(29)), "违规处理",
        kind == SanctionKind.RECTIFICATION_ORDER ? Optional.of(on.plusDays(30)) : Optional.empty(), lifted);
  }

  /** Amounts from nothing to a billion yuan, the tier bounds of the baseline among the edge cases. */
  public static Gen<Money> amounts() {
    return Gen.frequency(2, Gen.elements("0.00", "0.01", "10000000.00", "50000000.00", "100000000.00", "100000000.01",
                "500000000.00").map(Money::yuan),
            5, Gen.bigDecimals(BigDecimal.ZERO, new BigDecimal("1000000000"), 2).map(b -> Money.yuan(b.toPlainString())));
  }

  public static Gen<List<TalentIntake>> talents() {
    return Gen.setOf(Gen.enumValues(TalentLevel.class), 0, 4)
        .flatMap(levels -> Gen.listOf(Gen.integers(1, 50), levels.size(), levels.size()).map(counts -> {
          List<TalentIntake> out = new ArrayList<>();
          int i = 0;
          for (TalentLevel l : levels) {
            out.add(new TalentIntake(l, counts.get(i++)));
          }
          return out;
        }));
  }

  public static Gen<Outcomes> outcomes() {
    return Gen.combine(amounts(), amounts(), amounts(), talents(), Outcomes::new);
  }

  /** Activities of {@code organization} held in {@link #PERIOD}, over random items, with random outcomes. */
  public static Gen<List<ServiceActivity>> activities(OrganizationId organization) {
    var items = FunctionItem.all().toJavaList();
    return Gen.listOf(Gen.zip(Gen.integers(0, items.size() - 1), Gen.integers(0, 152), outcomes()), 0, 6).map(list -> {
      List<ServiceActivity> out = new ArrayList<>();
      int i = 0;
      for (var t : list) {
        out.add(activity(organization, organization.value() + "-act-" + i++, items.get(t._1), PERIOD.from().plusDays(t._2), t._3));
      }
      return out;
    });
  }

  /** Marginal rates of one to four tiers, bounds ascending, rates 0–5 %. */
  public static Gen<MarginalRates> rates() {
    return Gen.listOf(Gen.zip(Gen.integers(1, 200_000_000), Gen.bigDecimals(BigDecimal.ZERO, new BigDecimal("5"), 4)), 1, 4).map(list -> {
      List<MarginalRates.Tier> tiers = new ArrayList<>();
      long bound = 0;
      for (int i = 0; i < list.size(); i++) {
        BigDecimal percent = list.get(i)._2;
        if (i == list.size() - 1) {
          tiers.add(new MarginalRates.Tier(Option.none(), percent));
        } else {
          bound += list.get(i)._1;
          tiers.add(new MarginalRates.Tier(Option.some(Money.yuan(bound + ".00")), percent));
        }
      }
      return MarginalRates.from(tiers.toArray(MarginalRates.Tier[]::new));
    });
  }

  public static Gen<Option<Money>> optionalCaps() {
    return Gen.frequency(2, Gen.constant(Option.<Money>none()), 1, amounts().map(Option::some));
  }

  /**
   * The policy in force in {@code region} on {@link #DAY} under a local pack with random rates, talent
   * amounts, per-period and per-metric caps, and the gates as the baseline sets them.
   */
  public static Gen<Policy> formulaPolicies(RegionCode region) {
    Gen<TalentAmounts> talentAmounts = Gen.listOf(Gen.integers(0, 500_000), 4, 4).map(a -> TalentAmounts.of(
        TalentLevel.LEADING, a.get(0) + ".00", TalentLevel.HIGH_LEVEL, a.get(1) + ".00",
        TalentLevel.HIGHLY_SKILLED, a.get(2) + ".00", TalentLevel.GENERAL, a.get(3) + ".00"));
    Gen<List<Option<Money>>> caps = Gen.listOf(optionalCaps(), 4, 4);
    return Gen.combine(Gen.listOf(rates(), 3, 3), talentAmounts, amounts(), caps, (r, t, perPeriod, c) -> {
      ParameterValues v = ParameterValues.empty()
          .with(Parameters.INCENTIVE_RATES_LANDED_INVESTMENT, r.get(0))
          .with(Parameters.INCENTIVE_RATES_TECHNOLOGY_TRANSACTIONS, r.get(1))
          .with(Parameters.INCENTIVE_RATES_SUPPLY_CONTRACTS, r.get(2))
          .with(Parameters.INCENTIVE_TALENT_AMOUNTS, t)
          .with(Parameters.INCENTIVE_CAP_PER_PERIOD, perPeriod)
          .with(Parameters.INCENTIVE_CAP_LANDED_INVESTMENT, c.get(0))
          .with(Parameters.INCENTIVE_CAP_TECHNOLOGY_TRANSACTIONS, c.get(1))
          .with(Parameters.INCENTIVE_CAP_SUPPLY_CONTRACTS, c.get(2))
          .with(Parameters.INCENTIVE_CAP_TALENT, c.get(3));
      PolicyPack pack = PolicyPack.define(region, PERIOD.from(), 1, Text.of("激励测试", "incentive test"), v)
          .toEither().getOrElseThrow(e -> new IllegalStateException(e.mkString("; ")));
      return PolicyResolver.resolve(List.of(pack), region, DAY);
    });
  }
}
