package dev.clustergov.core.policy;

import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.math.BigDecimal;

/** A percentage written as a plain decimal (百分比), e.g. {@code 50} or {@code 12.5}: exact, never a double. */
final class Percentages {
  private static final java.util.regex.Pattern PERCENT = java.util.regex.Pattern.compile("[0-9]{1,6}(\\.[0-9]{1,2})?");

  private Percentages() {}

  /** Percentages in {@code [0, max]}, at most two decimals; canonical form without trailing zeros. */
  static Codec<BigDecimal> codec(BigDecimal max) {
    return new Codec<>() {
      @Override
      public Validation<Seq<Violation>, BigDecimal> parse(String field, String raw) {
        String s = raw == null ? "" : raw.strip();
        if (!PERCENT.matcher(s).matches()) {
          return Validation.invalid(List.of(Violation.of(field, "not-a-percentage",
              "该项应为百分数（如“50”或“12.5”）", field + " must be a percentage such as 50 or 12.5")));
        }
        BigDecimal v = new BigDecimal(s);
        if (v.compareTo(max) > 0) {
          return Validation.invalid(List.of(Violation.of(field, "out-of-range",
              "该项不能超过" + max.toPlainString(), field + " must not exceed " + max.toPlainString())));
        }
        return Validation.valid(canonical(v));
      }

      @Override
      public String format(BigDecimal value) {
        return canonical(value).toPlainString();
      }
    };
  }

  private static BigDecimal canonical(BigDecimal v) {
    BigDecimal s = v.stripTrailingZeros();
    return s.scale() < 0 ? s.setScale(0) : s;
  }
}
