package dev.clustergov.core.application.operation;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.internal.Inputs;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.operation.ActivityId;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.operation.TalentIntake;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.OperationRules;
import io.vavr.collection.Seq;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.OptionalLong;
import java.util.Set;

/**
 * Records a service activity of a PO (录入服务活动, Art.17–24): the function item it served
 * ({@code Art.21(3)} or {@code 第二十一条第（三）项}), its title, the day it was held (today when none is
 * given), whether the PO provided it or brokered it, its member participants (membership ids) and
 * outside units (集群外部单位), whether it was open to all member units (and why not), and its Art.29
 * outcomes, each exact and never negative. Refused when the PO is revoked or dissolved, when the day
 * lies before the PO was proposed or after today, when an Art.23(2) service (brokering itself) is
 * recorded as provided directly, and — listing every one of them — when a member participant was not
 * a member of this PO on that day.
 *
 * <p>Typed values (decision 0390): {@code heldOn} null for today, {@code openToAllMembers} null means open,
 * {@code outcomes} null means none; a {@code null} member participant is one that did not parse at the edge.
 */
public final class RecordServiceActivity {

  public static final List<Guard<?>> GUARDS = List.of(Guard.LIFECYCLE, OperationRules.OPERATION_DATES, OperationRules.BROKERED_ITEM,
      OperationRules.PARTICIPANTS_ARE_MEMBERS);

  public record Command(
      OrganizationId organization, FunctionItem item, String title, LocalDate heldOn, Delivery delivery, List<MembershipId> memberParticipants,
      List<String> outsideParticipants, Boolean openToAllMembers, String closedReason, OutcomesInput outcomes) {}

  /**
   * The Art.29 outcomes as given: amounts in yuan (null is zero), talent by level and number of people (a
   * {@code null} level is one that did not parse at the edge).
   */
  public record OutcomesInput(Money landedInvestment, Money technologyTransactions, Money supplyContracts, Map<TalentLevel, Integer> talents) {}

  private final Context context;

  public RecordServiceActivity(Context context) {
    this.context = context;
  }

  public Either<Refusal, ServiceActivity> handle(Command c) {
    // parsed, loaded, decided and written in one unit of work: no decision rests on a read outside it
    return context.write(() -> decide(c));
  }

  private Either<Refusal, ServiceActivity> decide(Command c) {
    LocalDate today = context.today();
    var item = Validations.seq(Validations.required("item", c.item()));
    // an activity's title is its 活动名称 (decision 0629), as the import template says: not the general 标题
    var title = Validations.seq(Validations.text("title", c.title(), 500).mapError(v -> v.named("活动名称", "the activity's title")));
    var held = Validations.dayOr("heldOn", c.heldOn(), today);
    var delivery = Validations.seq(Validations.required("delivery", c.delivery()));
    var members = memberIds(c.memberParticipants());
    var outside = outsideUnits(c.outsideParticipants());
    boolean open = c.openToAllMembers() == null || c.openToAllMembers();
    Validation<Seq<Violation>, Optional<String>> reason = open && c.closedReason() != null && !c.closedReason().isBlank()
        ? Validation.invalid(io.vavr.collection.List.of(Violation.of("closedReason", "open-needs-no-reason",
            "向全体成员单位开放的活动无须说明限制理由", "an activity open to all member units has no closed reason")))
        : Inputs.optionalText("closedReason", c.closedReason(), 1000);
    var outcomes = outcomes(c.outcomes());
    Seq<Violation> errors = Validations.errors(item, title, held, delivery, members, outside, reason, outcomes);
    if (!errors.isEmpty()) {
      return Either.left(Refusal.malformed(errors));
    }
    return context.acting().on("RecordServiceActivity", c.organization(), OptionalLong.empty()).flatMap(o -> {
      // the roll is read only when there are member participants to find on it
      List<Membership> roll = members.get().isEmpty() ? List.of() : context.ports().memberships().of(o.id());
      List<Finding> findings = Stream.of(
              Guard.LIFECYCLE.check(Guard.Move.acting("RecordServiceActivity", o)),
              OperationRules.OPERATION_DATES.check(new OperationRules.OperationDate.Recorded("heldOn", held.get(), o.proposedOn(), today)),
              OperationRules.BROKERED_ITEM.check(new OperationRules.ServiceDelivery(item.get(), delivery.get())),
              OperationRules.PARTICIPANTS_ARE_MEMBERS.check(new OperationRules.Participation(members.get(), held.get(), roll)))
          .flatMap(Optional::stream).toList();
      if (!findings.isEmpty()) {
        return Context.reject("RecordServiceActivity", findings);
      }
      ActivityId id = new ActivityId(context.ports().ids().next("activity"));
      ServiceActivity a = new ServiceActivity(id, 0, o.id(), item.get(), title.get(), held.get(), delivery.get(), members.get(),
          outside.get(), open, reason.get(), outcomes.get());
      return context.write(() -> {
        ServiceActivity saved = context.ports().activities().save(a);
        context.recorder().record(new OperationEvent.ServiceActivityRecorded(id, o.id(), saved.item(), saved.title(), saved.heldOn(),
            saved.delivery(), saved.memberParticipants(), saved.outsideParticipants(), saved.openToAllMembers(), saved.closedReason(),
            saved.outcomes()));
        return Either.right(saved);
      });
    });
  }

