package dev.clustergov.adapters.rest;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenAPI 3.1 document (接口文档), generated from the route table the server registers and from
 * the record types it reads and writes — one source of truth, so the document cannot name a route
 * that does not exist or miss one that does.
 */
final class OpenApi {

  private final Map<String, Object> schemas = new TreeMap<>();

  /** The records a client sends: the request bodies and every record inside one. */
  private final java.util.Set<Class<?>> requestTypes = new java.util.HashSet<>();

  private OpenApi() {}

  static Map<String, Object> document(List<Route> routes) {
    return new OpenApi().build(routes);
  }

  private Map<String, Object> build(List<Route> routes) {
    routes.stream().map(Route::request).filter(java.util.Objects::nonNull).forEach(this::sent);
    Map<String, Object> paths = new TreeMap<>();
    for (Route r : routes) {
      @SuppressWarnings("unchecked")
      Map<String, Object> item = (Map<String, Object>) paths.computeIfAbsent(r.path(), k -> new LinkedHashMap<>());
      item.put(r.method().toLowerCase(java.util.Locale.ROOT), operation(r));
    }
    schemas.put("Problem", problemSchema());
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("openapi", "3.1.0");
    doc.put("info", Map.of(
        "title", "clustergov — 先进制造业集群发展促进组织治理接口",
        "version", ServerMain.version(), // the build's, from the filtered version.properties
        "description", "The " + dev.clustergov.core.guideline.Guideline.TITLE.en() + " ("
            + dev.clustergov.core.guideline.Guideline.TITLE.zh() + ", CCID 2023) over HTTP. Errors are RFC 9457 problems "
            + "(application/problem+json): 400 lists every violation, 422 every blocking finding with its clause. "
            + "Every route but /health may answer 503: with Retry-After while the database cannot be reached (try again; read "
            + "before retrying a write), or while the server is stopping. Every GET route answers HEAD as it answers GET — the "
            + "same authentication and access checks, status and headers — without the body. Enumerated fields list their values; `required` is "
            + "what the core refuses a request without; every request body has an example the server takes. Messages follow Accept-Language (zh or en); both are always present.",
        "license", Map.of("name", "Apache-2.0", "identifier", "Apache-2.0")));
    doc.put("paths", paths);
    doc.put("components", Map.of(
        "schemas", schemas,
        "securitySchemes", Map.of("bearer", Map.of("type", "http", "scheme", "bearer",
            "description", "A token bound to a role: authority, evaluator, secretariat or member. No token: the public. A member "
                + "token names a member unit on its PO's roll today or a person holding a seat on one of its governance bodies; "
                + "any other is refused (403) on every route (Art.8(2), Art.17, decision 0550)."),
            "feedToken", Map.of("type", "apiKey", "in", "query", "name", "token",
                "description", "A calendar feed token, scoped to one PO's or one authority's deadline feed and revocable in the tokens "
                    + "file (decision 0431); calendar clients send no header."))));
    return doc;
  }

  /**
   * The problem's schema, its {@code type} and {@code title} described by the table of types: one title per type in each
   * language (decision 0633), so a client can rely on the type and a reader on the title.
   */
  private Map<String, Object> problemSchema() {
    Map<String, Object> schema = schemaOf(Views.Problem.class);
    @SuppressWarnings("unchecked")
    Map<String, Object> props = (Map<String, Object>) schema.get("properties");
    Map<String, Object> type = new LinkedHashMap<>(asMap(props.get("type")));
    type.put("description", "urn:clustergov:problem: followed by one of these types, each with one title (zh · en): "
        + ProblemNames.types().stream().map(t -> t + " (" + ProblemNames.title(t).zh() + " · " + ProblemNames.title(t).en() + ")")
            .collect(java.util.stream.Collectors.joining("; "))
        + "; or http-<status> (" + ProblemNames.title("http-500").zh() + " · " + ProblemNames.title("http-500").en()
        + ") for a status the HTTP layer answers by itself");
    props.put("type", type);
    Map<String, Object> title = new LinkedHashMap<>(asMap(props.get("title")));
    title.put("description", "The type's title in the language of Accept-Language: the same for every problem of the type");
    props.put("title", title);
    return schema;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object o) {
    return (Map<String, Object>) o;
  }

