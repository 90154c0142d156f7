package dev.clustergov.core.application;

import dev.clustergov.core.application.supervision.ImposeSanction;
import dev.clustergov.core.application.supervision.TakeDisciplinaryAction;
import static dev.clustergov.core.application.SuzhouRegistry.accepted;
import static dev.clustergov.core.application.SuzhouRegistry.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.rules.SupervisionRules;
import dev.clustergov.core.supervision.DisciplineKind;
import dev.clustergov.core.supervision.MeasureId;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inspections, sanctions and self-discipline through the use cases (Art.24(1), Art.25–27, Art.29). */
class SupervisionCommandsTest {

  final SupervisionDesk desk = new SupervisionDesk();
  final SuzhouRegistry r = desk.registry;

  // ---- inspections (Art.25–26) -------------------------------------------------------------------

  @Test
  void only_the_pos_own_authority_opens_an_inspection_and_the_refusal_cites_art26() {
    var findings = r.rejected(() -> desk.open(desk.wuxi(), null));
    assertThat(ruleIds(findings)).containsExactly("A26-own-supervisor");
    assertThat(findings.get(0).citations().get(0).format()).isEqualTo("Art.26");

    var appended = r.appendedBy(() -> desk.open(desk.own(), null));
    assertThat(appended.types()).containsExactly("InspectionOpened");
    assertThat(appended.value().openedOn()).isEqualTo(desk.today());
  }

  @Test
  void an_inspection_is_dated_not_in_the_future_nor_before_the_po_and_not_of_a_proposed_po() {
    assertThat(ruleIds(r.rejected(() -> desk.open(desk.own(), desk.today().plusDays(1))))).containsExactly("A25-supervision-dates");
    assertThat(ruleIds(r.rejected(() -> desk.open(desk.own(), java.time.LocalDate.of(2000, 1, 1))))).containsExactly("A25-supervision-dates");
    desk.po = r.proposed();
    assertThat(ruleIds(r.rejected(() -> desk.open(desk.own(), null)))).containsExactly("A6-lifecycle");
  }

  @Test
  void findings_are_numbered_dated_after_the_opening_and_closed_once_by_evidence_not_before_them_nor_in_the_future() {
    desk.daysPass(10);
    Inspection i = accepted(desk.open(desk.own(), desk.today().minusDays(5)));
    assertThat(r.malformed(() -> desk.note(i, desk.own(), null, null))).contains("rectifyBy:required");
    assertThat(ruleIds(r.rejected(() -> desk.note(i, desk.own(), desk.today().minusDays(1), null))))
        .containsExactly("A25-supervision-dates");
    assertThat(ruleIds(r.rejected(() -> desk.note(i, desk.own(), desk.today().plusDays(9), desk.today().minusDays(6)))))
        .containsExactly("A25-supervision-dates");
    assertThat(ruleIds(r.rejected(() -> desk.note(i, desk.wuxi(), desk.today().plusDays(9), null))))
        .containsExactly("A26-own-supervisor");
    Inspection one = accepted(desk.note(i, desk.own(), desk.today().plusDays(30), desk.today().minusDays(2)));
    Inspection two = accepted(desk.note(one, desk.own(), desk.today().plusDays(60), null));
    assertThat(two.findings()).extracting(f -> f.number()).containsExactly(1, 2);

    assertThat(ruleIds(r.rejected(() -> desk.rectify(two, 2, desk.own(), desk.today().minusDays(1)))))
        .containsExactly("A25-supervision-dates");
    assertThat(ruleIds(r.rejected(() -> desk.rectify(two, 1, desk.own(), desk.today().plusDays(1)))))
        .containsExactly("A25-supervision-dates");
    assertThat(r.refused(() -> desk.rectify(two, 3, desk.own(), null))).isInstanceOf(Refusal.NotFound.class);
    assertThat(r.refused(() -> desk.rectify(one, 1, desk.own(), null))).isInstanceOf(Refusal.Conflict.class);
    Inspection closed = accepted(desk.rectify(two, 1, desk.own(), desk.today().minusDays(1)));
    assertThat(closed.finding(1).orElseThrow().rectification().orElseThrow().document()).isEqualTo("苏纳促〔2026〕3号");
    assertThat(closed.openFindings()).extracting(f -> f.number()).containsExactly(2);
    assertThat(ruleIds(r.rejected(() -> desk.rectify(closed, 1, desk.own(), null)))).containsExactly("A25-finding-open");
  }

