package dev.clustergov.core.testkit.gen;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.operation.ActivityId;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.operation.TalentIntake;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.testkit.property.Gen;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Generators of Chapter 4's records (运行记录生成器): member units, function items over all 32, Art.29
 * outcomes, and service activities of one PO — for properties of coverage, rules, evaluation and
 * incentives. Ids are sequential within a generated list, so a list never repeats one.
 */
public final class OperationGens {

  private OperationGens() {}

  private static final String[] MEMBER_NAMES = {
      "苏州纳衡科技有限公司", "苏州澄远纳米技术研究所", "苏州澄远理工学院", "苏州某纳米材料有限公司", "苏州澄湖纳米产业技术研究院",
      "苏州禾岚控股股份有限公司", "苏州某精密制造有限公司", "苏州某检测认证有限公司", "苏州某新能源科技有限公司", "苏州某生物医药有限公司"};

  private static final String[] OUTSIDE_UNITS = {
      "上海某投资管理有限公司", "南京澈言理工学院", "无锡某集成电路有限公司", "德国某弗劳恩霍夫研究所", "深圳某创投基金",
      "杭州某电商平台有限公司", "北京某行业协会"};

  /** Any of the 32 function items, Art.18(1) to Art.24(3). */
  public static Gen<FunctionItem> functionItems() {
    return Gen.elements(FunctionItem.all().toJavaList().toArray(FunctionItem[]::new));
  }

  /** Talent attracted: up to four levels, each at most once, 1–50 people. */
  public static Gen<List<TalentIntake>> talents() {
    return Gen.listOf(Gen.combine(Gen.enumValues(TalentLevel.class), Gen.integers(1, 50), TalentIntake::new), 0, 4).map(list -> {
      EnumMap<TalentLevel, TalentIntake> one = new EnumMap<>(TalentLevel.class);
      list.forEach(t -> one.putIfAbsent(t.level(), t));
      return List.copyOf(one.values());
    });
  }

  /** Art.29 outcomes: often none; otherwise exact, non-negative amounts up to 100 million yuan and some talent. */
  public static Gen<Outcomes> outcomes() {
    Gen<Money> amount = Gen.frequency(1, Gen.constant(Money.ZERO),
        3, Gen.bigDecimals(BigDecimal.ZERO, new BigDecimal("100000000"), 2).map(b -> Money.parse("amount", b).get()));
    Gen<Outcomes> some = Gen.combine(amount, amount, amount, talents(), Outcomes::new);
    return Gen.frequency(1, Gen.constant(Outcomes.NONE), 2, some);
  }

  /**
   * Member units of {@code organization}, ids {@code member-1} … in order, joined between {@code from}
   * and {@code to}, none left: every one is a member on any day from {@code to} on.
   */
  public static Gen<List<Membership>> roll(OrganizationId organization, LocalDate from, LocalDate to, int min, int max) {
    Gen<Membership> one = Gen.combine(Gen.elements(MEMBER_NAMES), Gen.optional(DomainGens.creditCodes()),
        Gen.enumValues(MemberKind.class), Gen.dates(from, to),
        (name, code, kind, joined) -> new Membership(new MembershipId("member-0"), 0, organization, name, code, kind, joined,
            Optional.<LocalDate>empty()));
    return Gen.listOf(one, min, max).map(list -> {
      List<Membership> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        Membership m = list.get(i);
        out.add(new Membership(new MembershipId("member-" + (i + 1)), 0, organization, m.name(), m.creditCode(), m.kind(),
            m.joinedOn(), m.leftOn()));
      }
      return List.copyOf(out);
    });
  }

  /**
   * One activity of {@code organization} with id {@code id}, held in {@code period}, serving any of the
   * 32 items, with participants drawn from {@code members} (distinct), outside units, either delivery
   * (brokered for Art.23(2), which is brokering itself),
   * open or — now and then — closed with or without a reason, and random outcomes.
   */
  public static Gen<ServiceActivity> activity(String id, OrganizationId organization, List<MembershipId> members, Period period) {
    int days = (int) ChronoUnit.DAYS.between(period.from(), period.to());
    Gen<List<MembershipId>> participants = members.isEmpty() ? Gen.constant(List.of())
        : Gen.listOf(Gen.integers(0, members.size() - 1), 0, Math.min(6, members.size()))
            .map(ix -> new TreeSet<>(ix).stream().map(members::get).toList());
    Gen<List<String>> outside = Gen.listOf(Gen.elements(OUTSIDE_UNITS), 0, 3).map(l -> List.copyOf(new TreeSet<>(l)));
    Gen<Optional<String>> closed = Gen.frequency(6, Gen.constant(Optional.<String>empty()),
        1, Gen.constant(Optional.of("")), 1, Gen.constant(Optional.of("场地容量有限，先向出资共建成员开放")));
    Gen<Object[]> who = Gen.combine(participants, outside, closed, (p, o, c) -> new Object[] {p, o, c});
    return Gen.combine(functionItems(), Gen.integers(0, days), Gen.enumValues(Delivery.class), who, (item, d, delivery, w) -> new Object[] {
        item, d, delivery, w}).flatMap(head -> outcomes().map(out -> {
          Object[] w = (Object[]) head[3];
          @SuppressWarnings("unchecked") List<MembershipId> p = (List<MembershipId>) w[0];
          @SuppressWarnings("unchecked") List<String> o = (List<String>) w[1];
          @SuppressWarnings("unchecked") Optional<String> c = (Optional<String>) w[2];
          boolean open = c.isEmpty();
          Optional<String> reason = c.filter(s -> !s.isEmpty());
          FunctionItem item = (FunctionItem) head[0];
          // Art.23(2) is brokering itself (对接服务)
          Delivery delivery = item.citation().equals(dev.clustergov.core.guideline.Citation.item(23, 2)) ? Delivery.BROKERED : (Delivery) head[2];
          return new ServiceActivity(new ActivityId(id), 0, organization, item, "服务活动：" + item.en(),
              period.from().plusDays((Integer) head[1]), delivery, p, o, open, reason, out);
        }));
  }

  /** Activities {@code activity-1} … of {@code organization} in {@code period}, as {@link #activity} makes them. */
  public static Gen<List<ServiceActivity>> activities(OrganizationId organization, List<MembershipId> members, Period period, int min, int max) {
    return Gen.integers(min, max).flatMap(n -> {
      Gen<List<ServiceActivity>> acc = Gen.constant(List.of());
      for (int i = 1; i <= n; i++) {
        String id = "activity-" + i;
        acc = Gen.combine(acc, activity(id, organization, members, period), (l, a) -> {
          List<ServiceActivity> more = new ArrayList<>(l);
          more.add(a);
          return List.copyOf(more);
        });
      }
      return acc;
    });
  }
}
