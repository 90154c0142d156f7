package dev.clustergov.core.rules;

import static dev.clustergov.core.rules.Severity.ADVISORY;
import static dev.clustergov.core.rules.Severity.BLOCKING;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.kernel.Dates;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.policy.Parameters;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Chapter 4 (运行, Art.17–24): the rules over a PO's operation, and the guards of the commands that
 * record it. Art.17 states what operation is — non-exclusive public services members commonly need
 * and hard platforms — with no modal word, so its rules are advisory; Art.18–24 each say 要 (the PO
 * shall perform the function), so a recognised PO with no activity for a function within the policy's
 * lookback is a blocking finding.
 */
public final class OperationRules {

  private OperationRules() {}

  public static final Citation ART17 = Citation.article(17);

  /** 非排他性的公共服务: an activity closed to part of the members must say why. */
  public static final Rule NON_EXCLUSIVE_ACTIVITIES = Rule.define("A17-non-exclusive-activities", ART17, ADVISORY,
      "公共服务为集群成员共需的、非排他性的服务：只向部分成员单位开放的服务活动宜说明理由",
      "Public services are non-exclusive, for what members commonly need: an activity open to only some member units should state why",
      (d, p) -> {
        // found in the dossier's one pass over its activities (decision 0570); the ids, sorted, when the evidence is read
        List<ServiceActivity> closed = d.activityIndex().closedWithoutReason();
        return closed.isEmpty() ? Outcome.pass(Evidence.labelled("activities", EvidenceLabels.ACTIVITY_COUNT, d.activities().size()))
            : Outcome.fail(Evidence.lazily("closedWithoutReason", () -> closed.stream()
                .sorted(java.util.Comparator.comparing(a -> a.id().value()))
                .map(a -> Evidence.record(a.id().value(), a.title(), a.heldOn())).toList()));
      });

  /** 统筹搭建……硬平台: a platform restricted to part of the members must say why. */
  public static final Rule OPEN_PLATFORMS = Rule.define("A17-open-platforms", ART17, ADVISORY,
      "创新中心、中试基地、共享制造中心等硬平台为集群成员共享：限制部分成员单位使用的宜说明理由",
      "Hard platforms serve the cluster's member units in common: a platform whose use is restricted for some member units should state why",
      (d, p) -> {
        List<Evidence.Said> restricted = d.platforms().stream()
            .filter(x -> !x.openToAllMembers() && x.restrictionReason().filter(r -> !r.isBlank()).isEmpty())
            .sorted(java.util.Comparator.comparing(x -> x.id().value()))
            .map(x -> Evidence.record(x.id().value(), x.name(), x.openedOn())).toList();
        return restricted.isEmpty() ? Outcome.pass(Evidence.of("platforms", d.platforms().size()))
            : Outcome.fail(Evidence.of("restrictedWithoutReason", restricted));
      });

  public static final Rule STRATEGY_GUIDED = performed(Function.GUIDE_STRATEGY, "精准引导集群战略方向", "guide the cluster's strategic direction");
  public static final Rule COMMUNICATION_PROMOTED = performed(Function.PROMOTE_COMMUNICATION, "大力促进集群沟通交流", "promote communication in the cluster");
  public static final Rule GOVERNMENT_CONNECTED = performed(Function.CONNECT_GOVERNMENT_ENTERPRISE, "积极促进集群政企对接", "connect government and enterprises");
  public static final Rule INNOVATION_PROMOTED = performed(Function.COLLABORATIVE_INNOVATION, "积极推动促进集群协同创新", "promote collaborative innovation");
  public static final Rule OPENNESS_PROMOTED = performed(Function.OPENNESS_INTEGRATION, "充分促进集群开放融合", "promote the cluster's openness and integration");
  public static final Rule SERVICE_BASE_PROVIDED = performed(Function.SERVICE_BASE, "注重提供集群服务阵地", "provide a service base for the cluster");
  public static final Rule SELF_DISCIPLINE_PROMOTED = performed(Function.SELF_DISCIPLINE, "积极促进集群自律规范", "promote the cluster's self-discipline");