  @Test
  void an_overdue_finding_shows_in_the_compliance_report_and_blocks_reinstatement_until_rectified() {
    Inspection i = accepted(desk.open(desk.own(), null));
    i = accepted(desk.note(i, desk.own(), desk.today().plusDays(10), null));
    accepted(desk.adopt("assembly", null)); // Art.24(1) satisfied, so only the overdue finding is at stake
    accepted(desk.suspend(desk.own()));
    desk.daysPass(11);
    var report = accepted(desk.gov().queries().compliance(desk.po.id()));
    assertThat(report.blockingFindings()).extracting(f -> f.rule()).containsExactly("A25-rectification-overdue");
    assertThat(ruleIds(r.rejected(() -> desk.reinstate(desk.own())))).containsExactly("A25-rectification-overdue");
    accepted(desk.rectify(i, 1, desk.own(), null));
    assertThat(accepted(desk.reinstate(desk.own())).stage()).isEqualTo(LifecycleStage.RECOGNISED);
  }

  // ---- sanctions (Art.29) -----------------------------------------------------------------------------

  @Test
  void a_warning_is_recorded_with_its_grounds_and_is_a_major_matter_to_disclose() {
    var appended = r.appendedBy(() -> desk.impose(desk.own(), SanctionKind.WARNING, null));
    assertThat(appended.majorMatter().event().type()).isEqualTo("SanctionImposed");
    Sanction s = appended.value();
    assertThat(s.grounds()).extracting(c -> c.format()).containsExactly("Art.9", "Art.14");
    assertThat(desk.current().stage()).isEqualTo(LifecycleStage.RECOGNISED);
  }

  @Test
  void a_sanction_by_another_authority_is_refused_citing_art26_and_a_rectification_order_needs_its_deadline() {
    assertThat(ruleIds(r.rejected(() -> desk.impose(desk.wuxi(), SanctionKind.SUSPENSION, null)))).containsExactly("A26-own-supervisor");
    assertThat(r.malformed(() -> desk.impose(desk.own(), SanctionKind.RECTIFICATION_ORDER, null))).containsExactly("rectifyBy:required");
    assertThat(r.malformed(() -> desk.impose(desk.own(), SanctionKind.WARNING, desk.today()))).containsExactly("rectifyBy:not-an-order");
    assertThat(r.malformed(() -> desk.gov().imposeSanction().handle(new ImposeSanction.Command(desk.po.id(), null, desk.own(),
        SanctionKind.WARNING, java.util.Arrays.asList(Citation.point(1, 9, 9), Citation.of("Art.9"), Citation.of("Art.9"), null), "x",
        null, null))))
        .containsExactlyInAnyOrder("grounds[0]:not-a-clause", "grounds[2]:duplicate", "grounds[3]:required");
    assertThat(ruleIds(r.rejected(() -> desk.impose(desk.own(), SanctionKind.RECTIFICATION_ORDER, desk.today().minusDays(1)))))
        .containsExactly("A25-supervision-dates");
    Sanction order = accepted(desk.impose(desk.own(), SanctionKind.RECTIFICATION_ORDER, desk.today().plusDays(30)));
    assertThat(order.rectifyBy()).contains(desk.today().plusDays(30));
  }

  @Test
  void a_suspension_suspends_the_po_in_the_same_unit_of_work_and_reinstatement_waits_for_its_lifting() {
    var appended = r.appendedBy(() -> desk.impose(desk.own(), SanctionKind.SUSPENSION, null));
    assertThat(appended.types()).containsSubsequence("SanctionImposed", "OrganizationSuspended");
    assertThat(desk.current().stage()).isEqualTo(LifecycleStage.SUSPENDED);
    assertThat(ruleIds(r.rejected(() -> desk.reinstate(desk.own())))).containsExactly("A29-suspension-in-force");
    // a second suspension: the lifecycle has no such move, so the sanction is not written either
    assertThat(ruleIds(r.rejected(() -> desk.impose(desk.own(), SanctionKind.SUSPENSION, null)))).containsExactly("A6-lifecycle");
    assertThat(r.memory.sanctions().of(desk.po.id())).hasSize(1);

    assertThat(ruleIds(r.rejected(() -> desk.lift(appended.value(), desk.wuxi(), null)))).containsExactly("A26-own-supervisor");
    var lifted = r.appendedBy(() -> desk.lift(appended.value(), desk.own(), null));
    assertThat(lifted.types()).containsSubsequence("SanctionLifted", "OrganizationReinstated");
    assertThat(lifted.value().liftedOn()).contains(desk.today());
    assertThat(desk.current().stage()).isEqualTo(LifecycleStage.RECOGNISED);
    assertThat(ruleIds(r.rejected(() -> desk.lift(lifted.value(), desk.own(), null)))).containsExactly("A29-sanction-in-force");
  }

