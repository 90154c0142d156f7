package dev.clustergov.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.supervision.RatingStanding.Status;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Each condition of a rating's standing (Art.28 with Art.29), on both of its sides. */
class RatingStandingTest {

  static final LocalDate DAY = LocalDate.of(2025, 6, 1);
  static final RegionCode SUZHOU = new RegionCode("320500");
  static final Policy BASELINE = PolicyResolver.resolve(List.of(), SUZHOU, DAY);
  static final PromotionOrganization RECOGNISED = Fixtures.organization(LifecycleStage.RECOGNISED);

  static Evaluation evaluation(String id, LocalDate on, LocalDate until, Rating rating) {
    return new Evaluation(new EvaluationId(id), 1, RECOGNISED.id(), new EvaluatorId("evaluator-1"), on, until, new BigDecimal("81.50"),
        rating, "hash", List.of());
  }

  static Sanction sanction(SanctionKind kind, LocalDate on, Optional<LocalDate> lifted) {
    return new Sanction(new SanctionId("sanction-" + kind.ordinal()), 1, RECOGNISED.id(), new AuthorityId("authority-1"), kind, on,
        List.of(Citation.article(14)), "逾期未整改", kind == SanctionKind.RECTIFICATION_ORDER ? Optional.of(on.plusDays(30)) : Optional.empty(),
        lifted);
  }

  static PromotionOrganization stage(LifecycleStage stage, LocalDate changedOn) {
    return ImmutablePromotionOrganization.copyOf(RECOGNISED).withStage(stage).withStageChangedOn(changedOn);
  }

  /** The policy of a Suzhou pack that lists {@code kinds} as withholding a rating (Art.30). */
  static Policy local(String kinds) {
    var pack = PolicyPack.parse(SUZHOU, DAY.minusYears(1), 1, Text.of("苏州", "Suzhou"), Map.of("sanction.blocksRating", kinds)).get();
    return PolicyResolver.resolve(List.of(pack), SUZHOU, DAY);
  }

  final Evaluation silver = evaluation("evaluation-1", DAY.minusYears(1), DAY.plusMonths(3), Rating.SILVER);

  @Test
  void a_rating_is_in_force_from_its_day_to_its_last_valid_day_and_expired_after() {
    assertThat(RatingStanding.of(RECOGNISED, List.of(silver), List.of(), BASELINE, silver.evaluatedOn()).status()).isEqualTo(Status.IN_FORCE);
    assertThat(RatingStanding.of(RECOGNISED, List.of(silver), List.of(), BASELINE, silver.validUntil()).status()).isEqualTo(Status.IN_FORCE);
    RatingStanding after = RatingStanding.of(RECOGNISED, List.of(silver), List.of(), BASELINE, silver.validUntil().plusDays(1));
    assertThat(after.status()).isEqualTo(Status.EXPIRED);
    assertThat(after.evaluation()).contains(silver);
    assertThat(after.inForce()).isFalse();
    // before its first evaluation a PO has none; the day before the evaluation is not yet covered
    assertThat(RatingStanding.of(RECOGNISED, List.of(silver), List.of(), BASELINE, silver.evaluatedOn().minusDays(1)).status())
        .isEqualTo(Status.NONE);
    assertThat(RatingStanding.of(RECOGNISED, List.of(), List.of(), BASELINE, DAY).evaluation()).isEmpty();
  }

  @Test
  void of_two_evaluations_in_force_the_latest_stands() {
    Evaluation gold = evaluation("evaluation-2", DAY.minusMonths(1), DAY.plusYears(1), Rating.GOLD);
    RatingStanding s = RatingStanding.of(RECOGNISED, List.of(gold, silver), List.of(), BASELINE, DAY);
    assertThat(s.inForce()).isTrue();
    assertThat(s.evaluation()).contains(gold);
  }

  @Test
  void a_blocking_sanction_in_force_withholds_the_rating_and_says_why_with_article_29() {
    for (SanctionKind kind : List.of(SanctionKind.RECTIFICATION_ORDER, SanctionKind.SUSPENSION, SanctionKind.REVOCATION)) {
      Sanction s = sanction(kind, DAY.minusDays(10), Optional.empty());
      RatingStanding standing = RatingStanding.of(RECOGNISED, List.of(silver), List.of(s), BASELINE, DAY);
      assertThat(standing.status()).as(kind.name()).isEqualTo(Status.WITHHELD);
      assertThat(standing.inForce()).isFalse();
      assertThat(standing.evaluation()).contains(silver);
      assertThat(standing.withheldBy()).singleElement().satisfies(w -> {
        assertThat(w.sanction()).contains(s.id());
        assertThat(w.kind()).isEqualTo(kind);
        assertThat(w.since()).isEqualTo(s.decidedOn());
        assertThat(w.clause()).isEqualTo(Citation.article(29));
        assertThat(w.parameter()).isEqualTo("sanction.blocksRating");
        assertThat(w.reason().zh()).contains("第二十九条").contains(kind.title().zh()).contains("2025年5月22日");
        assertThat(w.reason().en()).contains("Art.29").contains(kind.title().en()).contains("22 May 2025");
      });
      assertThat(standing.reason()).isPresent();
    }
  }

