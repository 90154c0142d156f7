package dev.clustergov.core.rules;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * One fact a rule used to reach its outcome (证据): a name and the value it saw, as text. The text is made
 * when first asked for, not when the rule runs: most outcomes are read only for pass or fail (a what-if, a
 * lifecycle step that passes), and making the text of every rule's evidence was most of an assessment's
 * cost (decision 0331). The value given must not change afterwards — rules give immutable values or
 * fresh local ones. Equal when name and text are equal.
 */
public final class Evidence {
  private final String name;
  private Supplier<?> source;
  private volatile String value;

  public Evidence(String name, String value) {
    this.name = Objects.requireNonNull(name, "name");
    this.value = Objects.requireNonNull(value, "value");
  }

  private Evidence(String name, Supplier<?> source) {
    this.name = Objects.requireNonNull(name, "name");
    this.source = Objects.requireNonNull(source, "value");
  }

  /** {@code value}'s text ({@code String.valueOf}), made when first read. */
  public static Evidence of(String name, Object value) {
    return new Evidence(name, () -> value);
  }

  /** The text of what {@code value} gives, computed only when first read: for evidence costly to gather. */
  public static Evidence lazily(String name, Supplier<?> value) {
    return new Evidence(name, value);
  }

  public String name() {
    return name;
  }

  public String value() {
    String v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          v = String.valueOf(source.get());
          value = v;
          source = null;
        }
      }
    }
    return v;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Evidence e && name.equals(e.name) && value().equals(e.value());
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + value().hashCode();
  }

  @Override
  public String toString() {
    return name + "=" + value();
  }
}
