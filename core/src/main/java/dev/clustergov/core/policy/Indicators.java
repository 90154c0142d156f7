package dev.clustergov.core.policy;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.operation.TalentLevel;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The indicator set of third-party evaluation (评价指标体系, Art.28): indicators in a stable order,
 * ids unique. Written as the indicators' text forms separated by {@code ;}. Their weights should add
 * up to 100 ({@link Parameters#consistency()} checks it), so a total is a percentage.
 */
public final class Indicators {

  private static final Pattern ID = Pattern.compile("[A-Z][A-Za-z0-9.-]{0,15}");
  private static final Pattern RULE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,13}(\\.[0-9]{1,2})?");
  private static final Pattern MEASURE = Pattern.compile("([A-Z_]+)(?:\\(([^()]*)\\))?");

  private final List<Indicator> indicators;

  private Indicators(List<Indicator> indicators) {
    this.indicators = indicators;
  }

  /** For sets written in code; a bad set is a bug. */
  public static Indicators of(Indicator... indicators) {
    Indicators set = new Indicators(List.of(indicators));
    return parse("indicators", set.format()).toEither().getOrElseThrow(v -> new IllegalArgumentException(v.mkString("; ")));
  }

  public List<Indicator> all() {
    return indicators;
  }

  public int totalWeight() {
    return indicators.map(Indicator::weight).sum().intValue();
  }

  public io.vavr.control.Option<Indicator> byId(String id) {
    return indicators.find(i -> i.id().equals(id));
  }

  public String format() {
    return indicators.map(Indicator::format).mkString(";");
  }

  /** Parses {@code indicator;indicator;…}, reporting every malformed indicator and every repeated id. */
  public static Validation<Seq<Violation>, Indicators> parse(String field, String raw) {
    String s = raw == null ? "" : raw.strip();
    if (s.isEmpty()) {
      return Validation.invalid(List.of(Violation.of(field, "required",
          "该项至少需要一个评价指标", field + " needs at least one indicator")));
    }
    String[] parts = s.split(";", -1);
    List<Violation> bad = List.empty();
    List<Indicator> ok = List.empty();
    for (int i = 0; i < parts.length; i++) {
      String f = field + "[" + i + "]";
      Validation<Seq<Violation>, Indicator> one = indicator(f, parts[i].strip());
      if (one.isInvalid()) {
        bad = bad.appendAll(one.getError());
      } else if (ok.exists(x -> x.id().equals(one.get().id()))) {
        bad = bad.append(Violation.of(f, "duplicate", "该项指标编号“" + one.get().id() + "”重复",
            f + ": indicator id '" + one.get().id() + "' is repeated"));
      } else {
        ok = ok.append(one.get());
      }
    }
    return bad.isEmpty() ? Validation.valid(new Indicators(ok)) : Validation.invalid(bad);
  }

  private static Validation<Seq<Violation>, Indicator> indicator(String f, String text) {
    String[] cell = text.split(":", -1);
    if (cell.length != 7) {
      return Validation.invalid(List.of(Violation.of(f, "not-an-indicator",
          "该项应为“编号:维度:条款:权重:计量(参数):目标值:门槛百分比”",
          f + " must be 'id:DIMENSION:clause:weight:MEASURE(argument):target:threshold'")));
    }
    List<Violation> bad = List.empty();
    String id = cell[0].strip();
    if (!ID.matcher(id).matches()) {
      bad = bad.append(Violation.of(f + ".id", "not-an-indicator-id",
          "该项应以大写字母开头，至多16个字母、数字、“.”或“-”", f + ".id must be a capital letter then up to 15 letters, digits, . or -"));
    }
    Dimension dimension = null;
    for (Dimension d : Dimension.values()) {
      if (d.name().equals(cell[1].strip())) {
        dimension = d;
      }
    }
    if (dimension == null) {
      bad = bad.append(Violation.of(f + ".dimension", "unknown-value",
          "评价维度应为" + Codecs.quotedNames(Dimension.class) + "之一",
          f + ".dimension must be one of " + Codecs.names(Dimension.class)));
    }
    Validation<Violation, Citation> source = Citation.parse(cell[2]).mapError(v -> Violation.of(f + ".source",
        "not-a-citation", "该项不是有效的条款引用（如“第八条第（二）项”或“Art.8(2)”）", f + ".source is not a clause citation such as 第八条第（二）项 or Art.8(2)"));
    bad = source.isInvalid() ? bad.append(source.getError()) : bad;
    Validation<Violation, Integer> weight = Codecs.integer(f + ".weight", cell[3], 0, 100);
    bad = weight.isInvalid() ? bad.append(weight.getError()) : bad;
    var m = MEASURE.matcher(cell[4].strip());
    Measure measure = null;
    String argument = "";
    if (m.matches()) {
      for (Measure x : Measure.values()) {
        if (x.name().equals(m.group(1))) {
          measure = x;
        }
      }
      argument = m.group(2) == null ? "" : m.group(2).strip();
    }
    if (measure == null) {
      bad = bad.append(Violation.of(f + ".measure", "unknown-value",
          "计量方式应为" + Codecs.quotedNames(Measure.class) + "之一（可在括号内带参数）",
          f + ".measure must be one of " + Codecs.names(Measure.class) + " (with an argument in brackets)"));
    } else {
      bad = bad.appendAll(argumentProblems(f + ".measure", measure, argument));
    }
    Validation<Violation, BigDecimal> target = number(f + ".target", cell[5], false);
    bad = target.isInvalid() ? bad.append(target.getError()) : bad;
    Validation<Violation, BigDecimal> threshold = number(f + ".threshold", cell[6], true);
    bad = threshold.isInvalid() ? bad.append(threshold.getError()) : bad;
    if (!bad.isEmpty()) {
      return Validation.invalid(bad);
    }
    return Validation.valid(new Indicator(id, dimension, source.get(), weight.get(), measure, argument,
        target.get(), threshold.get()));
  }

  private static Seq<Violation> argumentProblems(String f, Measure measure, String argument) {
    switch (measure.argument()) {
      case NONE:
        return argument.isEmpty() ? List.empty() : List.of(Violation.of(f, "unexpected-argument",
            "该项的计量方式“" + measure.name() + "”不带参数", f + ": " + measure.name() + " takes no argument"));
      case RULE_IDS: {
        List<String> ids = List.of(argument.split("\\+", -1)).map(String::strip);
        return argument.isEmpty() || ids.exists(x -> !RULE_ID.matcher(x).matches())
            ? List.of(Violation.of(f, "not-rule-ids", "该项应列出以“+”分隔的规则编号",
                f + " must list rule ids separated by +"))
            : List.empty();
      }
      case OPTIONAL_FUNCTION:
        return argument.isEmpty() || List.of(Function.values()).exists(x -> x.name().equals(argument)) ? List.empty()
            : List.of(Violation.of(f, "unknown-value", "该项的参数应为职能" + Codecs.quotedNames(Function.class) + "之一",
                f + ": the argument must be one of the functions " + Codecs.names(Function.class)));
      default:
        return argument.isEmpty() || List.of(TalentLevel.values()).exists(x -> x.name().equals(argument)) ? List.empty()
            : List.of(Violation.of(f, "unknown-value", "该项的参数应为人才层次" + Codecs.quotedNames(TalentLevel.class) + "之一",
                f + ": the argument must be one of the talent levels " + Codecs.names(TalentLevel.class)));
    }
  }

  private static Validation<Violation, BigDecimal> number(String f, String raw, boolean percent) {
    String s = raw == null ? "" : raw.strip();
    if (!NUMBER.matcher(s).matches()) {
      return Validation.invalid(Violation.of(f, "not-a-number", "该项应为非负数（至多两位小数）",
          f + " must be a non-negative number with at most two decimals"));
    }
    BigDecimal v = new BigDecimal(s);
    if (percent && v.compareTo(Indicator.HUNDRED) > 0) {
      return Validation.invalid(Violation.of(f, "out-of-range", "该项不能超过100", f + " must not exceed 100"));
    }
    if (!percent && v.signum() == 0) {
      return Validation.invalid(Violation.of(f, "out-of-range", "该项应大于0", f + " must be above 0"));
    }
    BigDecimal c = v.stripTrailingZeros();
    return Validation.valid(c.scale() < 0 ? c.setScale(0) : c);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Indicators i && i.format().equals(format());
  }

  @Override
  public int hashCode() {
    return format().hashCode();
  }

  @Override
  public String toString() {
    return format();
  }
}
