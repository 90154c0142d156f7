package dev.clustergov.core.testkit.contract;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.incentive.IncentiveAward;
import dev.clustergov.core.incentive.IncentiveAwardId;
import dev.clustergov.core.incentive.IncentiveMetric;
import dev.clustergov.core.incentive.MetricAward;
import dev.clustergov.core.incentive.MetricTotals;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Incentive awards for the port contracts: of the sample POs {@code org-001} and {@code org-002}, by the sample authority. */
public final class IncentiveSamples {

  private IncentiveSamples() {}

  public static final OrganizationId PO = DisputeSamples.PO;
  public static final OrganizationId OTHER_PO = DisputeSamples.OTHER_PO;

  /** An award of {@code organization} for the year {@code year}, granted on 1 March after it. */
  public static IncentiveAward award(String id, OrganizationId organization, int year) {
    MetricTotals totals = new MetricTotals(Money.yuan("150000000.00"), Money.yuan("20000000.00"), Money.yuan("0.00"),
        Map.of(TalentLevel.LEADING, 1, TalentLevel.HIGHLY_SKILLED, 2), 7);
    List<MetricAward> metrics = List.of(
        new MetricAward(IncentiveMetric.LANDED_INVESTMENT, "150000000.00", Text.of("落地项目投资额 150000000.00 元", "landed 150000000.00 yuan"),
            Money.yuan("600000.00"), Optional.empty(), Money.yuan("600000.00")),
        new MetricAward(IncentiveMetric.TECHNOLOGY_TRANSACTIONS, "20000000.00", Text.of("技术交易额", "technology"),
            Money.yuan("150000.00"), Optional.of(Money.yuan("100000.00")), Money.yuan("100000.00")),
        new MetricAward(IncentiveMetric.SUPPLY_CONTRACTS, "0.00", Text.of("供货合同额", "supply"), Money.ZERO, Optional.empty(), Money.ZERO),
        new MetricAward(IncentiveMetric.TALENT, "LEADING:1,HIGH_LEVEL:0,HIGHLY_SKILLED:2,GENERAL:0", Text.of("人才", "talent"),
            Money.yuan("240000.00"), Optional.empty(), Money.yuan("240000.00")));
    return new IncentiveAward(new IncentiveAwardId(id), 0, organization, Samples.AUTHORITY,
        new Period(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)), LocalDate.of(year + 1, 3, 1), totals, metrics,
        Money.yuan("940000.00"), Money.yuan("2000000.00"), Money.yuan("940000.00"),
        Text.of("奖励 = min(每期上限, Σ 各项奖励)", "incentive = min(cap, Σ metric amounts)"),
        List.of("000000 v1 from 2023-12-01", "320500 v2 from 2025-01-01"));
  }
}
