package dev.clustergov.core.kernel;

import io.vavr.control.Validation;

/** Shared shape of typed identifiers: letters, digits, '-', '_' and '.', 1–64 characters. */
public final class Identifier {
  private static final java.util.regex.Pattern SHAPE = java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
  private Identifier() {}

  public static boolean wellFormed(String s) {
    return s != null && SHAPE.matcher(s).matches();
  }

  public static Validation<Violation, String> check(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(Violation.of(field, "required", "该项不能为空", field + " is required"));
    }
    return wellFormed(raw)
        ? Validation.valid(raw)
        : Validation.invalid(Violation.of(field, "identifier", "该项不是有效标识：只能由字母、数字和“-”“_”“.”组成，最多64个字符",
            field + " is not an identifier (letters, digits, '-', '_', '.', at most 64 characters)"));
  }

  public static String require(String raw) {
    if (!wellFormed(raw)) {
      throw new IllegalArgumentException("not an identifier: " + raw);
    }
    return raw;
  }
}
