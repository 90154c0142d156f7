package dev.clustergov.core.kernel;

/**
 * A value that has its label in both languages (标签): the domain's enums, each constant by its words — 企业 ·
 * enterprise, 已认定 · recognised. What shows an enum to a person (an evidence line, the choices an error lists) asks
 * this, never the constant's name; an enum without it is shown by its codes.
 */
public interface Labelled {

  /** The value in words, in Chinese and English. */
  Text label();

  /** {@code value}'s label, if it is {@link Labelled}. */
  static java.util.Optional<Text> of(Object value) {
    return value instanceof Labelled l ? java.util.Optional.of(l.label()) : java.util.Optional.empty();
  }
}
