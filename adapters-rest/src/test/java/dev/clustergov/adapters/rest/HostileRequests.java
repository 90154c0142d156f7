package dev.clustergov.adapters.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.clustergov.adapters.rest.Caller.Role;
import dev.clustergov.core.testkit.property.Alphabet;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Shrinkable;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A generator of hostile requests (恶意请求生成器) for every route of the server's own route table: the
 * route, its path parameters, its query, its body and its headers are drawn from what the table says
 * (the request type of the route, its parameters, the roles of its row in {@link Access#TABLE}), so a
 * new route is covered the day it is added. Most requests carry a token of a role the row admits, for
 * the PO that role may act on, so that they get past authentication and reach validation; some carry
 * none, an unknown token or a broken header.
 */
final class HostileRequests {

  /** One request to send; {@code tokenName} is for the report, never the token itself. */
  record Hostile(Op op, String routePath, String method, String path, String token, String tokenName, String contentType,
      byte[] body, Map<String, String> headers, String label) {

    boolean writes() {
      return !method.equals("GET");
    }

    @Override
    public String toString() {
      String b = body == null ? "-" : new String(body, StandardCharsets.UTF_8);
      if (b.length() > 300) {
        b = b.substring(0, 300) + "…(" + body.length + " bytes)";
      }
      String p = path.length() > 300 ? path.substring(0, 300) + "…" : path;
      Map<String, String> shown = new LinkedHashMap<>(headers);
      shown.computeIfPresent("Authorization", (k, v) -> v.length() > 20 ? v.substring(0, 20) + "…(" + v.length() + ")" : v);
      shown.replaceAll((k, v) -> v.length() > 80 ? v.substring(0, 80) + "…" : v);
      return label + ": " + method + " " + p + " as " + tokenName + " [" + contentType + "] " + shown + " body=" + b;
    }
  }

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Strings a parser, a query builder or an HTML page could choke on. */
  static final List<String> FRAGMENTS = List.of(
      "' OR '1'='1", "'; DROP TABLE organization; --", "\"; DELETE FROM event_log; --", "1; UPDATE event_head SET seq=0",
      "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "</td></tr></table><h1>x</h1>", "&amp;&lt;&#39;",
      "${jndi:ldap://127.0.0.1/x}", "{{7*7}}", "%s%s%s%n", "../../etc/passwd", "..\\..\\windows", "\u202Eevil", "\uFEFFbom",
      "null", "NaN", "Infinity", "-0", "1e400", "0x7fffffff", "集群促进组织🚀💡👩‍🔬", "🇨🇳苏州", "𠀀𪚥𩸽", "ＡＢＣ全角",
      "e\u0301\u0301", " padded ", "\u3000全角空格\u3000", "\u0000", "a\u0000b", "\r\n", "\t", "\u2028", "\u0085", "\u001b[31m");

  static final List<String> DATES = List.of("9999-12-31", "-0001-01-01", "0000-00-00", "+10000-01-01", "2025-02-30", "2025-13-01",
      "1900-01-01", "2024-02-29", "2026-11-27", "2025-06-30", "20250630", "2025-06-30T00:00:00Z", "");

  static final List<String> PLAUSIBLE = List.of("320500", "440300", "000000", "999999", "32050", "BUSINESS", "PERSONNEL", "FINANCE",
      "FIXED", "RANGE", "TIERED", "CHARTER", "ANNUAL_REPORT", "WEBSITE", "MEMBER", "PARTY", "DONATION", "MEMBERSHIP_DUES",
      "council", "p-li", "organization-000001", "organization-999999", "authority-000001", "cluster-000001",
      "91320500MA1XXXXX0X", "51320500MJ1234567Q", "6222000000000001", "100.00", "-1.00", "https://example.org.cn/x");

  /** Path segments that try to escape the route: traversal, encoded slashes, double encoding, nulls. */
  static final List<String> PATH_TRICKS = List.of("..", "%2e%2e", "%2E%2E%2F%2E%2E%2Fevents", "..%2F..%2Fevents", "%2F", "a%2Fb",
      "%252e%252e", "%00", "organization-000001%2Fevents", "organization-000001%00", "organization-000001;x=1", "%20",
      "%E2%80%AE", "%F0%9F%9A%80", "%3Cscript%3E", "%27%20OR%20%271%27%3D%271", ".", "~", "organization-0000001",
      "ORGANIZATION-000001", "organization-", "organization--1", "x".repeat(3000));

  private final World world;
  private final List<Route> routes;
  private final long maxBody;

  HostileRequests(World world, List<Route> routes, long maxBody) {
    this.world = world;
    this.routes = List.copyOf(routes);
    this.maxBody = maxBody;
  }

  /** Every route, equally often. */
  Gen<Hostile> requests() {
    return Gen.elements(routes.toArray(Route[]::new)).flatMap(this::forRoute);
  }

  // --- who calls: a role of the route's row and the PO it may act on --------------------------------------

  /** A caller the row admits (or not), and the PO that goes with it. */
  record Who(String token, String tokenName, String po, String person) {}

  private List<Who> admitted(Route r) {
    List<Who> out = new ArrayList<>();
    var row = Access.TABLE.get(r.op());
    for (Role role : row.keySet()) {
      switch (role) {
        case PUBLIC -> out.add(new Who(null, "public", world.poS, "p-li"));
        case AUTHORITY -> {
          // the PO's own authority always; a broader one where the condition lets it act, the national one for the log
          Access.Condition c = row.get(role);
          if (c != Access.Condition.NATIONAL) {
            out.add(new Who(World.SUZHOU, "suzhou", world.poA, "p-li"));
            out.add(new Who(World.SUZHOU, "suzhou", world.poS, "p-li"));
            out.add(new Who(World.SHENZHEN, "shenzhen", world.poB, "p-li"));
          }
          if (c != Access.Condition.OWN_SUPERVISOR) {
            out.add(new Who(World.JIANGSU, "jiangsu", world.poA, "p-li"));
            out.add(new Who(World.NATIONAL, "national", world.poS, "p-li"));
          }
        }
        case EVALUATOR -> out.add(new Who(World.EVALUATOR, "evaluator", world.poS, "p-li"));
        case SECRETARIAT -> {
          out.add(new Who(World.SECRETARIAT_A, "secretariat-a", world.poA, "p-li"));
          out.add(new Who(World.SECRETARIAT_S, "secretariat-s", world.poS, "p-li"));
          out.add(new Who(World.SECRETARIAT_D, "secretariat-d", world.poD, "p-li"));
          out.add(new Who(World.SECRETARIAT_M, "secretariat-m", world.poM, "p-li"));
        }
        case MEMBER -> {
          out.add(new Who(World.MEMBER_A, "member-a", world.poA, "p-li"));
          out.add(new Who(World.MEMBER_S, "member-s", world.poS, "p-li"));
        }
      }
    }
    return out;
  }

  private Gen<Who> who(Route r) {
    Gen<Who> admitted = Gen.elements(admitted(r).toArray(Who[]::new));
    Gen<Who> outsider = Gen.elements(
        new Who(null, "public", world.poA, "p-li"),
        new Who("token-nobody-knows-0000000001", "unknown token", world.poA, "p-li"),
        new Who(World.SECRETARIAT_A, "secretariat-a on another PO", world.poB, "p-li"),
        new Who(World.MEMBER_A, "member-a on another PO", world.poS, "p-li"),
        new Who(World.SHENZHEN, "shenzhen outside its jurisdiction", world.poA, "p-li"));
    return Gen.frequency(85, admitted, 15, outsider);
  }

  // --- the request -------------------------------------------------------------------------------------------

  private Gen<Hostile> forRoute(Route r) {
    return who(r).flatMap(w -> (random, size) -> Shrinkable.of(build(r, w, random, size)));
  }

  private Hostile build(Route r, Who w, SplittableRandom random, int size) {
    List<String> labels = new ArrayList<>();
    // path: each parameter a plausible value most of the time, else an unknown id, another PO's, or a trick
    String path = r.path();
    for (String p : r.pathParams()) {
      path = path.replace("{" + p + "}", pathValue(r, p, w, random, labels));
    }
    // query: the route's documented parameters, each present or not, each plausible or hostile
    List<String> query = new ArrayList<>();
    for (Route.Param q : r.params()) {
      if (random.nextInt(3) > 0) {
        query.add(q.name() + "=" + encode(random.nextInt(3) == 0 ? text(random, size) : plausibleQuery(q, random)));
      }
    }
    if (random.nextInt(10) == 0) {
      query.add(encode(text(random, size)) + "=" + encode(text(random, size)));
      labels.add("extra query");
    }
    if (!query.isEmpty()) {
      path += "?" + String.join("&", query);
    }
    String method = r.method();
    if (random.nextInt(40) == 0) {
      method = pick(random, List.of("PATCH", "PUT", "DELETE", "POST", "GET"));
      labels.add("method " + method);
    }
    Map<String, String> headers = new LinkedHashMap<>();
    String token = w.token();
    String tokenName = w.tokenName();
    switch (random.nextInt(60)) {
      case 0 -> {
        headers.put("Authorization", "Basic dXNlcjpwYXNz");
        tokenName = "basic auth";
      }
      case 1 -> {
        headers.put("Authorization", "Bearer " + "x".repeat(5000));
        tokenName = "huge token";
      }
      case 2 -> {
        headers.put("Authorization", "Bearer ");
        tokenName = "empty bearer";
      }
      default -> {
        if (token != null) {
          headers.put("Authorization", "Bearer " + token);
        }
      }
    }
    switch (random.nextInt(12)) {
      case 0 -> headers.put("If-Match", pick(random, List.of("\"1\"", "W/\"1\"", "\"-1\"", "\"99999999999999999999\"", "*", "\"a\"", "1",
          "\"" + "9".repeat(18) + "\"", "\"\"", "\"1\", \"2\"")));
      case 1 -> headers.put("Accept-Language", pick(random, List.of("en", "zh-CN,en;q=0.5", "en;q=NaN", "zh;q=1e400", "x".repeat(600),
          "en;q=-1", ";;;,,,")));
      case 2 -> headers.put("Accept", pick(random, List.of("text/html", "application/xml", "*/*", "text/html;q=0.1, application/json")));
      default -> { }
    }
    // body
    String contentType = null;
    byte[] body = null;
    boolean sendsBody = r.request() != null ? random.nextInt(20) > 0 : random.nextInt(10) == 0;
    if (sendsBody) {
      contentType = contentType(random, labels);
      body = body(r, random, size, labels);
      if (body.length > maxBody && !labels.contains("over-size body")) {
        // a generated text can grow a body past the limit too (CI, seed 20261127, try 589: 128,195 bytes); the label says
        // what the server sees, and the contract lets only such a body lose its answer to the upload's reset
        labels.add("over-size body");
      }
    }
    return new Hostile(r.op(), r.path(), method, path, token, tokenName, contentType, body, headers,
        r.op() + (labels.isEmpty() ? "" : " " + labels));
  }

  private String pathValue(Route r, String param, Who w, SplittableRandom random, List<String> labels) {
    int k = random.nextInt(100);
    if (k < 8) {
      labels.add("path trick");
      return pick(random, PATH_TRICKS);
    }
    if (k < 14) {
      labels.add("hostile path text");
      return encode(text(random, 20));
    }
    boolean po = r.path().startsWith("/organizations/{id}") || r.path().startsWith("/public/organizations/{id}");
    if (param.equals("id") && po) {
      if (k < 20) {
        labels.add("unknown PO");
        return "organization-999999";
      }
      if (k < 26) {
        labels.add("another PO");
        return w.po().equals(world.poB) ? world.poA : world.poB;
      }
      String id = w.po();
      return r.path().startsWith("/public/") && random.nextBoolean() ? id + ".html" : id;
    }
    return switch (param) {
      case "id" -> r.path().startsWith("/clusters") ? pick(random, List.of(world.suzhouCluster, world.shenzhenCluster, "cluster-999999"))
          : r.path().startsWith("/authorities") ? pick(random, List.of(world.suzhou, world.shenzhen, world.national, "authority-999999"))
          : r.path().startsWith("/rules") ? pick(random, List.of("A6-lifecycle", "A12-own-account", "no-such-rule"))
          : pick(random, List.of("x-000001", "x-999999"));
      case "n" -> pick(random, List.of("1", "14", "31", "0", "32", "-1", "99999999999999999999", "1.5", "1e3"));
      case "personId" -> pick(random, List.of(w.person(), "p-nobody", "p-wang"));
      case "bodyId" -> pick(random, List.of("council", "board", "supervisors", "nobody"));
      case "kind" -> pick(random, List.of("BUSINESS", "PERSONNEL", "FINANCE", "NONSENSE"));
      case "evaluatorId" -> pick(random, List.of(world.evaluator, "evaluator-999999"));
      // an engagement's number among the evaluator's (decision 0475)
      case "number" -> pick(random, List.of("1", "2", "3", "0", "-1", "99999999999999999999", "1.5", "x"));
      default -> {
        String stem = param.endsWith("Id") ? param.substring(0, param.length() - 2) : param;
        yield pick(random, List.of(stem + "-000001", stem + "-999999", "1"));
      }
    };
  }

  private static String plausibleQuery(Route.Param q, SplittableRandom random) {
    return switch (q.type()) {
      case "date" -> pick(random, DATES);
      case "integer" -> pick(random, List.of("0", "1", "50", "-1", "1000", "1001", "9223372036854775807", "9223372036854775808", "1e3", ""));
      default -> q.name().equals("from") || q.name().equals("to") || q.name().equals("on") ? pick(random, DATES) : pick(random, PLAUSIBLE);
    };
  }

  private static String contentType(SplittableRandom random, List<String> labels) {
    int k = random.nextInt(100);
    if (k < 78) {
      return "application/json";
    }
    labels.add("content type");
    return pick(random, List.of("application/json; charset=utf-8", "application/json; charset=ISO-8859-1", "text/plain",
        "application/x-www-form-urlencoded", "application/xml", "multipart/form-data; boundary=x", "application/problem+json",
        "application/vnd.api+json", "APPLICATION/JSON", "application/json;;;", "", "*/*"));
  }

  // --- bodies -------------------------------------------------------------------------------------------------

  private byte[] body(Route r, SplittableRandom random, int size, List<String> labels) {
    int k = random.nextInt(100);
    if (k < 2) {
      labels.add("over-size body");
      String pad = "汉".repeat((int) (maxBody / 3) + 1 + random.nextInt(1000));
      return ("{\"padding\":\"" + pad + "\"}").getBytes(StandardCharsets.UTF_8);
    }
    if (k < 14) {
      labels.add("broken JSON");
      return broken(r, random, size);
    }
    JsonNode shape = r.request() == null ? randomJson(random, size, 0) : shape(r.request(), random, size, 0, labels);
    if (shape instanceof ObjectNode o && random.nextInt(4) == 0) {
      mutate(o, random, size, labels);
    }
    if (random.nextInt(30) == 0) {
      labels.add("wrong top-level type");
      shape = pick(random, List.<JsonNode>of(NODES.arrayNode().add(shape), NODES.textNode("x"), NODES.numberNode(1), NODES.nullNode(),
          NODES.booleanNode(true)));
    }
    return raw(shape);
  }

  /** The JSON text, with the tokens Jackson would not write (NaN, Infinity, a lone surrogate) put in. */
  private static byte[] raw(JsonNode node) {
    String s = new String(Json.write(node), StandardCharsets.UTF_8)
        .replace("\"@@NaN@@\"", "NaN").replace("\"@@Inf@@\"", "Infinity").replace("\"@@-Inf@@\"", "-Infinity")
        .replace("\"@@big@@\"", "1" + "0".repeat(400)).replace("@@lone@@", "\\ud83d").replace("@@nul@@", "\\u0000");
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private byte[] broken(Route r, SplittableRandom random, int size) {
    byte[] valid = r.request() == null ? "{}".getBytes(StandardCharsets.UTF_8) : raw(shape(r.request(), random, size, 0, new ArrayList<>()));
    String v = new String(valid, StandardCharsets.UTF_8);
    return switch (random.nextInt(14)) {
      case 0 -> java.util.Arrays.copyOf(valid, random.nextInt(Math.max(1, valid.length)));
      case 1 -> (v + "}").getBytes(StandardCharsets.UTF_8);
      case 2 -> (v + v).getBytes(StandardCharsets.UTF_8);
      case 3 -> v.replace('"', '\'').getBytes(StandardCharsets.UTF_8);
      case 4 -> ("/* c */" + v).getBytes(StandardCharsets.UTF_8);
      case 5 -> new byte[] {'{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'};
      case 6 -> ("\uFEFF" + v).getBytes(StandardCharsets.UTF_8);
      case 7 -> ("[".repeat(300) + "]".repeat(300)).getBytes(StandardCharsets.UTF_8);
      case 8 -> "{\"a\":1,}".getBytes(StandardCharsets.UTF_8);
      case 9 -> ("{\"n\":" + "9".repeat(200) + "}").getBytes(StandardCharsets.UTF_8);
      case 10 -> "null".getBytes(StandardCharsets.UTF_8);
      case 11 -> new byte[0];
      case 12 -> ("{\"name\":\"\\ud83d\",\"title\":\"\\u0000\"}").getBytes(StandardCharsets.UTF_8);
      default -> v.replaceFirst(":", ":::").getBytes(StandardCharsets.UTF_8);
    };
  }

  /** A body of the route's request type, its fields drawn from their Java types. */
  private JsonNode shape(Type type, SplittableRandom random, int size, int depth, List<String> labels) {
    Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : type instanceof Class<?> c ? c : Object.class;
    if (raw == String.class) {
      return stringValue(random, size);
    }
    if (raw == Integer.class || raw == int.class || raw == Long.class || raw == long.class) {
      return random.nextInt(3) == 0 ? number(random) : NODES.numberNode(pick(random, List.of(0, 1, 2025, 2026, -1, 9999)));
    }
    if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
      return number(random);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return random.nextInt(6) == 0 ? stringValue(random, size) : NODES.booleanNode(random.nextBoolean());
    }
    if (raw == LocalDate.class) {
      return NODES.textNode(pick(random, DATES));
    }
    if (raw.isEnum()) {
      Object[] values = raw.getEnumConstants();
      return random.nextInt(4) == 0 ? stringValue(random, size) : NODES.textNode(values[random.nextInt(values.length)].toString());
    }
    if (depth > 4) {
      return NODES.nullNode();
    }
    if (List.class.isAssignableFrom(raw) || java.util.Set.class.isAssignableFrom(raw)) {
      Type element = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : String.class;
      ArrayNode a = NODES.arrayNode();
      int n = random.nextInt(20) == 0 ? 200 : random.nextInt(4);
      for (int i = 0; i < n; i++) {
        a.add(shape(element, random, size, depth + 1, labels));
      }
      return a;
    }
    if (Map.class.isAssignableFrom(raw)) {
      Type value = type instanceof ParameterizedType p ? p.getActualTypeArguments()[1] : String.class;
      ObjectNode m = NODES.objectNode();
      int n = random.nextInt(4);
      for (int i = 0; i < n; i++) {
        m.set(random.nextBoolean() ? pick(random, PLAUSIBLE) : text(random, size), shape(value, random, size, depth + 1, labels));
      }
      return m;
    }
    if (raw.isRecord()) {
      ObjectNode o = NODES.objectNode();
      for (RecordComponent c : raw.getRecordComponents()) {
        o.set(c.getName(), shape(c.getGenericType(), random, size, depth + 1, labels));
      }
      return o;
    }
    return randomJson(random, size, depth);
  }

  /** Drops fields, adds one, gives one the wrong type or null. */
  private void mutate(ObjectNode o, SplittableRandom random, int size, List<String> labels) {
    List<String> names = new ArrayList<>();
    o.fieldNames().forEachRemaining(names::add);
    switch (random.nextInt(4)) {
      case 0 -> {
        labels.add("missing fields");
        names.stream().filter(n -> random.nextBoolean()).forEach(o::remove);
      }
      case 1 -> {
        labels.add("extra field");
        o.set(random.nextBoolean() ? "unexpected" : text(random, size), stringValue(random, size));
      }
      case 2 -> {
        if (!names.isEmpty()) {
          labels.add("wrong type");
          o.set(pick(random, names), pick(random, List.<JsonNode>of(NODES.arrayNode().add(1), NODES.objectNode().put("x", 1),
              NODES.numberNode(12), NODES.booleanNode(false), NODES.textNode("12"), NODES.textNode("@@NaN@@"))));
        }
      }
      default -> {
        if (!names.isEmpty()) {
          labels.add("null field");
          o.putNull(pick(random, names));
        }
      }
    }
  }

  private JsonNode stringValue(SplittableRandom random, int size) {
    int k = random.nextInt(10);
    return k < 3 ? NODES.textNode(pick(random, PLAUSIBLE))
        : k < 4 ? NODES.textNode(pick(random, DATES))
        : k < 5 && random.nextInt(8) == 0 ? NODES.textNode(pick(random, List.of("@@lone@@", "@@nul@@")))
        : NODES.textNode(text(random, size));
  }

  private static JsonNode number(SplittableRandom random) {
    return switch (random.nextInt(16)) {
      case 0 -> NODES.textNode("@@NaN@@");
      case 1 -> NODES.textNode("@@Inf@@");
      case 2 -> NODES.textNode("@@-Inf@@");
      case 3 -> NODES.textNode("@@big@@");
      case 4 -> NODES.numberNode(new BigDecimal("-1.00"));
      case 5 -> NODES.numberNode(new BigDecimal("-0.01"));
      case 6 -> NODES.numberNode(new BigDecimal("1E+400"));
      case 7 -> NODES.numberNode(new BigDecimal("1E-400"));
      case 8 -> NODES.numberNode(Long.MAX_VALUE);
      case 9 -> NODES.numberNode(new BigInteger("2").pow(100));
      case 10 -> NODES.numberNode(new BigDecimal("0.001"));
      case 11 -> NODES.numberNode(new BigDecimal("99999999999999999999.99"));
      case 12 -> NODES.numberNode(1.5e308);
      case 13 -> NODES.textNode("100.00");
      case 14 -> NODES.numberNode(new BigDecimal("100.00"));
      default -> NODES.numberNode(Integer.MIN_VALUE);
    };
  }

  private JsonNode randomJson(SplittableRandom random, int size, int depth) {
    return switch (random.nextInt(depth > 2 ? 3 : 5)) {
      case 0 -> stringValue(random, size);
      case 1 -> number(random);
      case 2 -> NODES.nullNode();
      case 3 -> NODES.arrayNode().add(randomJson(random, size, depth + 1));
      default -> NODES.objectNode().set(text(random, size), randomJson(random, size, depth + 1));
    };
  }

  /** Text that is hard to store and to show: Chinese with emoji (surrogate pairs), controls, fragments, very long. */
  static String text(SplittableRandom random, int size) {
    int k = random.nextInt(20);
    if (k < 6) {
      return Gen.strings(Alphabet.CJK_IDEOGRAPHS.or(Alphabet.EMOJI).or(Alphabet.ASCII_LETTERS), 1, 40).generate(random, size).value();
    }
    if (k < 10) {
      return pick(random, FRAGMENTS);
    }
    if (k < 12) {
      return Gen.strings(Alphabet.CONTROL.or(Alphabet.CJK_IDEOGRAPHS), 1, 8).generate(random, size).value();
    }
    if (k < 14) {
      return Gen.strings(Alphabet.ANY, 0, 30).generate(random, size).value();
    }
    if (k < 15) {
      return pick(random, List.of("长", "x", "🚀")).repeat(pick(random, List.of(101, 201, 256, 501, 1001, 4097)));
    }
    return pick(random, FRAGMENTS) + Gen.strings(Alphabet.CJK_IDEOGRAPHS.or(Alphabet.EMOJI), 1, 10).generate(random, size).value()
        + pick(random, FRAGMENTS);
  }

  static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }
}
