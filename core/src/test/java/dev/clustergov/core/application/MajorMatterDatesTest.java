package dev.clustergov.core.application;

import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.disclosure.ChannelKind;
import dev.clustergov.core.application.establishment.AmendCharter;
import dev.clustergov.core.application.general.DissolveOrganization;
import dev.clustergov.core.application.general.ReinstateOrganization;
import dev.clustergov.core.application.general.RevokeRecognition;
import dev.clustergov.core.application.general.SuspendOrganization;
import dev.clustergov.core.application.establishment.AppointToBody;
import dev.clustergov.core.application.establishment.RemoveFromBody;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.application.establishment.ChangeLegalRepresentative;
import dev.clustergov.core.application.establishment.ChangeRegisteredCapital;
import dev.clustergov.core.application.management.PublishDisclosure;
import dev.clustergov.core.application.supervision.ImposeSanction;
import static dev.clustergov.core.application.SuzhouRegistry.accepted;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static dev.clustergov.core.application.SuzhouRegistry.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.disclosure.Deadline;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Finding;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.governance.PersonId;

/**
 * A major matter's disclosure runs from the day it was decided, not the day it was entered (Art.14,
 * decision 0351): the decision day is given or today, never after today nor before the PO was
 * proposed; the obligation arises that day and falls due the policy's 30 days later; a disclosure
 * carries the day it was really published, so one published in time but entered late is on time.
 */
class MajorMatterDatesTest {

  private static final LocalDate PROPOSED = LocalDate.of(2025, 3, 3);
  private static final String SITE = "https://www.sz-nano.org.cn/xxgk";

  private final SuzhouRegistry registry = new SuzhouRegistry();
  private final Clustergov gov = registry.gov;
  private final PromotionOrganization po = registry.recognised();

  /** The registry's clock {@code days} after the PO was proposed and recognised. */
  private LocalDate daysLater(int days) {
    registry.memory.clock().advance(Duration.ofDays(days));
    return registry.memory.clock().today();
  }

  private ChangeRegisteredCapital.Command capital(LocalDate decidedOn) {
    PromotionOrganization o = registry.stored(po.id());
    return new ChangeRegisteredCapital.Command(o.id(), OptionalLong.of(o.version()), new BodyId("assembly"), Money.yuan("800000"), decidedOn);
  }

  private DisclosureObligation obligation(String matter) {
    return accepted(gov.queries().disclosureObligations(po.id())).stream().filter(x -> x.matter().equals(matter))
        .reduce((first, second) -> second).orElseThrow();
  }

  private List<Finding> art14Findings() {
    return accepted(gov.queries().compliance(po.id())).findings().stream()
        .filter(f -> f.rule().startsWith("A14-major-matter")).toList();
  }

  @Test
  void a_capital_change_entered_40_days_after_it_was_decided_owes_its_disclosure_from_the_day_it_was_decided() {
    LocalDate today = daysLater(40);

    var appended = registry.appendedBy(() -> gov.changeRegisteredCapital().handle(capital(LocalDate.parse("2025-03-05"))));

    assertThat(appended.majorMatter().event().data()).containsEntry("decidedOn", "2025-03-05");
    assertThat(appended.events().get(1).event().data()).containsEntry("arisenOn", "2025-03-05").containsEntry("dueOn", "2025-04-04");
    DisclosureObligation ob = obligation("CapitalChanged");
    assertThat(ob.arisenOn()).isEqualTo(LocalDate.of(2025, 3, 5));
    assertThat(ob.dueOn()).isEqualTo(LocalDate.of(2025, 4, 4));
    assertThat(ob.deadline(today).status()).isEqualTo(Deadline.Status.OVERDUE);
    List<Finding> findings = art14Findings();
    assertThat(ruleIds(findings)).containsExactly("A14-major-matter-disclosed");
    assertThat(findings.get(0).evidence().toString()).contains("due 2025-04-04: OVERDUE 8 days");
  }

