package dev.clustergov.adapters.rest;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Parsing;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Turns a request's text into the typed values a command takes (字段解析, decision 0390): days, enum constants, ids,
 * credit codes, clauses, amounts. The core's commands take typed values only; what does not parse is reported here,
 * with its path, and left out ({@code null}), and the request runs on as a {@link Rehearsal} — so the core reports every
 * other violation of the same request, and the answer is one 400 with all of them (decision 0360). Absent or blank
 * text is {@code null} without a violation: whether a value is required is the command's to say.
 */
final class Fields {

  private final Exchange ex;

  Fields(Exchange ex) {
    this.ex = ex;
  }

  /** A day {@code YYYY-MM-DD}; null when absent. */
  LocalDate day(String field, String raw) {
    return value(field, raw, Parsing::day);
  }

  /** One of {@code type}'s constants, by name; null when absent. */
  <E extends Enum<E>> E choice(String field, Class<E> type, String raw) {
    return value(field, raw, (f, r) -> Parsing.constant(f, type, r));
  }

  /**
   * A value by its type's own factory (an id's, a credit code's, a clause's: {@code MembershipId::parse}); null when
   * absent.
   */
  <T> T value(String field, String raw, BiFunction<String, String, Validation<Violation, T>> parse) {
    if (absent(raw)) {
      return null;
    }
    Validation<Violation, T> v = parse.apply(field, raw);
    return v.isValid() ? v.get() : misfit(v.getError());
  }

  /** An exact amount in yuan ({@link Money#parse}: never negative, at most two decimals); null when absent. */
  Money money(String field, BigDecimal raw) {
    if (raw == null) {
      return null;
    }
    Validation<Violation, Money> v = Money.parse(field, raw);
    return v.isValid() ? v.get() : misfit(v.getError());
  }

  /**
   * Each element of a list, by {@code element} given the element's path ({@code field[i]}); an element that does not
   * parse is {@code null}, so the others keep their index. Null when the list is absent.
   */
  <A, T> List<T> each(String field, List<A> raw, BiFunction<String, A, T> element) {
    if (raw == null) {
      return null;
    }
    List<T> out = new ArrayList<>(raw.size());
    for (int i = 0; i < raw.size(); i++) {
      out.add(raw.get(i) == null ? null : element.apply(field + "[" + i + "]", raw.get(i)));
    }
    return out;
  }

  /** A nested part of the request, or null when absent. */
  static <A, T> T part(A raw, Function<A, T> parse) {
    return raw == null ? null : parse.apply(raw);
  }

  private static boolean absent(String raw) {
    return raw == null || raw.isBlank();
  }

  private <T> T misfit(Violation v) {
    ex.misfit(v);
    return null;
  }
}
