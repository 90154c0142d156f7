package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.ConcurrencyConflict;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

/**
 * The rows of one aggregate type, kept in id order, with optimistic versions: what every in-memory
 * repository delegates to. The caller holds the registry's lock. A store of records that belong to
 * a PO (or to any other owner) keeps an index by owner ({@link #indexedBy}), so that reading one
 * owner's rows, or a page of owners' rows, costs what they are and not a pass over the whole store:
 * a what-if over a large in-memory registry would otherwise be quadratic in its size.
 */
final class VersionedStore<I extends Comparable<? super I>, T> {
  private final String aggregateType;
  private final Function<T, I> id;
  private final ToLongFunction<T> version;
  private final BiFunction<T, Long, T> withVersion;
  private final TreeMap<I, T> rows = new TreeMap<>();
  private Function<T, ?> owner;
  private final Map<Object, TreeMap<I, T>> byOwner = new HashMap<>();
  private long changes;

  VersionedStore(String aggregateType, Function<T, I> id, ToLongFunction<T> version, BiFunction<T, Long, T> withVersion) {
    this.aggregateType = aggregateType;
    this.id = id;
    this.version = version;
    this.withVersion = withVersion;
  }

  /** This store, keeping an index of its rows by {@code owner} from now on; called once, when it is made. */
  VersionedStore<I, T> indexedBy(Function<T, ?> owner) {
    if (this.owner != null) {
      throw new IllegalStateException(aggregateType + " is indexed already");
    }
    this.owner = Objects.requireNonNull(owner, "owner");
    reindex();
    return this;
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
    if (owner != null) {
      if (stored != null) {
        forget(key, owner.apply(stored));
      }
      byOwner.computeIfAbsent(owner.apply(saved), o -> new TreeMap<>()).put(key, saved);
    }
    changes++;
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

  /**
   * The rows after {@code after} (all when empty) matching {@code filter}, in id order, at most {@code limit}:
   * a keyset page read from where it starts, not from the store's first row.
   */
  List<T> page(Optional<I> after, Predicate<? super T> filter, int limit) {
    List<T> found = new ArrayList<>();
    for (T row : after.map(a -> (Map<I, T>) rows.tailMap(a, false)).orElse(rows).values()) {
      if (found.size() == limit) {
        break;
      }
      if (filter.test(row)) {
        found.add(row);
      }
    }
    return Collections.unmodifiableList(found);
  }

  /** The rows of {@code owner} matching {@code filter}, in id order, through the index by owner. */
  List<T> ofOwner(Object owner, Predicate<? super T> filter) {
    return ofOwners(Set.of(owner), filter);
  }

  /** The rows of any of {@code owners} matching {@code filter}, in id order, through the index by owner. */
  List<T> ofOwners(Set<?> owners, Predicate<? super T> filter) {
    if (owner == null) {
      throw new IllegalStateException(aggregateType + " has no index by owner");
    }
    TreeMap<I, T> found = new TreeMap<>();
    for (Object o : owners) {
      TreeMap<I, T> of = byOwner.get(Objects.requireNonNull(o, "owner"));
      if (of != null) {
        of.forEach((k, row) -> {
          if (filter.test(row)) {
            found.put(k, row);
          }
        });
      }
    }
    return List.copyOf(found.values());
  }

  /** Advances on every save and restore: what an index kept outside the store compares to know it is current. */
  long changes() {
    return changes;
  }

  SortedMap<I, T> copy() {
    return Collections.unmodifiableSortedMap(new TreeMap<>(rows));
  }

  void restore(SortedMap<I, T> copy) {
    rows.clear();
    rows.putAll(copy);
    reindex();
    changes++;
  }

  private void forget(I key, Object ownerOf) {
    TreeMap<I, T> of = byOwner.get(ownerOf);
    of.remove(key);
    if (of.isEmpty()) {
      byOwner.remove(ownerOf);
    }
  }

  private void reindex() {
    byOwner.clear();
    if (owner != null) {
      rows.forEach((k, row) -> byOwner.computeIfAbsent(owner.apply(row), o -> new TreeMap<>()).put(k, row));
    }
  }
}