  @Test
  void a_council_appointment_and_a_removal_entered_late_owe_their_disclosures_from_the_days_they_were_decided() {
    LocalDate today = daysLater(40);
    PromotionOrganization o = registry.stored(po.id());
    var appointed = registry.appendedBy(() -> gov.appointToBody().handle(new AppointToBody.Command(o.id(), OptionalLong.of(o.version()),
        new BodyId("council"), Fixtures.seat("p-wu", "吴刚", SeatRole.VICE_CHAIR), LocalDate.parse("2025-03-05"))));
    assertThat(appointed.majorMatter().event().data()).containsEntry("decidedOn", "2025-03-05");
    assertThat(obligation("SeatAppointed.MANAGEMENT").arisenOn()).isEqualTo(LocalDate.of(2025, 3, 5));
    assertThat(obligation("SeatAppointed.MANAGEMENT").dueOn()).isEqualTo(LocalDate.of(2025, 4, 4));

    PromotionOrganization appointedPo = registry.stored(po.id());
    accepted(gov.removeFromBody().handle(new RemoveFromBody.Command(appointedPo.id(), OptionalLong.of(appointedPo.version()),
        new BodyId("council"), new PersonId("p-liu"), LocalDate.parse("2025-03-06"))));
    assertThat(obligation("SeatRemoved.MANAGEMENT").dueOn()).isEqualTo(LocalDate.of(2025, 4, 5));
    assertThat(obligation("SeatRemoved.MANAGEMENT").deadline(today).status()).isEqualTo(Deadline.Status.OVERDUE);

    // a day after today is refused citing Art.14, beside the appointment's own finding (Art.8(2).2), and nothing changes
    PromotionOrganization now = registry.stored(po.id());
    var refused = registry.rejected(() -> gov.appointToBody().handle(new AppointToBody.Command(now.id(), OptionalLong.of(now.version()),
        new BodyId("council"), Fixtures.seat("p-wang", "王芳", SeatRole.MEMBER), today.plusDays(1))));
    assertThat(cited(refused)).containsExactlyInAnyOrder("A14-decision-date Art.14", "A8.2.2-supervisor-separation Art.8(2).2");
    assertThat(ruleIds(registry.rejected(() -> gov.removeFromBody().handle(new RemoveFromBody.Command(now.id(),
        OptionalLong.of(now.version()), new BodyId("council"), new PersonId("p-wu"), PROPOSED.minusDays(1))))))
        .containsExactly("A14-decision-date");
    assertThat(registry.stored(po.id()).version()).isEqualTo(now.version());
  }

  @Test
  void a_change_decided_within_the_last_30_days_is_not_yet_overdue_and_without_a_day_it_runs_from_today() {
    LocalDate today = daysLater(40);
    accepted(gov.changeRegisteredCapital().handle(capital(today.minusDays(30))));
    assertThat(obligation("CapitalChanged").dueOn()).isEqualTo(today);
    assertThat(art14Findings()).isEmpty();

    var appended = registry.appendedBy(() -> gov.changeRegisteredCapital().handle(capital(null)));
    assertThat(appended.majorMatter().event().data()).containsEntry("decidedOn", today.toString());
    assertThat(obligation("CapitalChanged").dueOn()).isEqualTo(today.plusDays(30));
  }

  @Test
  void a_decision_day_after_today_or_before_the_po_was_proposed_is_refused_citing_art_14_and_its_bounds_are_accepted() {
    LocalDate today = daysLater(10);
    var afterToday = registry.rejected(() -> gov.changeRegisteredCapital().handle(capital(today.plusDays(1))));
    assertThat(cited(afterToday)).containsExactly("A14-decision-date Art.14");
    assertThat(afterToday.get(0).evidence().toString()).contains("decidedOn=" + today.plusDays(1));
    assertThat(ruleIds(registry.rejected(() -> gov.changeRegisteredCapital().handle(capital(PROPOSED.minusDays(1))))))
        .containsExactly("A14-decision-date");

    accepted(gov.changeRegisteredCapital().handle(capital(today)));
    accepted(gov.changeRegisteredCapital().handle(capital(PROPOSED)));
  }

  @Test
  void a_decision_day_that_is_no_date_is_malformed_with_every_other_problem() {
    // a day that is not a date (decidedOn:date) and a negative amount: the REST adapter's to report (EstablishmentFieldsTest)
    assertThat(registry.malformed(() -> gov.changeRegisteredCapital().handle(new ChangeRegisteredCapital.Command(po.id(),
        OptionalLong.empty(), null, null, LocalDate.of(2201, 1, 1))))).containsExactlyInAnyOrder(
        "decidedBy:required", "amount:required", "decidedOn:date-range");
    assertThat(registry.malformed(() -> gov.amendCharter().handle(new AmendCharter.Command(po.id(), OptionalLong.empty(),
        new BodyId("assembly"), null, LocalDate.of(1800, 1, 1))))).containsExactlyInAnyOrder("charter:required", "decidedOn:date-range");
  }