  /** Review stop 28, P5: the withholding is said to be the policy parameters', named with their pack, Art.29 cited as 参照. */
  @Test
  void a_withholding_names_the_policy_parameters_and_cites_art29_for_reference() {
    RatingStanding bySanction = RatingStanding.of(RECOGNISED, List.of(silver), List.of(sanction(SanctionKind.RECTIFICATION_ORDER,
        DAY.minusDays(10), Optional.empty())), BASELINE, DAY);
    RatingStanding bySuspension = RatingStanding.of(stage(LifecycleStage.SUSPENDED, DAY.minusDays(5)), List.of(silver), List.of(), BASELINE, DAY);
    for (RatingStanding st : List.of(bySanction, bySuspension)) {
      assertThat(st.reason().orElseThrow().zh()).contains("依据适用的政策参数（基准参数第1版）").contains("（参照第二十九条）")
          .doesNotContain("按政策规定");
      assertThat(st.reason().orElseThrow().en()).contains("under the policy parameters applied (baseline parameters, version 1)")
          .contains("(see Art.29)").doesNotContain("by the policy");
    }
    assertThat(local("RECTIFICATION_ORDER").sourceOf(dev.clustergov.core.policy.Parameters.SANCTION_BLOCKS_RATING).name().zh())
        .as("a local pack that sets it is the one named").isEqualTo("江苏省苏州市第1版政策参数");
  }

  /** Review stop 28, P2: nothing can be withheld from a PO with no grade, whether a sanction or its suspension stands. */
  @Test
  void no_grade_is_never_withheld() {
    Evaluation none = evaluation("evaluation-3", DAY.minusMonths(1), DAY.plusYears(1), Rating.NONE);
    RatingStanding bySanction = RatingStanding.of(RECOGNISED, List.of(none), List.of(sanction(SanctionKind.RECTIFICATION_ORDER,
        DAY.minusDays(10), Optional.empty())), BASELINE, DAY);
    assertThat(bySanction.status()).isEqualTo(Status.IN_FORCE);
    assertThat(bySanction.withheldBy()).isEmpty();
    assertThat(bySanction.evaluation()).contains(none);
    RatingStanding bySuspension = RatingStanding.of(stage(LifecycleStage.SUSPENDED, DAY.minusDays(5)), List.of(none), List.of(), BASELINE, DAY);
    assertThat(bySuspension.status()).isEqualTo(Status.IN_FORCE);
    assertThat(bySuspension.reason()).isEmpty();
  }

  @Test
  void a_warning_a_lifted_sanction_and_one_decided_after_the_day_do_not_withhold() {
    // the baseline does not list a warning (过罚相当)
    assertThat(RatingStanding.of(RECOGNISED, List.of(silver), List.of(sanction(SanctionKind.WARNING, DAY.minusDays(5), Optional.empty())),
        BASELINE, DAY).status()).isEqualTo(Status.IN_FORCE);
    // lifted on the day: no longer in force that day; lifted the day after: still in force
    Sanction order = sanction(SanctionKind.RECTIFICATION_ORDER, DAY.minusDays(20), Optional.of(DAY));
    assertThat(RatingStanding.of(RECOGNISED, List.of(silver), List.of(order), BASELINE, DAY).status()).isEqualTo(Status.IN_FORCE);
    assertThat(RatingStanding.of(RECOGNISED, List.of(silver), List.of(order), BASELINE, DAY.minusDays(1)).status()).isEqualTo(Status.WITHHELD);
    assertThat(RatingStanding.of(RECOGNISED, List.of(silver), List.of(order), BASELINE, DAY.minusDays(1)).label())
        .isEqualTo(dev.clustergov.core.kernel.Text.of("因处理决定暂停适用", "withheld under a sanction"));
    // decided the day after: not yet; decided on the day: already
    Sanction tomorrow = sanction(SanctionKind.SUSPENSION, DAY.plusDays(1), Optional.empty());
    assertThat(RatingStanding.of(RECOGNISED, List.of(silver), List.of(tomorrow), BASELINE, DAY).status()).isEqualTo(Status.IN_FORCE);
    assertThat(RatingStanding.of(RECOGNISED, List.of(silver), List.of(tomorrow), BASELINE, DAY.plusDays(1)).status()).isEqualTo(Status.WITHHELD);
  }

