package dev.clustergov.core.application;

import java.time.LocalDate;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.PlatformId;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.application.internal.Context;
import dev.clustergov.core.application.operation.AdmitMember;
import dev.clustergov.core.application.operation.ChangePlatformOpenness;
import dev.clustergov.core.application.operation.RecordMemberLeaving;
import dev.clustergov.core.application.operation.RecordServiceActivity;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.operation.Coverage;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.Platform;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.rules.Finding;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The use cases of Chapter 4 (Art.17–24): member units, platforms, service activities and coverage. */
class OperationTest {

  private final OperationDesk desk = new OperationDesk();
  private final SuzhouRegistry registry = desk.registry;

  // ---- member units ------------------------------------------------------------------------------

  @Test
  void admits_a_member_unit_and_records_the_event() {
    var appended = registry.appendedBy(() -> desk.admit("苏州纳衡科技有限公司", OperationDesk.NAVI, null));

    Membership m = appended.value();
    assertThat(m.version()).isEqualTo(1);
    assertThat(m.joinedOn()).isEqualTo(desk.today());
    assertThat(m.activeOn(desk.today())).isTrue();
    assertThat(appended.events()).extracting(e -> e.event().type()).containsExactly("MemberAdmitted");
    assertThat(desk.gov().queries().memberships(desk.po.id()).get()).containsExactly(m);
  }

  @Test
  void refuses_a_unit_that_is_already_a_member_and_admits_it_again_after_it_left() {
    Membership first = desk.admitted("苏州纳衡科技有限公司", OperationDesk.NAVI);

    List<Finding> twice = registry.rejected(() -> desk.admit("苏州纳维科技（更名）", OperationDesk.NAVI, null));
    assertThat(SuzhouRegistry.cited(twice)).containsExactly("A17-member-once Art.17");

    desk.daysPass(10);
    SuzhouRegistry.accepted(desk.leave(first, null));
    assertThat(registry.rejected(() -> desk.admit("苏州纳衡科技有限公司", OperationDesk.NAVI, desk.today().minusDays(1).toString())))
        .as("rejoining while the first membership still ran").extracting(Finding::rule).containsExactly("A17-member-once");
    Membership again = SuzhouRegistry.accepted(desk.admit("苏州纳衡科技有限公司", OperationDesk.NAVI, null));
    assertThat(again.id()).isNotEqualTo(first.id());
    assertThat(desk.gov().ruleBook().guards()).extracting(g -> g.id()).contains("A17-member-once");
  }

  @Test
  void refuses_a_joining_day_before_the_po_was_proposed_or_after_today() {
    String before = desk.po.proposedOn().minusDays(1).toString();
    String tomorrow = desk.today().plusDays(1).toString();

    assertThat(SuzhouRegistry.ruleIds(registry.rejected(() -> desk.admit("苏州澄远理工学院", null, before)))).containsExactly("A17-operation-dates");
    assertThat(SuzhouRegistry.ruleIds(registry.rejected(() -> desk.admit("苏州澄远理工学院", null, tomorrow)))).containsExactly("A17-operation-dates");
  }

  @Test
  void reports_every_malformed_field_of_an_admission_at_once() {
    // text that is not of its type (a credit code, a kind, a day) is the REST adapter's to parse: RoutesContract
    List<String> bad = registry.malformed(() -> desk.gov().admitMember().handle(
        new AdmitMember.Command(desk.po.id(), " ", null, null, LocalDate.of(1900, 1, 1))));

    assertThat(bad).containsExactlyInAnyOrder("name:required", "kind:required", "joinedOn:date-range");
  }

  @Test
  void records_a_leaving_once_never_before_joining_and_not_for_another_pos_member() {
    Membership m = desk.admitted("苏州纳衡科技有限公司", OperationDesk.NAVI);
    desk.daysPass(30);

    assertThat(SuzhouRegistry.ruleIds(registry.rejected(() -> desk.leave(m, m.joinedOn().minusDays(1).toString()))))
        .containsExactly("A17-operation-dates");
    Membership left = SuzhouRegistry.accepted(desk.leave(m, null));
    assertThat(left.leftOn()).contains(desk.today());
    assertThat(left.activeOn(desk.today())).as("the leaving day is no longer a member day").isFalse();
    assertThat(SuzhouRegistry.ruleIds(registry.rejected(() -> desk.leave(left, null)))).containsExactly("A17-membership-ended");
    assertThat(registry.refused(() -> desk.leave(m, null))).as("stale version").isInstanceOf(Refusal.Conflict.class);

    var other = registry.proposed();
    assertThat(registry.refused(() -> desk.gov().recordMemberLeaving().handle(
        new RecordMemberLeaving.Command(other.id(), left.id(), OptionalLong.empty(), null)))).isInstanceOf(Refusal.NotFound.class);
  }

