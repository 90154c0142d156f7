package dev.clustergov.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Holds an answer to the schema the OpenAPI document declares for it (应答结构核对): every field the schema requires is
 * there, no other, each of its type, null only where the schema says it may be, one of its values where it lists them. The
 * JSON Schema the document uses is a small part of 2020-12 ({@code type}, {@code properties}, {@code required},
 * {@code additionalProperties}, {@code items}, {@code enum}, {@code anyOf}, {@code $ref}), all of which this checks; a
 * keyword it does not know fails the check rather than passing unread.
 */
final class AnswerSchemas {
  private AnswerSchemas() {}

  /** What is unlike its schema in {@code answer} to {@code route} ("METHOD path"): nothing for a non-JSON or non-2xx answer. */
  static List<String> check(JsonNode doc, String route, Http.Response answer) {
    List<String> out = new ArrayList<>();
    String type = answer.header("Content-Type");
    if (answer.status() / 100 != 2 || type == null || !type.startsWith("application/json")) {
      return out;
    }
    String[] mp = route.split(" ", 2);
    JsonNode op = doc.path("paths").path(mp[1]).path(mp[0].toLowerCase(Locale.ROOT));
    JsonNode schema = op.path("responses").path(String.valueOf(answer.status())).path("content").path("application/json").path("schema");
    if (schema.isMissingNode()) {
      out.add(route + ": answered " + answer.status() + " with JSON, which the document does not declare");
      return out;
    }
    check(doc, schema, answer.json(), route + " ", out);
    return out;
  }

  static void check(JsonNode doc, JsonNode schema, JsonNode value, String at, List<String> out) {
    if (schema.has("$ref")) {
      check(doc, doc.at(schema.get("$ref").asText().substring(1)), value, at, out);
      return;
    }
    var known = java.util.Set.of("type", "properties", "required", "additionalProperties", "items", "enum", "anyOf", "format");
    schema.fieldNames().forEachRemaining(k -> {
      if (!known.contains(k)) {
        out.add(at + ": the schema's keyword " + k + " is not checked here");
      }
    });
    if (schema.has("anyOf")) {
      for (JsonNode branch : schema.get("anyOf")) {
        List<String> tried = new ArrayList<>();
        check(doc, branch, value, at, tried);
        if (tried.isEmpty()) {
          return;
        }
      }
      out.add(at + ": " + brief(value) + " is none of " + schema.get("anyOf"));
      return;
    }
    if (schema.has("type") && !typed(schema.get("type"), value)) {
      out.add(at + ": " + brief(value) + " is not of type " + schema.get("type"));
      return;
    }
    if (schema.has("enum")) {
      boolean listed = false;
      for (JsonNode v : schema.get("enum")) {
        listed |= v.equals(value);
      }
      if (!listed) {
        out.add(at + ": " + brief(value) + " is not one of " + schema.get("enum"));
      }
    }
    if (value.isObject()) {
      schema.path("required").forEach(r -> {
        if (!value.has(r.asText())) {
          out.add(at + "." + r.asText() + ": required, absent");
        }
      });
      value.fields().forEachRemaining(f -> {
        JsonNode property = schema.path("properties").path(f.getKey());
        if (!property.isMissingNode()) {
          check(doc, property, f.getValue(), at + "." + f.getKey(), out);
        } else if (schema.path("additionalProperties").isObject()) {
          check(doc, schema.get("additionalProperties"), f.getValue(), at + "[" + f.getKey() + "]", out);
        } else if (schema.path("additionalProperties").isBoolean() && !schema.get("additionalProperties").asBoolean()) {
          out.add(at + "." + f.getKey() + ": not in the schema");
        }
      });
    }
    if (value.isArray() && schema.has("items")) {
      for (int i = 0; i < value.size(); i++) {
        check(doc, schema.get("items"), value.get(i), at + "[" + i + "]", out);
      }
    }
  }

  private static boolean typed(JsonNode type, JsonNode value) {
    if (type.isArray()) {
      for (JsonNode t : type) {
        if (typed(t, value)) {
          return true;
        }
      }
      return false;
    }
    return switch (type.asText()) {
      case "string" -> value.isTextual();
      case "integer" -> value.isIntegralNumber() || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
      case "number" -> value.isNumber();
      case "boolean" -> value.isBoolean();
      case "array" -> value.isArray();
      case "object" -> value.isObject();
      case "null" -> value.isNull();
      default -> false;
    };
  }

  private static String brief(JsonNode value) {
    String s = value.toString();
    return s.length() > 80 ? s.substring(0, 80) + "…" : s;
  }
}
