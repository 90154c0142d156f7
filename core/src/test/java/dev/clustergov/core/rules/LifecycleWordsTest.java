package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 (decision 0597): the lifecycle's words. The guard's evidence names the stage the PO is in 当前状态 and the one
 * the command would give it 拟变更状态 — never 起始, the label of a date's start that shares the JSON key {@code from} —
 * and a PO still proposed whose founders give it up ends its founding (终止筹建): it is not 注销ed.
 */
class LifecycleWordsTest {

  @Test
  void theLifecycleGuardNamesTheCurrentAndTheProposedStageAndKeepsItsKeys() {
    Finding f = Guard.LIFECYCLE.check(new Guard.Move("RecogniseOrganization", LifecycleStage.PROPOSED,
        Set.of(LifecycleStage.ESTABLISHED), Optional.of(LifecycleStage.RECOGNISED))).orElseThrow();

    assertThat(f.evidence()).extracting(Evidence::name).containsExactly("from", "to");
    assertThat(f.evidence()).extracting(Evidence::value).containsExactly("PROPOSED", "RECOGNISED");
    assertThat(f.evidence()).extracting(e -> e.line().zh()).containsExactly("当前状态：筹建中", "拟变更状态：已认定");
    assertThat(f.evidence()).extracting(e -> e.line().en()).containsExactly("current stage: proposed", "proposed stage: recognised");
  }

  @Test
  void aDateStartStillReadsAsADate() {
    // the table's label of from is a date's: only the guard reads it as a stage
    assertThat(Evidence.of("from", java.time.LocalDate.of(2025, 3, 1)).line().zh()).isEqualTo("起始：2025年3月1日");
  }

  @Test
  void dissolvingAProposedPoEndsItsFounding() {
    assertThat(CommandName.at("DissolveOrganization", LifecycleStage.PROPOSED).operation())
        .satisfies(t -> assertThat(t.zh()).isEqualTo("“终止筹建”操作"))
        .satisfies(t -> assertThat(t.en()).isEqualTo("The operation “end the founding of the PO”"));
    assertThat(CommandName.at("DissolveOrganization", LifecycleStage.ESTABLISHED).words().zh()).isEqualTo("注销");
    assertThat(CommandName.of("DissolveOrganization").words().zh()).isEqualTo("注销");
    // another command keeps its words at any stage; the identifier is the text, whatever the stage
    assertThat(CommandName.at("RecogniseOrganization", LifecycleStage.PROPOSED).words().zh()).isEqualTo("认定");
    assertThat(CommandName.at("DissolveOrganization", LifecycleStage.PROPOSED)).hasToString("DissolveOrganization");
  }

  @Test
  void aRejectionNamesTheOperationAsTakenFromTheStage() {
    Finding f = Guard.DECISION_DATE.check(new Guard.Decided(java.time.LocalDate.of(2025, 1, 1), java.time.LocalDate.of(2025, 6, 1),
        java.time.LocalDate.of(2025, 2, 1))).orElseThrow();
    Rejection proposed = new Rejection("DissolveOrganization", List.of(f), Optional.of(LifecycleStage.PROPOSED));
    Rejection established = new Rejection("DissolveOrganization", List.of(f), Optional.of(LifecycleStage.ESTABLISHED));

    assertThat(proposed.render(dev.clustergov.core.kernel.Language.ZH)).startsWith("“终止筹建”操作未通过：");
    assertThat(established.render(dev.clustergov.core.kernel.Language.ZH)).startsWith("“注销”操作未通过：");
    assertThat(proposed.command()).isEqualTo("DissolveOrganization");
  }

  /**
   * The factories that read a PO's stage and its history from the PO itself (decision 0599), called directly as decision 0605
   * asks (the commands that call them are outside PIT's tests): a PO dissolved while proposed reads 已终止筹建, one dissolved
   * after establishment 已注销, and each factory's guard holds for a PO in a stage its clause allows.
   */
  @Test
  void eachFactoryReadsTheStageAndWhetherThePoWasEverEstablishedFromThePo() {
    PromotionOrganization abandoned = PromotionOrganization.builder().from(Fixtures.organization(LifecycleStage.PROPOSED))
        .stage(LifecycleStage.DISSOLVED).build();
    PromotionOrganization dissolved = Fixtures.organization(LifecycleStage.DISSOLVED);
    PromotionOrganization recognised = Fixtures.organization(LifecycleStage.RECOGNISED);

    Guard.Move move = Guard.Move.operating("OpenInspection", abandoned);
    assertThat(move).isEqualTo(new Guard.Move("OpenInspection", LifecycleStage.DISSOLVED, LifecycleStage.OPERATING, Optional.empty(),
        false));
    assertThat(Guard.Move.operating("OpenInspection", dissolved).everEstablished()).isTrue();
    assertThat(stageWords(Guard.LIFECYCLE.check(move))).isEqualTo("已终止筹建");
    assertThat(Guard.LIFECYCLE.check(Guard.Move.operating("OpenInspection", recognised))).isEmpty();

    assertThat(Guard.Amending.of(abandoned)).isEqualTo(new Guard.Amending(LifecycleStage.DISSOLVED, false));
    assertThat(Guard.Amending.of(dissolved)).isEqualTo(new Guard.Amending(LifecycleStage.DISSOLVED, true));
    assertThat(stageWords(Guard.APPLICATION_OPEN.check(Guard.Amending.of(abandoned)))).isEqualTo("已终止筹建");
    assertThat(stageWords(Guard.APPLICATION_OPEN.check(Guard.Amending.of(dissolved)))).isEqualTo("已注销");
    assertThat(Guard.APPLICATION_OPEN.check(Guard.Amending.of(Fixtures.organization(LifecycleStage.PROPOSED)))).isEmpty();

    assertThat(ManagementRules.Books.of(abandoned)).isEqualTo(new ManagementRules.Books(LifecycleStage.DISSOLVED, false));
    assertThat(ManagementRules.Books.of(dissolved)).isEqualTo(new ManagementRules.Books(LifecycleStage.DISSOLVED, true));
    assertThat(stageWords(ManagementRules.BOOKS_OPEN.check(ManagementRules.Books.of(abandoned)))).isEqualTo("已终止筹建");
    assertThat(ManagementRules.BOOKS_OPEN.check(ManagementRules.Books.of(recognised))).isEmpty();

    assertThat(EvaluationRules.Evaluated.of(abandoned)).isEqualTo(new EvaluationRules.Evaluated(LifecycleStage.DISSOLVED, false));
    assertThat(EvaluationRules.Evaluated.of(dissolved)).isEqualTo(new EvaluationRules.Evaluated(LifecycleStage.DISSOLVED, true));
    assertThat(stageWords(EvaluationRules.EVALUABLE.check(EvaluationRules.Evaluated.of(dissolved)))).isEqualTo("已注销");
    assertThat(EvaluationRules.EVALUABLE.check(EvaluationRules.Evaluated.of(recognised))).isEmpty();
  }

  /** The words of the stage a guard's finding names. */
  private static String stageWords(Optional<Finding> found) {
    return found.orElseThrow().evidence().stream().filter(e -> e.name().equals("stage")).findFirst().orElseThrow().words().zh();
  }
}
