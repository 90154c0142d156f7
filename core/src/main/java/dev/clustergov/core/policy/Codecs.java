package dev.clustergov.core.policy;

import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Validation;

/** Shared pieces of the codecs. */
final class Codecs {
  private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("-?\\d+");

  private Codecs() {}

  static Validation<Violation, Integer> integer(String field, String raw, int min, int max) {
    String s = raw == null ? "" : raw.strip();
    if (!INTEGER.matcher(s).matches()) {
      return Validation.invalid(Violation.of(field, "not-a-number",
          "该项应为整数", field + " must be a whole number"));
    }
    var n = new java.math.BigInteger(s);
    if (n.signum() < 0 && min >= 0) {
      return Validation.invalid(Violation.of(field, "negative",
          "该项不能为负数", field + " must not be negative"));
    }
    if (n.compareTo(java.math.BigInteger.valueOf(min)) < 0 || n.compareTo(java.math.BigInteger.valueOf(max)) > 0) {
      return Validation.invalid(Violation.of(field, "out-of-range",
          "该项应在" + min + "至" + max + "之间",
          field + " must be between " + min + " and " + max));
    }
    return Validation.valid(n.intValueExact());
  }

  /** A comma-separated set: each element checked under {@code field[i]}; duplicates refused. */
  static <E extends Comparable<? super E>> Validation<Seq<Violation>, SortedSet<E>> set(
      String field, String raw, java.util.function.BiFunction<String, String, Validation<Violation, E>> element) {
    String s = raw == null ? "" : raw.strip();
    if (s.isEmpty()) {
      return Validation.valid(TreeSet.empty());
    }
    SortedSet<E> ok = TreeSet.empty();
    List<Violation> bad = List.empty();
    String[] parts = s.split(",", -1);
    for (int i = 0; i < parts.length; i++) {
      String f = field + "[" + i + "]";
      String part = parts[i].strip();
      if (part.isEmpty()) {
        bad = bad.append(Violation.of(f, "required", "该项不能为空", f + " is empty"));
        continue;
      }
      Validation<Violation, E> v = element.apply(f, part);
      if (v.isInvalid()) {
        bad = bad.append(v.getError());
      } else if (ok.contains(v.get())) {
        bad = bad.append(Violation.of(f, "duplicate", "“" + part + "”重复", "'" + part + "' is repeated"));
      } else {
        ok = ok.add(v.get());
      }
    }
    return bad.isEmpty() ? Validation.valid(ok) : Validation.invalid(bad);
  }

  static String names(Class<? extends Enum<?>> type) {
    return List.of(type.getEnumConstants()).map(Enum::name).mkString(", ");
  }

  /** The constants of {@code type} for a Chinese text: each in full-width quotes, joined by 、. */
  static String quotedNames(Class<? extends Enum<?>> type) {
    return List.of(type.getEnumConstants()).map(e -> "“" + e.name() + "”").mkString("、");
  }
}
