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

  /**
   * The same violation with its field named in words where the message says only 该项 · the field's key (decision 0629):
   * a field whose key says less than its record's term — an activity's {@code title} is its 活动名称, not a 标题 — is named
   * by the command that knows the record, and the REST adapter's general names ({@code FieldNames}) leave it as it is.
   */
  public Violation named(String zhName, String enName) {
    String z = zh.startsWith("该项") ? "“" + zhName + "”" + zh.substring(2) : zh;
    String e = !field.isEmpty() && en.startsWith(field + " ") ? enName + en.substring(field.length()) : en;
    return new Violation(field, code, z, e);
  }

  public String message(Language language) {
    return language == Language.ZH ? zh : en;
  }

  @Override
  public String toString() {
    return field + ": " + code + " (" + en + ")";
  }
}