  private static Validation<Seq<Violation>, List<MembershipId>> memberIds(List<MembershipId> raw) {
    if (raw == null) {
      return Validation.valid(List.of());
    }
    if (raw.size() > 1000) {
      return Validation.invalid(io.vavr.collection.List.of(Violation.of("memberParticipants", "count",
          "成员参与方至多1000个", "memberParticipants has more than 1000 entries")));
    }
    // a missing element and a repeated one are reported together: every problem at once
    var each = Validations.each("memberParticipants", raw, Validation::<Seq<Violation>, MembershipId>valid);
    Set<MembershipId> seen = new HashSet<>();
    io.vavr.collection.List<Violation> dups = io.vavr.collection.List.empty();
    for (MembershipId id : raw) {
      if (id != null && !seen.add(id)) {
        dups = dups.append(Violation.of("memberParticipants", "duplicate", "成员参与方重复：" + id,
            "memberParticipants repeats " + id));
      }
    }
    Seq<Violation> errors = Validations.errors(each).appendAll(dups);
    return errors.isEmpty() ? Validation.valid(List.copyOf(raw)) : Validation.invalid(errors);
  }

  private static Validation<Seq<Violation>, List<String>> outsideUnits(List<String> raw) {
    if (raw == null || raw.isEmpty()) {
      return Validation.valid(List.of());
    }
    return Inputs.distinctTexts("outsideParticipants", raw, 1, 200);
  }

  private static Validation<Seq<Violation>, Outcomes> outcomes(OutcomesInput in) {
    if (in == null) {
      return Validation.valid(Outcomes.NONE);
    }
    var landed = money("outcomes.landedInvestment", in.landedInvestment());
    var tech = money("outcomes.technologyTransactions", in.technologyTransactions());
    var supply = money("outcomes.supplyContracts", in.supplyContracts());
    io.vavr.collection.List<Violation> bad = io.vavr.collection.List.empty();
    List<TalentIntake> talents = new ArrayList<>();
    if (in.talents() != null) {
      var ordered = in.talents().entrySet().stream()
          .sorted(Map.Entry.comparingByKey(java.util.Comparator.nullsFirst(java.util.Comparator.naturalOrder()))).toList();
      for (var e : ordered) {
        var level = Validations.seq(Validations.required("outcomes.talents", e.getKey()));
        if (level.isInvalid()) {
          bad = bad.appendAll(level.getError());
        } else if (e.getValue() == null || e.getValue() < 1 || e.getValue() > 1_000_000) {
          bad = bad.append(Violation.of("outcomes.talents." + e.getKey(), "count",
              "人才招引人数须为1至1000000", "the number of people attracted is 1 to 1000000"));
        } else {
          talents.add(new TalentIntake(level.get(), e.getValue()));
        }
      }
    }
    Seq<Violation> errors = Validations.errors(landed, tech, supply).appendAll(bad);
    if (!errors.isEmpty()) {
      return Validation.invalid(errors);
    }
    talents.sort(java.util.Comparator.comparing(TalentIntake::level));
    return Validation.valid(new Outcomes(landed.get(), tech.get(), supply.get(), talents));
  }

  private static Validation<Seq<Violation>, Money> money(String field, Money given) {
    return Validation.valid(given == null ? Money.ZERO : given);
  }
}