  @Test
  void a_dissolved_po_admits_no_member_and_records_no_activity() {
    SuzhouRegistry d = new SuzhouRegistry();
    var gone = d.dissolved();

    assertThat(SuzhouRegistry.ruleIds(d.rejected(() -> d.gov.admitMember().handle(
        new AdmitMember.Command(gone.id(), "苏州澄远理工学院", null, MemberKind.UNIVERSITY, null))))).containsExactly("A6-lifecycle");
    assertThat(SuzhouRegistry.ruleIds(d.rejected(() -> d.gov.recordServiceActivity().handle(
        new RecordServiceActivity.Command(gone.id(), OperationDesk.item("Art.18(1)"), "形势研判会", null, Delivery.DIRECT, List.of(), List.of(), true, null, null)))))
        .containsExactly("A6-lifecycle");
  }

  // ---- platforms ----------------------------------------------------------------------------------

  @Test
  void registers_a_restricted_platform_without_reason_and_the_compliance_report_flags_it_until_a_reason_is_given() {
    Platform p = SuzhouRegistry.accepted(desk.register(false, null));

    var report = desk.gov().queries().compliance(desk.po.id()).get();
    assertThat(report.findings()).extracting(Finding::rule).contains("A17-open-platforms");
    assertThat(report.blockingFindings()).extracting(Finding::rule).doesNotContain("A17-open-platforms");

    Platform reasoned = SuzhouRegistry.accepted(desk.gov().changePlatformOpenness().handle(new ChangePlatformOpenness.Command(
        desk.po.id(), p.id(), OptionalLong.of(p.version()), false, "设备产能有限，先向出资共建成员开放")));
    assertThat(reasoned.version()).isEqualTo(2);
    assertThat(desk.gov().queries().compliance(desk.po.id()).get().findings()).extracting(Finding::rule).doesNotContain("A17-open-platforms");
    assertThat(desk.gov().queries().platforms(desk.po.id()).get()).containsExactly(reasoned);
  }

  @Test
  void a_reason_for_an_open_platform_is_malformed_and_an_unknown_platform_is_not_found() {
    assertThat(registry.malformed(() -> desk.register(true, "无需理由"))).containsExactly("restrictionReason:open-needs-no-reason");
    assertThat(registry.refused(() -> desk.gov().changePlatformOpenness().handle(new ChangePlatformOpenness.Command(
        desk.po.id(), new PlatformId("platform-999"), OptionalLong.empty(), true, null)))).isInstanceOf(Refusal.NotFound.class);
  }

  // ---- service activities -------------------------------------------------------------------------

  @Test
  void records_an_activity_with_its_item_in_either_spelling_participants_and_exact_outcomes() {
    Membership a = desk.admitted("苏州纳衡科技有限公司", OperationDesk.NAVI);
    Membership b = desk.admitted("苏州某纳米材料有限公司", OperationDesk.NANO);
    desk.daysPass(20);

    var appended = registry.appendedBy(() -> desk.record("第二十三条第（二）项", null, List.of(a.id().value(), b.id().value()), true, null,
        OperationDesk.outcomes("12000000.00", "0", "350000.5", Map.of(TalentLevel.LEADING, 1, TalentLevel.GENERAL, 12))));
    ServiceActivity s = appended.value();

    assertThat(s.item().citation().format()).isEqualTo("Art.23(2)");
    assertThat(s.memberParticipants()).containsExactly(a.id(), b.id());
    assertThat(s.outcomes().supplyContracts().toString()).isEqualTo("350000.50");
    assertThat(s.outcomes().talentCount(TalentLevel.LEADING)).isEqualTo(1);
    assertThat(appended.events()).extracting(e -> e.event().type()).containsExactly("ServiceActivityRecorded");
    assertThat(desk.gov().queries().activities(desk.po.id(), desk.sinceProposal()).get()).containsExactly(s);
  }