  @Test
  void a_charter_amendment_and_a_new_legal_representative_run_from_their_decision_days_and_every_finding_comes_at_once() {
    daysLater(40);
    PromotionOrganization o = registry.stored(po.id());
    accepted(gov.amendCharter().handle(new AmendCharter.Command(o.id(), OptionalLong.of(o.version()), new BodyId("assembly"),
        MajorChangesTest.amended(), LocalDate.parse("2025-03-10"))));
    assertThat(obligation("CharterAmended").dueOn()).isEqualTo(LocalDate.of(2025, 4, 9));

    o = registry.stored(po.id());
    var both = registry.rejected(() -> gov.changeLegalRepresentative().handle(new ChangeLegalRepresentative.Command(po.id(),
        OptionalLong.empty(), new BodyId("supervisors"), new PersonId("p-wang"), "王强", LocalDate.parse("2025-01-01"))));
    assertThat(ruleIds(both)).containsExactlyInAnyOrder("A8-major-matter-decision", "A14-decision-date");

    var appended = registry.appendedBy(() -> gov.changeLegalRepresentative().handle(new ChangeLegalRepresentative.Command(
        po.id(), OptionalLong.empty(), new BodyId("council"), new PersonId("p-wang"), "王强", LocalDate.parse("2025-03-20"))));
    assertThat(appended.majorMatter().event().data()).containsEntry("decidedOn", "2025-03-20");
    assertThat(obligation("LegalRepresentativeChanged").arisenOn()).isEqualTo(LocalDate.of(2025, 3, 20));
  }

  @Test
  void a_suspension_decided_earlier_owes_both_disclosures_from_its_day() {
    LocalDate today = daysLater(20);
    accepted(gov.imposeSanction().handle(new ImposeSanction.Command(po.id(), OptionalLong.empty(), registry.authority.id(),
        SanctionKind.SUSPENSION, List.of(Citation.of("Art.14")), "未按期披露重大事项", null, LocalDate.of(2025, 3, 13))));

    assertThat(obligation("SanctionImposed").arisenOn()).isEqualTo(LocalDate.of(2025, 3, 13));
    assertThat(obligation("OrganizationSuspended").arisenOn()).isEqualTo(LocalDate.of(2025, 3, 13));
    assertThat(obligation("OrganizationSuspended").dueOn()).isEqualTo(LocalDate.of(2025, 4, 12));
    assertThat(registry.stored(po.id()).stageChangedOn()).contains(today);
  }

  /**
   * The baseline's four lifecycle matters (Art.14, decision 0545): dissolution, decided by the members and entered later by
   * the office, and suspension, reinstatement and revocation, decided by the authority, each owe their disclosure from the
   * day decided.
   */
  @Test
  void a_dissolution_decided_by_the_members_and_entered_later_owes_its_disclosure_from_the_day_they_decided() {
    LocalDate today = daysLater(40);
    var appended = registry.appendedBy(() -> gov.dissolveOrganization().handle(new DissolveOrganization.Command(po.id(),
        OptionalLong.empty(), "成员大会决议注销", LocalDate.parse("2025-03-05"))));

    assertThat(appended.majorMatter().event().data()).containsEntry("decidedOn", "2025-03-05");
    DisclosureObligation ob = obligation("OrganizationDissolved");
    assertThat(ob.arisenOn()).isEqualTo(LocalDate.of(2025, 3, 5));
    assertThat(ob.dueOn()).isEqualTo(LocalDate.of(2025, 4, 4));
    assertThat(ob.deadline(today).status()).isEqualTo(Deadline.Status.OVERDUE);
    assertThat(registry.stored(po.id()).stageChangedOn()).contains(today);
  }

