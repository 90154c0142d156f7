package dev.clustergov.core.testkit.property;

import io.vavr.Function3;
import io.vavr.Tuple2;
import io.vavr.Tuple3;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.BiPredicate;
import java.util.function.Predicate;

/**
 * A claim about every value of a generator, checked on its edge cases first, then on random
 * values; a failure is shrunk to a small counter-example and reported with its seed.
 *
 * <pre>{@code
 * Property.forAll(Gen.strings(0, 40))
 *     .named("parse never throws")
 *     .check(raw -> CreditCode.parse(raw));
 * Property.forAll(Gen.integers(), Gen.integers())
 *     .holds((a, b) -> a + b == b + a);
 * }</pre>
 *
 * <p>Runs are reproducible: the seed is {@link #seed(long)} when given, else the system property
 * {@code clustergov.seed}, else derived from the name (which defaults to the calling test method).
 * The system property {@code clustergov.tries} replaces the number of tries ({@code =1000}) or
 * multiplies it ({@code =10x}). Instances are immutable; each setter returns a new property.
 *
 * @param <T> the type of the values checked
 */
public final class Property<T> {

  /** A check that passes by returning and fails by throwing, typically an assertion. */
  @FunctionalInterface
  public interface Check<T> {
    void accept(T value) throws Exception;
  }

  /** A check of two values. */
  @FunctionalInterface
  public interface Check2<A, B> {
    void accept(A a, B b) throws Exception;
  }

  /** A check of three values. */
  @FunctionalInterface
  public interface Check3<A, B, C> {
    void accept(A a, B b, C c) throws Exception;
  }

  private final Gen<T> gen;
  private final String name;
  private final int tries;
  private final Long seed;
  private final int maxShrinkSteps;

  private Property(Gen<T> gen, String name, int tries, Long seed, int maxShrinkSteps) {
    this.gen = gen;
    this.name = name;
    this.tries = tries;
    this.seed = seed;
    this.maxShrinkSteps = maxShrinkSteps;
  }

  /** A property over the values of {@code gen}, with {@value Engine#DEFAULT_TRIES} tries. */
  public static <T> Property<T> forAll(Gen<T> gen) {
    return new Property<>(gen, Engine.callerName(), Engine.DEFAULT_TRIES, null, Engine.DEFAULT_MAX_SHRINK_STEPS);
  }

  /** A property over pairs; shrinks the first value, then the second. */
  public static <A, B> Property.Of2<A, B> forAll(Gen<A> a, Gen<B> b) {
    return new Of2<>(forAll(Gen.zip(a, b)).named(Engine.callerName()));
  }

  /** A property over triples. */
  public static <A, B, C> Property.Of3<A, B, C> forAll(Gen<A> a, Gen<B> b, Gen<C> c) {
    return new Of3<>(forAll(Gen.zip(a, b, c)).named(Engine.callerName()));
  }

  /** Names the property in reports; the name also fixes the default seed. */
  public Property<T> named(String name) {
    return new Property<>(gen, name, tries, seed, maxShrinkSteps);
  }