  @Test
  void refuses_an_activity_listing_every_participant_who_was_not_a_member_of_this_po_on_the_day() {
    Membership stays = desk.admitted("苏州纳衡科技有限公司", OperationDesk.NAVI);
    Membership leaves = desk.admitted("苏州某纳米材料有限公司", OperationDesk.NANO);
    desk.daysPass(10);
    SuzhouRegistry.accepted(desk.leave(leaves, null));
    var otherPo = registry.proposed();
    Membership foreign = SuzhouRegistry.accepted(desk.gov().admitMember().handle(
        new AdmitMember.Command(otherPo.id(), "苏州澄远理工学院", null, MemberKind.UNIVERSITY, null)));
    desk.daysPass(5);

    List<Finding> findings = registry.rejected(() -> desk.record("Art.19(1)", null,
        List.of(stays.id().value(), leaves.id().value(), "member-999999", foreign.id().value()), true, null, null));

    assertThat(SuzhouRegistry.cited(findings)).containsExactly("A17-participants-members Art.17");
    String evidence = findings.get(0).evidence().toString();
    assertThat(evidence).contains(leaves.id().value()).contains("member-999999").contains(foreign.id().value())
        .doesNotContain(stays.id().value());
    // on a day before it left, the member who left was a member
    SuzhouRegistry.accepted(desk.record("Art.19(1)", desk.today().minusDays(12).toString(), List.of(stays.id().value(), leaves.id().value()),
        true, null, null));
  }

  @Test
  void reports_every_malformed_part_of_an_activity_at_once() {
    // text that is not of its type (an item, a day, a delivery, an amount) is the REST adapter's to parse: RoutesContract
    var member = new MembershipId("member-1");
    var talents = new java.util.HashMap<TalentLevel, Integer>();
    talents.put(null, 1); // a level that did not parse at the edge
    talents.put(TalentLevel.GENERAL, 0);
    List<String> bad = registry.malformed(() -> desk.gov().recordServiceActivity().handle(new RecordServiceActivity.Command(
        desk.po.id(), null, " ", LocalDate.of(2201, 1, 1), null, java.util.Arrays.asList(member, member, null), List.of(""), true, "没有理由",
        OperationDesk.outcomes(null, null, null, talents))));

    assertThat(bad).containsExactlyInAnyOrder("item:required", "title:required", "heldOn:date-range",
        "delivery:required", "memberParticipants[2]:required", "memberParticipants:duplicate", "outsideParticipants[0]:required", "closedReason:open-needs-no-reason",
        "outcomes.talents:required", "outcomes.talents.GENERAL:count");
  }

  /** Decision 0629: an activity's title is named 活动名称 in its problem, never the general 标题. */
  @Test
  void an_activity_s_title_is_named_as_the_activity_s_name_in_its_problem() {
    for (String title : List.of(" ", "名".repeat(501))) {
      Refusal r = registry.refused(() -> desk.gov().recordServiceActivity().handle(new RecordServiceActivity.Command(
          desk.po.id(), dev.clustergov.core.guideline.FunctionItem.parse("Art.21(3)").get(), title, null,
          dev.clustergov.core.operation.Delivery.DIRECT, List.of(), List.of(), true, null, null)));
      var v = ((Refusal.Malformed) r).violations().get(0);
      assertThat(v.field()).isEqualTo("title");
      assertThat(v.zh()).startsWith("“活动名称”").doesNotContain("标题").doesNotContain("该项");
      assertThat(v.en()).startsWith("the activity's title ");
      assertThat(dev.clustergov.core.testkit.ChineseTerms.problems(v.zh())).isEmpty();
    }
  }

  @Test
  void an_art23_2_service_is_brokering_itself_and_items_1_and_3_take_either_delivery() {
    assertThat(SuzhouRegistry.cited(registry.rejected(() -> desk.gov().recordServiceActivity().handle(new RecordServiceActivity.Command(
        desk.po.id(), OperationDesk.item("Art.23(2)"), "投融资服务", null, Delivery.DIRECT, List.of(), List.of(), true, null, null)))))
        .containsExactly("A23.2-brokered Art.23(2)");
    for (String item : List.of("Art.23(1)", "Art.23(3)")) {
      for (Delivery delivery : Delivery.values()) {
        SuzhouRegistry.accepted(desk.gov().recordServiceActivity().handle(new RecordServiceActivity.Command(desk.po.id(), OperationDesk.item(item), "服务",
            null, delivery, List.of(), List.of(), true, null, null)));
      }
    }
  }

  @Test
  void refuses_an_activity_dated_before_the_proposal_or_in_the_future() {
    assertThat(SuzhouRegistry.ruleIds(registry.rejected(() -> desk.record("Art.18(1)", desk.today().plusDays(1).toString(), List.of(), true,
        null, null)))).containsExactly("A17-operation-dates");
    assertThat(SuzhouRegistry.ruleIds(registry.rejected(() -> desk.record("Art.18(1)", desk.po.proposedOn().minusDays(1).toString(),
        List.of(), true, null, null)))).containsExactly("A17-operation-dates");
  }

