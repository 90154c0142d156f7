package dev.clustergov.adapters.rest;

import java.util.List;
import java.util.Set;

/**
 * One route of the server (路由): what {@link Server} registers with Javalin and what {@link OpenApi}
 * documents — the same value, so the two cannot drift apart.
 *
 * @param path Javalin's form, {@code /organizations/{id}}, which is also OpenAPI's
 * @param request the JSON body's type, or {@code null} for none
 * @param requestOptional whether an empty body is taken as {@code {}}
 * @param response the success body's type ({@code null}: none; {@code String.class}: HTML or other text)
 * @param success the success status
 * @param scope what the object-level check of {@link Access} looks at
 * @param example a request body as JSON text that the server takes (an example for clients), or {@code null}
 * @param pathValues the values a path parameter takes, when it takes only some (an enum's constants, by name)
 * @param pathExamples a value of a path parameter at which the server takes {@code example} (the demo data's), by name
 *
 * <p>Built by name, never positionally: {@code Route.post(Op.X, "/x").tag(..).summary(..).body(..).created(..)
 * .problems(..).scope(..).handler(..)}. {@link Builder#handler} ends the chain and checks the route, so a route
 * without a summary fails when the route table is built, at startup, naming the route.
 */
record Route(Op op, String method, String path, String tag, String summary, String description, List<Param> params,
    Class<?> request, boolean requestOptional, Class<?> response, int success, Set<Integer> problems,
    Scope scope, Handler handler, String example, java.util.Map<String, List<String>> pathValues,
    java.util.Map<String, String> pathExamples) {

  static Builder get(Op op, String path) {
    return new Builder(op, "GET", path);
  }

  static Builder post(Op op, String path) {
    return new Builder(op, "POST", path);
  }

  static Builder put(Op op, String path) {
    return new Builder(op, "PUT", path);
  }

  static Builder delete(Op op, String path) {
    return new Builder(op, "DELETE", path);
  }

  /**
   * A route being described. Defaults: no description, no query parameters, no body, success 200, no
   * problem statuses beyond those {@link OpenApi} adds, {@link Scope#NONE}.
   */
  static final class Builder {
    private final Op op;
    private final String method;
    private final String path;
    private String tag;
    private String summary;
    private String description = "";
    private List<Param> params = List.of();
    private Class<?> request;
    private boolean requestOptional;
    private Class<?> response;
    private int success = 200;
    private Set<Integer> problems = Set.of();
    private Scope scope = Scope.NONE;
    private String example;
    private final java.util.Map<String, List<String>> pathValues = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, String> pathExamples = new java.util.LinkedHashMap<>();

    private Builder(Op op, String method, String path) {
      this.op = op;
      this.method = method;
      this.path = path;
    }

    /** The OpenAPI tag the route is listed under. */
    Builder tag(String tag) {
      this.tag = tag;
      return this;
    }

    /** One line for the document; required. */
    Builder summary(String summary) {
      this.summary = summary;
      return this;
    }

    Builder description(String description) {
      this.description = description;
      return this;
    }

    /** The query parameters, for the document; path parameters are read off the path. */
    Builder params(List<Param> params) {
      this.params = params;
      return this;
    }

    Builder param(String name, String type, String description) {
      List<Param> all = new java.util.ArrayList<>(params);
      all.add(new Param(name, type, description));
      this.params = List.copyOf(all);
      return this;
    }

    /** The JSON body the route reads; required. */
    Builder body(Class<?> type) {
      this.request = type;
      this.requestOptional = false;
      return this;
    }

    /** The JSON body the route reads; an empty body is taken as {@code {}}. */
    Builder optionalBody(Class<?> type) {
      this.request = type;
      this.requestOptional = true;
      return this;
    }

    /** The body of a 200 answer ({@code String.class}: HTML or other text). */
    Builder response(Class<?> type) {
      this.response = type;
      this.success = 200;
      return this;
    }

    /** No body: the route answers 302 with a Location. */
    Builder redirect() {
      this.response = null;
      this.success = 302;
      return this;
    }

    /** The body of a 201 answer. */
    Builder created(Class<?> type) {
      this.response = type;
      this.success = 201;
      return this;
    }

    /** The problem statuses the route may answer besides its success. */
    Builder problems(Set<Integer> statuses) {
      this.problems = statuses;
      return this;
    }

    Builder problems(Integer... statuses) {
      return problems(Set.of(statuses));
    }

    /**
     * A request body the server takes, as JSON text — the document's example, posted by {@code OpenApiExamplesTest} — at
     * {@code pathValues}: path parameter name, value, name, value… — the demo data's
     * ids (a PO in the stage the route needs). A path parameter left out is the demo's recognised PO for {@code id}, or
     * what posting the example of the collection it names creates ({@code disputeId}: {@code POST …/disputes}).
     */
    Builder example(String json, String... pathValues) {
      this.example = json;
      for (int i = 0; i + 1 < pathValues.length; i += 2) {
        this.pathExamples.put(pathValues[i], pathValues[i + 1]);
      }
      return this;
    }

    /** A path parameter that takes only the constants of {@code values}, by name. */
    Builder pathParam(String name, Class<? extends Enum<?>> values) {
      return pathParam(name, OpenApi.constants(values));
    }

    /** A path parameter that takes only {@code values}. */
    Builder pathParam(String name, List<String> values) {
      this.pathValues.put(name, List.copyOf(values));
      return this;
    }

    Builder scope(Scope scope) {
      this.scope = scope;
      return this;
    }

    /** Ends the description with what the route does; fails when the route could not be served or documented. */
    Route handler(Handler handler) {
      List<String> missing = new java.util.ArrayList<>();
      if (op == null) {
        missing.add("no operation");
      }
      if (path == null || !path.startsWith("/")) {
        missing.add("a path that does not start with /");
      }
      if (tag == null || tag.isBlank()) {
        missing.add("no tag");
      }
      if (summary == null || summary.isBlank()) {
        missing.add("no summary");
      }
      if (handler == null) {
        missing.add("no handler");
      }
      if (description == null || params == null || problems == null || scope == null) {
        missing.add("a null description, parameter list, problem set or scope");
      }
      if (scope == Scope.ORGANIZATION && (path == null || !path.startsWith("/organizations/{id}"))) {
        missing.add("scope ORGANIZATION without the PO's {id} in its path");
      }
      if (path != null) {
        for (String p : java.util.stream.Stream.concat(pathValues.keySet().stream(), pathExamples.keySet().stream()).toList()) {
          if (!path.contains("{" + p + "}")) {
            missing.add("a path parameter " + p + " that is not in its path");
          }
        }
      }
      if (example != null && path != null && path.startsWith("/organizations/{id}")) {
        pathExamples.putIfAbsent("id", Examples.RECOGNISED_PO);
      }
      if (!missing.isEmpty()) {
        throw new IllegalStateException("route " + method + " " + path + " (" + op + ") has " + String.join(", ", missing));
      }
      return new Route(op, method, path, tag, summary, description, List.copyOf(params), request, requestOptional, response,
          success, Set.copyOf(problems), scope, handler, example, java.util.Map.copyOf(pathValues), java.util.Map.copyOf(pathExamples));
    }
  }

  /** Where the object of the access check is. */
  enum Scope {
    /** Nothing: the condition is about the caller alone; checked before the handler. */
    NONE,
    /** The PO named by path parameter {@code id}: checked before the body is read. */
    ORGANIZATION,
    /** A field of the body (a region, a named authority): the handler checks it once the body is parsed. */
    BODY,
    /** A list: the handler keeps only what the caller may read one by one. */
    FILTER
  }

  /**
   * A query parameter, for the document; path parameters are read off the path.
   *
   * @param values the parameter's values (an enum's constants, by name), or {@code null} for any of its type
   */
  record Param(String name, String type, String description, List<String> values) {
    Param(String name, String type, String description) {
      this(name, type, description, (List<String>) null);
    }

    Param(String name, String type, String description, Class<? extends Enum<?>> values) {
      this(name, type, description, OpenApi.constants(values));
    }
  }

  @FunctionalInterface
  interface Handler {
    Reply handle(Exchange ex) throws Exception;
  }

  /** What a handler answers: a status, a body (JSON unless {@code raw} is given) and headers. */
  record Reply(int status, Object json, byte[] raw, String contentType, java.util.Map<String, String> headers) {
    static Reply json(int status, Object body) {
      return new Reply(status, body, null, null, java.util.Map.of());
    }

    static Reply ok(Object body) {
      return json(200, body);
    }

    Reply with(String header, String value) {
      var h = new java.util.LinkedHashMap<>(headers);
      h.put(header, value);
      return new Reply(status, json, raw, contentType, h);
    }

    static Reply raw(int status, byte[] body, String contentType) {
      return new Reply(status, null, body, contentType, java.util.Map.of());
    }
  }

  List<String> pathParams() {
    return java.util.Arrays.stream(path.split("/")).filter(s -> s.startsWith("{") && s.endsWith("}"))
        .map(s -> s.substring(1, s.length() - 1)).toList();
  }
}
