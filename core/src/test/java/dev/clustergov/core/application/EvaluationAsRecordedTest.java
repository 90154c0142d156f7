package dev.clustergov.core.application;

import static dev.clustergov.core.application.SuzhouRegistry.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.establishment.AppointToBody;
import dev.clustergov.core.application.management.ReviseManagementSystem;
import dev.clustergov.core.application.operation.AdmitMember;
import dev.clustergov.core.application.operation.RecordMemberLeaving;
import dev.clustergov.core.application.operation.RecordServiceActivity;
import dev.clustergov.core.application.supervision.RecordEvaluation;
import dev.clustergov.core.application.supervision.RegisterEvaluator;
import dev.clustergov.core.application.supervision.VerifyEvaluation;
import dev.clustergov.core.application.supervision.VerifyEvaluation.Change;
import dev.clustergov.core.application.supervision.VerifyEvaluation.Difference;
import dev.clustergov.core.application.supervision.VerifyEvaluation.Late;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Verification (复核, Art.28) of an evaluation against the dossier as it was recorded at the evaluation's moment
 * (decision 0505): what was entered later — a suspension, a seat, a revised system, rows dated back — leaves an
 * untouched evaluation verified and is listed; a record changed outside the commands makes it fail, naming the part.
 */
class EvaluationAsRecordedTest {

  final SuzhouRegistry r = new SuzhouRegistry();

  PromotionOrganization o;
  Membership member;
  Evaluation ev;

  /** A recognised PO with one member unit, evaluated 400 days after it was founded; then three days pass. */
  void evaluated() {
    o = r.recognised();
    member = accepted(r.gov.admitMember().handle(new AdmitMember.Command(o.id(), "苏州甲材料有限公司", null, MemberKind.ENTERPRISE, null)));
    r.memory.clock().advance(Duration.ofDays(400));
    Evaluator e = accepted(r.gov.registerEvaluator().handle(new RegisterEvaluator.Command(
        r.authority.id(), "江苏产业评价研究院", CreditCode.parse(Fixtures.creditCode("91110000MA0EYAL01")).get(), null, null)));
    ev = accepted(r.engaging(e.id(), o.id()).recordEvaluation().handle(new RecordEvaluation.Command(e.id(), o.id(), null)));
    r.memory.clock().advance(Duration.ofDays(3));
  }

  VerifyEvaluation.Verification verify() {
    return accepted(r.gov.verifyEvaluation().handle(o.id(), ev.id()));
  }

  @Test
  void an_untouched_evaluation_is_verified_in_the_kept_form_and_keeps_the_log_s_moment() {
    evaluated();
    var check = verify();
    assertThat(check.form()).isEqualTo(VerifyEvaluation.Form.AS_RECORDED);
    assertThat(check.copyIntact()).isTrue();
    assertThat(check.recordedThrough()).isPositive().isLessThan(r.memory.events().last());
    assertThat(check.differences()).isEmpty();
    assertThat(check.changedAfter()).isEmpty();
    assertThat(check.backDated()).isEmpty();
    assertThat(check.hashMatches()).isTrue();
    assertThat(check.verified()).isTrue();
  }

  @Test
  void a_later_suspension_seat_and_revised_system_leave_it_verified_and_are_listed_as_changes_after_it() {
    evaluated();
    o = r.stored(o.id());
    o = accepted(r.gov.appointToBody().handle(new AppointToBody.Command(o.id(), OptionalLong.of(o.version()),
        new BodyId("council"), Fixtures.seat("p-wu", "吴刚", SeatRole.VICE_CHAIR))));
    o = accepted(r.gov.reviseManagementSystem().handle(new ReviseManagementSystem.Command(
        o.id(), OptionalLong.empty(), ManagementSystemKind.PERSONNEL, "人事管理制度（修订）", ev.evaluatedOn().plusDays(3))));
    o = r.suspend(r.stored(o.id()));

    var check = verify();

    // recomputed from today's record of the PO the hash differs; the kept dossier stands for it
    assertThat(check.hashMatches()).isFalse();
    assertThat(check.differences()).isEmpty();
    assertThat(check.changedAfter()).extracting(Late::part).contains("organization");
    Late organization = check.changedAfter().stream().filter(l -> l.part().equals("organization")).findFirst().orElseThrow();
    assertThat(organization.events()).extracting(VerifyEvaluation.Entered::type)
        .contains("SeatAppointed", "ManagementSystemRevised", "OrganizationSuspended");
    assertThat(organization.events()).allSatisfy(x -> assertThat(x.sequence()).isGreaterThan(check.recordedThrough()));
    assertThat(check.verified()).isTrue();
  }

