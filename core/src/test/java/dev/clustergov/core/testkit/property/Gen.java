package dev.clustergov.core.testkit.property;

import io.vavr.Function3;
import io.vavr.Function4;
import io.vavr.Tuple;
import io.vavr.Tuple2;
import io.vavr.Tuple3;
import io.vavr.Tuple4;
import io.vavr.collection.Stream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.LongStream;

/**
 * A generator of test values: draws a {@link Shrinkable} value from a seeded random source, knows
 * its edge cases (tried before any random value), and shrinks what it made.
 *
 * <p>{@code size} is a hint from 0 to {@value #MAX_SIZE} that grows over a run: collections are at
 * most {@code size} elements longer than their minimum, and integers are drawn near their shrink
 * target half of the time. A lambda {@code (random, size) -> Shrinkable.of(...)} is a generator
 * without edge cases; prefer building on the factories below.
 *
 * <pre>{@code
 * Gen<Money> fees = Gen.bigDecimals(BigDecimal.ZERO, new BigDecimal("1000000"), 2).map(Money::yuan);
 * Gen<List<String>> names = Gen.listOf(Gen.strings(Alphabet.CJK_IDEOGRAPHS, 2, 8), 1, 5);
 * }</pre>
 *
 * @param <T> the type of generated values
 */
@FunctionalInterface
public interface Gen<T> {

  /** The largest size hint a run passes to {@link #generate}. */
  int MAX_SIZE = 100;

  /** How many values in a row {@link #filter} may reject before it gives up. */
  int FILTER_ATTEMPTS = 100;

  /** Draws one value; must use only {@code random} for randomness, so a seed reproduces it. */
  Shrinkable<T> generate(SplittableRandom random, int size);

  /** The values to try first, as shrinkables; none unless the generator says so. */
  default List<Shrinkable<T>> edgeCases() {
    return List.of();
  }

