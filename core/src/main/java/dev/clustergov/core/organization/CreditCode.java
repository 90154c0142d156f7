package dev.clustergov.core.organization;

import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;

/**
 * A unified social credit code (统一社会信用代码) after GB 32100-2015: 18 characters from the 31-letter
 * alphabet {@code 0-9 A-H J-N P-R T U W-Y} — registration authority, category, six-digit region,
 * nine-character organization code — and a check character computed with weights 3^i mod 31.
 */
public record CreditCode(String value) {

  static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

  public CreditCode {
    if (check(value).isInvalid()) {
      throw new IllegalArgumentException("not a credit code: " + value);
    }
  }

  public static Validation<Violation, CreditCode> parse(String field, String raw) {
    return check(raw == null ? null : raw.strip()).mapError(v -> v.under(field)).map(CreditCode::new);
  }

  public static Validation<Violation, CreditCode> parse(String raw) {
    return parse("creditCode", raw);
  }

  /** The check character for the first 17 characters (all from the alphabet). */
  public static char checkCharacter(String first17) {
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += ALPHABET.indexOf(first17.charAt(i)) * WEIGHTS[i];
    }
    int c = 31 - sum % 31;
    return ALPHABET.charAt(c == 31 ? 0 : c);
  }

  private static Validation<Violation, String> check(String s) {
    if (s == null || s.isEmpty()) {
      return Validation.invalid(Violation.of("", "required", "统一社会信用代码不能为空", "the credit code is required"));
    }
    if (s.length() != 18) {
      return Validation.invalid(Violation.of("", "credit-code-length", "统一社会信用代码须为18位",
          "a unified social credit code has 18 characters"));
    }
    for (int i = 0; i < 18; i++) {
      if (ALPHABET.indexOf(s.charAt(i)) < 0) {
        return Validation.invalid(Violation.of("", "credit-code-character",
            "统一社会信用代码第" + (i + 1) + "位字符无效（不得使用I、O、S、V、Z）",
            "character " + (i + 1) + " of the credit code is not allowed (I, O, S, V, Z never are)"));
      }
    }
    if (!s.substring(2, 8).chars().allMatch(Character::isDigit)) {
      return Validation.invalid(Violation.of("", "credit-code-region", "统一社会信用代码第3–8位须为行政区划码",
          "characters 3–8 of the credit code must be a region code"));
    }
    if (checkCharacter(s) != s.charAt(17)) {
      return Validation.invalid(Violation.of("", "credit-code-check", "统一社会信用代码校验位错误（GB 32100-2015）",
          "the credit code's check character is wrong (GB 32100-2015)"));
    }
    return Validation.valid(s);
  }

  @Override
  public String toString() {
    return value;
  }
}
