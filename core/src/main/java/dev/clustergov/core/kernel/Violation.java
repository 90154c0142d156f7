package dev.clustergov.core.kernel;

import java.util.Objects;

/**
 * One problem with malformed input (输入错误): which field, a stable code, and a message in Chinese and
 * English. Malformed input is reported with every violation at once, never the first alone.
 */
public record Violation(String field, String code, String zh, String en) {

  public Violation {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(zh, "zh");
    Objects.requireNonNull(en, "en");
  }

  public static Violation of(String field, String code, String zh, String en) {
    return new Violation(field, code, zh, en);
  }

  /** The same violation reported under an enclosing field, e.g. {@code founders[2].name}. */
  public Violation under(String parent) {
    return new Violation(field.isEmpty() ? parent : parent + "." + field, code, zh, en);
  }

  public String message(Language language) {
    return language == Language.ZH ? zh : en;
  }

  @Override
  public String toString() {
    return field + ": " + code + " (" + en + ")";
  }
}
