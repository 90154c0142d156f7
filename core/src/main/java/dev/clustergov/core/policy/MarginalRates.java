package dev.clustergov.core.policy;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;
import java.math.BigDecimal;

/**
 * Marginal tiered rates (分档累进比例, Art.29): the part of an amount up to each bound is rewarded at
 * that tier's rate, like a progressive tax. Written {@code 10000000.00:1,100000000.00:0.5,*:0.2}: the
 * first 10 million yuan at 1 %, the part from 10 to 100 million at 0.5 %, the part above at 0.2 %.
 *
 * <p>Well-formed rates have strictly ascending bounds and an open last tier ({@code *}); rates are
 * percentages from 0 to 100 with at most four decimals. Each tier's reward is rounded down to the fen,
 * so a larger amount never earns less.
 */
public final class MarginalRates {
  private static final java.util.regex.Pattern RATE = java.util.regex.Pattern.compile("[0-9]{1,3}(\\.[0-9]{1,4})?");

  /** One tier: the part of the amount up to {@code upTo} (open when empty) earns {@code percent}. */
  public record Tier(Option<Money> upTo, BigDecimal percent) {

    String format() {
      return upTo.map(Money::toString).getOrElse("*") + ":" + canonical(percent).toPlainString();
    }
  }

  /** One tier's share of a computed reward: the part of the base in it, its rate and what it earns. */
  public record Share(Money from, Option<Money> upTo, Money portion, BigDecimal percent, Money reward) {}

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private final List<Tier> tiers;

  private MarginalRates(List<Tier> tiers) {
    this.tiers = tiers;
  }

  /** Parses {@code bound:percent,…,*:percent}, reporting every malformed or out-of-order tier. */
  public static Validation<Seq<Violation>, MarginalRates> parse(String field, String raw) {
    String s = raw == null ? "" : raw.strip();
    if (s.isEmpty()) {
      return Validation.invalid(List.of(Violation.of(field, "required",
          "该项至少需要一个档位", field + " needs at least one tier")));
    }
    String[] parts = s.split(",", -1);
    List<Violation> bad = List.empty();
    List<Tier> tiers = List.empty();
    for (int i = 0; i < parts.length; i++) {
      String f = field + "[" + i + "]";
      String[] cell = parts[i].strip().split(":", -1);
      if (cell.length != 2) {
        bad = bad.append(Violation.of(f, "not-a-tier",
            "该项应为“金额上限:比例”，如“10000000.00:1”", f + " must be 'upper bound:percent', such as 10000000.00:1"));
        continue;
      }
      String bound = cell[0].strip();
      Validation<Violation, Option<Money>> upTo = bound.equals("*")
          ? Validation.valid(Option.none())
          : Money.parse(f + ".upTo", bound).map(Option::some);
      Validation<Violation, BigDecimal> percent = percent(f + ".percent", cell[1]);
      if (upTo.isInvalid() || percent.isInvalid()) {
        if (upTo.isInvalid()) {
          bad = bad.append(upTo.getError());
        }
        if (percent.isInvalid()) {
          bad = bad.append(percent.getError());
        }
        continue;
      }
      tiers = tiers.append(new Tier(upTo.get(), percent.get()));
    }
    if (!bad.isEmpty()) {
      return Validation.invalid(bad);
    }
    Seq<Violation> order = ordering(field, tiers);
    return order.isEmpty() ? Validation.valid(new MarginalRates(tiers)) : Validation.invalid(order);
  }

  /** For rates written in code; a bad table is a bug. */
  public static MarginalRates from(Tier... tiers) {
    List<Tier> list = List.of(tiers).map(t -> new Tier(t.upTo(), canonical(t.percent())));
    Seq<Violation> order = ordering("rates", list);
    if (!order.isEmpty() || list.isEmpty()) {
      throw new IllegalArgumentException("bad marginal rates: " + order);
    }
    return new MarginalRates(list);
  }

  /** A tier up to {@code yuan} (a literal such as {@code 10000000.00}) at {@code percent}. */
  public static Tier upTo(String yuan, String percent) {
    return new Tier(Option.some(Money.yuan(yuan)), new BigDecimal(percent));
  }

  /** The open last tier at {@code percent}. */
  public static Tier above(String percent) {
    return new Tier(Option.none(), new BigDecimal(percent));
  }

  private static Validation<Violation, BigDecimal> percent(String field, String raw) {
    String s = raw == null ? "" : raw.strip();
    if (!RATE.matcher(s).matches()) {
      return Validation.invalid(Violation.of(field, "not-a-percentage",
          "该项应为百分数（至多四位小数，如“0.5”）", field + " must be a percentage with at most four decimals, such as 0.5"));
    }
    BigDecimal v = new BigDecimal(s);
    if (v.compareTo(HUNDRED) > 0) {
      return Validation.invalid(Violation.of(field, "out-of-range", "该项不能超过100", field + " must not exceed 100"));
    }
    return Validation.valid(canonical(v));
  }

