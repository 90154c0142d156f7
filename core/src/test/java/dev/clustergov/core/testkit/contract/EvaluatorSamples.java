package dev.clustergov.core.testkit.contract;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.policy.Dimension;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.EvaluationId;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.EvaluatorId;
import dev.clustergov.core.supervision.EvaluatorTie;
import dev.clustergov.core.supervision.Explanation;
import dev.clustergov.core.supervision.IndicatorScore;
import dev.clustergov.core.supervision.Rating;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Evaluators and evaluations for the port contracts (Art.28): evaluators with and without an
 * affiliated authority and ties; evaluations of {@link DisputeSamples#PO} and
 * {@link DisputeSamples#OTHER_PO} by {@link #EVALUATOR}, with scores and a three-level explanation
 * whose texts carry the characters a store might mangle.
 */
public final class EvaluatorSamples {

  public static final EvaluatorId EVALUATOR = new EvaluatorId("evaluator-001");
  static final LocalDate DAY = LocalDate.of(2025, 3, 3);

  private EvaluatorSamples() {}

  /** A check character computed from 17 characters. */
  public static String code(String first17) {
    return first17 + CreditCode.checkCharacter(first17);
  }

  public static Evaluator evaluator(String id, String first17) {
    return new Evaluator(new EvaluatorId(id), 0, "评估机构 " + id, new CreditCode(code(first17)),
        Samples.authority().id(), DAY.minusYears(1), Optional.empty(), List.of());
  }

  /** The sample evaluator every sample evaluation names. */
  public static Evaluator evaluator() {
    return evaluator(EVALUATOR.value(), "91110000MA0EYAL01");
  }

  /** An evaluator of an authority's own, with two declared ties, one still running. */
  public static Evaluator tied(String id, String first17) {
    return new Evaluator(new EvaluatorId(id), 0, "工信研究院", new CreditCode(code(first17)), Samples.authority().id(),
        DAY.minusYears(2), Optional.of(new AuthorityId("authority-0099")), List.of(
            new EvaluatorTie(DisputeSamples.PO, "咨询服务", DAY.minusYears(2), Optional.of(DAY.minusMonths(3))),
            new EvaluatorTie(DisputeSamples.OTHER_PO, "派驻人员 | \\ 换行\n第二行", DAY.minusMonths(1), Optional.empty())));
  }

  public static Explanation trace() {
    Explanation evidence = Explanation.leaf(Explanation.Kind.EVIDENCE,
        Text.of("证据 a|b = \\x\n下一行", "evidence a|b = \\x\nnext line"), List.of(Citation.point(8, 2, 5)));
    Explanation rule = Explanation.of(Explanation.Kind.RULE, Text.of("规则通过", "rule passes"),
        List.of(Citation.item(8, 2), Citation.point(8, 2, 2)), List.of(evidence));
    Explanation indicator = Explanation.of(Explanation.Kind.INDICATOR, Text.of("G2 指标", "G2 indicator"),
        List.of(Citation.item(8, 2)), List.of(rule, Explanation.leaf(Explanation.Kind.EVIDENCE, Text.of("", ""), List.of())));
    return Explanation.of(Explanation.Kind.VERDICT, Text.of("评价结果：银标", "Rating: silver"), List.of(Citation.article(28)),
        List.of(indicator, Explanation.leaf(Explanation.Kind.SANCTION, Text.of("无", "none"), List.of(Citation.article(29)))));
  }

  public static Evaluation evaluation(String id, OrganizationId po, LocalDate on) {
    return new Evaluation(new EvaluationId(id), 0, po, EVALUATOR, on, on.plusMonths(24).minusDays(1),
        new BigDecimal("71.25"), Rating.SILVER, "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef",
        List.of("000000 v1 from 2023-12-01", "320000 v2 from 2024-07-01"),
        List.of(new IndicatorScore("G2", Dimension.GOVERNANCE, Citation.item(8, 2), 5, new BigDecimal("66.66"),
                new BigDecimal("100"), new BigDecimal("66.66"), new BigDecimal("66")),
            new IndicatorScore("R1", Dimension.RESULTS, Citation.article(29), 3, new BigDecimal("123456789012.34"),
                new BigDecimal("100000000"), new BigDecimal("100.00"), new BigDecimal("30"))),
        Optional.of(trace()));
  }

  public static Evaluation evaluation(String id) {
    return evaluation(id, DisputeSamples.PO, DAY);
  }
}
