package dev.clustergov.adapters.rest;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.operation.Coverage;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.Platform;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.operation.TalentIntake;
import dev.clustergov.core.organization.CreditCode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the operation routes write (运行事项的响应表示, Chapter 4, Art.17–24): member units, platforms,
 * service activities and function coverage. Amounts are exact yuan. Coverage shows counts, never the
 * members' ids, since the public may read it.
 */
final class OperationViews {
  private OperationViews() {}

  record MembershipView(String id, long version, String name, @Schema.Nullable String creditCode, String kind, LocalDate joinedOn, @Schema.Nullable LocalDate leftOn) {
    static MembershipView of(Membership m) {
      return new MembershipView(m.id().value(), m.version(), m.name(), m.creditCode().map(CreditCode::value).orElse(null),
          m.kind().name(), m.joinedOn(), m.leftOn().orElse(null));
    }
  }

  record MembershipList(List<MembershipView> items) {}

  record PlatformView(String id, long version, String name, String kind, String role, String operator, LocalDate openedOn,
      boolean openToAllMembers, @Schema.Nullable String restrictionReason) {
    static PlatformView of(Platform p) {
      return new PlatformView(p.id().value(), p.version(), p.name(), p.kind().name(), p.role().name(), p.operator(), p.openedOn(),
          p.openToAllMembers(), p.restrictionReason().orElse(null));
    }
  }

  record PlatformList(List<PlatformView> items) {}

  /** Art.29's four metrics: three amounts in yuan, and people attracted by talent level. */
  record OutcomesView(BigDecimal landedInvestment, BigDecimal technologyTransactions, BigDecimal supplyContracts,
      Map<String, Integer> talents) {
    static OutcomesView of(Outcomes o) {
      Map<String, Integer> t = new TreeMap<>();
      for (TalentIntake i : o.talents()) {
        t.put(i.level().name(), i.count());
      }
      return new OutcomesView(o.landedInvestment().yuan(), o.technologyTransactions().yuan(), o.supplyContracts().yuan(), t);
    }
  }

  record ActivityView(String id, long version, String item, String itemZh, String function, String title, LocalDate heldOn,
      String delivery, List<String> memberParticipants, List<String> outsideParticipants, boolean openToAllMembers,
      @Schema.Nullable String closedReason, OutcomesView outcomes) {
    static ActivityView of(ServiceActivity a) {
      return new ActivityView(a.id().value(), a.version(), a.item().citation().format(), a.item().citation().formatChinese(),
          a.item().function().name(), a.title(), a.heldOn(), a.delivery().name(),
          a.memberParticipants().stream().map(m -> m.value()).toList(), a.outsideParticipants(), a.openToAllMembers(),
          a.closedReason().orElse(null), OutcomesView.of(a.outcomes()));
    }
  }

  record ActivityList(LocalDate from, LocalDate to, List<ActivityView> items) {}

  record TallyView(int activities, int participatingMembers, int outsideUnits, int direct, int brokered, OutcomesView outcomes) {
    static TallyView of(Coverage.Tally t) {
      return new TallyView(t.activities(), t.participatingMembers(), t.outsideUnitCount(), t.direct(), t.brokered(),
          OutcomesView.of(t.outcomes()));
    }
  }

  record ItemCoverageView(String item, String itemZh, String title, TallyView tally) {
    static ItemCoverageView of(Coverage.ItemCoverage i) {
      return new ItemCoverageView(i.item().citation().format(), i.item().citation().formatChinese(), i.item().en(), TallyView.of(i.tally()));
    }
  }

  record FunctionCoverageView(String function, String article, boolean active, TallyView tally, List<ItemCoverageView> items,
      List<String> gaps) {
    static FunctionCoverageView of(Coverage.FunctionCoverage f) {
      return new FunctionCoverageView(f.function().name(), f.function().citation().format(), f.isActive(), TallyView.of(f.tally()),
          f.items().stream().map(ItemCoverageView::of).toList(), f.gaps().stream().map(i -> i.citation().format()).toList());
    }
  }

  record CoverageView(String organization, LocalDate from, LocalDate to, int activeFunctions, int coveredItems, List<String> functionGaps,
      List<String> itemGaps, TallyView total, List<FunctionCoverageView> functions) {
    static CoverageView of(Coverage c) {
      Period p = c.period();
      return new CoverageView(c.organization().value(), p.from(), p.to(), c.activeFunctions(), c.coveredItems(),
          c.functionGaps().stream().map(Enum::name).toList(), c.itemGaps().stream().map(i -> i.citation().format()).toList(),
          TallyView.of(c.total()), c.functions().stream().map(FunctionCoverageView::of).toList());
    }
  }
}