  private Map<String, Object> operation(Route r) {
    Map<String, Object> op = new LinkedHashMap<>();
    op.put("operationId", camel(r.op().name()));
    op.put("tags", List.of(r.tag()));
    op.put("summary", r.summary());
    StringBuilder description = new StringBuilder(r.description());
    description.append(description.length() > 0 ? "\n\n" : "").append("**Who may call it:** ");
    var row = Access.TABLE.getOrDefault(r.op(), Map.of());
    List<String> who = new ArrayList<>();
    row.forEach((role, condition) -> who.add(role.name().toLowerCase(java.util.Locale.ROOT) + " (" + condition.text.en() + ")"));
    description.append(who.isEmpty() ? "nobody" : String.join(", ", who)).append('.');
    op.put("description", description.toString());
    List<Object> params = new ArrayList<>();
    for (String p : r.pathParams()) {
      Map<String, Object> param = new LinkedHashMap<>();
      param.put("name", p);
      param.put("in", "path");
      param.put("required", true);
      param.put("schema", r.pathValues().containsKey(p) ? Map.of("type", "string", "enum", r.pathValues().get(p))
          : Map.of("type", p.equals("n") ? "integer" : "string"));
      String example = r.example() == null ? null : r.pathExamples().get(p);
      if (example != null) {
        param.put("example", p.equals("n") ? (Object) Integer.valueOf(example) : example);
      }
      params.add(param);
    }
    for (Route.Param p : r.params()) {
      Map<String, Object> schema = p.type().equals("date") ? Map.of("type", "string", "format", "date")
          : p.values() != null ? Map.of("type", p.type(), "enum", p.values()) : Map.of("type", p.type());
      params.add(Map.of("name", p.name(), "in", "query", "required", false, "description", p.description(), "schema", schema));
    }
    if (takesIfMatch(r)) {
      params.add(Map.of("name", "If-Match", "in", "header", "required", false,
          "description", "The ETag of the version this write is based on, compared strongly (a W/ tag never matches); 412 when "
              + "it is not the current one.", "schema", Map.of("type", "string")));
    }
    if (IdempotencyKeys.applies(r)) {
      params.add(Map.of("name", IdempotencyKeys.HEADER, "in", "header", "required", false,
          "description", IdempotencyKeys.imports(r) ? IdempotencyKeys.IMPORT_DESCRIPTION : IdempotencyKeys.DESCRIPTION, "schema", Map.of("type", "string", "minLength", 1, "maxLength",
              dev.clustergov.core.application.port.KeyedAnswer.MAX_KEY, "pattern", "^[!-~]+$")));
    }
    if (!params.isEmpty()) {
      op.put("parameters", params);
    }
    if (r.op() == Op.IMPORT_MEMBERS || r.op() == Op.IMPORT_ACTIVITIES) { // a spreadsheet, not JSON (decision 0451)
      op.put("requestBody", Map.of("required", true, "content", Map.of(Imports.CSV, Map.of("schema", Map.of("type", "string"),
              "example", r.op() == Op.IMPORT_MEMBERS ? Examples.MEMBERS_CSV : Examples.ACTIVITIES_CSV),
          Imports.XLSX, Map.of("schema", Map.of("type", "string", "format", "binary")))));
    }
    if (r.op() == Op.IMPORT_UPLOAD) { // the imports page's form (decision 0467)
      op.put("requestBody", ImportPage.formBody());
    }
    if (r.request() != null) {
      Map<String, Object> media = new LinkedHashMap<>();
      media.put("schema", ref(r.request()));
      if (r.example() != null) {
        try {
          media.put("example", Json.MAPPER.readTree(r.example()));
        } catch (java.io.IOException e) {
          throw new IllegalStateException("the example of " + r.method() + " " + r.path() + " is not JSON: " + e.getMessage(), e);
        }
      }
      op.put("requestBody", Map.of("required", !r.requestOptional(), "content", Map.of("application/json", media)));
    }
    boolean isPublic = row.containsKey(Caller.Role.PUBLIC);
    if (!isPublic) {
      op.put("security", List.of(Map.of("bearer", List.of())));
    } else if (row.get(Caller.Role.PUBLIC) == Access.Condition.FEED_TOKEN) {
      op.put("security", List.of(Map.of("bearer", List.of()), Map.of("feedToken", List.of()))); // either (decision 0431)
    }
    Map<String, Object> responses = new TreeMap<>();
    Map<String, Object> success = new LinkedHashMap<>();
    success.put("description", r.success() == 201 ? "Created" : r.success() == 302 ? "Found: see the Location header" : "OK");
    if (r.op() == Op.IMPORT_TEMPLATE) {
      success.put("content", Map.of(Imports.CSV, Map.of("schema", Map.of("type", "string")),
          Imports.XLSX, Map.of("schema", Map.of("type", "string", "format", "binary"))));
    } else if (r.response() == String.class && r.path().endsWith(".ics")) {
      success.put("content", Map.of("text/calendar", Map.of("schema", Map.of("type", "string"))));
    } else if (r.response() == String.class) {
      success.put("content", Map.of("text/html", Map.of("schema", Map.of("type", "string"))));
    } else if (r.response() == Map.class) {
      success.put("content", Map.of("application/json", Map.of("schema", Map.of("type", "object"))));
    } else if (r.response() != null) {
      Map<String, Object> content = new LinkedHashMap<>();
      content.put("application/json", Map.of("schema", ref(r.response())));
      if (r.op() == Op.PUBLIC_ORGANIZATION || r.op() == Op.DASHBOARD || r.op() == Op.EVALUATION_REPORT || ImportPage.isPage(r.op())) {
        content.put("text/html", Map.of("schema", Map.of("type", "string")));
      }
      success.put("content", content);
    }
    if (isPublic) {
      // decision 0632: a demo server says so in a header, not a field, so that no answer's schema changes
      success.put("headers", Map.of(DemoNotice.HEADER, Map.of("description", "Sent as `true` by a server holding demo data (演示数据): "
          + "every record it answers is fictional, and its pages show the notice 演示数据 · Demo data. Absent on a server without demo "
          + "data.", "schema", Map.of("type", "string", "enum", List.of("true")))));
    }
    responses.put(String.valueOf(r.success()), success);
    java.util.Set<Integer> problems = new java.util.TreeSet<>(r.problems());
    if (takesIfMatch(r)) {
      problems.add(412);
    }
    problems.add(400); // a body or a header of the wrong shape: every route that reads one, and Authorization sent twice
    if (IdempotencyKeys.applies(r)) {
      problems.add(422); // an Idempotency-Key used for another request or by another caller (decision 0540)
    }
    if (!isPublic) {
      problems.add(401); // no token, or one the tokens file does not hold
    }
    if (r.request() != null) {
      problems.add(413); // the body is larger than the server takes
      problems.add(415); // the body is not JSON in UTF-8
    }
    if (r.op() != Op.HEALTH) {
      problems.add(503); // the storage out of reach (Retry-After), or the server stopping: every route but liveness
    }
    for (int status : problems) {
      if (status == 503 && r.op() == Op.READY) {
        responses.put("503", Map.of("description", "Not ready", "content", Map.of("application/json", Map.of("schema", ref(Views.Ready.class)))));
        continue;
      }
      Map<String, Object> problem = new LinkedHashMap<>();
      problem.put("application/problem+json", Map.of("schema", Map.of("$ref", "#/components/schemas/Problem")));
      if (status == 404 && r.op() == Op.PUBLIC_ORGANIZATION) {
        problem.put("text/html", Map.of("schema", Map.of("type", "string"))); // the page asked for answers as a page
      }
      responses.put(String.valueOf(status), Map.of("description", reason(status), "content", problem));
    }
    op.put("responses", responses);
    return op;
  }