  private static Seq<Violation> ordering(String field, List<Tier> tiers) {
    List<Violation> bad = List.empty();
    for (int i = 0; i < tiers.size(); i++) {
      String f = field + "[" + i + "]";
      Tier t = tiers.get(i);
      boolean last = i == tiers.size() - 1;
      if (t.upTo().isEmpty() && !last) {
        bad = bad.append(Violation.of(f, "tiers-open-early",
            "该项只有最后一档可以不设上限（*）", f + ": only the last tier may be open (*)"));
      }
      if (last && t.upTo().isDefined()) {
        bad = bad.append(Violation.of(f, "tiers-not-open",
            "该项最后一档不应设上限（以*表示），使任何金额都有比例", f + ": the last tier must be open (*) so that every amount has a rate"));
      }
      if (t.upTo().isDefined() && t.upTo().get().isZero()) {
        bad = bad.append(Violation.of(f, "tiers-bounds-order", "该项金额上限应大于0", f + ": an upper bound must be above 0"));
      }
      if (i > 0) {
        Tier before = tiers.get(i - 1);
        if (before.upTo().isDefined() && t.upTo().isDefined() && t.upTo().get().compareTo(before.upTo().get()) <= 0) {
          bad = bad.append(Violation.of(f, "tiers-bounds-order",
              "该项金额上限应严格递增", f + ": upper bounds must be strictly ascending"));
        }
      }
    }
    return bad;
  }

  private static BigDecimal canonical(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }

  public List<Tier> tiers() {
    return tiers;
  }

  /** How {@code base} is rewarded, tier by tier; tiers the base does not reach are left out. */
  public List<Share> shares(Money base) {
    List<Share> out = List.empty();
    Money from = Money.ZERO;
    for (Tier t : tiers) {
      if (!from.isLessThan(base)) {
        break;
      }
      Money top = t.upTo().map(base::min).getOrElse(base);
      Money portion = top.minusFloorZero(from);
      out = out.append(new Share(from, t.upTo(), portion, t.percent(), portion.percent(t.percent())));
      from = t.upTo().getOrElse(base);
    }
    return out;
  }

  /** The reward for {@code base}: the sum of every tier's share, each rounded down to the fen. */
  public Money rewardFor(Money base) {
    return shares(base).foldLeft(Money.ZERO, (sum, s) -> sum.plus(s.reward()));
  }

  /**
   * The rates in words for people, as a policy states them: {@code 5000万元以下部分按0.2%，超过部分按0.1%} and
   * {@code 0.2 % up to 50,000,000 yuan, 0.1 % above}. {@link #format()} stays the parameter's own notation.
   */
  public Text words() {
    java.util.List<String> zh = new java.util.ArrayList<>();
    java.util.List<String> en = new java.util.ArrayList<>();
    Option<Money> from = Option.none();
    for (Tier t : tiers) {
      String rate = canonical(t.percent()).toPlainString();
      if (t.upTo().isDefined()) {
        String to = t.upTo().get().yuan().toPlainString();
        zh.add((from.isEmpty() ? "" : "超过" + wan(from.get()) + "至") + wan(t.upTo().get()) + (from.isEmpty() ? "以下" : "") + "部分按" + rate + "%");
        en.add(rate + " % " + (from.isEmpty() ? "up to " : "from " + grouped(from.get()) + " to ") + grouped(t.upTo().get()) + " yuan");
      } else if (from.isEmpty()) {
        zh.add("全额按" + rate + "%");
        en.add(rate + " % of the whole amount");
      } else {
        zh.add((tiers.size() == 2 ? "超过部分" : "超过" + wan(from.get()) + "部分") + "按" + rate + "%");
        en.add(rate + " % above" + (tiers.size() == 2 ? "" : " " + grouped(from.get()) + " yuan"));
      }
      from = t.upTo();
    }
    return Text.of(String.join("，", zh), String.join(", ", en));
  }

  private static final BigDecimal WAN = new BigDecimal("10000");
  private static final BigDecimal YI = new BigDecimal("100000000");

  /** An amount in the units a Chinese policy writes: 亿元 or 万元 when whole, else 元. */
  private static String wan(Money m) {
    BigDecimal y = m.yuan();
    if (y.remainder(YI).signum() == 0) {
      return canonical(y.divide(YI)).toPlainString() + "亿元";
    }
    if (y.remainder(WAN).signum() == 0) {
      return canonical(y.divide(WAN)).toPlainString() + "万元";
    }
    return canonical(y).toPlainString() + "元";
  }

  private static String grouped(Money m) {
    BigDecimal y = canonical(m.yuan());
    return String.format(java.util.Locale.ROOT, y.scale() == 0 ? "%,.0f" : "%,.2f", y);
  }

  public String format() {
    return tiers.map(Tier::format).mkString(",");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof MarginalRates r && r.format().equals(format());
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
