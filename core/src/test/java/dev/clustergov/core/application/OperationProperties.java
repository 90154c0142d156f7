package dev.clustergov.core.application;

import java.time.LocalDate;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.application.operation.RecordServiceActivity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.operation.Coverage;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.testkit.gen.OperationGens;
import dev.clustergov.core.testkit.property.Actions;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.organization.CreditCode;

/**
 * Properties of Chapter 4's records: coverage does not depend on the order activities were recorded
 * in, and a refused activity changes nothing, event log included.
 */
class OperationProperties {

  private static final int MEMBERS = 4;

  /** A desk whose PO has {@code MEMBERS} members since its proposal and a year of history. */
  private static OperationDesk deskWithMembers() {
    OperationDesk desk = new OperationDesk();
    for (int i = 0; i < MEMBERS; i++) {
      desk.admitted("成员单位" + i, null);
    }
    desk.daysPass(365);
    return desk;
  }

  private static List<MembershipId> members(OperationDesk desk) {
    return desk.gov().queries().memberships(desk.po.id()).get().stream().map(Membership::id).toList();
  }

  private static Gen<List<ServiceActivity>> activities() {
    OperationDesk template = deskWithMembers();
    return OperationGens.activities(template.po.id(), members(template), template.sinceProposal(), 0, 10);
  }

  @Test
  void recording_the_same_activities_in_any_order_gives_the_same_coverage() {
    Property.forAll(activities(), Gen.longs()).tries(40).check((list, seed) -> {
      List<ServiceActivity> shuffled = new ArrayList<>(list);
      Collections.shuffle(shuffled, new Random(seed));
      OperationDesk one = deskWithMembers();
      OperationDesk two = deskWithMembers();
      list.forEach(a -> SuzhouRegistry.accepted(one.gov().recordServiceActivity().handle(one.commandFor(a))));
      shuffled.forEach(a -> SuzhouRegistry.accepted(two.gov().recordServiceActivity().handle(two.commandFor(a))));
      Period period = one.sinceProposal();

      Coverage first = one.gov().queries().coverage(one.po.id(), period).get();
      Coverage second = two.gov().queries().coverage(two.po.id(), period).get();

      assertThat(second).isEqualTo(first);
      assertThat(first.total().activities()).isEqualTo(list.size());
      assertThat(Coverage.of(one.po.id(), period, list)).as("the pure value agrees with what was stored").isEqualTo(first);
    });
  }

  @Test
  void coverage_is_a_function_of_the_set_of_activities_and_its_totals_add_up() {
    Property.forAll(activities(), Gen.longs()).tries(300).check((list, seed) -> {
      if (list.isEmpty()) {
        return;
      }
      var po = list.get(0).organization();
      Period p = new Period(list.stream().map(ServiceActivity::heldOn).min(java.util.Comparator.naturalOrder()).get(),
          list.stream().map(ServiceActivity::heldOn).max(java.util.Comparator.naturalOrder()).get());
      List<ServiceActivity> shuffled = new ArrayList<>(list);
      Collections.shuffle(shuffled, new Random(seed));
      Coverage c = Coverage.of(po, p, list);

      assertThat(Coverage.of(po, p, shuffled)).isEqualTo(c);
      assertThat(c.items().stream().mapToInt(i -> i.tally().activities()).sum()).isEqualTo(list.size());
      assertThat(c.activeFunctions()).isEqualTo(7 - c.functionGaps().size());
      assertThat(c.coveredItems()).isEqualTo(32 - c.itemGaps().size());
      BigDecimal landed = list.stream().map(a -> a.outcomes().landedInvestment().yuan()).reduce(BigDecimal.ZERO, BigDecimal::add);
      assertThat(c.total().outcomes().landedInvestment().yuan()).isEqualByComparingTo(landed);
      assertThat(c.total().direct() + c.total().brokered()).isEqualTo(list.size());
    });
  }

  /** What is wrong with a command, if anything. */
  enum Fault { NONE, NOT_A_MEMBER, FUTURE, BAD_TALENT_COUNT, NOT_AN_ITEM, BEFORE_PROPOSAL }

  @Test
  void an_activity_is_refused_exactly_when_something_is_wrong_and_a_refusal_changes_nothing() {
    OperationDesk desk = deskWithMembers();
    Gen<ServiceActivity> one = OperationGens.activity("activity-x", desk.po.id(), members(desk), desk.sinceProposal());
    Property.forAll(one, Gen.enumValues(Fault.class)).tries(200).check((a, fault) -> {
      var c = desk.commandFor(a);
      var broken = switch (fault) {
        case NONE -> c;
        case NOT_A_MEMBER -> withMembers(c, List.of(new MembershipId("member-999999")));
        case FUTURE -> withDay(c, desk.today().plusDays(1));
        case BEFORE_PROPOSAL -> withDay(c, desk.po.proposedOn().minusDays(1));
        case BAD_TALENT_COUNT -> new RecordServiceActivity.Command(c.organization(), c.item(), c.title(), c.heldOn(), c.delivery(),
            c.memberParticipants(), c.outsideParticipants(), c.openToAllMembers(), c.closedReason(),
            new RecordServiceActivity.OutcomesInput(null, null, null, Map.of(TalentLevel.GENERAL, -1)));
        case NOT_AN_ITEM -> new RecordServiceActivity.Command(c.organization(), null, c.title(), c.heldOn(), c.delivery(),
            c.memberParticipants(), c.outsideParticipants(), c.openToAllMembers(), c.closedReason(), c.outcomes());
      };
      var before = desk.registry.memory.snapshot();
      long events = desk.registry.memory.events().last();
      var result = desk.gov().recordServiceActivity().handle(broken);
      assertThat(result.isRight()).as("%s: %s", fault, result).isEqualTo(fault == Fault.NONE);
      if (result.isLeft()) {
        assertThat(desk.registry.memory.snapshot()).as("a refusal changes nothing").isEqualTo(before);
      } else {
        assertThat(desk.registry.memory.events().last()).isEqualTo(events + 1);
        assertThat(desk.registry.memory.activities().find(result.get().id())).contains(result.get());
      }
    });
  }

