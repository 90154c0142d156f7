package dev.clustergov.core.application.internal;

import dev.clustergov.core.application.establishment.FoundingApplication;
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
public final class Inputs {
  private Inputs() {}

  public static final int MAX_ITEMS = 50;

  /** Every text of {@code raw}: present, between {@code min} and {@link #MAX_ITEMS} entries, distinct. */
  public static Validation<Seq<Violation>, java.util.List<String>> distinctTexts(String field, java.util.List<String> raw, int min, int max) {
    if (raw == null || raw.size() < min || raw.size() > MAX_ITEMS) {
      return Validation.invalid(List.of(Violation.of(field, "count", "该项须有" + min + "至" + MAX_ITEMS + "项",
          field + " needs " + min + " to " + MAX_ITEMS + " entries")));
    }
    return Validations.each(field, raw, s -> Validations.seq(Validations.text("", s, max))).flatMap(names -> {
      Set<String> seen = new HashSet<>();
      List<Violation> dups = List.empty();
      for (String n : names) {
        if (!seen.add(n)) {
          dups = dups.append(Violation.of(field, "duplicate", "该项中重复：" + n, field + " repeats " + n));
        }
      }
      return dups.isEmpty() ? Validation.valid(names.toJavaList()) : Validation.invalid(dups);
    });
  }

  public static Validation<Seq<Violation>, Optional<String>> optionalText(String field, String raw, int max) {
    return FoundingApplication.optionalText(field, raw, max);
  }

  /** A clause of the guideline that the catalogue has (parsed at the edge by {@code Guideline.citation}). */
  public static Validation<Violation, dev.clustergov.core.guideline.Citation> clause(String field, dev.clustergov.core.guideline.Citation c) {
    if (c == null) {
      return Validation.invalid(Violation.of(field, "required", "该项不能为空", field + " is required"));
    }
    if (dev.clustergov.core.guideline.Guideline.contains(c)) {
      return Validation.valid(c);
    }
    return Validation.invalid(dev.clustergov.core.guideline.Guideline.notInTheGuideline(field, c));
  }

  /** One to {@link #MAX_ITEMS} distinct clauses; a {@code null} element (one that did not parse at the edge) is missing. */
  public static Validation<Seq<Violation>, java.util.List<dev.clustergov.core.guideline.Citation>> clauses(String field,
      java.util.List<dev.clustergov.core.guideline.Citation> raw) {
    if (raw == null || raw.isEmpty() || raw.size() > MAX_ITEMS) {
      return Validation.invalid(List.of(Violation.of(field, "count", "该项须有1至" + MAX_ITEMS + "项",
          field + " needs 1 to " + MAX_ITEMS + " entries")));
    }
    List<Violation> bad = List.empty();
    java.util.List<dev.clustergov.core.guideline.Citation> ok = new java.util.ArrayList<>();
    for (int i = 0; i < raw.size(); i++) {
      var c = clause(field + "[" + i + "]", raw.get(i));
      if (c.isInvalid()) {
        bad = bad.append(c.getError());
      } else if (ok.contains(c.get())) {
        bad = bad.append(Violation.of(field + "[" + i + "]", "duplicate", "该项所列条款（" + c.get().formatChinese() + "）已在前面列出",
            field + " repeats " + c.get().format()));
      } else {
        ok.add(c.get());
      }
    }
    return bad.isEmpty() ? Validation.valid(java.util.List.copyOf(ok)) : Validation.invalid(bad);
  }
}
