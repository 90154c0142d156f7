package dev.clustergov.core.application;

import dev.clustergov.core.kernel.Validations;
import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/** Parsing helpers the Chapter 3 use cases share: optional dates, bounded lists, distinct names. */
final class Inputs {
  private Inputs() {}

  static final int MAX_ITEMS = 50;

  /** A date, or {@code today} when none is given. */
  static Validation<Seq<Violation>, LocalDate> dateOr(String field, String raw, LocalDate today) {
    return raw == null || raw.isBlank() ? Validation.valid(today) : Validations.seq(FoundingApplication.date(field, raw));
  }

  /** Every text of {@code raw}: present, between {@code min} and {@link #MAX_ITEMS} entries, distinct. */
  static Validation<Seq<Violation>, java.util.List<String>> distinctTexts(String field, java.util.List<String> raw, int min, int max) {
    if (raw == null || raw.size() < min || raw.size() > MAX_ITEMS) {
      return Validation.invalid(List.of(Violation.of(field, "count", field + " 须有 " + min + " 至 " + MAX_ITEMS + " 项",
          field + " needs " + min + " to " + MAX_ITEMS + " entries")));
    }
    return Validations.each(field, raw, s -> Validations.seq(Validations.text("", s, max))).flatMap(names -> {
      Set<String> seen = new HashSet<>();
      List<Violation> dups = List.empty();
      for (String n : names) {
        if (!seen.add(n)) {
          dups = dups.append(Violation.of(field, "duplicate", field + " 中重复：" + n, field + " repeats " + n));
        }
      }
      return dups.isEmpty() ? Validation.valid(names.toJavaList()) : Validation.invalid(dups);
    });
  }

  static Validation<Seq<Violation>, Optional<String>> optionalText(String field, String raw, int max) {
    return FoundingApplication.optionalText(field, raw, max);
  }

  static <E extends Enum<E>> Validation<Seq<Violation>, E> enumValue(String field, Class<E> type, String raw) {
    return Validations.seq(FoundingApplication.enumValue(field, type, raw));
  }
}
