package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.CreditCode;
import io.vavr.control.Validation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Collects what is wrong with rows read back, so that one {@link CorruptData} names every problem of
 * an aggregate at once. Each check returns a usable placeholder ({@code null}) when it fails; the
 * caller must call {@link #throwIfAny} before building the aggregate.
 */
final class Problems {
  private final List<CorruptData.Problem> found = new ArrayList<>();

  void add(String table, String key, String message) {
    found.add(new CorruptData.Problem(table, key, message));
  }

  boolean any() {
    return !found.isEmpty();
  }

  void throwIfAny() {
    if (!found.isEmpty()) {
      throw new CorruptData(found);
    }
  }

  <E extends Enum<E>> E enumValue(String table, String key, String column, Class<E> type, String raw) {
    if (raw != null) {
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(raw)) {
          return e;
        }
      }
    }
    add(table, key, column + ": not a " + type.getSimpleName() + ": " + raw);
    return null;
  }

  <T> T valid(String table, String key, String column, Validation<Violation, T> v) {
    if (v.isValid()) {
      return v.get();
    }
    add(table, key, column + ": " + v.getError().en() + " (" + v.getError().code() + ")");
    return null;
  }

  RegionCode region(String table, String key, String column, String raw) {
    return valid(table, key, column, RegionCode.parse(column, raw));
  }

  CreditCode creditCode(String table, String key, String column, String raw) {
    return valid(table, key, column, CreditCode.parse(column, raw));
  }

  Money money(String table, String key, String column, BigDecimal raw) {
    return valid(table, key, column, Money.parse(column, raw));
  }

  <T> T identifier(String table, String key, String column, String raw, Function<String, Validation<Violation, T>> parse) {
    return valid(table, key, column, parse.apply(raw));
  }

  /** Builds a value whose constructor refuses bad data with an exception; records it as a problem. */
  <T> T construct(String table, String key, Supplier<T> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException | IllegalStateException | NullPointerException e) {
      add(table, key, e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
      return null;
    }
  }
}
