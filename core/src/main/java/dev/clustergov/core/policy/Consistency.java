package dev.clustergov.core.policy;

import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import java.util.function.BiPredicate;

/**
 * A condition between parameters (参数一致性) that every pack and every merged policy must meet,
 * such as a local minimum capital no higher than the national one. It is checked only where all
 * the parameters it reads are set: on an overlay's own values, and again on the merged policy.
 */
public final class Consistency {

  private final String code;
  private final Seq<Parameter<?>> reads;
  private final java.util.function.Function<ParameterValues, Seq<Violation>> check;

  private Consistency(String code, Seq<Parameter<?>> reads,
      java.util.function.Function<ParameterValues, Seq<Violation>> check) {
    this.code = code;
    this.reads = reads;
    this.check = check;
  }

  /**
   * {@code holds(a, b)} must be true; otherwise a violation with {@code code} and {@code message},
   * reported under {@code a}'s key.
   */
  public static <A, B> Consistency between(
      String code, Parameter<A> a, Parameter<B> b, BiPredicate<A, B> holds, Text message) {
    return new Consistency(code, List.of(a, b), values ->
        holds.test(values.get(a).get(), values.get(b).get())
            ? List.empty()
            : List.of(Violation.of(a.key(), code, message.zh(), message.en())));
  }

  /** {@code holds(a)} must be true; otherwise a violation with {@code code} and {@code message} under {@code a}'s key. */
  public static <A> Consistency of(String code, Parameter<A> a, java.util.function.Predicate<A> holds, Text message) {
    return new Consistency(code, List.of(a), values ->
        holds.test(values.get(a).get())
            ? List.empty()
            : List.of(Violation.of(a.key(), code, message.zh(), message.en())));
  }

  public String code() {
    return code;
  }

  public Seq<Parameter<?>> reads() {
    return reads;
  }

  /** The violations of this condition by {@code values}; none when a parameter it reads is unset. */
  public Seq<Violation> check(ParameterValues values) {
    return reads.forAll(values::contains) ? check.apply(values) : List.empty();
  }
}
