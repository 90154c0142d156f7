package dev.clustergov.core.kernel;

import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;

/** Small helpers for collecting every violation of malformed input at once. */
public final class Validations {

  private Validations() {}

  /** A required text: present, not blank, no control characters, at most {@code max} code points. */
  public static Validation<Violation, String> text(String field, String raw, int max) {
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(Violation.of(field, "required", "该项不能为空", field + " is required"));
    }
    String trimmed = raw.strip();
    if (trimmed.codePoints().anyMatch(Validations::isControl)) {
      return Validation.invalid(Violation.of(field, "control-character", "该项含有控制字符",
          field + " contains a control character"));
    }
    if (trimmed.codePointCount(0, trimmed.length()) > max) {
      return Validation.invalid(Violation.of(field, "too-long", "该项超过" + max + "个字符",
          field + " is longer than " + max + " characters"));
    }
    return Validation.valid(trimmed);
  }

  private static boolean isControl(int cp) {
    return Character.getType(cp) == Character.CONTROL || cp == 0x2028 || cp == 0x2029;
  }

  /** Required (non-null) reference. */
  public static <T> Validation<Violation, T> required(String field, T value) {
    return value == null
        ? Validation.invalid(Violation.of(field, "required", "该项不能为空", field + " is required"))
        : Validation.valid(value);
  }

  /** The earliest and latest years a recorded day may fall in: no PO's matter lies outside them. */
  public static final int FIRST_YEAR = 1949;

  public static final int LAST_YEAR = 2200;

  /** A required day (日期) within {@link #FIRST_YEAR}–{@link #LAST_YEAR}. */
  public static Validation<Violation, java.time.LocalDate> day(String field, java.time.LocalDate value) {
    if (value == null) {
      return Validation.invalid(Violation.of(field, "required", "该项不能为空", field + " is required"));
    }
    if (value.getYear() < FIRST_YEAR || value.getYear() > LAST_YEAR) {
      return Validation.invalid(Violation.of(field, "date-range", "该项日期超出范围（" + FIRST_YEAR + "–" + LAST_YEAR + "）",
          field + " is outside " + FIRST_YEAR + "–" + LAST_YEAR));
    }
    return Validation.valid(value);
  }

  /** A day, or {@code otherwise} (usually today) when none is given. */
  public static Validation<Seq<Violation>, java.time.LocalDate> dayOr(String field, java.time.LocalDate value, java.time.LocalDate otherwise) {
    return value == null ? Validation.valid(otherwise) : seq(day(field, value));
  }

  /** Collects the violations of several independent checks; empty when all passed. */
  @SafeVarargs
  public static Seq<Violation> errors(Validation<? extends Seq<Violation>, ?>... checks) {
    List<Violation> all = List.empty();
    for (Validation<? extends Seq<Violation>, ?> check : checks) {
      if (check.isInvalid()) {
        all = all.appendAll(check.getError());
      }
    }
    return all;
  }

  /** Lifts a single-violation validation to one that carries a sequence. */
  public static <T> Validation<Seq<Violation>, T> seq(Validation<Violation, T> v) {
    return v.mapError(List::of);
  }

  /** Prefixes every violation's field with {@code parent}. */
  public static <T> Validation<Seq<Violation>, T> under(String parent, Validation<Seq<Violation>, T> v) {
    return v.mapError(errors -> errors.map(e -> e.under(parent)));
  }

  /** Validates every element, reporting every element's violations under {@code field[i]}. */
  public static <A, B> Validation<Seq<Violation>, List<B>> each(
      String field, Iterable<A> items, java.util.function.Function<A, Validation<Seq<Violation>, B>> parse) {
    List<B> ok = List.empty();
    List<Violation> bad = List.empty();
    int i = 0;
    if (items != null) {
      for (A item : items) {
        Validation<Seq<Violation>, B> v =
            item == null
                ? Validation.invalid(List.of(Violation.of("", "required", "不能为空", "is required")))
                : parse.apply(item);
        final int index = i;
        if (v.isValid()) {
          ok = ok.append(v.get());
        } else {
          bad = bad.appendAll(v.getError().map(e -> e.under(field + "[" + index + "]")));
        }
        i++;
      }
    }
    return bad.isEmpty() ? Validation.valid(ok) : Validation.invalid(bad);
  }
}