  /** How many values to check, edge cases included. */
  public Property<T> tries(int tries) {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be positive: " + tries);
    }
    return new Property<>(gen, name, tries, seed, maxShrinkSteps);
  }

  /** Fixes the seed, overriding {@code -Dclustergov.seed}. */
  public Property<T> seed(long seed) {
    return new Property<>(gen, name, tries, seed, maxShrinkSteps);
  }

  /** Bounds shrinking to this many successful steps (default {@value Engine#DEFAULT_MAX_SHRINK_STEPS}). */
  public Property<T> maxShrinkSteps(int steps) {
    return new Property<>(gen, name, tries, seed, steps);
  }

  /** Checks that {@code predicate} holds for every value tried. */
  public void holds(Predicate<? super T> predicate) {
    check(value -> {
      if (!predicate.test(value)) {
        throw new AssertionError("the predicate is false");
      }
    });
  }

  /**
   * Runs {@code check} on the edge cases, then random values, up to the number of tries.
   *
   * @throws AssertionError on the first failure, after shrinking it: the message holds the name,
   *     the original and shrunk values, the shrink steps and the seed; the original failure is the
   *     cause and the shrunk value's failure is suppressed
   */
  public void check(Check<? super T> check) {
    long s = Engine.seed(seed, name);
    int total = Engine.tries(tries);
    List<Shrinkable<T>> edges = gen.edgeCases();
    SplittableRandom master = new SplittableRandom(s);
    for (int i = 0; i < total; i++) {
      Shrinkable<T> candidate;
      if (i < edges.size()) {
        candidate = edges.get(i);
      } else {
        try {
          candidate = gen.generate(new SplittableRandom(master.nextLong()), Engine.size(i - edges.size(), total - edges.size()));
        } catch (RuntimeException e) {
          throw new IllegalStateException("Property '" + name + "' could not generate a value on try " + (i + 1)
              + " (seed " + s + "): " + e.getMessage(), e);
        }
      }
      Throwable failure = Engine.failureOf(() -> check.accept(candidate.value()));
      if (failure != null) {
        throw falsified(candidate, failure, check, i + 1, total, i < edges.size(), s);
      }
    }
  }

  private AssertionError falsified(
      Shrinkable<T> original, Throwable failure, Check<? super T> check, int attempt, int total, boolean edge, long s) {
    Engine.Shrunk<T> shrunk = Engine.shrink(
        original, failure, value -> Engine.failureOf(() -> check.accept(value)), maxShrinkSteps);
    String message = "Property '" + name + "' falsified on try " + attempt + " of " + total
        + (edge ? " (an edge case)" : "") + ", seed " + s + "\n"
        + "  original value: " + Engine.show(original.value()) + "\n"
        + "  shrunk value:   " + Engine.show(shrunk.value()) + "  (" + shrunk.steps() + " shrink steps)\n"
        + "  failure:        " + Engine.describe(shrunk.failure()) + "\n"
        + "  " + Engine.reproduce(name, s);
    AssertionError error = new AssertionError(message, failure);
    if (shrunk.failure() != failure) {
      error.addSuppressed(shrunk.failure());
    }
    return error;
  }

  /** A property of two values: {@link #check(Check2)} and {@link #holds(BiPredicate)} take them apart. */
  public static final class Of2<A, B> {
    private final Property<Tuple2<A, B>> property;

    private Of2(Property<Tuple2<A, B>> property) {
      this.property = property;
    }

    /** See {@link Property#named}. */
    public Of2<A, B> named(String name) {
      return new Of2<>(property.named(name));
    }

    /** See {@link Property#tries}. */
    public Of2<A, B> tries(int tries) {
      return new Of2<>(property.tries(tries));
    }

    /** See {@link Property#seed}. */
    public Of2<A, B> seed(long seed) {
      return new Of2<>(property.seed(seed));
    }

    /** See {@link Property#check}. */
    public void check(Check2<? super A, ? super B> check) {
      property.check(t -> check.accept(t._1, t._2));
    }

    /** See {@link Property#holds}. */
    public void holds(BiPredicate<? super A, ? super B> predicate) {
      property.holds(t -> predicate.test(t._1, t._2));
    }
  }

  /** A property of three values. */
  public static final class Of3<A, B, C> {
    private final Property<Tuple3<A, B, C>> property;

    private Of3(Property<Tuple3<A, B, C>> property) {
      this.property = property;
    }

    /** See {@link Property#named}. */
    public Of3<A, B, C> named(String name) {
      return new Of3<>(property.named(name));
    }

    /** See {@link Property#tries}. */
    public Of3<A, B, C> tries(int tries) {
      return new Of3<>(property.tries(tries));
    }

    /** See {@link Property#seed}. */
    public Of3<A, B, C> seed(long seed) {
      return new Of3<>(property.seed(seed));
    }

    /** See {@link Property#check}. */
    public void check(Check3<? super A, ? super B, ? super C> check) {
      property.check(t -> check.accept(t._1, t._2, t._3));
    }

    /** See {@link Property#holds}. */
    public void holds(Function3<? super A, ? super B, ? super C, Boolean> predicate) {
      property.holds(t -> predicate.apply(t._1, t._2, t._3));
    }
  }
}