  /** The seven function rules, Art.18 to Art.24. */
  public static final List<Rule> FUNCTIONS = List.of(STRATEGY_GUIDED, COMMUNICATION_PROMOTED, GOVERNMENT_CONNECTED,
      INNOVATION_PROMOTED, OPENNESS_PROMOTED, SERVICE_BASE_PROVIDED, SELF_DISCIPLINE_PROMOTED);

  public static final List<Rule> ALL = concat(List.of(NON_EXCLUSIVE_ACTIVITIES, OPEN_PLATFORMS), FUNCTIONS);

  /** The rule id of a function's rule, e.g. {@code A21-function-performed}. */
  public static String functionRuleId(Function f) {
    return "A" + f.citation().article() + "-function-performed";
  }

  /**
   * Art.18–24: 集群发展促进组织要…… — a recognised PO performs every function. Fails when no activity of
   * the dossier served any item of {@code f} in the lookback window: the policy's months up to the
   * dossier's end (today, or the period's last day if earlier). Not applicable before the PO has been
   * recognised that long, nor when the dossier's period does not reach back over the whole window.
   */
  private static Rule performed(Function f, String zh, String en) {
    return new Rule(functionRuleId(f), List.of(f.citation()), BLOCKING,
        java.util.EnumSet.of(LifecycleStage.RECOGNISED, LifecycleStage.SUSPENDED),
        Text.of("集群发展促进组织要" + zh + "：已认定的集群发展促进组织在政策规定的期间内须就本职能至少一个事项开展过服务活动",
            "The PO shall " + en + ": a recognised PO must have held a service activity on at least one item of this function within the policy's period"),
        (d, p, date) -> {
          int months = p.get(Parameters.OPERATION_FUNCTION_LOOKBACK_MONTHS);
          LocalDate end = d.period().to().isBefore(date) ? d.period().to() : date;
          LocalDate start = end.minusMonths(months);
          // a PO never recognised is said to be so, not "recognised less than N months ago" (review stop 26, item 5)
          Optional<LocalDate> recognised = d.organization().recognisedOn();
          if (recognised.isEmpty() || recognised.get().isAfter(end)) {
            return Outcome.notApplicable("截至" + Dates.zh(end) + "尚未认定，" + f.citation().formatChinese() + "的职能要求适用于已认定的集群发展促进组织",
                "not yet recognised on " + Dates.en(end) + "; the function of " + f.citation().format() + " is required of a recognised PO");
          }
          if (recognised.get().isAfter(start)) {
            // the recognition report checks a PO as recognition would leave it, recognised on the day of the check: a
            // recognition on that day is said as a condition, never as a fact that has not happened (review stop 27 item 17)
            return recognisedTooRecently(recognised.get(), end, months);
          }
          if (d.period().from().isAfter(start)) {
            return Outcome.notApplicable("核查期间的起始日晚于" + Dates.zh(start) + "，即" + months + "个月计量期间的起始日",
                "the dossier's period starts after " + Dates.en(start) + ", the start of the " + months + "-month window");
          }
          // the function's activities, by day, from the dossier's index (made once for the seven rules); the window is a slice
          List<ServiceActivity> ofFunction = d.activityIndex().byFunction().getOrDefault(f, List.of());
          int from = firstOnOrAfter(ofFunction, start);
          int to = firstOnOrAfter(ofFunction, end.plusDays(1));
          Evidence window = Evidence.lazily("window", () -> start + ".." + end);
          return from == to
              ? Outcome.fail(Evidence.of("function", f), window,
                  Evidence.lazily("items", () -> f.items().map(FunctionItem::citation).map(Citation::format).toJavaList()))
              : Outcome.pass(Evidence.of("function", f), window, Evidence.lazily("activities",
                  () -> ofFunction.subList(from, to).stream().sorted(java.util.Comparator.comparing(a -> a.id().toString()))
                      .map(a -> Evidence.record(a.id().toString(), a.title(), a.heldOn())).toList()));
        });
  }