  /** {@code count} values from {@code seed}, with growing size: to look at what a generator makes. */
  default List<T> samples(long seed, int count) {
    SplittableRandom master = new SplittableRandom(seed);
    List<T> values = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      values.add(generate(new SplittableRandom(master.nextLong()), Engine.size(i, count)).value());
    }
    return values;
  }

  /** Maps values; shrinks by shrinking the source and mapping again, so {@code f} must be pure. */
  default <U> Gen<U> map(Function<? super T, ? extends U> f) {
    return new EdgedGen<U>(
        (random, size) -> generate(random, size).map(f), () -> Stream.ofAll(edgeCases()).map(e -> e.map(f)));
  }

  /**
   * Draws a value, then a second from the generator it chooses. Shrinks the first value (drawing
   * the second again from the same seed), then the second.
   */
  default <U> Gen<U> flatMap(Function<? super T, ? extends Gen<U>> f) {
    return new EdgedGen<U>(
        (random, size) -> {
          long seed = random.nextLong();
          return generate(random, size).flatMap(t -> f.apply(t).generate(new SplittableRandom(seed), size));
        },
        () -> Stream.ofAll(edgeCases()).map(e -> e.flatMap(t -> firstEdgeCase(f.apply(t)))));
  }

  /**
   * Keeps values that satisfy {@code predicate}, drawing again up to {@value #FILTER_ATTEMPTS} times
   * in a row, then failing with an {@link IllegalStateException} that says so.
   */
  default Gen<T> filter(Predicate<? super T> predicate) {
    return new EdgedGen<T>(
        (random, size) -> {
          T rejected = null;
          for (int i = 0; i < FILTER_ATTEMPTS; i++) {
            Shrinkable<T> candidate = generate(random, size);
            if (predicate.test(candidate.value())) {
              return candidate.filter(predicate);
            }
            rejected = candidate.value();
          }
          throw new IllegalStateException("Gen.filter rejected " + FILTER_ATTEMPTS
              + " values in a row (the last: " + Engine.show(rejected) + "); generate the wanted"
              + " values directly, with a narrower range or map, instead of filtering most away");
        },
        () -> Stream.ofAll(edgeCases()).filter(e -> predicate.test(e.value())).map(e -> e.filter(predicate)));
  }

  /** The same generator with {@code extra} values tried first too (they do not shrink). */
  default Gen<T> withEdgeCases(List<T> extra) {
    return new EdgedGen<T>(this, () -> Stream.ofAll(extra).map(Shrinkable::of).appendAll(edgeCases()));
  }

  // ---------------------------------------------------------------- basic values

  /** Always {@code value}. */
  static <T> Gen<T> constant(T value) {
    return new EdgedGen<T>((random, size) -> Shrinkable.of(value), () -> Collections.singletonList(Shrinkable.of(value)));
  }

  /** Any long; edge cases 0, 1, -1, MIN, MAX; shrinks towards 0. */
  static Gen<Long> longs() {
    return longs(Long.MIN_VALUE, Long.MAX_VALUE);
  }

  /** Longs in {@code [min, max]}; edge cases 0, 1, -1 (when in range), min, max; shrinks towards 0 or the bound nearest it. */
  static Gen<Long> longs(long min, long max) {
    return integral(min, max, Math.max(min, Math.min(max, 0)), 0, 1, -1, min, max);
  }

  /** Any int; edge cases 0, 1, -1, MIN, MAX; shrinks towards 0. */
  static Gen<Integer> integers() {
    return integers(Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /** Ints in {@code [min, max]}, as {@link #longs(long, long)}. */
  static Gen<Integer> integers(int min, int max) {
    return longs(min, max).map(Long::intValue);
  }

  /**
   * Decimals in {@code [min, max]} with exactly {@code scale} digits after the point (the
   * unscaled value must fit a long); edge cases 0, ±1 in the last digit, ±1, min, max.
   */
  static Gen<BigDecimal> bigDecimals(BigDecimal min, BigDecimal max, int scale) {
    if (scale < 0 || scale > 18) {
      throw new IllegalArgumentException("scale must be 0..18: " + scale);
    }
    long lo = min.setScale(scale, RoundingMode.CEILING).unscaledValue().longValueExact();
    long hi = max.setScale(scale, RoundingMode.FLOOR).unscaledValue().longValueExact();
    long one = BigInteger.TEN.pow(scale).longValueExact();
    return integral(lo, hi, Math.max(lo, Math.min(hi, 0)), 0, 1, -1, one, -one, lo, hi)
        .map(unscaled -> BigDecimal.valueOf(unscaled, scale));
  }

  /** {@code false} or {@code true}; shrinks to {@code false}. */
  static Gen<Boolean> booleans() {
    return elements(false, true);
  }

  /** One of {@code values}; edge cases the first, second and last; shrinks towards the first. */
  @SafeVarargs
  static <T> Gen<T> elements(T... values) {
    if (values.length == 0) {
      throw new IllegalArgumentException("Gen.elements needs at least one value");
    }
    List<T> choices = new ArrayList<>(values.length);
    for (T value : values) {
      choices.add(value);
    }
    return integers(0, choices.size() - 1).map(choices::get);
  }

  /** One of the constants of {@code type}, in declaration order. */
  static <E extends Enum<E>> Gen<E> enumValues(Class<E> type) {
    return elements(type.getEnumConstants());
  }

  /**
   * Dates in {@code [from, to]}; edge cases from, to, the first 29 February and 31 December in
   * range; shrinks towards {@code from}.
   */
  static Gen<LocalDate> dates(LocalDate from, LocalDate to) {
    LocalDate leapDay = Stream.rangeClosed(from.getYear(), Math.min(to.getYear(), from.getYear() + 8))
        .filter(y -> LocalDate.ofYearDay(y, 1).isLeapYear())
        .map(y -> LocalDate.of(y, 2, 29))
        .find(d -> !d.isBefore(from))
        .getOrElse(from);
    LocalDate yearEnd = LocalDate.of(from.getYear(), 12, 31);
    long lo = from.toEpochDay();
    long hi = to.toEpochDay();
    return integral(lo, hi, lo, lo, hi, leapDay.toEpochDay(), yearEnd.toEpochDay()).map(LocalDate::ofEpochDay);
  }

  // ---------------------------------------------------------------- strings

  /** Code points of {@code alphabet}; shrinks towards its first. */
  static Gen<Integer> codePoints(Alphabet alphabet) {
    return longs(0, alphabet.size() - 1).map(alphabet::codePoint);
  }

  /**
   * Strings of {@code minLength..maxLength} code points (not chars: an emoji counts once) drawn
   * from {@code alphabet}; edge cases the empty string and single characters; shrinks by dropping
   * characters, then towards the alphabet's first character.
   */
  static Gen<String> strings(Alphabet alphabet, int minLength, int maxLength) {
    return listOf(codePoints(alphabet), minLength, maxLength).map(Gen::text);
  }

  /** Strings of any code points, for "never throws on any input" properties. */
  static Gen<String> strings(int minLength, int maxLength) {
    return strings(Alphabet.ANY, minLength, maxLength);
  }

  // ---------------------------------------------------------------- choices

  /** A value from one of {@code gens}, chosen evenly; shrinks towards the first generator. */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
    List<Tuple2<Integer, Gen<? extends T>>> choices = new ArrayList<>(gens.length);
    for (Gen<? extends T> gen : gens) {
      choices.add(Tuple.of(1, gen));
    }
    return frequency(choices);
  }

  /** A value from {@code g1} or {@code g2}, chosen by weight; shrinks towards {@code g1}. */
  static <T> Gen<T> frequency(int w1, Gen<? extends T> g1, int w2, Gen<? extends T> g2) {
    return frequency(List.of(Tuple.of(w1, g1), Tuple.of(w2, g2)));
  }

  /** A value from {@code g1}, {@code g2} or {@code g3}, chosen by weight; shrinks towards {@code g1}. */
  static <T> Gen<T> frequency(
      int w1, Gen<? extends T> g1, int w2, Gen<? extends T> g2, int w3, Gen<? extends T> g3) {
    return frequency(List.of(Tuple.of(w1, g1), Tuple.of(w2, g2), Tuple.of(w3, g3)));
  }

  /** A value from one of the weighted generators; edge cases those of each; shrinks towards the first. */
  static <T> Gen<T> frequency(List<? extends Tuple2<Integer, ? extends Gen<? extends T>>> choices) {
    if (choices.isEmpty() || choices.stream().anyMatch(c -> c._1 <= 0)) {
      throw new IllegalArgumentException("Gen.frequency needs choices, each with a positive weight");
    }
    long total = choices.stream().mapToLong(c -> c._1).sum();
    Gen<T> chosen = longs(0, total - 1).flatMap(ticket -> {
      long rest = ticket;
      for (Tuple2<Integer, ? extends Gen<? extends T>> choice : choices) {
        if (rest < choice._1) {
          return narrow(choice._2);
        }
        rest -= choice._1;
      }
      throw new IllegalStateException("unreachable: ticket " + ticket + " beyond total " + total);
    });
    return new EdgedGen<T>(
        chosen, () -> choices.stream().flatMap(c -> Gen.<T>narrow(c._2).edgeCases().stream()).toList());
  }

  /** Empty one time in five, else a value of {@code gen}; shrinks to empty first. */
  static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    return frequency(1, constant(Optional.<T>empty()), 4, gen.map(Optional::of));
  }

  // ---------------------------------------------------------------- collections

  /** Lists of 0 to 20 elements. */
  static <T> Gen<List<T>> listOf(Gen<T> element) {
    return listOf(element, 0, 20);
  }

  /**
   * Lists of {@code minSize..maxSize} elements (unmodifiable); edge cases the shortest list and
   * single-element lists of the element's edge cases; shrinks by removing chunks, then elements.
   */
  static <T> Gen<List<T>> listOf(Gen<T> element, int minSize, int maxSize) {
    if (minSize < 0 || minSize > maxSize) {
      throw new IllegalArgumentException("sizes must satisfy 0 <= min <= max: " + minSize + ", " + maxSize);
    }
    return new EdgedGen<List<T>>(
        (random, size) -> Shrinkable.list(elements(element, random, size, minSize, maxSize, false), minSize),
        () -> listEdgeCases(element, minSize, maxSize));
  }

  /** Sets (unmodifiable, in drawing order) of {@code minSize..maxSize} distinct elements. */
  static <T> Gen<Set<T>> setOf(Gen<T> element, int minSize, int maxSize) {
    if (minSize < 0 || minSize > maxSize) {
      throw new IllegalArgumentException("sizes must satisfy 0 <= min <= max: " + minSize + ", " + maxSize);
    }
    return new EdgedGen<Set<T>>(
        (random, size) -> Shrinkable.list(elements(element, random, size, minSize, maxSize, true), minSize)
            .map(Gen::distinct)
            .filter(set -> set.size() >= minSize),
        () -> Stream.ofAll(listEdgeCases(element, minSize, maxSize))
            .map(list -> list.map(Gen::distinct).filter(set -> set.size() >= minSize))
            .filter(set -> set.value().size() >= minSize));
  }

  // ---------------------------------------------------------------- tuples

  /** Pairs; shrinks the first component, then the second. */
  static <A, B> Gen<Tuple2<A, B>> zip(Gen<A> a, Gen<B> b) {
    return new EdgedGen<Tuple2<A, B>>(
        (random, size) -> Shrinkable.zip(a.generate(random, size), b.generate(random, size)),
        () -> Stream.ofAll(a.edgeCases()).flatMap(x -> Stream.ofAll(b.edgeCases()).map(y -> Shrinkable.zip(x, y))));
  }

  /** Triples. */
  static <A, B, C> Gen<Tuple3<A, B, C>> zip(Gen<A> a, Gen<B> b, Gen<C> c) {
    return zip(zip(a, b), c).map(t -> Tuple.of(t._1._1, t._1._2, t._2));
  }

  /** Quadruples. */
  static <A, B, C, D> Gen<Tuple4<A, B, C, D>> zip(Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d) {
    return zip(zip(a, b), zip(c, d)).map(t -> Tuple.of(t._1._1, t._1._2, t._2._1, t._2._2));
  }

  /** Combines two independent values, e.g. into a record. */
  static <A, B, R> Gen<R> combine(Gen<A> a, Gen<B> b, BiFunction<? super A, ? super B, ? extends R> f) {
    return zip(a, b).map(t -> f.apply(t._1, t._2));
  }

  /** Combines three independent values. */
  static <A, B, C, R> Gen<R> combine(Gen<A> a, Gen<B> b, Gen<C> c, Function3<? super A, ? super B, ? super C, ? extends R> f) {
    return zip(a, b, c).map(t -> f.apply(t._1, t._2, t._3));
  }

  /** Combines four independent values. */
  static <A, B, C, D, R> Gen<R> combine(
      Gen<A> a, Gen<B> b, Gen<C> c, Gen<D> d, Function4<? super A, ? super B, ? super C, ? super D, ? extends R> f) {
    return zip(a, b, c, d).map(t -> f.apply(t._1, t._2, t._3, t._4));
  }

  // ---------------------------------------------------------------- internals

  private static Gen<Long> integral(long min, long max, long target, long... edges) {
    if (min > max) {
      throw new IllegalArgumentException("min > max: " + min + " > " + max);
    }
    return new EdgedGen<Long>(
        (random, size) -> {
          long lo = min;
          long hi = max;
          if (random.nextBoolean()) { // near the target, where bugs at small values live
            long reach = (long) size * size + 1;
            lo = Math.max(min, target - reach > target ? Long.MIN_VALUE : target - reach);
            hi = Math.min(max, target + reach < target ? Long.MAX_VALUE : target + reach);
          }
          return towards(uniform(random, lo, hi), target);
        },
        () -> LongStream.of(edges).filter(e -> e >= min && e <= max).distinct().mapToObj(e -> towards(e, target)).toList());
  }

  private static long uniform(SplittableRandom random, long lo, long hi) {
    if (lo == Long.MIN_VALUE && hi == Long.MAX_VALUE) {
      return random.nextLong();
    }
    return hi == Long.MAX_VALUE ? random.nextLong(lo - 1, hi) + 1 : random.nextLong(lo, hi + 1);
  }

  /** Shrinks to the target first, then ever closer to the value: halving the distance. */
  private static Shrinkable<Long> towards(long value, long target) {
    return Shrinkable.unfold(
        value, v -> Stream.iterate(v - target, d -> d / 2).takeWhile(d -> d != 0).map(d -> v - d));
  }

  private static <T> List<Shrinkable<T>> elements(
      Gen<T> element, SplittableRandom random, int size, int minSize, int maxSize, boolean distinct) {
    int hi = (int) Math.min(maxSize, (long) minSize + size);
    int n = minSize + random.nextInt(hi - minSize + 1);
    List<Shrinkable<T>> elements = new ArrayList<>(n);
    Set<T> seen = new HashSet<>();
    for (int attempt = 0; elements.size() < n && attempt < n + FILTER_ATTEMPTS; attempt++) {
      Shrinkable<T> e = element.generate(random, size);
      if (!distinct || seen.add(e.value())) {
        elements.add(e);
      }
    }
    if (elements.size() < minSize) {
      throw new IllegalStateException("Gen.setOf found only " + elements.size() + " distinct values in "
          + (n + FILTER_ATTEMPTS) + " draws, but needs " + minSize);
    }
    return elements;
  }

  private static <T> List<Shrinkable<List<T>>> listEdgeCases(Gen<T> element, int minSize, int maxSize) {
    List<Shrinkable<List<T>>> edges = new ArrayList<>();
    List<Shrinkable<T>> elementEdges = element.edgeCases();
    if (minSize == 0) {
      edges.add(Shrinkable.list(List.of(), 0));
    }
    if (minSize <= 1 && maxSize >= 1) {
      elementEdges.forEach(e -> edges.add(Shrinkable.list(List.of(e), minSize)));
    } else if (minSize > 1 && !elementEdges.isEmpty()) {
      edges.add(Shrinkable.list(Collections.nCopies(minSize, elementEdges.get(0)), minSize));
    }
    return edges;
  }

  private static <T> Set<T> distinct(List<T> values) {
    return Collections.unmodifiableSet(new LinkedHashSet<>(values));
  }

  private static String text(List<Integer> codePoints) {
    StringBuilder text = new StringBuilder(codePoints.size());
    codePoints.forEach(text::appendCodePoint);
    return text.toString();
  }

  private static <T> Shrinkable<T> firstEdgeCase(Gen<T> gen) {
    List<Shrinkable<T>> edges = gen.edgeCases();
    return edges.isEmpty() ? gen.generate(new SplittableRandom(0), 0) : edges.get(0);
  }

  @SuppressWarnings("unchecked") // a generator only produces values, so it is safely covariant
  private static <T> Gen<T> narrow(Gen<? extends T> gen) {
    return (Gen<T>) gen;
  }
}