  /** Notes {@code type} and every record inside it as sent by clients. */
  private void sent(Type type) {
    if (type instanceof ParameterizedType p) {
      for (Type a : p.getActualTypeArguments()) {
        sent(a);
      }
    } else if (type instanceof Class<?> c && c.isRecord() && requestTypes.add(c)) {
      for (RecordComponent rc : c.getRecordComponents()) {
        sent(rc.getGenericType());
      }
    }
  }

  /** Whether a route reads If-Match: every write on a PO. */
  static boolean takesIfMatch(Route r) {
    return r.scope() == Route.Scope.ORGANIZATION && !r.method().equals("GET");
  }

  private static String reason(int status) {
    return switch (status) {
      case 400 -> "Invalid request (type malformed): every violation, with its field path; a body that cannot be read at all "
          + "has the code json or body";
      case 401 -> "No or invalid bearer token";
      case 403 -> "The caller's role or scope does not allow this: the problem names the clauses that draw the scope (clauses)";
      case 404 -> "Not found";
      case 409 -> "Conflict: changed by another request meanwhile (no If-Match was sent), or already exists";
      case 412 -> "Precondition failed: If-Match is not the current version's ETag (a weak W/ tag never matches)";
      case 413 -> "Request body too large";
      case 415 -> "Request body is not application/json in UTF-8";
      case 422 -> "Rejected by the guideline: every blocking finding with its clause; on a creating route, also an "
          + "Idempotency-Key used for another request or by another caller (violation at Idempotency-Key, code reused)";
      case 503 -> "Unavailable: the storage is out of reach (Retry-After) or the server is stopping";
      default -> "Error";
    };
  }

