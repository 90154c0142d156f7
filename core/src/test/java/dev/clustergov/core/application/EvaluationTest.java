package dev.clustergov.core.application;

import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.application.operation.AdmitMember;
import dev.clustergov.core.application.operation.RecordMemberLeaving;
import dev.clustergov.core.application.supervision.DeclareEvaluatorTie;
import dev.clustergov.core.application.supervision.PublishPolicyPack;
import dev.clustergov.core.application.supervision.RecordEvaluation;
import dev.clustergov.core.application.supervision.RegisterEvaluator;
import static dev.clustergov.core.application.SuzhouRegistry.accepted;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.EvaluatorId;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Third-party evaluation through the use cases (Art.28): the registry, independence, recording, checking. */
class EvaluationTest {

  final SuzhouRegistry r = new SuzhouRegistry();
  static final String EVALUATOR_CODE = Fixtures.creditCode("91110000MA0EYAL01");

  Evaluator evaluator(String code, AuthorityId affiliated) {
    return accepted(r.gov.registerEvaluator().handle(new RegisterEvaluator.Command(
        r.authority.id(), "江苏产业评估研究院", code(code), affiliated, null)));
  }

  static CreditCode code(String code) {
    return CreditCode.parse(code).get();
  }

  Evaluator evaluator() {
    return evaluator(EVALUATOR_CODE, null);
  }

  Evaluation record(Evaluator e, PromotionOrganization o) {
    return accepted(r.engaging(e.id(), o.id()).recordEvaluation().handle(new RecordEvaluation.Command(e.id(), o.id(), null)));
  }

  @Test
  void an_authority_registers_an_evaluator_once_per_credit_code() {
    Evaluator e = evaluator();
    assertThat(e.registeredBy()).isEqualTo(r.authority.id());
    assertThat(r.gov.queries().evaluators()).containsExactly(e);
    List<Finding> findings = r.rejected(() -> r.gov.registerEvaluator().handle(new RegisterEvaluator.Command(
        r.wuxi.id(), "另一名称", code(EVALUATOR_CODE), null, null)));
    assertThat(SuzhouRegistry.cited(findings)).containsExactly("A28-evaluator-once Art.28");
  }

  @Test
  void a_malformed_registration_reports_every_problem_and_an_unknown_authority_is_not_found() {
    assertThat(r.malformed(() -> r.gov.registerEvaluator().handle(new RegisterEvaluator.Command(
        r.authority.id(), " ", null, null, LocalDate.of(2201, 1, 1)))))
        .containsExactlyInAnyOrder("name:required", "creditCode:required", "on:date-range");
    assertThat(r.malformed(() -> r.gov.registerEvaluator().handle(new RegisterEvaluator.Command(
        null, "评估院", code(EVALUATOR_CODE), null, null)))).containsExactly("registeredBy:required");
    assertThat(r.refused(() -> r.gov.registerEvaluator().handle(new RegisterEvaluator.Command(
        new AuthorityId("authority-999999"), "评估院", code(EVALUATOR_CODE), null, null)))).isInstanceOf(Refusal.NotFound.class);
  }

  @Test
  void an_independent_evaluator_records_an_evaluation_with_its_scores_trace_hash_and_policy() {
    PromotionOrganization o = r.recognised();
    Evaluator e = evaluator();
    r.engaging(e.id(), o.id());
    var appended = r.appendedBy(() -> r.gov.recordEvaluation().handle(new RecordEvaluation.Command(e.id(), o.id(), null)));
    Evaluation ev = appended.value();
    assertThat(appended.only().event().type()).isEqualTo("EvaluationRecorded");
    assertThat(ev.rating()).isEqualTo(Rating.BRONZE);
    assertThat(ev.scores()).hasSize(36);
    assertThat(ev.trace()).isPresent();
    assertThat(ev.dossierHash()).matches("[0-9a-f]{64}");
    assertThat(ev.policyVersions()).containsExactly("000000 v1 from 2023-12-01");
    assertThat(ev.validUntil()).isEqualTo(ev.evaluatedOn().plusMonths(24).minusDays(1));
    assertThat(accepted(r.gov.queries().evaluations(o.id()))).containsExactly(ev);
    assertThat(accepted(r.gov.queries().evaluation(o.id(), ev.id()))).isEqualTo(ev);
    assertThat(accepted(r.gov.queries().currentEvaluation(o.id()))).contains(ev);
  }