  /** A self-discipline convention adopted by the assembly (Art.24(1), Art.27), which a reinstated PO must have. */
  private void adoptConvention() {
    accepted(gov.adoptSelfDisciplineMeasure().handle(new dev.clustergov.core.application.supervision.AdoptSelfDisciplineMeasure.Command(
        po.id(), dev.clustergov.core.supervision.MeasureKind.CONVENTION, "集群自律公约", new BodyId("assembly"), null)));
  }

  @Test
  void a_suspension_a_reinstatement_and_a_revocation_by_the_authority_owe_their_disclosures_from_their_days() {
    daysLater(20); // 2025-03-23: the suspension's disclosure, due 2025-04-09, is not yet overdue, so reinstatement is not blocked
    adoptConvention();
    var authority = registry.authority.id();
    accepted(gov.suspendOrganization().handle(new SuspendOrganization.Command(po.id(), OptionalLong.empty(), authority,
        "限期整改", LocalDate.parse("2025-03-10"))));
    assertThat(obligation("OrganizationSuspended").dueOn()).isEqualTo(LocalDate.of(2025, 4, 9));
    accepted(gov.reinstateOrganization().handle(new ReinstateOrganization.Command(po.id(), OptionalLong.empty(), authority,
        "整改完成", LocalDate.parse("2025-03-20"))));
    assertThat(obligation("OrganizationReinstated").arisenOn()).isEqualTo(LocalDate.of(2025, 3, 20));
    assertThat(obligation("OrganizationReinstated").dueOn()).isEqualTo(LocalDate.of(2025, 4, 19));
    accepted(gov.revokeRecognition().handle(new RevokeRecognition.Command(po.id(), OptionalLong.empty(), authority,
        "严重违规", LocalDate.parse("2025-03-22"))));
    assertThat(obligation("RecognitionRevoked").dueOn()).isEqualTo(LocalDate.of(2025, 4, 21));
  }

  @Test
  void a_lifecycle_matter_decided_after_today_or_before_the_po_was_proposed_is_refused_with_every_finding_and_nothing_changes() {
    LocalDate today = daysLater(10);
    adoptConvention();
    var authority = registry.authority.id();
    long version = registry.stored(po.id()).version();

    var tomorrow = registry.rejected(() -> gov.suspendOrganization().handle(new SuspendOrganization.Command(po.id(),
        OptionalLong.empty(), authority, "限期整改", today.plusDays(1))));
    assertThat(cited(tomorrow)).containsExactly("A14-decision-date Art.14");
    assertThat(tomorrow.get(0).evidence().toString()).contains("decidedOn=" + today.plusDays(1));
    assertThat(ruleIds(registry.rejected(() -> gov.revokeRecognition().handle(new RevokeRecognition.Command(po.id(),
        OptionalLong.empty(), authority, "严重违规", PROPOSED.minusDays(1)))))).containsExactly("A14-decision-date");
    assertThat(ruleIds(registry.rejected(() -> gov.dissolveOrganization().handle(new DissolveOrganization.Command(po.id(),
        OptionalLong.empty(), "成员大会决议注销", today.plusDays(1)))))).containsExactly("A14-decision-date");
    // reinstating a recognised PO: the lifecycle's finding (Art.6) and the day's (Art.14), both at once
    assertThat(ruleIds(registry.rejected(() -> gov.reinstateOrganization().handle(new ReinstateOrganization.Command(po.id(),
        OptionalLong.empty(), authority, "恢复", PROPOSED.minusDays(1)))))).contains("A14-decision-date", "A6-lifecycle");
    // a reason missing and a day out of any range: both malformed at once
    assertThat(registry.malformed(() -> gov.dissolveOrganization().handle(new DissolveOrganization.Command(po.id(),
        OptionalLong.empty(), " ", LocalDate.of(2201, 1, 1))))).containsExactlyInAnyOrder("reason:required", "decidedOn:date-range");
    assertThat(registry.stored(po.id()).version()).isEqualTo(version);

    // the bounds themselves are accepted: decided the day the PO was proposed, and today
    accepted(gov.suspendOrganization().handle(new SuspendOrganization.Command(po.id(), OptionalLong.empty(), authority,
        "限期整改", PROPOSED)));
    accepted(gov.reinstateOrganization().handle(new ReinstateOrganization.Command(po.id(), OptionalLong.empty(), authority,
        "整改完成", today)));
  }

