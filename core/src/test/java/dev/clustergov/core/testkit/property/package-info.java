/**
 * The project's own small property-testing harness, shipped in the core test-jar for every module.
 *
 * <p>{@link dev.clustergov.core.testkit.property.Gen} generators draw values from a seeded
 * {@link java.util.SplittableRandom}, try their edge cases first (0, ±1, MIN, MAX, bounds, empty
 * strings and lists) and shrink what they made: each value is a
 * {@link dev.clustergov.core.testkit.property.Shrinkable} tree, so {@code map}, {@code flatMap} and
 * {@code combine} keep shrinking. {@link dev.clustergov.core.testkit.property.Property} checks a
 * claim over the values and reports a failure shrunk to a small counter-example with its seed;
 * {@link dev.clustergov.core.testkit.property.Actions} runs random action sequences against a
 * process and shrinks a failing sequence to its shortest valid form; a sequence an unmet
 * {@code Actions.assume} ends is counted as discarded, and a check that discards more sequences than
 * it runs to their end fails. Runs are reproducible: the
 * seed comes from {@code .seed(n)}, else {@code -Dclustergov.seed=n}, else the property's name;
 * {@code -Dclustergov.tries=N} (or {@code Nx}) changes how many values are tried.
 *
 * <p><b>Why not jqwik.</b> From version 1.10 on, jqwik's maintainers ask that it not be used by AI
 * coding agents, which write much of this project; we respect that (see {@code STACK.md}), so no
 * version of jqwik, nor any other property-testing library, is a dependency.
 *
 * <p><b>Porting to jqwik</b> is mechanical, for anyone who prefers it in their own code:
 *
 * <ul>
 *   <li>{@code Property.forAll(g1, g2).tries(n).check((a, b) -> body)} becomes a method
 *       {@code @Property(tries = n) void name(@ForAll("g1") A a, @ForAll("g2") B b) { body }};
 *       {@code .seed(s)} becomes {@code @Property(seed = "s")}, {@code holds(p)} a {@code boolean}
 *       property method.
 *   <li>Each {@code Gen} becomes an {@code @Provide Arbitrary<T> g1()}: {@code Gen.integers(a, b)}
 *       is {@code Arbitraries.integers().between(a, b)}, {@code Gen.strings(alphabet, min, max)}
 *       {@code Arbitraries.strings().withCharRange(..).ofMinLength(min).ofMaxLength(max)},
 *       {@code Gen.listOf} {@code .list().ofMinSize().ofMaxSize()}, {@code Gen.elements}
 *       {@code Arbitraries.of}, {@code Gen.frequency} {@code Arbitraries.frequencyOf},
 *       {@code Gen.combine} {@code Combinators.combine(..).as(..)}; {@code map}, {@code flatMap}
 *       and {@code filter} keep their names.
 *   <li>{@code Actions.forModel(init).action(..).check(tries, maxLength)} becomes an
 *       {@code ActionChain.startWith(init).withAction(..)} with {@code .withMaxTransformations(maxLength)},
 *       run by {@code @Property(tries = tries) void name(@ForAll("chain") ActionChain<S> chain) { chain.run(); }};
 *       an {@link dev.clustergov.core.testkit.property.Action}'s precondition and step become a
 *       jqwik {@code Action.Dependent}'s {@code precondition} and {@code transformer}.
 * </ul>
 */
package dev.clustergov.core.testkit.property;
