package dev.clustergov.adapters.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * What a request record's text components mean to a client (请求字段说明), for {@link OpenApi}: the request records are
 * text, read as they come and parsed by the handler with {@link Fields} (decision 0390), so the domain type a field is
 * parsed into is declared beside it — {@code @OneOf(MemberKind.class) String kind} — and what the core requires is
 * declared as {@code @Required}; what an answer may hold null, as {@code @Nullable}. {@code OpenApiExamplesTest} posts
 * every example with each text field spoiled and each field left out, checks every answer against its schema, and holds
 * the document to what the server then answers (decisions 0440, 0460).
 */
final class Schema {
  private Schema() {}

  /** The field (or each element of a list) is one of the constants of {@link #value()}, by name. */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.RECORD_COMPONENT)
  @interface OneOf {
    Class<? extends Enum<?>> value();
  }

  /**
   * A field of an answer that the server may write as null (a PO not yet established has no {@code establishedOn}); every
   * other field of an answer is always there and never null. Request records are what clients send: their fields are
   * null when left out, and need no mark.
   */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.RECORD_COMPONENT)
  @interface Nullable {}

  /** The core refuses the request without this field (400, code {@code required}). */
  @Retention(RetentionPolicy.RUNTIME)
  @Target(ElementType.RECORD_COMPONENT)
  @interface Required {}
}
