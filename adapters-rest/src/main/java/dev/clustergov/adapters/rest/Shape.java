package dev.clustergov.adapters.rest;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clustergov.core.kernel.Violation;
import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The shape of a JSON body checked against the record it is read into (请求体结构), before binding: every duplicate
 * key, unknown field and wrongly typed value at once, each with its path, where Jackson would stop at the first.
 * A value of the wrong type is left out, so the rest binds and the core can report what else is wrong (decision 0360).
 * Types are strict: a number is not a string, {@code "12"} is not a number.
 */
final class Shape {
  private Shape() {}

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /** The tree of the value at the parser's current token; a key seen twice in one object is reported and its first value kept. */
  static JsonNode tree(JsonParser p, String path, List<Violation> out) throws IOException {
    JsonToken t = p.currentToken();
    switch (t) {
      case START_OBJECT -> {
        ObjectNode o = NODES.objectNode();
        java.util.Set<String> reported = new java.util.HashSet<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          p.nextToken();
          String child = join(path, name);
          JsonNode value = tree(p, child, out);
          if (!o.has(name)) {
            o.set(name, value);
          } else if (reported.add(name)) {
            out.add(Violation.of(child, "duplicate-key", "该键出现多次，同一对象中的键只能出现一次",
                child + " appears more than once: a key may appear only once in an object"));
          }
        }
        return o;
      }
      case START_ARRAY -> {
        ArrayNode a = NODES.arrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(tree(p, path + "[" + a.size() + "]", out));
        }
        return a;
      }
      case VALUE_STRING -> {
        return NODES.textNode(p.getText());
      }
      case VALUE_NUMBER_INT -> {
        return NODES.numberNode(p.getBigIntegerValue());
      }
      case VALUE_NUMBER_FLOAT -> {
        return NODES.numberNode(p.getDecimalValue());
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(t == JsonToken.VALUE_TRUE);
      }
      case VALUE_NULL -> {
        return NullNode.getInstance();
      }
      default -> throw new com.fasterxml.jackson.core.JsonParseException(p, "unexpected token " + t);
    }
  }

  /**
   * {@code node} with what does not fit {@code type} left out, each misfit reported; {@code null} when the node itself
   * does not fit. A misfit element of a list becomes {@code null}, so the positions of the others stay as sent.
   */
  static JsonNode clean(JsonNode node, Type type, String path, List<Violation> out) {
    Class<?> raw = raw(type);
    if (node.isNull()) {
      if (raw.isPrimitive()) {
        out.add(wrong(path, raw, node));
        return null;
      }
      return node;
    }
    if (raw == Object.class || JsonNode.class.isAssignableFrom(raw)) {
      return node;
    }
    if (raw.isRecord()) {
      if (!node.isObject()) {
        out.add(wrong(path, raw, node));
        return null;
      }
      ObjectNode o = ((ObjectNode) node).deepCopy();
      Map<String, Type> components = new java.util.LinkedHashMap<>();
      for (RecordComponent c : raw.getRecordComponents()) {
        components.put(c.getName(), c.getGenericType());
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> f = it.next();
        String child = join(path, f.getKey());
        Type t = components.get(f.getKey());
        JsonNode kept = t == null ? null : clean(f.getValue(), t, child, out);
        if (t == null) {
          out.add(unknown(child));
        }
        if (kept == null) {
          it.remove();
        } else {
          f.setValue(kept);
        }
      }
      return o;
    }
    if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
      if (!node.isArray()) {
        out.add(wrong(path, raw, node));
        return null;
      }
      Type element = raw.isArray() ? raw.getComponentType() : argument(type, 0);
      ArrayNode a = NODES.arrayNode();
      for (int i = 0; i < node.size(); i++) {
        JsonNode kept = clean(node.get(i), element, path + "[" + i + "]", out);
        a.add(kept == null ? NullNode.getInstance() : kept);
      }
      return a;
    }
    if (Map.class.isAssignableFrom(raw)) {
      if (!node.isObject()) {
        out.add(wrong(path, raw, node));
        return null;
      }
      ObjectNode o = NODES.objectNode();
      node.fields().forEachRemaining(f -> {
        JsonNode kept = clean(f.getValue(), argument(type, 1), join(path, f.getKey()), out);
        if (kept != null) {
          o.set(f.getKey(), kept);
        }
      });
      return o;
    }
    if (fits(node, raw)) {
      return node;
    }
    out.add(wrong(path, raw, node));
    return null;
  }

  private static boolean fits(JsonNode node, Class<?> raw) {
    if (raw == String.class) {
      return node.isTextual();
    }
    if (raw == Integer.class || raw == int.class) {
      return node.isIntegralNumber() && node.canConvertToInt();
    }
    if (raw == Long.class || raw == long.class) {
      return node.isIntegralNumber() && node.canConvertToLong();
    }
    if (raw == BigInteger.class) {
      return node.isIntegralNumber();
    }
    if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
      return node.isNumber();
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return node.isBoolean();
    }
    if (raw == LocalDate.class) {
      try {
        return node.isTextual() && LocalDate.parse(node.textValue()) != null;
      } catch (DateTimeParseException e) {
        return false;
      }
    }
    if (raw.isEnum()) {
      return node.isTextual() && java.util.Arrays.stream(raw.getEnumConstants()).anyMatch(c -> ((Enum<?>) c).name().equals(node.textValue()));
    }
    try {
      Json.MAPPER.treeToValue(node, raw);
      return true;
    } catch (com.fasterxml.jackson.core.JsonProcessingException | IllegalArgumentException e) {
      return false;
    }
  }

  static Violation unknown(String field) {
    return Violation.of(field, "unknown-field", "请求中有本系统不接受的字段“" + field + "”", "unknown field: " + field);
  }

  private static Violation wrong(String path, Class<?> expected, JsonNode got) {
    String[] e = kind(expected);
    String[] g = kind(got);
    String zhSubject = path.isEmpty() ? "请求体" : "该项";
    String enField = path.isEmpty() ? "the body" : path;
    return Violation.of(path, "type", zhSubject + "应为" + e[0] + "，不能是" + g[0], enField + " must be " + e[1] + ", not " + g[1]);
  }

  /** The name of a Java type as the client sees it, in Chinese and English. */
  private static String[] kind(Class<?> t) {
    if (t == String.class) {
      return new String[] {"字符串", "a string"};
    }
    if (t == Integer.class || t == int.class) {
      return new String[] {"整数（-2147483648至2147483647）", "an integer from -2147483648 to 2147483647"};
    }
    if (t == Long.class || t == long.class || t == BigInteger.class) {
      return new String[] {"整数", "an integer"};
    }
    if (Number.class.isAssignableFrom(t) || t == double.class) {
      return new String[] {"数值", "a number"};
    }
    if (t == Boolean.class || t == boolean.class) {
      return new String[] {"布尔值（“true”或“false”）", "a boolean (true or false)"};
    }
    if (t == LocalDate.class) {
      // by an example, not an ASCII pattern inside Chinese (review stop 27 item 20)
      return new String[] {"“年-月-日”格式的日期，如“2026-01-31”", "a date written year-month-day, such as 2026-01-31"};
    }
    if (t.isEnum()) {
      String names = String.join("、", java.util.Arrays.stream(t.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList());
      String quoted = String.join("、", java.util.Arrays.stream(t.getEnumConstants()).map(c -> "“" + ((Enum<?>) c).name() + "”").toList());
      return new String[] {quoted + "之一", "one of " + names.replace("、", ", ")};
    }
    if (Collection.class.isAssignableFrom(t) || t.isArray()) {
      return new String[] {"数组", "an array"};
    }
    return new String[] {"对象", "an object"};
  }

  /** The kind of a JSON value, in Chinese and English. */
  private static String[] kind(JsonNode n) {
    if (n.isTextual()) {
      return new String[] {"字符串", "a string"};
    }
    if (n.isNumber()) {
      return new String[] {n.isIntegralNumber() ? "整数" + n.asText() : "数值" + n.asText(),
          (n.isIntegralNumber() ? "the integer " : "the number ") + n.asText()};
    }
    if (n.isBoolean()) {
      return new String[] {"布尔值", "a boolean"};
    }
    if (n.isArray()) {
      return new String[] {"数组", "an array"};
    }
    if (n.isNull()) {
      return new String[] {"null", "null"};
    }
    return new String[] {"对象", "an object"};
  }

  private static Class<?> raw(Type t) {
    if (t instanceof Class<?> c) {
      return c;
    }
    if (t instanceof ParameterizedType p) {
      return (Class<?>) p.getRawType();
    }
    return Object.class;
  }

  private static Type argument(Type t, int i) {
    return t instanceof ParameterizedType p && p.getActualTypeArguments().length > i ? p.getActualTypeArguments()[i] : Object.class;
  }

  private static String join(String path, String name) {
    return path.isEmpty() ? name : path + "." + name;
  }
}