  @Test
  void a_lifecycle_matter_without_a_day_was_decided_today_and_its_event_is_as_before() {
    LocalDate today = daysLater(40);
    var appended = registry.appendedBy(() -> gov.suspendOrganization().handle(new SuspendOrganization.Command(po.id(),
        OptionalLong.empty(), registry.authority.id(), "限期整改")));
    assertThat(appended.majorMatter().event().data()).doesNotContainKey("decidedOn");
    assertThat(obligation("OrganizationSuspended").arisenOn()).isEqualTo(today);
    assertThat(obligation("OrganizationSuspended").dueOn()).isEqualTo(today.plusDays(30));

    accepted(gov.dissolveOrganization().handle(new DissolveOrganization.Command(po.id(), OptionalLong.empty(), "成员大会决议注销", null)));
    assertThat(obligation("OrganizationDissolved").dueOn()).isEqualTo(today.plusDays(30));
  }

  @Test
  void a_disclosure_published_in_time_but_entered_late_is_on_time_and_one_published_a_day_after_the_due_day_is_late() {
    daysLater(40);
    accepted(gov.changeRegisteredCapital().handle(capital(LocalDate.parse("2025-03-05"))));                 // due 2025-04-04
    DisclosureObligation ob = obligation("CapitalChanged");

    accepted(gov.publishDisclosure().handle(new PublishDisclosure.Command(po.id(), DisclosureKind.MAJOR_MATTER, null, ob.id(),
        LocalDate.of(2025, 3, 10), ChannelKind.WEBSITE, SITE, "关于变更注册资金的公告")));

    assertThat(obligation("CapitalChanged").deadline(registry.memory.clock().today()).status()).isEqualTo(Deadline.Status.MET);
    assertThat(art14Findings()).isEmpty();

    accepted(gov.changeRegisteredCapital().handle(capital(LocalDate.parse("2025-03-06"))));                 // due 2025-04-05
    DisclosureObligation second = obligation("CapitalChanged");
    accepted(gov.publishDisclosure().handle(new PublishDisclosure.Command(po.id(), DisclosureKind.MAJOR_MATTER, null, second.id(),
        LocalDate.of(2025, 4, 6), ChannelKind.WEBSITE, SITE, "关于再次变更注册资金的公告")));
    List<Finding> late = art14Findings();
    assertThat(ruleIds(late)).containsExactly("A14-major-matter-on-time");
    assertThat(late.get(0).evidence().toString()).contains(second.id().value(), "LATE 1 days");
  }

  @Test
  void a_disclosure_dated_before_the_matter_was_decided_is_refused() {
    daysLater(40);
    accepted(gov.changeRegisteredCapital().handle(capital(LocalDate.parse("2025-03-05"))));
    DisclosureObligation ob = obligation("CapitalChanged");

    assertThat(ruleIds(registry.rejected(() -> gov.publishDisclosure().handle(new PublishDisclosure.Command(po.id(), DisclosureKind.MAJOR_MATTER,
        null, ob.id(), LocalDate.of(2025, 3, 4), ChannelKind.WEBSITE, SITE, "公告"))))).containsExactly("A14-disclosure-date");
    accepted(gov.publishDisclosure().handle(new PublishDisclosure.Command(po.id(), DisclosureKind.MAJOR_MATTER, null, ob.id(),
        LocalDate.of(2025, 3, 5), ChannelKind.WEBSITE, SITE, "公告")));
  }

  @Test
  void a_matter_decided_while_the_po_was_being_founded_owes_its_disclosure_from_the_establishment() {
    PromotionOrganization proposed = registry.proposed();
    daysLater(10);
    PromotionOrganization established = registry.establish(proposed);
    LocalDate establishedOn = established.establishedOn().orElseThrow();
    assertThat(establishedOn).isEqualTo(proposed.proposedOn().plusDays(10));

    accepted(gov.changeRegisteredCapital().handle(new ChangeRegisteredCapital.Command(established.id(), OptionalLong.empty(),
        new BodyId("assembly"), Money.yuan("800000"), proposed.proposedOn().plusDays(2))));

    DisclosureObligation ob = accepted(gov.queries().disclosureObligations(established.id())).get(0);
    assertThat(ob.arisenOn()).isEqualTo(establishedOn);
    assertThat(ob.dueOn()).isEqualTo(establishedOn.plusDays(30));
  }
}
