package dev.clustergov.core.testkit.contract;

import dev.clustergov.core.finance.ChargeBasis;
import dev.clustergov.core.finance.Expenditure;
import dev.clustergov.core.finance.FeeEdition;
import dev.clustergov.core.finance.FeeItem;
import dev.clustergov.core.finance.FeeKind;
import dev.clustergov.core.finance.FeeSchedule;
import dev.clustergov.core.finance.FeeScheduleId;
import dev.clustergov.core.finance.IncomeEntry;
import dev.clustergov.core.finance.IncomeKind;
import dev.clustergov.core.finance.LedgerEntryId;
import dev.clustergov.core.finance.PayeeRelation;
import dev.clustergov.core.finance.Price;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Sample ledger entries and fee schedules for the contracts of Art.10–11 (财务样例). */
public final class FinanceSamples {

  private FinanceSamples() {}

  public static final LocalDate DAY = LocalDate.of(2025, 2, 1);

  /** A service-fee schedule with a fixed, a range and a tiered item, published on {@link #DAY}. */
  public static FeeSchedule schedule(String id, OrganizationId organization) {
    return new FeeSchedule(new FeeScheduleId(id), 0, organization, FeeKind.SERVICE_FEES, "检测与咨询服务收费标准",
        List.of(edition(1, DAY)));
  }

  public static FeeEdition edition(int number, LocalDate publishedOn) {
    return new FeeEdition(number, publishedOn, "促进会官网公告栏", publishedOn, List.of(
        new FeeItem("test", "材料检测", new Price.Fixed(Money.yuan("800.00"))),
        new FeeItem("consult", "技术咨询", new Price.Range(Money.yuan("1000.00"), Money.yuan("5000.00"))),
        new FeeItem("training", "培训", new Price.Tiered(List.of(new Price.Tier("会员", Money.yuan("0.01")),
            new Price.Tier("非会员", Money.yuan("1999.99")))))));
  }

  public static IncomeEntry donation(String id, OrganizationId organization, LocalDate on, String amount) {
    return new IncomeEntry(new LedgerEntryId(id), organization, IncomeKind.DONATION, Money.yuan(amount), on, "苏州某基金会",
        Optional.empty(), on);
  }

  public static IncomeEntry charge(String id, OrganizationId organization, FeeScheduleId schedule, LocalDate on) {
    return new IncomeEntry(new LedgerEntryId(id), organization, IncomeKind.SERVICE_INCOME, Money.yuan("0.01"), on, "会员单位甲",
        Optional.of(new ChargeBasis(schedule, 1, "training", Optional.of("会员"))), on);
  }

  public static Expenditure expenditure(String id, OrganizationId organization, LocalDate on, String amount) {
    return new Expenditure(new LedgerEntryId(id), organization, Money.yuan(amount), on, "苏州某生物医药龙头企业有限公司",
        Optional.of("91320500MA1X2Y3Z4"), PayeeRelation.FOUNDER, PayeeRelation.OTHER, false, "往来款", false, true,
        Optional.of("产业研究"), on);
  }
}
