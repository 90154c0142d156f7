package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.testkit.contract.OperationSamples;
import dev.clustergov.core.testkit.gen.OperationGens;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The guards of Chapter 4's commands (运行, Art.17, 23(2)) hold their checks: over generated situations — dates a few
 * days either side of each other, so that equal days come up, rolls of members who joined and left, credit codes
 * from a small pool so that they meet — each guard gives a finding exactly when an oracle written from its clause
 * (plain day numbers, no call of the guard or of the domain's own date helpers) says the clause is broken, with the
 * evidence the commands have always reported. Each property also counts both sides, so that neither is vacuous.
 */
class OperationGuardProperties {

  static final LocalDate DAY = LocalDate.of(2025, 3, 3);
  static final OrganizationId PO = new OrganizationId("org-1");
  static final List<CreditCode> CODES = List.of(OperationSamples.creditCode("MA1MXXX01"), OperationSamples.creditCode("MA1MXXX02"),
      OperationSamples.creditCode("MA1MXXX03"));

  /** A day within {@code reach} days of {@link #DAY}. */
  static Gen<LocalDate> days(int reach) {
    return Gen.integers(-reach, reach).map(DAY::plusDays);
  }

  /** A member unit with id {@code member-n}: a credit code from the pool or none, joined near {@link #DAY}, and left or not. */
  static Gen<Membership> member(int n) {
    return Gen.combine(Gen.optional(Gen.elements(CODES.toArray(CreditCode[]::new))), days(4), Gen.optional(Gen.integers(0, 6)),
        (code, joined, stay) -> new Membership(new MembershipId("member-" + n), 0, PO, "成员" + n, code, MemberKind.ENTERPRISE, joined,
            stay.map(joined::plusDays)));
  }

  /** A roll of {@code member-1} … {@code member-k}, k in [min, max]. */
  static Gen<List<Membership>> roll(int min, int max) {
    return Gen.integers(min, max).flatMap(k -> {
      Gen<List<Membership>> acc = Gen.constant(List.of());
      for (int i = 1; i <= k; i++) {
        int n = i;
        acc = Gen.combine(acc, member(n), (l, m) -> {
          List<Membership> more = new ArrayList<>(l);
          more.add(m);
          return List.copyOf(more);
        });
      }
      return acc;
    });
  }

  static void agrees(Optional<Finding> actual, String id, boolean broken, List<Evidence> evidence, AtomicInteger brokenSeen,
      AtomicInteger keptSeen) {
    if (broken) {
      brokenSeen.incrementAndGet();
      assertThat(actual).as("a finding of " + id).isPresent();
      assertThat(actual.get().rule()).isEqualTo(id);
      assertThat(actual.get().blocking()).isTrue();
      assertThat(actual.get().evidence()).containsExactlyElementsOf(evidence);
    } else {
      keptSeen.incrementAndGet();
      assertThat(actual).as("no finding of " + id).isEmpty();
    }
  }

  static void bothSides(AtomicInteger broken, AtomicInteger kept) {
    assertThat(broken.get()).as("situations breaking the clause").isPositive();
    assertThat(kept.get()).as("situations keeping the clause").isPositive();
  }

  static Evidence ev(String name, Object text) {
    return new Evidence(name, String.valueOf(text));
  }

  static String listed(List<String> values) {
    return "[" + String.join(", ", values) + "]";
  }

  @Test
  void a_unit_is_refused_admission_exactly_when_a_membership_under_its_credit_code_has_not_ended_by_the_day_it_joins() {
    AtomicInteger broken = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    Property.forAll(Gen.optional(Gen.elements(CODES.toArray(CreditCode[]::new))), days(6), roll(0, 4))
        .named("A17-member-once both sides").check((code, joined, roll) -> {
          // Art.17: one current membership per unit; a membership that ends on or before the new joining day is over
          List<String> current = new ArrayList<>();
          if (code.isPresent()) {
            for (Membership m : roll) {
              boolean sameUnit = m.creditCode().isPresent() && m.creditCode().get().value().equals(code.get().value());
              boolean notEnded = m.leftOn().isEmpty() || m.leftOn().get().toEpochDay() > joined.toEpochDay();
              if (sameUnit && notEnded) {
                current.add(m.id().value());
              }
            }
          }
          agrees(OperationRules.MEMBER_ONCE.check(new OperationRules.Admission(code, joined, roll)), "A17-member-once", !current.isEmpty(),
              code.map(c -> List.of(ev("creditCode", c.value()), ev("currentMemberships", listed(current)))).orElse(List.of()),
              broken, kept);
        });
    bothSides(broken, kept);
  }

  @Test
  void a_member_is_refused_leaving_exactly_when_it_has_left_already() {
    AtomicInteger broken = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    Property.forAll(Gen.integers(1, 9).flatMap(OperationGuardProperties::member)).named("A17-membership-ended both sides").check(m -> {
      boolean left = m.leftOn().isPresent();
      agrees(OperationRules.MEMBERSHIP_ENDED.check(m), "A17-membership-ended", left,
          left ? List.of(ev("membership", m.id().value()), ev("leftOn", m.leftOn().get().toString())) : List.of(), broken, kept);
    });
    bothSides(broken, kept);
  }

  @Test
  void an_operation_record_is_misdated_exactly_when_it_lies_before_the_proposal_or_after_today() {
    AtomicInteger broken = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    Property.forAll(Gen.elements("joinedOn", "openedOn", "heldOn"), Gen.zip(days(3), days(3)), days(3))
        .named("A17-operation-dates (records) both sides").check((field, dayAndProposed, today) -> {
          LocalDate day = dayAndProposed._1;
          LocalDate proposed = dayAndProposed._2;
          boolean misdated = day.toEpochDay() > today.toEpochDay() || day.toEpochDay() < proposed.toEpochDay();
          agrees(OperationRules.OPERATION_DATES.check(new OperationRules.OperationDate.Recorded(field, day, proposed, today)),
              "A17-operation-dates", misdated,
              List.of(ev(field, day), ev("today", today), ev("organizationProposedOn", proposed)), broken, kept);
        });
    bothSides(broken, kept);
  }

  @Test
  void a_leaving_is_misdated_exactly_when_it_lies_before_the_joining_or_after_today() {
    AtomicInteger broken = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    Property.forAll(days(3), days(3), days(3)).named("A17-operation-dates (leaving) both sides").check((left, joined, today) -> {
      boolean misdated = left.toEpochDay() < joined.toEpochDay() || left.toEpochDay() > today.toEpochDay();
      agrees(OperationRules.OPERATION_DATES.check(new OperationRules.OperationDate.Leaving(left, joined, today)), "A17-operation-dates",
          misdated, List.of(ev("leftOn", left), ev("joinedOn", joined), ev("today", today)), broken, kept);
    });
    bothSides(broken, kept);
  }

  @Test
  void an_activity_is_refused_exactly_when_a_member_participant_was_not_a_member_on_its_day_naming_every_one() {
    AtomicInteger broken = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    Gen<List<MembershipId>> participants = Gen.listOf(Gen.integers(1, 6), 0, 4)
        .map(ns -> new TreeSet<>(ns).stream().map(n -> new MembershipId("member-" + n)).toList());
    Property.forAll(participants, days(5), roll(0, 4)).named("A17-participants-members both sides").check((who, held, roll) -> {
      // a member on the day: joined on or before it, and not left on or before it
      List<String> notMembers = new ArrayList<>();
      for (MembershipId id : who) {
        boolean member = false;
        for (Membership m : roll) {
          if (m.id().value().equals(id.value()) && m.joinedOn().toEpochDay() <= held.toEpochDay()
              && (m.leftOn().isEmpty() || held.toEpochDay() < m.leftOn().get().toEpochDay())) {
            member = true;
          }
        }
        if (!member) {
          notMembers.add(id.value());
        }
      }
      agrees(OperationRules.PARTICIPANTS_ARE_MEMBERS.check(new OperationRules.Participation(who, held, roll)), "A17-participants-members",
          !notMembers.isEmpty(), List.of(ev("notMembersOnTheDay", listed(notMembers)), ev("heldOn", held)), broken, kept);
    });
    bothSides(broken, kept);
  }

  @Test
  void an_activity_is_refused_exactly_when_it_serves_art_23_2_and_is_not_brokered() {
    AtomicInteger broken = new AtomicInteger();
    AtomicInteger kept = new AtomicInteger();
    FunctionItem brokering = FunctionItem.parse("Art.23(2)").get();
    Gen<FunctionItem> items = Gen.frequency(1, Gen.constant(brokering), 2, OperationGens.functionItems());
    Property.forAll(items, Gen.enumValues(Delivery.class)).named("A23.2-brokered both sides").check((item, delivery) -> {
      // 第二十三条第（二）项 is a brokered service (对接服务) by its own words
      boolean art23item2 = item.citation().format().equals("Art.23(2)");
      boolean misdelivered = art23item2 && delivery.name().equals("DIRECT");
      agrees(OperationRules.BROKERED_ITEM.check(new OperationRules.ServiceDelivery(item, delivery)), "A23.2-brokered", misdelivered,
          List.of(ev("item", "Art.23(2)"), ev("delivery", "DIRECT")), broken, kept);
    });
    bothSides(broken, kept);
  }
}
