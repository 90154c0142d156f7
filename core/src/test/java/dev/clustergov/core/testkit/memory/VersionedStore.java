package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.ConcurrencyConflict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The rows of one aggregate type, kept in id order, with optimistic versions: what every in-memory
 * repository delegates to. The caller holds the registry's lock.
 */
final class VersionedStore<I extends Comparable<? super I>, T> {
  private final String aggregateType;
  private final Function<T, I> id;
  private final ToLongFunction<T> version;
  private final BiFunction<T, Long, T> withVersion;
  private final TreeMap<I, T> rows = new TreeMap<>();

  VersionedStore(String aggregateType, Function<T, I> id, ToLongFunction<T> version, BiFunction<T, Long, T> withVersion) {
    this.aggregateType = aggregateType;
    this.id = id;
    this.version = version;
    this.withVersion = withVersion;
  }

  Optional<T> find(I key) {
    return Optional.ofNullable(rows.get(Objects.requireNonNull(key, "id")));
  }

  /** Stores {@code aggregate} if its version is the stored one (absent counts as 0); returns it one version on. */
  T save(T aggregate) {
    Objects.requireNonNull(aggregate, aggregateType);
    I key = id.apply(aggregate);
    T stored = rows.get(key);
    long actual = stored == null ? 0 : version.applyAsLong(stored);
    long expected = version.applyAsLong(aggregate);
    if (expected != actual) {
      throw new ConcurrencyConflict(aggregateType, key.toString(), expected, actual);
    }
    T saved = withVersion.apply(aggregate, actual + 1);
    rows.put(key, saved);
    return saved;
  }

  /** The rows matching {@code filter}, in id order. */
  List<T> where(Predicate<? super T> filter) {
    List<T> found = new ArrayList<>();
    for (T row : rows.values()) {
      if (filter.test(row)) {
        found.add(row);
      }
    }
    return Collections.unmodifiableList(found);
  }

  SortedMap<I, T> copy() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(rows));
  }

  void restore(SortedMap<I, T> copy) {
    rows.clear();
    rows.putAll(copy);
  }
}