  @Test
  void lifting_a_suspension_whose_reinstatement_the_rules_refuse_is_refused_whole() {
    // a finding to rectify by tomorrow; two days on it is overdue, and Art.25's rule refuses the reinstatement
    // (Art.24(1)'s rule would not: it applies only 12 months after recognition, decision 0617)
    Inspection i = accepted(desk.note(accepted(desk.open(desk.own(), null)), desk.own(), desk.today().plusDays(1), null));
    Sanction s = accepted(desk.impose(desk.own(), SanctionKind.SUSPENSION, null));
    desk.daysPass(2);
    assertThat(ruleIds(r.rejected(() -> desk.lift(s, desk.own(), null)))).containsExactly("A25-rectification-overdue");
    assertThat(desk.current().stage()).isEqualTo(LifecycleStage.SUSPENDED);
    accepted(desk.rectify(i, 1, desk.own(), null));
    assertThat(accepted(desk.lift(s, desk.own(), null)).liftedOn()).isPresent();
    assertThat(desk.current().stage()).isEqualTo(LifecycleStage.RECOGNISED);
  }

  @Test
  void a_revocation_revokes_recognition_and_is_never_lifted_and_a_revoked_po_takes_no_sanction() {
    Sanction s = accepted(desk.impose(desk.own(), SanctionKind.REVOCATION, null));
    assertThat(desk.current().stage()).isEqualTo(LifecycleStage.REVOKED);
    assertThat(ruleIds(r.rejected(() -> desk.lift(s, desk.own(), null)))).containsExactly("A29-sanction-in-force");
    assertThat(ruleIds(r.rejected(() -> desk.impose(desk.own(), SanctionKind.WARNING, null)))).containsExactly("A6-lifecycle");
  }

  @Test
  void a_lifted_suspension_no_longer_blocks_but_a_second_one_in_force_keeps_the_po_suspended() {
    Sanction first = accepted(desk.impose(desk.own(), SanctionKind.SUSPENSION, null));
    // the PO was suspended by the sanction; an order on top of it does not touch the lifecycle
    accepted(desk.impose(desk.own(), SanctionKind.RECTIFICATION_ORDER, desk.today().plusDays(5)));
    accepted(desk.lift(first, desk.own(), null));
    assertThat(desk.current().stage()).isEqualTo(LifecycleStage.RECOGNISED);
    assertThat(dev.clustergov.core.supervision.SanctionEffects.blocks(r.memory.sanctions().of(desk.po.id()),
        dev.clustergov.core.testkit.fixtures.Fixtures.baseline(), desk.today(),
        dev.clustergov.core.supervision.SanctionEffects.Effect.RATING)).isTrue();
  }

  // ---- self-discipline (Art.24(1), Art.27) ----------------------------------------------------------

  @Test
  void a_measure_is_adopted_by_a_decision_layer_body_only() {
    var findings = r.rejected(() -> desk.adopt("council", null));
    assertThat(ruleIds(findings)).containsExactly("A8.2.1-decision-layer-decides");
    assertThat(ruleIds(r.rejected(() -> desk.adopt("nobody", null)))).containsExactly("A8.2.1-decision-layer-decides");
    var appended = r.appendedBy(() -> desk.adopt("assembly", null));
    assertThat(appended.types()).containsExactly("SelfDisciplineMeasureAdopted");
  }