  /** The index of the first of {@code byDay} (ordered by day) held on or after {@code day}; its size if none. */
  private static int firstOnOrAfter(List<ServiceActivity> byDay, LocalDate day) {
    int lo = 0;
    int hi = byDay.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (byDay.get(mid).heldOn().isBefore(day)) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  // ---- guards of the commands ------------------------------------------------------------------

  /**
   * Art.17: a unit, known by its credit code, is a current member of a PO once — a unit admitted on a day has no
   * membership of the PO that has not ended by that day (memberships of one unit never overlap). A unit with no
   * credit code is not matched.
   */
  public static final Guard<Admission> MEMBER_ONCE = new Guard<>("A17-member-once", List.of(ART17),
      Text.of("同一单位（以统一社会信用代码区分）在一个集群发展促进组织中只能有一个有效的成员资格", "A unit (told apart by its unified social credit code) holds one current membership of a PO at most"),
      a -> a.creditCode().flatMap(cc -> {
        List<Evidence.Said> current = a.roll().stream()
            .filter(m -> m.creditCode().equals(Optional.of(cc)) && m.leftOn().map(l -> l.isAfter(a.joinedOn())).orElse(true))
            .map(m -> Evidence.record(m.id().value(), m.name(), m.joinedOn())).toList();
        return current.isEmpty() ? Optional.empty()
            : Optional.of(List.of(Evidence.of("creditCode", cc.value()), Evidence.of("currentMemberships", current)));
      }));

  /** A unit admitted on {@code joinedOn}, with its credit code if it has one, and the PO's member units on record. */
  public record Admission(Optional<CreditCode> creditCode, LocalDate joinedOn, List<Membership> roll) {
    public Admission {
      Objects.requireNonNull(creditCode, "creditCode");
      Objects.requireNonNull(joinedOn, "joinedOn");
      roll = List.copyOf(roll);
    }
  }

  /** Art.17: a membership that has ended does not end again (the membership is the situation). */
  public static final Guard<Membership> MEMBERSHIP_ENDED = Guard.of("A17-membership-ended", List.of(ART17),
      Text.of("已退出的成员单位不能再次退出；重新加入的，须作为新加入录入", "A member unit that has left cannot leave again; one that rejoins is entered as a new admission"),
      m -> m.leftOn().isPresent(),
      m -> List.of(Evidence.of("membership", Evidence.record(m.id().value(), m.name(), m.joinedOn())), Evidence.of("leftOn", m.leftOn().get())));

  /** Art.17: the records of a PO's operation are dated, between the PO's proposal and today; a member leaves on or after joining. */
  public static final Guard<OperationDate> OPERATION_DATES = new Guard<>("A17-operation-dates", List.of(ART17),
      Text.of("运行记录须注明日期：不早于集群发展促进组织筹建之日，不晚于当天；退出不早于加入",
          "Operation records are dated: not before the PO was proposed, not after today; leaving not before joining"),
      OperationRules::misdated);

  private static Optional<List<Evidence>> misdated(OperationDate d) {
    if (d instanceof OperationDate.Leaving l) {
      return l.leftOn().isBefore(l.joinedOn()) || l.leftOn().isAfter(l.today())
          ? Optional.of(List.of(Evidence.of("leftOn", l.leftOn()), Evidence.of("joinedOn", l.joinedOn()), Evidence.of("today", l.today())))
          : Optional.empty();
    }
    OperationDate.Recorded r = (OperationDate.Recorded) d;
    return r.day().isAfter(r.today()) || r.day().isBefore(r.proposedOn())
        ? Optional.of(List.of(Evidence.of(r.field(), r.day()), Evidence.of("today", r.today()),
            Evidence.of("organizationProposedOn", r.proposedOn())))
        : Optional.empty();
  }

  /** The day of an operation record. */
  public sealed interface OperationDate {

    /** A record of the PO's operation (a member admitted, a platform opened, an activity held) on {@code day}, given as {@code field}. */
    record Recorded(String field, LocalDate day, LocalDate proposedOn, LocalDate today) implements OperationDate {}

    /** A member leaving on {@code leftOn}, having joined on {@code joinedOn}. */
    record Leaving(LocalDate leftOn, LocalDate joinedOn, LocalDate today) implements OperationDate {}
  }

  /**
   * Art.17: the member participants of an activity are member units of the PO on the day it was held; every one
   * that was not is named.
   */
  public static final Guard<Participation> PARTICIPANTS_ARE_MEMBERS = new Guard<>("A17-participants-members", List.of(ART17),
      Text.of("服务活动的成员参与方须是集群发展促进组织在活动当天的成员单位；其他单位记为非成员参与单位",
          "A member participant of an activity must be a member unit of this PO on the day it was held; other units are recorded as non-member participants"),
      p -> {
        // each by the unit's name where the roll has it (a former member), by its id only when it is not on the roll
        List<Object> notMembers = p.participants().stream()
            .filter(id -> p.roll().stream().noneMatch(m -> m.id().equals(id) && m.activeOn(p.heldOn())))
            .map(id -> p.roll().stream().filter(m -> m.id().equals(id)).findFirst()
                .<Object>map(m -> Evidence.record(id.value(), m.name())).orElse(id.value())).toList();
        return notMembers.isEmpty() ? Optional.empty()
            : Optional.of(List.of(Evidence.of("notMembersOnTheDay", notMembers), Evidence.of("heldOn", p.heldOn())));
      });

  /** The member participants of an activity held on {@code heldOn}, and the PO's member units on record. */
  public record Participation(List<MembershipId> participants, LocalDate heldOn, List<Membership> roll) {
    public Participation {
      participants = List.copyOf(participants);
      Objects.requireNonNull(heldOn, "heldOn");
      roll = List.copyOf(roll);
    }
  }

  /**
   * Art.23(2): 为集群成员在投融资、协同创新、创业孵化、检验监测等方面提供对接服务 — the item is brokering
   * itself; items (1) and (3) say 服务或对接服务 and take either delivery.
   */
  public static final Guard<ServiceDelivery> BROKERED_ITEM = Guard.of("A23.2-brokered", List.of(Citation.item(23, 2)),
      Text.of("第二十三条第（二）项的服务是对接服务：投融资、协同创新、创业孵化、检验监测等服务须记为对接服务",
          "Art.23(2) is a brokered service: financing, collaborative innovation, incubation, testing and similar services are recorded as brokered"),
      s -> s.item().citation().equals(Citation.item(23, 2)) && s.delivery() != Delivery.BROKERED,
      s -> List.of(Evidence.of("item", s.item().citation().format()), Evidence.of("delivery", s.delivery())));

  /** The function item an activity served and how it was delivered. */
  public record ServiceDelivery(FunctionItem item, Delivery delivery) {}

  public static final List<Guard<?>> GUARDS = List.of(MEMBER_ONCE, MEMBERSHIP_ENDED, OPERATION_DATES, PARTICIPANTS_ARE_MEMBERS, BROKERED_ITEM);

  private static List<Rule> concat(List<Rule> a, List<Rule> b) {
    List<Rule> all = new ArrayList<>(a);
    all.addAll(b);
    return List.copyOf(all);
  }

  /**
   * Why a rule that applies once a PO has been recognised for {@code months} does not apply yet on {@code end}: the one
   * wording of the function rules (Art.18 to Art.24) and of A24.1 (decision 0617), so the recognition report and compliance
   * say the same. A recognition on the day of the check is said as a condition, never as a fact that has not happened
   * (review stop 27 item 17).
   */
  static Outcome recognisedTooRecently(LocalDate recognised, LocalDate end, int months) {
    return recognised.equals(end)
        ? Outcome.notApplicable("如于" + Dates.zh(end) + "认定，认定未满" + months + "个月的，不适用本条",
            "if recognised on " + Dates.en(end) + ", it has been recognised for less than " + months
                + " months, and this clause does not apply")
        : Outcome.notApplicable("于" + Dates.zh(recognised) + "认定，截至" + Dates.zh(end) + "认定未满" + months + "个月",
            "recognised on " + Dates.en(recognised) + ", less than " + months + " months before " + Dates.en(end));
  }
}