  private static RecordServiceActivity.Command withMembers(RecordServiceActivity.Command c, List<MembershipId> members) {
    return new RecordServiceActivity.Command(c.organization(), c.item(), c.title(), c.heldOn(), c.delivery(), members,
        c.outsideParticipants(), c.openToAllMembers(), c.closedReason(), c.outcomes());
  }

  private static RecordServiceActivity.Command withDay(RecordServiceActivity.Command c, LocalDate day) {
    return new RecordServiceActivity.Command(c.organization(), c.item(), c.title(), day, c.delivery(), c.memberParticipants(),
        c.outsideParticipants(), c.openToAllMembers(), c.closedReason(), c.outcomes());
  }

  // ---- member units: admissions and leavings against a model ------------------------------------------

  /** What the roll should be: per membership id, its credit code, joining day and leaving day. */
  static final class Roll {
    final OperationDesk desk = new OperationDesk();
    final List<Membership> members = new ArrayList<>();

    @Override
    public String toString() {
      return "Roll" + members.stream().map(m -> m.creditCode().map(c -> c.value().substring(14)).orElse("-") + "@" + m.joinedOn()
          + m.leftOn().map(l -> ".." + l).orElse("")).toList();
    }
  }

  record Admission(int code, int daysBack) {}

  record Leaving(int which, int daysAfterJoining) {}

  private static final String[] CODES = {
      dev.clustergov.core.testkit.contract.OperationSamples.creditCode("MA1MXXX01").value(),
      dev.clustergov.core.testkit.contract.OperationSamples.creditCode("MA1MXXX02").value(), null};

  @Test
  void admissions_and_leavings_never_overlap_one_units_memberships_and_refusals_change_nothing() {
    Actions.forModel(Roll::new)
        .action("admit", r -> r.members.size() < 8, Gen.combine(Gen.integers(0, 2), Gen.integers(-2, 12), Admission::new), (r, a) -> {
          java.time.LocalDate today = r.desk.today();
          java.time.LocalDate on = today.minusDays(a.daysBack());
          String code = CODES[a.code()];
          boolean overlap = code != null && r.members.stream().anyMatch(m -> m.creditCode().map(c -> c.value().equals(code)).orElse(false)
              && m.leftOn().map(l -> l.isAfter(on)).orElse(true));
          boolean expected = !on.isAfter(today) && !on.isBefore(r.desk.po.proposedOn()) && !overlap;
          var result = run(r, () -> r.desk.admit("成员单位", code, on.toString()), expected);
          result.forEach(r.members::add);
          return r;
        })
        .action("leave", r -> !r.members.isEmpty(), Gen.combine(Gen.integers(0, 7), Gen.integers(-1, 15), Leaving::new), (r, l) -> {
          int index = l.which() % r.members.size();
          Membership m = r.members.get(index);
          java.time.LocalDate on = m.joinedOn().plusDays(l.daysAfterJoining());
          boolean expected = m.leftOn().isEmpty() && !on.isAfter(r.desk.today()) && !on.isBefore(m.joinedOn());
          var result = run(r, () -> r.desk.leave(m, on.toString()), expected);
          result.forEach(left -> r.members.set(index, left));
          return r;
        })
        .action("days pass", r -> true, Gen.integers(1, 5), (r, days) -> {
          r.desk.daysPass(days);
          return r;
        })
        .check(120, 25);
  }

  private static io.vavr.control.Either<Refusal, Membership> run(Roll r, java.util.function.Supplier<io.vavr.control.Either<Refusal, Membership>> command,
      boolean expected) {
    var before = r.desk.registry.memory.snapshot();
    var result = command.get();
    assertThat(result.isRight()).as("model expects %s, got %s", expected ? "acceptance" : "refusal", result).isEqualTo(expected);
    if (result.isLeft()) {
      assertThat(r.desk.registry.memory.snapshot()).as("a refusal changes nothing").isEqualTo(before);
    }
    // whatever happened, no unit is a member twice on any day
    List<Membership> stored = r.desk.gov().queries().memberships(r.desk.po.id()).get();
    for (Membership a : stored) {
      for (Membership b : stored) {
        if (a != b && a.creditCode().isPresent() && a.creditCode().equals(b.creditCode())) {
          boolean disjoint = a.leftOn().map(la -> !la.isAfter(b.joinedOn())).orElse(false)
              || b.leftOn().map(lb -> !lb.isAfter(a.joinedOn())).orElse(false);
          assertThat(disjoint).as("%s and %s overlap", a, b).isTrue();
        }
      }
    }
    return result;
  }
}
