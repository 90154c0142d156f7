package dev.clustergov.adapters.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.clustergov.core.kernel.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * JSON in and out (JSON 编解码): camelCase as the records name their components, dates as ISO text,
 * unknown fields refused (a typo must not be silently dropped), and a parse error turned into a
 * {@link Violation} with the field path, never an exception that reaches the client.
 */
final class Json {

  static final ObjectMapper MAPPER = JsonMapper.builder()
      .addModule(new JavaTimeModule())
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
      .build();

  static {
    MAPPER.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
        .maxNestingDepth(64).maxStringLength(1_000_000).maxNumberLength(100).build());
  }

  private Json() {}

  static byte[] write(Object value) {
    try {
      return MAPPER.writeValueAsBytes(value);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads {@code type} from {@code body}, or fails with a 400 problem naming the field. */
  static <T> T read(byte[] body, Class<T> type) {
    try {
      T value = MAPPER.readValue(body, type);
      if (value == null) {
        throw ApiError.malformed(List.of(Violation.of("", "required", "请求体不能为空", "the request body is required")));
      }
      return value;
    } catch (UnrecognizedPropertyException e) {
      String field = path(e);
      throw ApiError.malformed(List.of(Violation.of(field, "unknown-field", "未知字段：" + field, "unknown field: " + field)));
    } catch (MismatchedInputException e) {
      String field = path(e);
      String expected = e.getTargetType() == null ? "value" : simpleType(e.getTargetType());
      throw ApiError.malformed(List.of(Violation.of(field.isEmpty() ? "" : field, "type",
          (field.isEmpty() ? "请求体" : field) + " 的类型不对，应为 " + expected,
          (field.isEmpty() ? "the body" : field) + " has the wrong type: expected " + expected)));
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ")";
      throw ApiError.malformed(List.of(Violation.of("", "json", "请求体不是有效的 JSON" + where, "the body is not valid JSON" + where)));
    } catch (IOException e) {
      throw ApiError.malformed(List.of(Violation.of("", "json", "无法读取请求体", "the body could not be read")));
    }
  }

  private static String simpleType(Class<?> t) {
    if (t == String.class) {
      return "string";
    }
    if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
      return "integer";
    }
    if (Number.class.isAssignableFrom(t)) {
      return "number";
    }
    if (List.class.isAssignableFrom(t) || t.isArray()) {
      return "array";
    }
    if (t == Boolean.class || t == boolean.class) {
      return "boolean";
    }
    return "object";
  }

  /** {@code founders[1].kind} from Jackson's reference chain. */
  static String path(JsonMappingException e) {
    StringBuilder b = new StringBuilder();
    for (JsonMappingException.Reference r : e.getPath()) {
      if (r.getIndex() >= 0) {
        b.append('[').append(r.getIndex()).append(']');
      } else if (r.getFieldName() != null) {
        if (b.length() > 0) {
          b.append('.');
        }
        b.append(r.getFieldName());
      }
    }
    return b.toString();
  }
}
