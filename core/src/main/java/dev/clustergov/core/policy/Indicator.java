package dev.clustergov.core.policy;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Text;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An evaluation indicator (评价指标, Art.28): a stable id, the dimension it belongs to, the clause it
 * comes from, its weight in the total, what it measures (with the measure's argument: rule ids joined
 * by {@code +}, a function or a talent level, or empty), the target at which it scores 100 %, and the
 * threshold, in percent of the full score, that gold requires of every indicator.
 *
 * <p>Written {@code id:DIMENSION:clause:weight:MEASURE(argument):target:threshold}, e.g.
 * {@code O1:OPERATION:Art.18:2:ACTIVITIES(GUIDE_STRATEGY):4:25}.
 */
public record Indicator(
    String id, Dimension dimension, Citation source, int weight, Measure measure, String argument,
    BigDecimal target, BigDecimal thresholdPercent) {

  public static final BigDecimal HUNDRED = new BigDecimal("100");

  public Indicator {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(dimension, "dimension");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(argument, "argument");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(thresholdPercent, "thresholdPercent");
    if (weight < 0 || target.signum() <= 0 || thresholdPercent.signum() < 0 || thresholdPercent.compareTo(HUNDRED) > 0) {
      throw new IllegalArgumentException("indicator " + id + ": weight, target or threshold out of range");
    }
  }

  /** The argument's parts: the rule ids of a {@link Measure#RULES} indicator, else the one argument or nothing. */
  public java.util.List<String> arguments() {
    return argument.isEmpty() ? java.util.List.of() : java.util.List.of(argument.split("\\+"));
  }

  /** How the indicator is written, e.g. {@code ACTIVITIES(GUIDE_STRATEGY)} or {@code MEMBERS}. */
  public String measureText() {
    return argument.isEmpty() ? measure.name() : measure.name() + "(" + argument + ")";
  }

  /**
   * The title where the rule book is not known: as {@link #title(java.util.function.Function)}, a list of rule ids named by
   * the indicator's own clause alone, for the policy does not see which clauses its rules cite (decision 0610). What a
   * report shows is titled by the rule book ({@code EvaluationEngine}, the evaluation report).
   */
  public Text title() {
    return title(rule -> java.util.List.of());
  }

  /**
   * A title in both languages, the argument named in each: 服务活动数（精准引导集群战略方向）/ service activities held (guide the
   * cluster's strategic direction); a list of rule ids is named by the indicator's clause and by every clause its rules cite,
   * as {@code citations} gives each rule's (the rule book's citations, decision 0610), counted in Chinese
   * in both languages (第十五条、第十六条要求的符合比例（共2项）/ share of the requirements of Art.15, Art.16 met (2 rules)), the
   * rules themselves named under the indicator by their requirements and clauses (decision 0565). The English once listed the
   * rule ids where the Chinese counts them: the two lines of one report said different things (review stop 27, item 10). Not the constant's name: a reader of the Chinese report saw 服务活动数（GUIDE_STRATEGY）.
   */
  public Text title(java.util.function.Function<String, java.util.List<Citation>> citations) {
    Objects.requireNonNull(citations, "citations");
    if (argument.isEmpty()) {
      return measure.title();
    }
    if (measure.argument() == Measure.Argument.RULE_IDS) {
      int n = arguments().size();
      java.util.List<Citation> clauses = ruleClauses(citations);
      return Text.of(clauses.stream().map(Citation::formatChinese).collect(java.util.stream.Collectors.joining("、")) + "要求的符合比例（共" + n + "项）",
          "share of the requirements of " + clauses.stream().map(Citation::format).collect(java.util.stream.Collectors.joining(", "))
              + " met (" + n + (n == 1 ? " rule)" : " rules)"));
    }
    Text named = switch (measure.argument()) {
      case OPTIONAL_FUNCTION -> constant(dev.clustergov.core.guideline.Function.class).map(f -> f.title()).orElse(null);
      case OPTIONAL_TALENT_LEVEL -> constant(dev.clustergov.core.operation.TalentLevel.class).map(l -> l.title()).orElse(null);
      default -> null;
    };
    Text arg = named == null ? Text.of(argument, argument)
        : Text.of(named.zh(), Character.toLowerCase(named.en().charAt(0)) + named.en().substring(1));
    return Text.of(measure.title().zh() + "（" + arg.zh() + "）", measure.title().en() + " (" + arg.en() + ")");
  }

  /**
   * The clauses the indicator counts: for a rule list, {@link #ruleClauses} (its own clause and every clause its rules cite);
   * for any other, its own clause. A report's 依据 and its trace name all of them: a reader saw 第十六条 beside
   * “第十五条、第十六条要求的符合比例” (review stop 27, item 10).
   */
  public java.util.List<Citation> clauses(java.util.function.Function<String, java.util.List<Citation>> citations) {
    Objects.requireNonNull(citations, "citations");
    return measure.argument() == Measure.Argument.RULE_IDS && !argument.isEmpty() ? ruleClauses(citations) : java.util.List.of(source);
  }

  /**
   * The clauses a rule list stands for: the indicator's own clause and every clause its rules cite ({@code citations} of
   * each rule id; none for a rule it does not know), those another covers left out, in the guideline's order. A reader saw
   * 第十六条 over a count that included an Art.15 rule.
   */
  java.util.List<Citation> ruleClauses(java.util.function.Function<String, java.util.List<Citation>> citations) {
    java.util.TreeSet<Citation> all = new java.util.TreeSet<>();
    all.add(source);
    for (String id : arguments()) {
      all.addAll(citations.apply(id));
    }
    return all.stream().filter(c -> all.stream().noneMatch(o -> !o.equals(c) && o.covers(c))).toList();
  }

  private <E extends Enum<E>> java.util.Optional<E> constant(Class<E> type) {
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(argument)) {
        return java.util.Optional.of(e);
      }
    }
    return java.util.Optional.empty();
  }

  /** The canonical text form. */
  public String format() {
    return id + ":" + dimension.name() + ":" + source.format() + ":" + weight + ":" + measureText() + ":"
        + target.stripTrailingZeros().toPlainString() + ":" + thresholdPercent.stripTrailingZeros().toPlainString();
  }
}
