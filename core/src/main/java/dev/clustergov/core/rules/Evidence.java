package dev.clustergov.core.rules;

import java.util.Objects;

/** One fact a rule used to reach its outcome (证据): a name and the value it saw. */
public record Evidence(String name, String value) {
  public Evidence {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
  }

  public static Evidence of(String name, Object value) {
    return new Evidence(name, String.valueOf(value));
  }

  @Override
  public String toString() {
    return name + "=" + value;
  }
}