  @Test
  void a_disciplinary_action_rests_on_a_measure_of_the_po_in_force_that_day_citing_art27() {
    desk.daysPass(10);
    var measure = accepted(desk.adopt("assembly", desk.today().minusDays(3)));
    var before = r.rejected(() -> desk.gov().takeDisciplinaryAction().handle(new TakeDisciplinaryAction.Command(desk.po.id(),
        new MembershipId("member-7"), measure.id(), DisciplineKind.CRITICISM, desk.today().minusDays(4), "低价倾销")));
    assertThat(ruleIds(before)).containsExactly("A27-measure-in-force");
    assertThat(before.get(0).citations().get(0).format()).isEqualTo("Art.27");
    assertThat(ruleIds(r.rejected(() -> desk.gov().takeDisciplinaryAction().handle(new TakeDisciplinaryAction.Command(desk.po.id(),
        new MembershipId("member-7"), new MeasureId("measure-999999"), DisciplineKind.CRITICISM, null, "低价倾销"))))).containsExactly("A27-measure-in-force");
    var action = accepted(desk.gov().takeDisciplinaryAction().handle(new TakeDisciplinaryAction.Command(desk.po.id(),
        new MembershipId("member-7"), measure.id(), DisciplineKind.PUBLIC_CENSURE, null, "违反自律公约低价倾销")));
    assertThat(accepted(desk.gov().queries().disciplinaryActions(desk.po.id()))).containsExactly(action);
  }

  @Test
  void a_measure_of_another_po_does_not_count() {
    var foreign = r.memory.selfDiscipline().saveMeasure(new dev.clustergov.core.supervision.SelfDisciplineMeasure(
        new dev.clustergov.core.supervision.MeasureId("measure-foreign"), 0, new dev.clustergov.core.organization.OrganizationId("org-other"),
        dev.clustergov.core.supervision.MeasureKind.CONVENTION, "他会公约", new dev.clustergov.core.governance.BodyId("assembly"),
        desk.today().minusDays(30)));
    assertThat(ruleIds(r.rejected(() -> desk.gov().takeDisciplinaryAction().handle(new TakeDisciplinaryAction.Command(desk.po.id(),
        new MembershipId("member-7"), foreign.id(), DisciplineKind.REMINDER, null, "x"))))).containsExactly("A27-measure-in-force");
  }

  @Test
  void once_member_units_are_on_record_only_a_member_on_the_day_is_disciplined() {
    var org = desk.po;
    var joined = desk.today().minusDays(100);
    var member = new dev.clustergov.core.operation.Membership(new dev.clustergov.core.operation.MembershipId("member-7"), 1, org.id(),
        "苏州某纳米材料有限公司", java.util.Optional.empty(), dev.clustergov.core.operation.MemberKind.ENTERPRISE, joined,
        java.util.Optional.of(desk.today().minusDays(10)));
    var none = dossier();
    var withMember = dev.clustergov.core.rules.Dossier.builder().from(none).memberships(List.of(member)).build();
    var id = member.id();
    assertThat(TakeDisciplinaryAction.notAMember(none, id, desk.today())).as("no member units on record: not checked").isEmpty();
    assertThat(TakeDisciplinaryAction.notAMember(withMember, id, desk.today().minusDays(20))).as("a member that day").isEmpty();
    assertThat(TakeDisciplinaryAction.notAMember(withMember, id, desk.today())).as("left ten days ago").get()
        .satisfies(f -> assertThat(f.rule()).isEqualTo("A27-cluster-member"));
    assertThat(TakeDisciplinaryAction.notAMember(withMember, id, joined.minusDays(1))).as("before joining").isPresent();
    assertThat(TakeDisciplinaryAction.notAMember(withMember, new dev.clustergov.core.operation.MembershipId("member-8"), desk.today().minusDays(20)))
        .as("another unit").isPresent();
  }

  private dev.clustergov.core.rules.Dossier dossier() {
    return dev.clustergov.core.testkit.fixtures.Fixtures.dossier(
        dev.clustergov.core.organization.PromotionOrganization.builder().from(dev.clustergov.core.testkit.fixtures.Fixtures.compliantOrganization())
            .id(desk.po.id()).build());
  }

  @Test
  void supervision_guards_are_in_the_rule_book_with_their_clauses() {
    var book = desk.gov().ruleBook();
    assertThat(book.guards()).containsAll(SupervisionRules.GUARDS);
    assertThat(book.rule("A24.1-self-discipline")).isPresent();
    assertThat(book.rule("A25-rectification-overdue")).isPresent();
    assertThat(book.guards()).filteredOn(g -> g.id().startsWith("A2")).allSatisfy(g -> assertThat(g.clauses()).isNotEmpty());
  }
}