  /** The record each schema name stands for: two records under one name would be documented as one. */
  private final Map<String, Class<?>> named = new java.util.HashMap<>();

  private Map<String, Object> ref(Class<?> type) {
    Class<?> other = named.putIfAbsent(name(type), type);
    if (other != null && other != type) {
      throw new IllegalStateException("two records are named " + name(type) + " in the OpenAPI document: " + other.getName()
          + " and " + type.getName() + "; name one in OpenApi.name");
    }
    schemaFor(type);
    return Map.of("$ref", "#/components/schemas/" + name(type));
  }

  private static String name(Class<?> type) {
    // the founding application's JSON shape (ApplicationBody) keeps the name of the core's record it mirrors
    if (type == ApplicationBody.class) {
      return "FoundingApplication";
    }
    // records of one simple name in two places, each named for what it is (two under one name would be documented as one)
    if (type == SupervisionViews.FindingView.class) {
      return "InspectionFindingView"; // a finding of an inspection (Art.25), not a rule's finding (Views.FindingView)
    }
    if (type == SupervisionViews.TraceView.class) {
      return "IncentiveTraceView"; // the incentive's explanation (Art.29), not an evaluation's (EvaluationViews.TraceView)
    }
    if (type == ImportRoutes.Problem.class) {
      return "ImportProblem"; // a row's problem in an import, not an RFC 9457 problem
    }
    if (type == EvaluationReport.ReportView.class) {
      return "EvaluationReportView"; // the evaluation report (Art.28), not a compliance report (Views.ReportView)
    }
    return type.getEnclosingClass() != null && (type.getEnclosingClass().getSimpleName().equals("FoundingApplication")
        || type.getEnclosingClass() == ApplicationBody.class)
        ? "FoundingApplication" + type.getSimpleName()
        : type.getSimpleName();
  }

  private void schemaFor(Class<?> type) {
    if (!schemas.containsKey(name(type))) {
      schemas.put(name(type), Map.of()); // placeholder: recursion stops here
      schemas.put(name(type), schemaOf(type));
    }
  }

  /**
   * A record's schema. What a client sends (a request record, or one inside it) may leave out what is not required and
   * may send null for it. What the server answers (every other record) holds every field, null only where the record
   * says it can be ({@link Schema.Nullable}) — except a record written without its null fields ({@code NON_NULL}, the
   * problem), whose fields are then absent rather than null.
   */
  private Map<String, Object> schemaOf(Class<?> record) {
    Map<String, Object> props = new LinkedHashMap<>();
    List<String> required = new ArrayList<>();
    boolean sent = requestTypes.contains(record);
    var include = record.getAnnotation(com.fasterxml.jackson.annotation.JsonInclude.class);
    boolean withoutNulls = include != null && include.value() == com.fasterxml.jackson.annotation.JsonInclude.Include.NON_NULL;
    if (record.isRecord()) {
      for (RecordComponent c : record.getRecordComponents()) {
        boolean nullable = sent || c.isAnnotationPresent(Schema.Nullable.class);
        boolean mandatory = c.getType().isPrimitive() || c.isAnnotationPresent(Schema.Required.class)
            || !sent && !withoutNulls;
        Map<String, Object> type = typeOf(c.getGenericType(), sent);
        Schema.OneOf oneOf = c.getAnnotation(Schema.OneOf.class);
        if (oneOf != null) {
          type = enumerated(type, oneOf.value(), sent);
        }
        if (!sent && nullable) {
          type = orNull(type);
        }
        props.put(c.getName(), sent && mandatory ? notNull(type) : type);
        if (mandatory) {
          required.add(c.getName());
        }
      }
    }
    Map<String, Object> s = new LinkedHashMap<>();
    s.put("type", "object");
    s.put("properties", props);
    if (!required.isEmpty()) {
      s.put("required", required);
    }
    s.put("additionalProperties", false);
    return s;
  }

