package dev.clustergov.core.testkit.property;

import io.vavr.Lazy;
import io.vavr.collection.Stream;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Supplier;

/** A generator with edge cases, computed once on first use and capped so products stay small. */
final class EdgedGen<T> implements Gen<T> {

  static final int MAX_EDGE_CASES = 64;

  private final Gen<T> base;
  private final Lazy<List<Shrinkable<T>>> edges;

  EdgedGen(Gen<T> base, Supplier<? extends Iterable<Shrinkable<T>>> edges) {
    this.base = base;
    this.edges = Lazy.of(() -> Collections.unmodifiableList(
        Stream.ofAll(edges.get()).take(MAX_EDGE_CASES).toJavaList()));
  }

  @Override
  public Shrinkable<T> generate(SplittableRandom random, int size) {
    return base.generate(random, size);
  }

  @Override
  public List<Shrinkable<T>> edgeCases() {
    return edges.get();
  }
}
