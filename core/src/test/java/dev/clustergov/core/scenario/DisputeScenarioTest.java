package dev.clustergov.core.scenario;

import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.dispute.Capacity;
import static dev.clustergov.core.scenario.ScenarioDesk.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.management.RaiseDispute;
import dev.clustergov.core.application.management.RecordDisputeStep;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.DisputeState;
import dev.clustergov.core.dispute.Route;
import dev.clustergov.core.rules.Finding;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/**
 * Art.15 as a story: 集群发展促进组织应当建立民主协商和内部矛盾调解制度。内部矛盾经协商不能解决的，
 * 可以依法通过调解、仲裁或诉讼等途径解决. Two members of the Suzhou nano-materials PO fall out over
 * the shared pilot line: going to court before consulting is refused; the secretariat's consultation
 * fails, so a party takes it to arbitration, and the award closes it for good. A second dispute,
 * raised by the council, fails in consultation and is settled by internal mediation.
 */
class DisputeScenarioTest {

  private final ScenarioDesk desk = new ScenarioDesk();

  @Test
  void consultation_first_then_mediation_or_the_law_and_what_is_closed_stays_closed() {
    // the PO adopted its consultation and mediation system, so its authority could recognise it (Art.15)
    assertThat(desk.po.systemKinds()).extracting(Enum::name).contains("DISPUTE_RESOLUTION");

    // 内部矛盾: a member raises a dispute with another member about the shared pilot line
    Dispute pilotLine = accepted(desk.gov.raiseDispute().handle(new RaiseDispute.Command(desk.po.id(),
        "共享中试线使用时段和费用分摊争议", List.of("苏州纳衡科技有限公司", "苏州某纳米材料有限公司"),
        "苏州纳衡科技有限公司", Capacity.MEMBER, null)));

    // it cannot go to court before consultation has been tried (经协商不能解决的)
    assertThat(desk.refusedCiting(() -> step(pilotLine, "ESCALATED", "PARTY", "LITIGATION", null)))
        .containsExactly("A15-consultation-first Art.15");

    // 民主协商: the secretariat calls the members together; they cannot agree
    Dispute failed = accepted(step(accepted(step(pilotLine, "CONSULTATION_OPENED", "SECRETARIAT", null, "召开成员协商会")),
        "CONSULTATION_FAILED", "SECRETARIAT", null, "双方未能达成一致"));
    assertThat(failed.state()).isEqualTo(DisputeState.CONSULTATION_FAILED);

    // 可以依法通过调解、仲裁或诉讼: now a party may take it to arbitration
    desk.daysPass(14);
    Dispute arbitration = accepted(step(failed, "ESCALATED", "PARTY", "ARBITRATION", "提交澄湖仲裁委员会"));
    assertThat(arbitration.route()).contains(Route.ARBITRATION);
    desk.daysPass(90);
    Dispute closed = accepted(step(arbitration, "CLOSED", "SECRETARIAT", null, "仲裁裁决：费用按使用时长分摊"));
    assertThat(closed.outcome()).contains("仲裁裁决：费用按使用时长分摊");

    // what is closed stays closed
    assertThat(desk.refusedCiting(() -> step(closed, "CONSULTATION_OPENED", "SECRETARIAT", null, null)))
        .containsExactly("A15-dispute-final Art.15");

    // a second dispute: consultation fails, and 内部调解 settles it
    Dispute fees = accepted(desk.gov.raiseDispute().handle(new RaiseDispute.Command(desk.po.id(), "检测服务收费争议",
        List.of("苏州某检测有限公司", "苏州某纳米材料有限公司"), "理事会", Capacity.GOVERNANCE_BODY, null)));
    Dispute settled = accepted(step(accepted(step(accepted(step(accepted(step(fees, "CONSULTATION_OPENED", "SECRETARIAT", null, null)),
        "CONSULTATION_FAILED", "SECRETARIAT", null, null)), "MEDIATION_OPENED", "MEDIATOR", null, "监事会王芳调解")),
        "RESOLVED_BY_MEDIATION", "MEDIATOR", null, "达成调解协议"));
    assertThat(settled.state()).isEqualTo(DisputeState.RESOLVED);

    // every step is on the record, dated and attributed
    assertThat(desk.eventTypes()).containsSubsequence("DisputeRaised", "ConsultationOpened", "ConsultationFailed",
        "DisputeEscalated", "DisputeClosed", "DisputeRaised", "ConsultationOpened", "ConsultationFailed", "MediationOpened",
        "DisputeResolvedByMediation");
    assertThat(closed.steps()).allSatisfy(s -> assertThat(s.actor()).isNotBlank());
  }

  @Test
  void a_dispute_left_in_consultation_too_long_is_reported_but_blocks_nothing() {
    accepted(desk.gov.raiseDispute().handle(new RaiseDispute.Command(desk.po.id(), "会费标准争议",
        List.of("甲公司", "乙公司"), "甲公司", Capacity.MEMBER, null)));
    // Art.24(1) binds a recognised PO to a self-discipline mechanism; with one in place only the dispute is reported
    accepted(desk.gov.adoptSelfDisciplineMeasure().handle(new dev.clustergov.core.application.supervision.AdoptSelfDisciplineMeasure.Command(
        desk.po.id(), dev.clustergov.core.supervision.MeasureKind.CONVENTION, "集群自律公约", new dev.clustergov.core.governance.BodyId("assembly"), null)));
    desk.daysPass(31);

    var report = accepted(desk.gov.queries().compliance(desk.po.id()));
    List<Finding> findings = report.findings();
    assertThat(findings).extracting(Finding::rule).contains("A15-consultation-overdue");
    assertThat(report.clear()).isTrue();
  }

  private io.vavr.control.Either<dev.clustergov.core.application.Refusal, Dispute> step(
      Dispute d, String step, String capacity, String route, String note) {
    return desk.gov.recordDisputeStep().handle(new RecordDisputeStep.Command(desk.po.id(), d.id(),
        OptionalLong.of(d.version()), StepKind.valueOf(step), null, "陈静", Capacity.valueOf(capacity), route == null ? null : Route.valueOf(route), note));
  }
}