  @Test
  void the_po_itself_a_founder_and_the_authoritys_own_unit_are_refused_each_reason_citing_art28() {
    PromotionOrganization o = r.recognised();
    Evaluator itself = evaluator(Fixtures.PO_CREDIT_CODE, null);
    Evaluator founder = evaluator(Fixtures.creditCode("91320594MA1N2B3C4"), null);
    Evaluator ownUnit = evaluator(Fixtures.creditCode("12320500MB0000001"), r.authority.id());
    for (Evaluator e : List.of(itself, founder, ownUnit)) {
      r.engaging(e.id(), o.id());
      List<Finding> findings = r.rejected(() -> r.gov.recordEvaluation().handle(new RecordEvaluation.Command(e.id(), o.id(), null)));
      assertThat(SuzhouRegistry.cited(findings)).containsExactly("A28-independent-evaluator Art.28");
    }
    Evaluator otherCity = evaluator(Fixtures.creditCode("12320200MB0000002"), r.wuxi.id());
    assertThat(record(otherCity, o).evaluator()).isEqualTo(otherCity.id());
  }

  @Test
  void a_member_unit_and_a_former_one_within_the_cooling_off_period_are_refused() {
    PromotionOrganization o = r.recognised();
    Evaluator e = evaluator();
    var member = accepted(r.gov.admitMember().handle(new AdmitMember.Command(o.id(), "江苏产业评估研究院", CreditCode.parse(EVALUATOR_CODE).get(), MemberKind.SERVICE_PROVIDER, null)));
    r.engaging(e.id(), o.id());
    List<Finding> findings = r.rejected(() -> r.gov.recordEvaluation().handle(new RecordEvaluation.Command(e.id(), o.id(), null)));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.evidence().toString()).contains("member unit").contains(member.id().value()));
    accepted(r.gov.recordMemberLeaving().handle(new RecordMemberLeaving.Command(o.id(), member.id(), java.util.OptionalLong.of(member.version()), null)));
    r.memory.clock().advance(Duration.ofDays(700));
    r.engaging(e.id(), o.id());
    findings = r.rejected(() -> r.gov.recordEvaluation().handle(new RecordEvaluation.Command(e.id(), o.id(), null)));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.evidence().toString()).contains("recusal period"));
    r.memory.clock().advance(Duration.ofDays(40));
    assertThat(record(e, o).organization()).isEqualTo(o.id());
  }

  @Test
  void a_declared_tie_counts_while_it_runs_and_for_the_cooling_off_period_after() {
    PromotionOrganization o = r.recognised();
    Evaluator e = evaluator();
    LocalDate today = r.memory.clock().today();
    Evaluator tied = accepted(r.gov.declareEvaluatorTie().handle(new DeclareEvaluatorTie.Command(
        e.id(), java.util.OptionalLong.of(e.version()), o.id(), "为其编制发展规划提供咨询", today.minusYears(3), today.minusMonths(6))));
    assertThat(tied.ties()).hasSize(1);
    r.engaging(e.id(), o.id());
    List<Finding> findings = r.rejected(() -> r.gov.recordEvaluation().handle(new RecordEvaluation.Command(e.id(), o.id(), null)));
    assertThat(findings).singleElement().satisfies(f -> assertThat(f.evidence().toString()).contains("declared interest"));
    r.memory.clock().advance(Duration.ofDays(19 * 31));
    assertThat(record(e, o).evaluator()).isEqualTo(e.id());
  }

  @Test
  void a_po_not_recognised_and_a_day_in_the_future_are_refused_together() {
    PromotionOrganization o = r.established();
    Evaluator e = evaluator();
    r.engaging(e.id(), o.id());
    List<Finding> findings = r.rejected(() -> r.gov.recordEvaluation().handle(new RecordEvaluation.Command(
        e.id(), o.id(), r.memory.clock().today().plusDays(1))));
    assertThat(SuzhouRegistry.ruleIds(findings)).containsExactlyInAnyOrder("A28-recognised-organization", "A28-evaluation-date");
    r.engaging(new dev.clustergov.core.supervision.EvaluatorId("evaluator-999"), o.id());
    assertThat(r.refused(() -> r.gov.recordEvaluation().handle(new RecordEvaluation.Command(new EvaluatorId("evaluator-999"), o.id(), null))))
        .isInstanceOf(Refusal.NotFound.class);
  }

  @Test
  void verification_recomputes_and_a_member_entered_later_but_dated_back_is_listed_not_counted() {
    PromotionOrganization o = r.recognised();
    Evaluation ev = record(evaluator(), o);
    var check = accepted(r.gov.verifyEvaluation().handle(o.id(), ev.id()));
    assertThat(check.verified()).isTrue();
    assertThat(check.recomputed().trace()).isEqualTo(ev.trace().get());
    // a member admitted later, dated back to the evaluation day: not what the evaluation read (decision 0505)
    var late = accepted(r.gov.admitMember().handle(new AdmitMember.Command(o.id(), "后补登记的成员", null, MemberKind.ENTERPRISE,
        ev.evaluatedOn())));
    var again = accepted(r.gov.verifyEvaluation().handle(o.id(), ev.id()));
    assertThat(again.backDated()).extracting(l -> l.record()).containsExactly(late.id().value());
    assertThat(again.hashMatches()).isTrue();
    assertThat(again.verified()).isTrue();
  }

  @Test
  void records_dated_after_the_evaluation_day_leave_it_verified() {
    PromotionOrganization o = r.recognised();
    Evaluation ev = record(evaluator(), o);
    r.memory.clock().advance(Duration.ofDays(3));
    accepted(r.gov.admitMember().handle(new AdmitMember.Command(o.id(), "新成员", null, MemberKind.ENTERPRISE, null)));
    assertThat(accepted(r.gov.verifyEvaluation().handle(o.id(), ev.id())).verified()).isTrue();
  }

  /** A Suzhou pack, effective from the first day of the evaluation's year, that makes every total gold. */
  private void publishEasierRatingsDatedBack(Evaluation ev) {
    accepted(r.gov.publishPolicyPack().handle(new PublishPolicyPack.Command(r.authority.id(),
        ev.evaluatedOn().withDayOfYear(1), 1, "苏州市评价标准（放宽）", "Suzhou evaluation thresholds (eased)",
        java.util.Map.of("evaluation.goldPercent", "1", "evaluation.silverPercent", "0.5", "evaluation.goldEveryThreshold", "false"))));
  }

  @Test
  void a_pack_published_after_the_evaluation_even_dated_back_leaves_it_verified_under_the_versions_it_recorded() {
    PromotionOrganization o = r.recognised();
    Evaluator evaluator = evaluator();
    Evaluation ev = record(evaluator, o);
    assertThat(ev.rating()).isNotEqualTo(Rating.GOLD);
    r.memory.clock().advance(Duration.ofDays(2));
    publishEasierRatingsDatedBack(ev);
    // what the policy in force on the evaluation's day now says differs from what was recorded
    assertThat(accepted(r.engaging(evaluator.id(), o.id()).recordEvaluation().handle(new RecordEvaluation.Command(evaluator.id(), o.id(),
        ev.evaluatedOn()))).rating()).isEqualTo(Rating.GOLD);

    var check = accepted(r.gov.verifyEvaluation().handle(o.id(), ev.id()));

    assertThat(check.recomputed().rating()).isEqualTo(ev.rating());
    assertThat(check.recomputed().policyVersions()).isEqualTo(ev.policyVersions());
    assertThat(check.verified()).isTrue();
  }

  @Test
  void a_stored_evaluation_changed_afterwards_is_not_verified_whether_its_rating_or_its_pack_versions() {
    PromotionOrganization o = r.recognised();
    Evaluation ev = record(evaluator(), o);
    publishEasierRatingsDatedBack(ev);
    String later = r.gov.queries().policyPacks().stream().filter(p -> p.jurisdiction().equals(r.cluster.region()))
        .findFirst().orElseThrow().source().toString();

    r.memory.evaluations().save(new Evaluation(ev.id(), ev.version(), ev.organization(), ev.evaluator(), ev.evaluatedOn(),
        ev.validUntil(), ev.totalPercent(), Rating.GOLD, ev.dossierHash(), ev.policyVersions(), ev.scores(), ev.trace()));
    var rating = accepted(r.gov.verifyEvaluation().handle(o.id(), ev.id()));
    assertThat(rating.ratingMatches()).isFalse();
    assertThat(rating.verified()).isFalse();

    Evaluation stored = r.memory.evaluations().find(ev.id()).orElseThrow();
    java.util.List<String> claimed = new java.util.ArrayList<>(ev.policyVersions());
    claimed.add(later);
    r.memory.evaluations().save(new Evaluation(ev.id(), stored.version(), ev.organization(), ev.evaluator(), ev.evaluatedOn(),
        ev.validUntil(), ev.totalPercent(), ev.rating(), ev.dossierHash(), claimed, ev.scores(), ev.trace()));
    var packs = accepted(r.gov.verifyEvaluation().handle(o.id(), ev.id()));
    assertThat(packs.recomputed().rating()).isEqualTo(Rating.GOLD);
    assertThat(packs.ratingMatches()).isFalse();
    assertThat(packs.verified()).isFalse();
  }

  // --- engagement (委托评价, Art.28 with Art.26; decision 0380) ---------------------------------------------------------

  @Test
  void an_evaluator_not_engaged_for_the_po_may_not_evaluate_it() {
    PromotionOrganization o = r.recognised();
    Evaluator e = evaluator();
    List<Finding> findings = r.rejected(() -> r.gov.recordEvaluation().handle(new RecordEvaluation.Command(e.id(), o.id(), null)));
    assertThat(SuzhouRegistry.ruleIds(findings)).containsExactly("A28-engaged-evaluator");
  }

  @Test
  void the_pos_own_authority_engages_an_evaluator_for_a_period_and_the_engagement_is_recorded() {
    PromotionOrganization o = r.recognised();
    Evaluator e = evaluator();
    String today = r.memory.clock().today().toString();
    LocalDate until = r.memory.clock().today().plusMonths(3);
    var appended = r.appendedBy(() -> r.gov.as(new dev.clustergov.core.application.Actor.Authority(r.authority.id())).engageEvaluator()
        .handle(new dev.clustergov.core.application.supervision.EngageEvaluator.Command(e.id(), o.id(), java.util.OptionalLong.empty(),
            null, until)));
    assertThat(appended.only().event().type()).isEqualTo("EvaluatorEngaged");
    assertThat(appended.only().event().data()).containsEntry("organization", o.id().value()).containsEntry("from", today)
        .containsEntry("until", until.toString()).containsEntry("engagedBy", r.authority.id().value());
    assertThat(appended.value().engagedFor(o.id(), r.memory.clock().today())).isTrue();
    assertThat(accepted(r.gov.recordEvaluation().handle(new RecordEvaluation.Command(e.id(), o.id(), null)))).isNotNull();
    // once the period is over, no more
    r.memory.clock().advance(Duration.ofDays(100));
    assertThat(SuzhouRegistry.ruleIds(r.rejected(() -> r.gov.recordEvaluation().handle(new RecordEvaluation.Command(e.id(), o.id(),
        null))))).contains("A28-engaged-evaluator");
  }

  @Test
  void only_the_pos_own_authority_engages_and_the_period_must_not_be_over() {
    PromotionOrganization o = r.recognised();
    Evaluator e = evaluator();
    var secretariat = r.gov.as(new dev.clustergov.core.application.Actor.Secretariat(o.id()));
    assertThat(SuzhouRegistry.ruleIds(r.rejected(() -> secretariat.engageEvaluator().handle(
        new dev.clustergov.core.application.supervision.EngageEvaluator.Command(e.id(), o.id(), java.util.OptionalLong.empty(), null,
            LocalDate.of(2099, 12, 31)))))).containsExactly("A28-commissioned-by-own-authority");
    var other = r.gov.as(new dev.clustergov.core.application.Actor.Authority(new dev.clustergov.core.supervision.AuthorityId("authority-999999")));
    assertThat(SuzhouRegistry.ruleIds(r.rejected(() -> other.engageEvaluator().handle(
        new dev.clustergov.core.application.supervision.EngageEvaluator.Command(e.id(), o.id(), java.util.OptionalLong.empty(), null,
            LocalDate.of(2099, 12, 31)))))).containsExactly("A28-commissioned-by-own-authority");
    LocalDate yesterday = r.memory.clock().today().minusDays(1);
    assertThat(SuzhouRegistry.ruleIds(r.rejected(() -> r.gov.engageEvaluator().handle(
        new dev.clustergov.core.application.supervision.EngageEvaluator.Command(e.id(), o.id(), java.util.OptionalLong.empty(),
            LocalDate.of(2020, 1, 1), yesterday))))).containsExactly("A28-engagement-period");
  }

  // --- ending an engagement (终止委托, Art.28 with Art.26; decision 0475) ----------------------------------------------

  private static dev.clustergov.core.application.supervision.EndEngagement.Command ending(Evaluator e, int number,
      PromotionOrganization o, LocalDate on, String reason) {
    return new dev.clustergov.core.application.supervision.EndEngagement.Command(e.id(), number, o.id(), java.util.OptionalLong.empty(),
        on, reason);
  }

  @Test
  void the_commissioning_authority_ends_an_engagement_with_its_day_and_reason_and_from_that_day_it_grants_nothing() {
    PromotionOrganization o = r.recognised();
    Evaluator e = evaluator();
    r.engaging(e.id(), o.id());
    LocalDate today = r.memory.clock().today();
    var suzhou = r.gov.as(new dev.clustergov.core.application.Actor.Authority(r.authority.id()));
    var appended = r.appendedBy(() -> suzhou.endEngagement().handle(ending(e, 1, o, null, "评价机构与本组织产生利害关系")));
    assertThat(appended.only().event().type()).isEqualTo("EvaluatorEngagementEnded");
    assertThat(appended.only().event().aggregateId()).isEqualTo(e.id().value());
    assertThat(appended.only().event().data()).containsEntry("engagement", "1").containsEntry("organization", o.id().value())
        .containsEntry("endedBy", r.authority.id().value()).containsEntry("on", today.toString())
        .containsEntry("reason", "评价机构与本组织产生利害关系");
    var ended = appended.value().engagementsFor(o.id()).get(0);
    assertThat(ended.status(today)).isEqualTo(dev.clustergov.core.supervision.EvaluatorEngagement.Status.ENDED);
    assertThat(appended.value().engagedFor(o.id(), today)).isFalse();
    assertThat(SuzhouRegistry.ruleIds(r.rejected(() -> r.gov.recordEvaluation().handle(new RecordEvaluation.Command(e.id(), o.id(),
        null))))).contains("A28-engaged-evaluator");
  }

  @Test
  void an_ending_on_a_later_day_leaves_the_engagement_running_until_the_day_before() {
    PromotionOrganization o = r.recognised();
    Evaluator e = evaluator();
    r.engaging(e.id(), o.id());
    LocalDate today = r.memory.clock().today();
    Evaluator after = accepted(r.gov.endEngagement().handle(ending(e, 1, o, today.plusDays(10), "委托事项提前完成")));
    assertThat(after.engagedFor(o.id(), today)).isTrue();
    assertThat(after.engagedFor(o.id(), today.plusDays(9))).isTrue();
    assertThat(after.engagedFor(o.id(), today.plusDays(10))).isFalse();
  }

  @Test
  void an_engagement_is_ended_once_by_its_commissioning_authority_from_today_to_its_last_day_and_a_refusal_changes_nothing() {
    PromotionOrganization o = r.recognised();
    Evaluator e = evaluator();
    r.engaging(e.id(), o.id());
    LocalDate today = r.memory.clock().today();
    var secretariat = r.gov.as(new dev.clustergov.core.application.Actor.Secretariat(o.id()));
    assertThat(SuzhouRegistry.cited(r.rejected(() -> secretariat.endEngagement().handle(ending(e, 1, o, null, "理由")))))
        .containsExactly("A28-ended-by-commissioning-authority Art.28 Art.26");
    var wuxi = r.gov.as(new dev.clustergov.core.application.Actor.Authority(r.wuxi.id()));
    assertThat(SuzhouRegistry.ruleIds(r.rejected(() -> wuxi.endEngagement().handle(ending(e, 1, o, null, "理由")))))
        .containsExactly("A28-ended-by-commissioning-authority");
    var evaluatorItself = r.gov.as(new dev.clustergov.core.application.Actor.Evaluator(e.id()));
    assertThat(SuzhouRegistry.ruleIds(r.rejected(() -> evaluatorItself.endEngagement().handle(ending(e, 1, o, null, "理由")))))
        .containsExactly("A28-ended-by-commissioning-authority");
    assertThat(SuzhouRegistry.cited(r.rejected(() -> r.gov.endEngagement().handle(ending(e, 1, o, today.minusDays(1), "理由")))))
        .containsExactly("A28-engagement-ending-day Art.28");
    assertThat(SuzhouRegistry.ruleIds(r.rejected(() -> r.gov.endEngagement().handle(ending(e, 1, o, LocalDate.of(2100, 1, 1), "理由")))))
        .containsExactly("A28-engagement-ending-day");
    assertThat(r.malformed(() -> r.gov.endEngagement().handle(ending(e, 1, o, null, " ")))).containsExactly("reason:required");
    assertThat(r.refused(() -> r.gov.endEngagement().handle(ending(e, 2, o, null, "理由"))))
        .isEqualTo(new Refusal.NotFound("engagement", e.id().value() + "/2"));
    PromotionOrganization another = r.established();
    assertThat(r.refused(() -> r.gov.endEngagement().handle(ending(e, 1, another, null, "理由"))))
        .isEqualTo(new Refusal.NotFound("engagement", e.id().value() + "/1"));
    assertThat(r.gov.queries().evaluators().stream().filter(x -> x.id().equals(e.id())).findFirst().orElseThrow()
        .engagedFor(o.id(), today)).as("every refusal left the engagement running").isTrue();
    accepted(r.gov.endEngagement().handle(ending(e, 1, o, null, "委托终止")));
    List<Finding> twice = r.rejected(() -> r.gov.endEngagement().handle(ending(e, 1, o, null, "再次终止")));
    assertThat(SuzhouRegistry.cited(twice)).containsExactly("A28-engagement-ended-once Art.28");
    assertThat(twice.get(0).evidence().toString()).contains(today.toString()).contains("委托终止");
  }
}
