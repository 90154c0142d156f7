package dev.clustergov.core.policy;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.util.Objects;

/**
 * A policy parameter (政策参数, Art.30): a number or choice the guideline leaves open, under a stable
 * key such as {@code capital.minimum.national}, with the clauses it parameterises, a codec to
 * write its values as text, and the national baseline's value. Two parameters are the same when
 * their keys are.
 *
 * @param <T> the value kind
 */
public final class Parameter<T> {
  private static final java.util.regex.Pattern KEY = java.util.regex.Pattern.compile("[a-z][a-zA-Z0-9]*(\\.[a-z][a-zA-Z0-9]*)+");

  private final String key;
  private final Text description;
  private final Seq<Citation> clauses;
  private final Codec<T> codec;
  private final T baseline;

  private Parameter(String key, Text description, Seq<Citation> clauses, Codec<T> codec, T baseline) {
    this.key = key;
    this.description = description;
    this.clauses = clauses;
    this.codec = codec;
    this.baseline = baseline;
  }

  /**
   * Defines a parameter in code; a bad definition (malformed key, no clause, a baseline its own
   * codec would refuse) is a bug and throws.
   */
  public static <T> Parameter<T> define(
      String key, Citation clause, Codec<T> codec, T baseline, String zh, String en, Citation... more) {
    Objects.requireNonNull(clause, "clause");
    Objects.requireNonNull(codec, "codec");
    Objects.requireNonNull(baseline, "baseline");
    if (key == null || !KEY.matcher(key).matches()) {
      throw new IllegalArgumentException("not a parameter key: " + key);
    }
    Parameter<T> p = new Parameter<>(key, Text.of(zh, en), List.of(more).prepend(clause), codec, baseline);
    p.check(baseline);
    return p;
  }

  public String key() {
    return key;
  }

  public Text description() {
    return description;
  }

  /** The clauses whose open number or choice this parameter fills, the first the main one. */
  public Seq<Citation> clauses() {
    return clauses;
  }

  public Codec<T> codec() {
    return codec;
  }

  /** The value in the national baseline pack. */
  public T baseline() {
    return baseline;
  }

  /** Parses a raw value; violations name this parameter's key as their field. */
  public Validation<Seq<Violation>, T> parse(String raw) {
    return codec.parse(key, raw);
  }

  public String format(T value) {
    return codec.format(value);
  }

  /**
   * A value given in code must be one its codec would accept from text, or packs built in code
   * could not be stored; a value that does not round-trip is a bug.
   */
  T check(Object value) {
    @SuppressWarnings("unchecked")
    T typed = (T) Objects.requireNonNull(value, key);
    Validation<Seq<Violation>, T> back = parse(codec.format(typed));
    if (back.isInvalid() || !codec.format(back.get()).equals(codec.format(typed))) {
      throw new IllegalArgumentException(key + ": value does not round-trip: " + typed
          + (back.isInvalid() ? " " + back.getError().mkString("; ") : ""));
    }
    return back.get();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Parameter<?> p && p.key.equals(key);
  }

  @Override
  public int hashCode() {
    return key.hashCode();
  }

  @Override
  public String toString() {
    return key;
  }
}
