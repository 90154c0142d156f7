package dev.clustergov.core.kernel;

import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;

/**
 * Values that arrive as text (文本解析), for adapters — the REST adapter, a host's import — that turn what they
 * receive into the typed values the core's commands take (decision 0390). The core's commands never parse text;
 * a value type with a form of its own parses itself ({@code CreditCode.parse}, {@code MembershipId.parse}).
 */
public final class Parsing {

  private Parsing() {}

  /** One of {@code type}'s constants, by its exact name (surrounding spaces ignored). */
  public static <E extends Enum<E>> Validation<Violation, E> constant(String field, Class<E> type, String raw) {
    if (raw != null) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(raw.strip())) {
          return Validation.valid(e);
        }
      }
    }
    return Validation.invalid(Violation.of(field, "enum", "该项须为以下之一：" + choicesZh(type), field + " must be one of: " + choicesEn(type)));
  }

  /**
   * The constants of {@code type} in Chinese, each by its label with its code beside it — 企业（ENTERPRISE）、科研院所（…）
   * (review stop 25 item 6, as the imports page names them); a type that is not {@link Labelled}, by its codes in
   * quotation marks.
   */
  public static <E extends Enum<E>> String choicesZh(Class<E> type) {
    return String.join("、", Arrays.stream(type.getEnumConstants())
        .map(e -> Labelled.of(e).map(t -> t.zh() + "（" + e.name() + "）").orElse("“" + e.name() + "”")).toList());
  }

  /**
   * The constants of {@code type} in English as {@link #choicesZh} gives them in Chinese — annual report (ANNUAL_REPORT), …
   * — so that the two texts of one problem say the same (review stop 27 item 20).
   */
  public static <E extends Enum<E>> String choicesEn(Class<E> type) {
    return String.join(", ", Arrays.stream(type.getEnumConstants())
        .map(e -> Labelled.of(e).map(t -> t.en() + " (" + e.name() + ")").orElse(e.name())).toList());
  }

  /**
   * What a date must look like, by an example rather than an ASCII pattern inside Chinese (review stop 27 item 20), the
   * same example in both languages.
   */
  public static final String DATE_ZH = "该项须为“年-月-日”格式的日期，如“2026-01-31”";
  public static final String DATE_EN = "a date written year-month-day, such as 2026-01-31";

  /** A day written {@code YYYY-MM-DD}; its range is the command's to judge ({@link Validations#day}). */
  public static Validation<Violation, LocalDate> day(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(Violation.of(field, "required", "该项不能为空", field + " is required"));
    }
    try {
      return Validation.valid(LocalDate.parse(raw.strip()));
    } catch (DateTimeParseException e) {
      return Validation.invalid(Violation.of(field, "date", DATE_ZH, field + " must be " + DATE_EN));
    }
  }
}
