package dev.clustergov.core.testkit.property;

import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.collection.Stream;
import io.vavr.collection.Vector;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * A generated value with the smaller values it may shrink to, as a lazily unfolded tree.
 *
 * <p>Keeping the tree rather than the bare value is what lets {@link Gen#map} and {@link
 * Gen#flatMap} go on shrinking: a mapped value shrinks by shrinking its source and mapping again.
 * Candidates come simplest first, so the shrinker can stop at the first one that still fails.
 *
 * @param <T> the type of the value
 */
public final class Shrinkable<T> {

  private final T value;
  private final Supplier<Stream<Shrinkable<T>>> shrinks;

  private Shrinkable(T value, Supplier<Stream<Shrinkable<T>>> shrinks) {
    this.value = value;
    this.shrinks = shrinks;
  }

  /** A value that cannot shrink. */
  public static <T> Shrinkable<T> of(T value) {
    return new Shrinkable<>(value, Stream::empty);
  }

  /** A value whose candidates are {@code smaller(value)}, each shrinking by the same function. */
  public static <T> Shrinkable<T> unfold(T value, Function<? super T, ? extends Iterable<T>> smaller) {
    return new Shrinkable<>(value, () -> Stream.ofAll(smaller.apply(value)).map(v -> unfold(v, smaller)));
  }

  /** The value itself. */
  public T value() {
    return value;
  }

  /** Smaller candidates, simplest first; computed afresh and lazily on each call. */
  public Stream<Shrinkable<T>> shrinks() {
    return shrinks.get();
  }

  /** The same tree with {@code f} applied to every value. */
  public <U> Shrinkable<U> map(Function<? super T, ? extends U> f) {
    return new Shrinkable<>(f.apply(value), () -> shrinks().map(s -> s.map(f)));
  }

  /**
   * The tree pruned to values that satisfy {@code p}; the root is kept as it is. A rejected
   * candidate is replaced by its own candidates (two levels deep), so shrinking does not stall
   * where the nearest smaller values happen to be rejected.
   */
  public Shrinkable<T> filter(Predicate<? super T> p) {
    return new Shrinkable<>(value, () -> accepted(shrinks(), p, 2));
  }

  private static <T> Stream<Shrinkable<T>> accepted(Stream<Shrinkable<T>> candidates, Predicate<? super T> p, int depth) {
    return candidates.flatMap(s -> p.test(s.value)
        ? Stream.of(s.filter(p))
        : depth > 0 ? accepted(s.shrinks(), p, depth - 1) : Stream.<Shrinkable<T>>empty());
  }

  /**
   * Binds a dependent value: shrinks the source first (rebuilding the dependent part with {@code
   * f}, which must be deterministic), then the dependent part.
   */
  public <U> Shrinkable<U> flatMap(Function<? super T, Shrinkable<U>> f) {
    Shrinkable<U> inner = f.apply(value);
    return new Shrinkable<>(
        inner.value, () -> concat(() -> shrinks().map(s -> s.flatMap(f)), inner::shrinks));
  }

  /** Pairs two trees; shrinks the first component, then the second. */
  public static <A, B> Shrinkable<Tuple2<A, B>> zip(Shrinkable<A> a, Shrinkable<B> b) {
    return new Shrinkable<>(
        Tuple.of(a.value, b.value),
        () -> concat(() -> a.shrinks().map(x -> zip(x, b)), () -> b.shrinks().map(y -> zip(a, y))));
  }

  /**
   * A list of element trees, never shorter than {@code minSize}. Shrinks by removing chunks (the
   * largest first, down to single elements), then by shrinking each element in place.
   */
  public static <T> Shrinkable<List<T>> list(List<Shrinkable<T>> elements, int minSize) {
    return list(Vector.ofAll(elements), minSize);
  }

  private static <T> Shrinkable<List<T>> list(Vector<Shrinkable<T>> elements, int minSize) {
    List<T> value = Collections.unmodifiableList(elements.map(Shrinkable::value).toJavaList());
    return new Shrinkable<>(
        value,
        () -> concat(
            () -> removals(elements, minSize).map(rest -> list(rest, minSize)),
            () -> Stream.range(0, elements.size())
                .flatMap(i -> elements.get(i).shrinks().map(s -> list(elements.update(i, s), minSize)))));
  }

  private static <T> Stream<Vector<T>> removals(Vector<T> xs, int minSize) {
    int n = xs.size();
    return Stream.iterate(n - minSize, k -> k / 2)
        .takeWhile(k -> k > 0)
        .flatMap(k -> Stream.iterate(0, i -> i + k)
            .takeWhile(i -> i + k <= n)
            .map(i -> xs.slice(0, i).appendAll(xs.slice(i + k, n))));
  }

  /** {@code first} then {@code second}, neither computed before it is reached. */
  static <T> Stream<T> concat(Supplier<Stream<T>> first, Supplier<Stream<T>> second) {
    return Stream.<Supplier<Stream<T>>>of(first, second).flatMap(Supplier::get);
  }

  @Override
  public String toString() {
    return "Shrinkable[" + Objects.toString(value) + "]";
  }
}