  @Test
  void the_policy_in_force_decides_which_kinds_withhold() {
    Policy warningsToo = local("WARNING");
    Sanction warning = sanction(SanctionKind.WARNING, DAY.minusDays(5), Optional.empty());
    Sanction order = sanction(SanctionKind.RECTIFICATION_ORDER, DAY.minusDays(5), Optional.empty());
    assertThat(RatingStanding.of(RECOGNISED, List.of(silver), List.of(warning), warningsToo, DAY).status()).isEqualTo(Status.WITHHELD);
    assertThat(RatingStanding.of(RECOGNISED, List.of(silver), List.of(order), warningsToo, DAY).status()).isEqualTo(Status.IN_FORCE);
  }

  @Test
  void a_suspension_or_revocation_through_the_lifecycle_withholds_as_the_sanction_would() {
    RatingStanding suspended = RatingStanding.of(stage(LifecycleStage.SUSPENDED, DAY.minusDays(30)), List.of(silver), List.of(), BASELINE, DAY);
    assertThat(suspended.status()).isEqualTo(Status.WITHHELD);
    // named by its cause: no sanction is recorded, so not 因处理决定 (review stop 26, item 3)
    assertThat(suspended.label().zh()).isEqualTo("因认定暂停而暂停适用");
    assertThat(suspended.label().en()).isEqualTo("withheld while recognition is suspended");
    assertThat(RatingStanding.of(stage(LifecycleStage.REVOKED, DAY.minusDays(30)), List.of(silver), List.of(), BASELINE, DAY).label().zh())
        .isEqualTo("因认定撤销而暂停适用");
    assertThat(suspended.withheldBy()).singleElement().satisfies(w -> {
      assertThat(w.sanction()).isEmpty();
      assertThat(w.kind()).isEqualTo(SanctionKind.SUSPENSION);
      assertThat(w.since()).isEqualTo(DAY.minusDays(30));
      assertThat(w.reason().zh()).contains("认定已于2025年5月2日暂停").contains("第二十九条");
      assertThat(w.reason().en()).contains("suspended on 2 May 2025").contains("Art.29");
    });
    assertThat(RatingStanding.of(stage(LifecycleStage.REVOKED, DAY.minusDays(30)), List.of(silver), List.of(), BASELINE, DAY).withheldBy())
        .singleElement().satisfies(w -> assertThat(w.kind()).isEqualTo(SanctionKind.REVOCATION));
    // before the stage changed, the stage says nothing of that day
    assertThat(RatingStanding.of(stage(LifecycleStage.SUSPENDED, DAY.plusDays(1)), List.of(silver), List.of(), BASELINE, DAY).status())
        .isEqualTo(Status.IN_FORCE);
    // a recorded suspension in force is said once, by its record
    Sanction recorded = sanction(SanctionKind.SUSPENSION, DAY.minusDays(30), Optional.empty());
    assertThat(RatingStanding.of(stage(LifecycleStage.SUSPENDED, DAY.minusDays(30)), List.of(silver), List.of(recorded), BASELINE, DAY)
        .withheldBy()).singleElement().satisfies(w -> assertThat(w.sanction()).contains(recorded.id()));
    // a policy that lists no suspension lets the rating stand
    Policy none = local("");
    assertThat(RatingStanding.of(stage(LifecycleStage.SUSPENDED, DAY.minusDays(30)), List.of(silver), List.of(), none, DAY).status())
        .isEqualTo(Status.IN_FORCE);
  }

  @Test
  void an_expired_rating_is_expired_whatever_withholds_it() {
    Sanction order = sanction(SanctionKind.RECTIFICATION_ORDER, DAY.minusDays(5), Optional.empty());
    Evaluation old = evaluation("evaluation-0", DAY.minusYears(3), DAY.minusYears(1), Rating.GOLD);
    assertThat(RatingStanding.of(RECOGNISED, List.of(old), List.of(order), BASELINE, DAY).status()).isEqualTo(Status.EXPIRED);
  }

  @Test
  void a_standing_is_consistent_with_itself() {
    assertThatThrownBy(() -> new RatingStanding(Status.WITHHELD, Optional.of(silver), List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RatingStanding(Status.NONE, Optional.of(silver), List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RatingStanding(Status.IN_FORCE, Optional.empty(), List.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_statuses_are_named_in_chinese_and_english() {
    for (Status s : Status.values()) {
      assertThat(s.label().zh()).isNotBlank().doesNotContainPattern("[A-Za-z]");
      assertThat(s.label().en()).isNotBlank();
    }
  }
}
