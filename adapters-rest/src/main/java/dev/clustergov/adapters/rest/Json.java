package dev.clustergov.adapters.rest;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * JSON in and out (JSON 编解码): camelCase as the records name their components, dates as ISO text,
 * unknown fields and duplicate keys refused (a typo must not be silently dropped, nor one of two values), and every
 * problem of a body turned into a {@link Violation} with the field path, never an exception that reaches the client.
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

  /** What a body parsed to: the value, and every violation of its shape (the value then holds nulls where they were). */
  record Parsed<T>(T value, List<Violation> violations) {}

  /**
   * Reads {@code type} from {@code body}, which must be UTF-8 (415 otherwise). A body that is not JSON at all is a 400
   * at once; otherwise every duplicate key, unknown field and wrongly typed value is collected, the offending values are
   * left out (as if absent), and the rest is bound, so that the caller can add the violations of the values themselves
   * and report them all together (decision 0360).
   */
  static <T> Parsed<T> parse(byte[] body, Class<T> type) {
    String text = utf8(body);
    List<Violation> violations = new ArrayList<>();
    JsonNode tree;
    try (JsonParser p = MAPPER.getFactory().createParser(text)) {
      if (p.nextToken() == null) {
        throw ApiError.malformed(List.of(Violation.of("", "required", "请求体不能为空", "the request body is required")));
      }
      tree = Shape.tree(p, "", violations);
      if (p.nextToken() != null) {
        throw notJson(p.currentLocation());
      }
    } catch (JsonProcessingException e) {
      throw notJson(e.getLocation());
    } catch (IOException e) {
      throw ApiError.malformed(List.of(Violation.of("", "json", "无法读取请求体", "the body could not be read")));
    }
    if (tree.isNull()) {
      throw ApiError.malformed(List.of(Violation.of("", "required", "请求体不能为空", "the request body is required")));
    }
    JsonNode clean = Shape.clean(tree, type, "", violations);
    if (clean == null) {
      throw ApiError.malformed(violations);
    }
    try {
      return new Parsed<>(MAPPER.treeToValue(clean, type), List.copyOf(violations));
    } catch (JsonProcessingException | IllegalArgumentException e) {
      // a shape the check above does not know: reported as Jackson saw it, beside what was found already
      violations.add(e instanceof JsonMappingException m ? mismatch(m) : Violation.of("", "json", "请求体无法解析", "the body could not be read"));
      throw ApiError.malformed(violations);
    }
  }

  /** The body as text: UTF-8 only (RFC 8259 §8.1), no NUL byte (UTF-16 and UTF-32 have them in every ASCII character). */
  static String utf8(byte[] body) {
    for (byte b : body) {
      if (b == 0) {
        throw notUtf8();
      }
    }
    try {
      String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString();
      return text.startsWith("\uFEFF") ? text.substring(1) : text; // a UTF-8 byte order mark is still UTF-8 (RFC 8259 §8.1)
    } catch (CharacterCodingException e) {
      throw notUtf8();
    }
  }

  static ApiError notUtf8() {
    return ApiError.of(415, "unsupported-media-type",
        Text.of("请求体须采用UTF-8编码", "The request body must be UTF-8"));
  }

  private static ApiError notJson(JsonLocation at) {
    String where = at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
    String zhWhere = at == null ? "" : "（第" + at.getLineNr() + "行第" + at.getColumnNr() + "列）";
    return ApiError.malformed(List.of(Violation.of("", "json", "请求内容无法解析" + zhWhere, "the body is not valid JSON" + where)));
  }

  private static Violation mismatch(JsonMappingException e) {
    String field = path(e);
    if (e instanceof UnrecognizedPropertyException) {
      return Shape.unknown(field);
    }
    return Violation.of(field, "type", (field.isEmpty() ? "请求体" : "该项") + "的类型有误",
        (field.isEmpty() ? "the body" : field) + " has the wrong type");
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