  /** The schema of a Java type; with {@code orNull} null is among its values, and its elements' and entries'. */
  private Map<String, Object> typeOf(Type t, boolean orNull) {
    if (t instanceof ParameterizedType p) {
      Class<?> raw = (Class<?>) p.getRawType();
      if (List.class.isAssignableFrom(raw)) {
        Map<String, Object> list = Map.of("type", "array", "items", typeOf(p.getActualTypeArguments()[0], orNull));
        return orNull ? nullable(list) : list;
      }
      if (Map.class.isAssignableFrom(raw)) {
        Map<String, Object> map = Map.of("type", "object", "additionalProperties", typeOf(p.getActualTypeArguments()[1], orNull));
        return orNull ? nullable(map) : map;
      }
    }
    Class<?> c = (Class<?>) t;
    if (c == int.class || c == long.class) {
      return Map.of("type", "integer");
    }
    if (c == boolean.class) {
      return Map.of("type", "boolean");
    }
    Map<String, Object> s;
    if (c == Integer.class || c == Long.class) {
      s = Map.of("type", "integer");
    } else if (c == Boolean.class) {
      s = Map.of("type", "boolean");
    } else if (c == BigDecimal.class) {
      s = Map.of("type", "number");
    } else if (c == String.class) {
      s = Map.of("type", "string");
    } else if (c == LocalDate.class) {
      s = Map.of("type", "string", "format", "date");
    } else if (c == Instant.class) {
      s = Map.of("type", "string", "format", "date-time");
    } else if (c.isRecord()) {
      s = ref(c);
    } else {
      return Map.of();
    }
    return orNull ? orNull(s) : s;
  }

  /** {@code schema} or null. */
  private static Map<String, Object> orNull(Map<String, Object> schema) {
    if (schema.containsKey("$ref")) {
      return Map.of("anyOf", List.of(schema, Map.of("type", "null")));
    }
    if (schema.get("type") instanceof String) {
      Map<String, Object> s = nullable(schema);
      if (s.get("enum") instanceof List<?> values && !values.contains(null)) {
        List<Object> names = new ArrayList<>(values);
        names.add(null);
        s.put("enum", names);
      }
      return s;
    }
    return schema;
  }

  /** {@code type} — a string or a list of strings — with the constants of {@code values} as its (or its elements') values. */
  private static Map<String, Object> enumerated(Map<String, Object> type, Class<? extends Enum<?>> values, boolean orNull) {
    Map<String, Object> s = new LinkedHashMap<>(type);
    if (s.containsKey("items")) {
      s.put("items", Map.of("type", "string", "enum", constants(values)));
      return s;
    }
    List<Object> names = new ArrayList<>(constants(values));
    if (orNull) {
      names.add(null); // absent, as the type says; a required field drops it with its null type
    }
    s.put("enum", names);
    return s;
  }

  static List<String> constants(Class<? extends Enum<?>> values) {
    return java.util.Arrays.stream(values.getEnumConstants()).map(Enum::name).toList();
  }

  /** {@code schema} without {@code null} among its types or values: what a required field must not be. */
  private static Map<String, Object> notNull(Map<String, Object> schema) {
    Map<String, Object> s = new LinkedHashMap<>(schema);
    if (s.get("type") instanceof List<?> types) {
      List<Object> kept = types.stream().filter(t -> !"null".equals(t)).map(t -> (Object) t).toList();
      s.put("type", kept.size() == 1 ? kept.get(0) : kept);
    }
    if (s.get("enum") instanceof List<?> values) {
      s.put("enum", values.stream().filter(java.util.Objects::nonNull).toList());
    }
    if (s.get("anyOf") instanceof List<?> any) {
      List<?> kept = any.stream().filter(a -> !Map.of("type", "null").equals(a)).toList();
      s.remove("anyOf");
      if (kept.size() == 1) {
        @SuppressWarnings("unchecked")
        Map<String, Object> only = (Map<String, Object>) kept.get(0);
        s.putAll(only);
      } else {
        s.put("anyOf", kept);
      }
    }
    return s;
  }

  private static Map<String, Object> nullable(Map<String, Object> schema) {
    Map<String, Object> s = new LinkedHashMap<>(schema);
    s.put("type", List.of(schema.get("type"), "null"));
    return s;
  }

  static String camel(String op) {
    StringBuilder b = new StringBuilder();
    boolean up = false;
    for (char ch : op.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
      if (ch == '_') {
        up = true;
      } else {
        b.append(up ? Character.toUpperCase(ch) : ch);
        up = false;
      }
    }
    return b.toString();
  }
}
