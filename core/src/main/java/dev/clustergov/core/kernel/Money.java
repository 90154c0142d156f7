package dev.clustergov.core.kernel;

import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * An amount of money in yuan (人民币元), exact, at a scale of two decimal places (fen). Never a
 * {@code double}. Negative amounts are refused by {@link #parse}; arithmetic stays exact.
 */
public final class Money implements Comparable<Money> {
  private static final java.util.regex.Pattern DECIMAL = java.util.regex.Pattern.compile("[+-]?[0-9]{1,16}(\\.[0-9]{1,20})?");

  public static final int SCALE = 2;
  /** No amount this library handles exceeds a trillion yuan; a larger one is a typing error. */
  public static final BigDecimal MAX = new BigDecimal("1000000000000.00");

  public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(SCALE));

  private final BigDecimal yuan;

  private Money(BigDecimal yuan) {
    this.yuan = yuan;
  }

  /** Exact yuan; refuses negatives, more than two decimals, and amounts beyond {@link #MAX}. */
  public static Validation<Violation, Money> parse(String field, BigDecimal raw) {
    if (raw == null) {
      return Validation.invalid(Violation.of(field, "required", "该项不能为空", field + " is required"));
    }
    if (raw.signum() < 0) {
      return Validation.invalid(Violation.of(field, "negative", "该项不能为负数", field + " must not be negative"));
    }
    if (raw.stripTrailingZeros().scale() > SCALE) {
      return Validation.invalid(Violation.of(field, "sub-fen", "该项金额最多保留两位小数（精确到分）",
          field + " has more than two decimal places"));
    }
    if (raw.compareTo(MAX) > 0) {
      return Validation.invalid(Violation.of(field, "too-large", "该项超过上限", field + " exceeds the maximum amount"));
    }
    return Validation.valid(new Money(raw.setScale(SCALE, RoundingMode.UNNECESSARY)));
  }

  public static Validation<Violation, Money> parse(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return parse(field, (BigDecimal) null);
    }
    String s = raw.strip();
    if (!DECIMAL.matcher(s).matches()) {
      // plain ASCII decimals only: BigDecimal would also take exponents and other scripts' digits
      return Validation.invalid(Violation.of(field, "not-a-number", "该项不是有效金额", field + " is not an amount"));
    }
    try {
      return parse(field, new BigDecimal(s));
    } catch (NumberFormatException e) {
      return Validation.invalid(Violation.of(field, "not-a-number", "该项不是有效金额", field + " is not an amount"));
    }
  }

  /** For constants in code (policy baselines); throws on a bad literal, which is a bug. */
  public static Money yuan(String literal) {
    return parse("literal", literal).toEither().getOrElseThrow(v -> new IllegalArgumentException(v.toString()));
  }

  public BigDecimal yuan() {
    return yuan;
  }

  public Money plus(Money other) {
    return new Money(yuan.add(other.yuan));
  }

  /** The difference, never below zero. */
  public Money minusFloorZero(Money other) {
    BigDecimal d = yuan.subtract(other.yuan);
    return d.signum() < 0 ? ZERO : new Money(d);
  }

  /** {@code percent} per cent of this amount, rounded down to the fen, so a larger base never gives less. */
  public Money percent(BigDecimal percent) {
    if (percent.signum() < 0) {
      throw new IllegalArgumentException("negative percentage " + percent);
    }
    return new Money(yuan.multiply(percent).movePointLeft(2).setScale(SCALE, RoundingMode.DOWN));
  }

  /** This amount {@code n} times ({@code n} ≥ 0). */
  public Money times(long n) {
    if (n < 0) {
      throw new IllegalArgumentException("negative multiple " + n);
    }
    return new Money(yuan.multiply(BigDecimal.valueOf(n)));
  }

  /** The smaller of the two. */
  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  /** The difference, negative when {@code other} is larger: for comparisons, not for amounts to pay. */
  public BigDecimal minus(Money other) {
    return yuan.subtract(other.yuan);
  }

  public boolean isZero() {
    return yuan.signum() == 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Money o) {
    return yuan.compareTo(o.yuan);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money m && m.yuan.equals(yuan);
  }

  @Override
  public int hashCode() {
    return yuan.hashCode();
  }

  /**
   * The amount as a person reads it, one way in every text (decision 0623, review stop 28 P10, decision 0632): two decimals,
   * the thousands grouped, e.g. {@code 58,774,334.00}; the JSON keeps {@link #toString()}.
   */
  public String grouped() {
    return String.format(java.util.Locale.ROOT, "%,.2f", yuan);
  }

  /** Plain string, e.g. {@code 100000.00}. */
  @Override
  public String toString() {
    return yuan.toPlainString();
  }
}
