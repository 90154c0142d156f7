package dev.clustergov.core.rules;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Text;
import java.util.List;

/**
 * The conditions on third-party evaluation (第三方评价, Art.28) as command guards: who may evaluate
 * (a registered evaluator independent of the PO), whom (a PO that holds its recognition) and when.
 * The scoring itself is {@code dev.clustergov.core.evaluation.EvaluationEngine}'s.
 */
public final class EvaluationRules {

  static final Citation ART28 = Citation.article(28);

  private EvaluationRules() {}

  /**
   * Art.28: 第三方机构 — the evaluator is a third party: not the PO itself, not a founder or member unit of
   * it, not its supervising authority or that authority's own unit, and not tied to it within the
   * policy's cooling-off period ({@code evaluation.coolingOffMonths}).
   */
  public static final Guard<?> INDEPENDENT = new Guard<>("A28-independent-evaluator", List.of(ART28),
      Text.of("评价须由第三方机构进行：评价机构不得是被评价的促进组织本身、其发起单位或成员单位、其主管部门或主管部门所属单位，亦不得在冷却期内与其存在关联",
          "Evaluation is by a third party: the evaluator may not be the PO itself, its founder or member unit, its supervising authority or that authority's own unit, nor tied to it within the cooling-off period"));

  /** Art.28 with Art.6: the PO evaluated holds its recognition (recognised, or suspended when rated none). */
  public static final Guard<?> EVALUABLE = new Guard<>("A28-recognised-organization", List.of(ART28, Citation.article(6)),
      Text.of("第三方评价的对象是已认定的集群发展促进组织：筹建、组建中或已撤销、注销的组织不予评价",
          "Third-party evaluation is of recognised POs: one proposed, merely established, revoked or dissolved is not evaluated"));

  /** An evaluation is dated on a day that has come, after the evaluator was registered and the PO recognised. */
  public static final Guard<?> EVALUATION_DATE = new Guard<>("A28-evaluation-date", List.of(ART28),
      Text.of("评价日期不得晚于今日，且不得早于评价机构登记和促进组织认定之日",
          "An evaluation is dated no later than today and no earlier than the evaluator's registration and the PO's recognition"));

  /** The registry holds an evaluator once: one unified social credit code, one entry. */
  public static final Guard<?> ONE_ENTRY = new Guard<>("A28-evaluator-once", List.of(ART28),
      Text.of("第三方评估机构按统一社会信用代码登记，每个机构只登记一次",
          "Third-party evaluators are registered by unified social credit code, each once"));

  public static final List<Guard<?>> GUARDS = List.of(INDEPENDENT, EVALUABLE, EVALUATION_DATE, ONE_ENTRY);
}
