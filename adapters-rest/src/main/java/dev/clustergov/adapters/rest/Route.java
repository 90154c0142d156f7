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
 */
record Route(Op op, String method, String path, String tag, String summary, String description, List<Param> params,
    Class<?> request, boolean requestOptional, Class<?> response, int success, Set<Integer> problems,
    Scope scope, Handler handler) {

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

  /** A query parameter, for the document; path parameters are read off the path. */
  record Param(String name, String type, String description) {}

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
