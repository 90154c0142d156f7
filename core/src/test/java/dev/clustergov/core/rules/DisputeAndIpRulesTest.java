package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.Step;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.ip.IpAgreement;
import dev.clustergov.core.ip.Signature;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.testkit.contract.DisputeSamples;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The dossier rules of Art.15 and Art.16, each on both sides, and their place in the rule book. */
class DisputeAndIpRulesTest {

  private static final Policy BASELINE = Fixtures.baseline();

  private static PromotionOrganization recognisedWithout(ManagementSystemKind... kinds) {
    PromotionOrganization o = Fixtures.organization(LifecycleStage.RECOGNISED);
    List<ManagementSystemKind> drop = List.of(kinds);
    return ImmutablePromotionOrganization.copyOf(o)
        .withManagementSystems(o.managementSystems().stream().filter(s -> !drop.contains(s.kind())).toList());
  }

  private static Outcome outcome(Rule rule, Dossier d, LocalDate date) {
    return rule.evaluate(d, BASELINE, date);
  }

  // ---- A15-dispute-system ----------------------------------------------------------------------------

  @Test
  void a_recognised_po_with_a_consultation_and_mediation_system_passes_and_one_without_fails() {
    assertThat(outcome(DisputeRules.DISPUTE_SYSTEM, Fixtures.dossier(recognisedWithout()), Fixtures.TODAY).passed()).isTrue();
    Outcome without = outcome(DisputeRules.DISPUTE_SYSTEM, Fixtures.dossier(recognisedWithout(ManagementSystemKind.DISPUTE_RESOLUTION)), Fixtures.TODAY);
    assertThat(without.failed()).isTrue();
    assertThat(DisputeRules.DISPUTE_SYSTEM.appliesAt(LifecycleStage.RECOGNISED)).isTrue();
    assertThat(DisputeRules.DISPUTE_SYSTEM.appliesAt(LifecycleStage.ESTABLISHED)).as("required once recognised").isFalse();
  }

  @Test
  void recognition_is_blocked_without_the_dispute_or_ip_system() {
    Dossier d = Fixtures.dossier(recognisedWithout(ManagementSystemKind.DISPUTE_RESOLUTION, ManagementSystemKind.IP_MANAGEMENT));
    ComplianceReport report = RuleBook.standard().assess(d, BASELINE, Fixtures.TODAY, LifecycleStage.RECOGNISED);
    assertThat(report.blockingFindings()).extracting(Finding::rule).containsExactly("A15-dispute-system", "A16-ip-system");
  }

  // ---- A15-consultation-overdue ------------------------------------------------------------------------

  private static Dispute raisedOn(String id, LocalDate on) {
    Dispute d = DisputeSamples.raised(id, Fixtures.ORGANIZATION_ID);
    return new Dispute(d.id(), 0, d.organization(), d.subject(), d.parties(),
        List.of(new Step(StepKind.RAISED, on, "苏州纳衡科技有限公司", Capacity.MEMBER, Optional.empty(), Optional.empty())));
  }

  @Test
  void a_dispute_in_consultation_for_exactly_the_policy_days_passes_and_one_day_more_is_reported() {
    LocalDate raised = Fixtures.TODAY.minusDays(30);
    Dossier d = Dossier.builder().from(Fixtures.compliantDossier()).disputes(List.of(raisedOn("dispute-1", raised))).build();

    assertThat(outcome(DisputeRules.CONSULTATION_OVERDUE, d, Fixtures.TODAY).passed()).isTrue();
    Outcome late = outcome(DisputeRules.CONSULTATION_OVERDUE, d, Fixtures.TODAY.plusDays(1));
    assertThat(late.failed()).isTrue();
    assertThat(late.evidence().toString()).contains("dispute-1 (31 days)").contains("policyMaximumDays=30");
    assertThat(DisputeRules.CONSULTATION_OVERDUE.severity()).isEqualTo(Severity.ADVISORY);
  }

  @Test
  void an_overdue_dispute_is_named_an_internal_dispute_not_an_inspection_problem_left_unrectified() {
    // review stop 28 R1: the key "overdue" is A25's too (逾期未整改的问题, Art.25); A15's evidence reads as what it is
    Dossier d = Dossier.builder().from(Fixtures.compliantDossier()).disputes(List.of(raisedOn("dispute-1", Fixtures.TODAY.minusDays(31))))
        .build();
    Evidence overdue = outcome(DisputeRules.CONSULTATION_OVERDUE, d, Fixtures.TODAY).evidence().stream()
        .filter(e -> e.name().equals("overdue")).findFirst().orElseThrow();
    String subject = d.disputes().get(0).subject();
    assertThat(overdue.line().zh()).isEqualTo("超过期限未完成民主协商的内部矛盾：“" + subject + "”（已提出31天）")
        .doesNotContain("整改");
    assertThat(overdue.line().en()).isEqualTo("internal disputes not taken through democratic consultation in time: “" + subject
        + "” (raised 31 days ago)").doesNotContain("rectif");
    assertThat(DisputeRules.CONSULTATION_OVERDUE.message().en())
        .startsWith("Internal disputes should be taken to democratic consultation promptly: ");
  }