  @Test
  void rows_dated_back_to_before_the_evaluation_but_entered_after_it_leave_it_verified_and_are_listed() {
    evaluated();
    var late = accepted(r.gov.admitMember().handle(new AdmitMember.Command(o.id(), "后补登记的成员", null, MemberKind.ENTERPRISE,
        ev.evaluatedOn().minusDays(200))));
    var activity = accepted(r.gov.recordServiceActivity().handle(new RecordServiceActivity.Command(o.id(),
        FunctionItem.parse("Art.19(1)").get(), "补录的成员单位交流会", ev.evaluatedOn().minusDays(10), Delivery.DIRECT,
        List.of(member.id()), List.of(), true, null, null)));

    var check = verify();

    assertThat(check.backDated()).extracting(l -> l.part() + " " + l.record())
        .containsExactlyInAnyOrder("membership " + late.id().value(), "activity " + activity.id().value());
    assertThat(check.backDated()).allSatisfy(l -> assertThat(l.events()).isNotEmpty()
        .allSatisfy(x -> assertThat(x.sequence()).isGreaterThan(check.recordedThrough())));
    assertThat(check.changedAfter()).isEmpty();
    assertThat(check.differences()).isEmpty();
    // recomputed from the records entered by the evaluation's moment: the back-dated ones are left out
    assertThat(check.hashMatches()).isTrue();
    assertThat(check.recomputed().totalPercent()).isEqualByComparingTo(ev.totalPercent());
    assertThat(check.verified()).isTrue();

    // a leaving of a member unit of that day, entered now but dated back: a change after it, the kept line stands
    accepted(r.gov.recordMemberLeaving().handle(new RecordMemberLeaving.Command(o.id(), member.id(),
        OptionalLong.of(member.version()), ev.evaluatedOn())));
    var after = verify();
    assertThat(after.changedAfter()).extracting(l -> l.part() + " " + l.record())
        .containsExactly("membership " + member.id().value());
    assertThat(after.changedAfter().get(0).events()).extracting(VerifyEvaluation.Entered::type).containsExactly("MemberLeft");
    assertThat(after.differences()).isEmpty();
    assertThat(after.verified()).isTrue();
  }

  @Test
  void a_member_unit_s_row_edited_outside_the_commands_makes_it_not_verified_naming_the_part_and_record() {
    evaluated();
    Membership stored = r.memory.memberships().find(member.id()).orElseThrow();
    r.memory.memberships().save(new Membership(stored.id(), stored.version(), stored.organization(), "改过名称的成员",
        stored.creditCode(), stored.kind(), stored.joinedOn(), stored.leftOn()));

    var check = verify();

    assertThat(check.differences()).containsExactly(new Difference("membership", member.id().value(), Change.CHANGED));
    assertThat(check.differingParts()).containsExactly("membership");
    assertThat(check.verified()).isFalse();
  }

  @Test
  void a_row_put_in_outside_the_commands_dated_before_the_day_is_unrecorded_not_back_dated() {
    evaluated();
    Membership stored = r.memory.memberships().find(member.id()).orElseThrow();
    var forged = new Membership(new dev.clustergov.core.operation.MembershipId("member-999999"), 0, stored.organization(), "无记录的成员",
        java.util.Optional.empty(), MemberKind.ENTERPRISE, ev.evaluatedOn().minusDays(30), java.util.Optional.empty());
    r.memory.memberships().save(forged);

    var check = verify();

    assertThat(check.differences()).containsExactly(new Difference("membership", "member-999999", Change.UNRECORDED));
    assertThat(check.backDated()).isEmpty();
    assertThat(check.verified()).isFalse();
  }

  @Test
  void a_stored_rating_that_is_not_the_one_its_event_entered_is_a_difference_of_the_evaluation_even_after_later_changes() {
    evaluated();
    r.suspend(r.stored(o.id()));
    Evaluation stored = r.memory.evaluations().find(ev.id()).orElseThrow();
    var other = java.util.Arrays.stream(dev.clustergov.core.supervision.Rating.values()).filter(x -> x != ev.rating()).findFirst().orElseThrow();
    r.memory.evaluations().save(new Evaluation(ev.id(), stored.version(), ev.organization(), ev.evaluator(), ev.evaluatedOn(),
        ev.validUntil(), ev.totalPercent(), other, ev.dossierHash(), ev.policyVersions(), ev.scores(), ev.trace()));

    var check = verify();

    assertThat(check.differences()).containsExactly(new Difference("evaluation", ev.id().value(), Change.CHANGED));
    assertThat(check.verified()).isFalse();
  }
}
