package dev.clustergov.core.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.ImmutableDossier;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.EvaluatorId;
import dev.clustergov.core.supervision.EvaluatorTie;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Art.28 (第三方机构): an evaluator that is or was a member unit of the PO, or declared a tie to it, is no third party
 * until the cooling-off period after the membership or tie ended — 24 months in the national baseline
 * ({@code evaluation.coolingOffMonths}). Each boundary on both sides: the day the period ends and the day after.
 */
class IndependenceTest {

  static final LocalDate DAY = EvaluationSamples.DAY;
  static final int COOLING_OFF_MONTHS = 24;
  static final LocalDate LAST_DAY_TIED = DAY.minusMonths(COOLING_OFF_MONTHS);
  static final Membership MEMBER = EvaluationSamples.member(1);
  static final Membership OTHER_MEMBER = EvaluationSamples.member(2);

  static Evaluator evaluator(List<EvaluatorTie> ties) {
    return new Evaluator(new EvaluatorId("ev-1"), 0, "某评估机构", MEMBER.creditCode().get(), Fixtures.authority().id(),
        DAY.minusYears(5), Optional.empty(), ties);
  }

  static Membership member(LocalDate joined, Optional<LocalDate> left) {
    return new Membership(MEMBER.id(), 0, MEMBER.organization(), MEMBER.name(), MEMBER.creditCode(), MEMBER.kind(), joined, left);
  }

  static List<String> reasons(Evaluator e, Membership... members) {
    Dossier d = ImmutableDossier.copyOf(Fixtures.compliantDossier()).withMemberships(members);
    List<Finding> out = Independence.reasons(e, d, Fixtures.baseline(), DAY);
    out.forEach(f -> assertThat(f.rule()).isEqualTo("A28-independent-evaluator"));
    return out.stream().map(f -> f.evidence().get(0).value()).toList();
  }

  @Test
  void the_baseline_cooling_off_period_is_the_one_these_cases_are_written_for() {
    assertThat(Fixtures.baseline().get(dev.clustergov.core.policy.Parameters.EVALUATION_COOLING_OFF_MONTHS)).isEqualTo(COOLING_OFF_MONTHS);
  }

  @Test
  void an_evaluator_unrelated_to_the_po_is_independent() {
    assertThat(reasons(evaluator(List.of()), OTHER_MEMBER)).isEmpty();
  }

  @Test
  void a_current_member_unit_is_not_independent_from_the_day_it_joined() {
    assertThat(reasons(evaluator(List.of()), member(DAY, Optional.empty()))).containsExactly("a member unit (成员单位)");
    assertThat(reasons(evaluator(List.of()), member(DAY.plusDays(1), Optional.empty()))).as("joins tomorrow").isEmpty();
  }

  @Test
  void a_former_member_unit_is_not_independent_until_the_cooling_off_period_after_it_left_has_passed() {
    assertThat(reasons(evaluator(List.of()), member(DAY.minusYears(5), Optional.of(LAST_DAY_TIED))))
        .containsExactly("a former member unit within the recusal period (回避期内的原成员单位)");
    assertThat(reasons(evaluator(List.of()), member(DAY.minusYears(5), Optional.of(LAST_DAY_TIED.minusDays(1))))).isEmpty();
  }

  static EvaluatorTie tie(OrganizationId po, LocalDate from, Optional<LocalDate> until) {
    return new EvaluatorTie(po, "咨询服务", from, until);
  }

  @Test
  void a_declared_tie_counts_until_the_cooling_off_period_after_it_ended_and_only_for_its_po() {
    OrganizationId po = Fixtures.ORGANIZATION_ID;
    String tied = "a declared interest within the recusal period (回避期内的利害关系)";
    assertThat(reasons(evaluator(List.of(tie(po, DAY.minusYears(5), Optional.of(LAST_DAY_TIED)))))).containsExactly(tied);
    assertThat(reasons(evaluator(List.of(tie(po, DAY.minusYears(5), Optional.of(LAST_DAY_TIED.minusDays(1))))))).isEmpty();
    assertThat(reasons(evaluator(List.of(tie(po, DAY.minusYears(1), Optional.empty()))))).containsExactly(tied);
    assertThat(reasons(evaluator(List.of(tie(po, DAY.plusDays(1), Optional.empty()))))).as("a tie not yet begun").isEmpty();
    assertThat(reasons(evaluator(List.of(tie(new OrganizationId("org-other"), DAY.minusYears(1), Optional.empty()))))).isEmpty();
    assertThat(reasons(evaluator(List.of(tie(po, DAY.minusYears(2), Optional.empty()), tie(po, DAY.minusYears(1), Optional.empty())))))
        .containsExactly(tied, tied);
  }

  @Test
  void every_reason_is_reported_at_once() {
    Evaluator both = evaluator(List.of(tie(Fixtures.ORGANIZATION_ID, DAY.minusYears(1), Optional.empty())));
    assertThat(reasons(both, member(DAY.minusYears(1), Optional.empty()), OTHER_MEMBER))
        .containsExactly("a member unit (成员单位)", "a declared interest within the recusal period (回避期内的利害关系)");
  }

  /** What each finding shows besides its reason: the day a former member left, the day a tie ended, written here by hand. */
  @Test
  void a_finding_names_the_day_the_member_left_or_the_tie_ended() {
    Dossier d = ImmutableDossier.copyOf(Fixtures.compliantDossier())
        .withMemberships(member(DAY.minusYears(5), Optional.of(LAST_DAY_TIED)));
    Evaluator e = evaluator(List.of(tie(Fixtures.ORGANIZATION_ID, DAY.minusYears(5), Optional.of(LAST_DAY_TIED))));
    List<Finding> out = Independence.reasons(e, d, Fixtures.baseline(), DAY);
    assertThat(out).hasSize(2);
    java.util.Map<String, String> member = new java.util.HashMap<>();
    out.get(0).evidence().forEach(x -> member.put(x.name(), x.value()));
    java.util.Map<String, String> tie = new java.util.HashMap<>();
    out.get(1).evidence().forEach(x -> tie.put(x.name(), x.value()));
    assertThat(member).containsEntry("leftOn", LAST_DAY_TIED.toString()).containsEntry("coolingOffMonths", String.valueOf(COOLING_OFF_MONTHS));
    assertThat(tie).containsEntry("until", LAST_DAY_TIED.toString()).containsEntry("tie", "咨询服务");
  }
}