  @Test
  void a_dispute_past_consultation_is_not_overdue_however_old_and_a_pack_may_change_the_days() {
    Dispute old = raisedOn("dispute-1", Fixtures.TODAY.minusDays(400));
    Dispute failed = old.with(new Step(StepKind.CONSULTATION_OPENED, Fixtures.TODAY.minusDays(399), "陈静", Capacity.SECRETARIAT, Optional.empty(), Optional.empty()))
        .with(new Step(StepKind.CONSULTATION_FAILED, Fixtures.TODAY.minusDays(300), "陈静", Capacity.SECRETARIAT, Optional.empty(), Optional.empty()));
    Dossier d = Dossier.builder().from(Fixtures.compliantDossier()).disputes(List.of(failed)).build();
    assertThat(outcome(DisputeRules.CONSULTATION_OVERDUE, d, Fixtures.TODAY).passed()).isTrue();

    Dossier recent = Dossier.builder().from(Fixtures.compliantDossier()).disputes(List.of(raisedOn("dispute-2", Fixtures.TODAY.minusDays(10)))).build();
    Policy strict = EstablishmentRulesTest.overlay(Map.of("dispute.consultationMaxDays", "7"));
    assertThat(DisputeRules.CONSULTATION_OVERDUE.evaluate(recent, strict, Fixtures.TODAY).failed()).isTrue();
  }

  // ---- A16-ip-system -------------------------------------------------------------------------------------

  private static IpAgreement signedByAll(IpAgreement a) {
    var r = a.latest();
    for (String p : r.terms().partyNames()) {
      r = r.with(new Signature(p, "代表", r.proposedOn()));
    }
    return a.withLatest(r);
  }

  @Test
  void the_ip_system_counts_as_an_adopted_document_or_as_an_agreement_in_force_but_not_as_a_draft() {
    PromotionOrganization without = recognisedWithout(ManagementSystemKind.IP_MANAGEMENT);
    assertThat(outcome(IpRules.IP_SYSTEM, Fixtures.dossier(recognisedWithout()), Fixtures.TODAY).passed()).isTrue();
    assertThat(outcome(IpRules.IP_SYSTEM, Fixtures.dossier(without), Fixtures.TODAY).failed()).isTrue();

    IpAgreement draft = DisputeSamples.drafted("ip-1", without.id());
    Dossier withDraft = Dossier.builder().from(Fixtures.dossier(without)).ipAgreements(List.of(draft)).build();
    assertThat(outcome(IpRules.IP_SYSTEM, withDraft, Fixtures.TODAY).failed()).isTrue();

    Dossier withAgreement = Dossier.builder().from(Fixtures.dossier(without)).ipAgreements(List.of(signedByAll(draft))).build();
    Outcome pass = outcome(IpRules.IP_SYSTEM, withAgreement, Fixtures.TODAY);
    assertThat(pass.passed()).isTrue();
    assertThat(pass.evidence().toString()).contains("agreementsInForce=[ip-1]");
  }

  @Test
  void an_agreement_counts_from_the_day_of_its_last_needed_signature_never_before() {
    PromotionOrganization without = recognisedWithout(ManagementSystemKind.IP_MANAGEMENT);
    // signed by the government on DAY, the PO on DAY+1, the partner on DAY+2: in force on DAY+2
    IpAgreement signed = DisputeSamples.amendedHalfSigned("ip-1", without.id()).asOf(DisputeSamples.DAY.plusDays(29)).orElseThrow();
    LocalDate inForce = DisputeSamples.DAY.plusDays(2);
    Dossier d = Dossier.builder().from(Fixtures.dossier(without)).ipAgreements(List.of(signed)).build();

    Outcome dayBefore = outcome(IpRules.IP_SYSTEM, d, inForce.minusDays(1));
    assertThat(dayBefore.failed()).as("a signature given later does not count the day before").isTrue();
    assertThat(dayBefore.evidence().toString()).contains("agreementsInForce=[]");

    Outcome onTheDay = outcome(IpRules.IP_SYSTEM, d, inForce);
    assertThat(onTheDay.passed()).isTrue();
    Evidence named = onTheDay.evidence().stream().filter(e -> e.name().equals("agreementsInForce")).findFirst().orElseThrow();
    assertThat(named.value()).isEqualTo("[ip-1]");
    assertThat(named.words().zh()).isEqualTo("《纳米材料共性技术联合攻关知识产权管理协议》（2025年3月5日）");
    assertThat(named.words().en()).isEqualTo("“纳米材料共性技术联合攻关知识产权管理协议” (5 March 2025)");
  }

  // ---- the rule book -----------------------------------------------------------------------------------

  @Test
  void articles_15_and_16_each_have_their_rules_and_guards_in_the_rule_book() {
    RuleBook book = RuleBook.standard();
    assertThat(book.idsCiting(Citation.article(15))).containsExactly("A15-dispute-system", "A15-consultation-overdue",
        "A15-raised-by-itself", "A15-consultation-first", "A15-dispute-final", "A15-dispute-steps", "A15-lawful-route", "A15-step-actor", "A15-step-dates");
    assertThat(book.idsCiting(Citation.article(16))).containsExactly("A16-ip-system", "A16-signs-for-itself", "A16-parties", "A16-duties",
        "A16-ownership", "A16-use-rights", "A16-benefit-shares", "A16-signatures", "A16-signature-date", "A16-one-pending-revision");
    assertThat(book.guards()).extracting(Guard::id).contains("A6-lifecycle", "A15-consultation-first", "A16-benefit-shares");
  }

  @Test
  void a_dossier_refuses_another_organizations_dispute() {
    Dispute foreign = DisputeSamples.raised("dispute-x", DisputeSamples.OTHER_PO);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dossier.builder().from(Fixtures.compliantDossier())
        .disputes(List.of(foreign)).build()).isInstanceOf(IllegalStateException.class);
  }
}
