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
    String allowed = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
    return Validation.invalid(Violation.of(field, "enum", "该项须为以下之一：" + choicesZh(type), field + " must be one of: " + allowed));
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

  /** A day written {@code YYYY-MM-DD}; its range is the command's to judge ({@link Validations#day}). */
  public static Validation<Violation, LocalDate> day(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return Validation.invalid(Violation.of(field, "required", "该项不能为空", field + " is required"));
    }
    try {
      return Validation.valid(LocalDate.parse(raw.strip()));
    } catch (DateTimeParseException e) {
      return Validation.invalid(Violation.of(field, "date", "该项须为“YYYY-MM-DD”格式的日期", field + " must be a date YYYY-MM-DD"));
    }
  }
}