  @Test
  void an_activity_closed_without_reason_is_recorded_and_reported_as_an_art17_advisory() {
    SuzhouRegistry.accepted(desk.record("Art.23(3)", null, List.of(), false, null, null));

    var report = desk.gov().queries().compliance(desk.po.id()).get();
    assertThat(report.findings()).extracting(Finding::rule).contains("A17-non-exclusive-activities");
    assertThat(report.blockingFindings()).extracting(Finding::rule).doesNotContain("A17-non-exclusive-activities");
  }

  // ---- coverage -----------------------------------------------------------------------------------

  @Test
  void coverage_counts_activities_members_outside_units_delivery_and_outcomes_per_item_and_shows_the_gaps() {
    Membership a = desk.admitted("苏州纳衡科技有限公司", OperationDesk.NAVI);
    Membership b = desk.admitted("苏州某纳米材料有限公司", OperationDesk.NANO);
    desk.daysPass(40);
    SuzhouRegistry.accepted(desk.record("Art.23(2)", null, List.of(a.id().value()), true, null,
        OperationDesk.outcomes("100.00", null, null, Map.of(TalentLevel.GENERAL, 2))));
    SuzhouRegistry.accepted(desk.record("Art.23(2)", null, List.of(a.id().value(), b.id().value()), true, null,
        OperationDesk.outcomes("0.50", "7", null, Map.of(TalentLevel.GENERAL, 1, TalentLevel.LEADING, 1))));
    SuzhouRegistry.accepted(desk.record("Art.21(3)", desk.today().minusDays(5).toString(), List.of(), true, null, null));

    Coverage c = desk.gov().queries().coverage(desk.po.id(), desk.sinceProposal()).get();

    var item = c.items().stream().filter(i -> i.item().citation().format().equals("Art.23(2)")).findFirst().orElseThrow();
    assertThat(item.tally().activities()).isEqualTo(2);
    assertThat(item.tally().participatingMembers()).as("distinct").isEqualTo(2);
    assertThat(item.tally().outsideUnitCount()).isEqualTo(1);
    assertThat(item.tally().brokered()).isEqualTo(2);
    assertThat(item.tally().outcomes().landedInvestment().toString()).isEqualTo("100.50");
    assertThat(item.tally().outcomes().technologyTransactions().toString()).isEqualTo("7.00");
    assertThat(item.tally().outcomes().talentCount()).isEqualTo(4);
    assertThat(c.activeFunctions()).isEqualTo(2);
    assertThat(c.coveredItems()).isEqualTo(2);
    assertThat(c.itemGaps()).hasSize(30);
    assertThat(c.functionGaps()).containsExactly(Function.GUIDE_STRATEGY, Function.PROMOTE_COMMUNICATION,
        Function.CONNECT_GOVERNMENT_ENTERPRISE, Function.OPENNESS_INTEGRATION, Function.SELF_DISCIPLINE);
    assertThat(c.total().activities()).isEqualTo(3);

    var lastWeek = new dev.clustergov.core.finance.Period(desk.today().minusDays(6), desk.today().minusDays(1));
    assertThat(desk.gov().queries().coverage(desk.po.id(), lastWeek).get().total().activities()).as("only Art.21(3)").isEqualTo(1);
  }

  @Test
  void the_dossier_carries_the_members_platforms_and_the_periods_activities() {
    Membership m = desk.admitted("苏州纳衡科技有限公司", OperationDesk.NAVI);
    Platform p = SuzhouRegistry.accepted(desk.register(true, null));
    desk.daysPass(400);
    SuzhouRegistry.accepted(desk.record("Art.18(1)", desk.po.proposedOn().plusDays(1).toString(), List.of(), true, null, null));
    ServiceActivity recent = SuzhouRegistry.accepted(desk.record("Art.18(2)", null, List.of(m.id().value()), true, null, null));

    var thisYear = new dev.clustergov.core.finance.Period(desk.today().minusDays(10), desk.today());
    var report = desk.gov().queries().assess(desk.po.id(), thisYear).get();
    assertThat(report).isNotNull();
    var context = new Context(registry.memory.ports(), dev.clustergov.core.rules.RuleBook.standard(), Actor.HOST);
    var dossier = context.dossiers().of(registry.stored(desk.po.id()), thisYear).get();
    assertThat(dossier.memberships()).containsExactly(m);
    assertThat(dossier.platforms()).containsExactly(p);
    assertThat(dossier.activities()).containsExactly(recent);
  }
}
