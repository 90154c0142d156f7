package dev.clustergov.adapters.rest;

import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/** One request as a handler sees it (请求上下文): the caller, the language, the path, the body. */
final class Exchange {

  final Context ctx;
  final Caller caller;
  final Language lang;
  final Route route;
  private final long maxBody;

  /** The caller as the core's actor. */
  dev.clustergov.core.application.Actor actor() {
    return caller.actor();
  }

  Exchange(Context ctx, Caller caller, Route route, long maxBody) {
    this.ctx = ctx;
    this.caller = caller;
    this.route = route;
    this.maxBody = maxBody;
    this.lang = language(ctx.header("Accept-Language"));
  }

  String path(String name) {
    return ctx.pathParam(name);
  }

  /** A request header, null when absent. */
  String header(String name) {
    return ctx.header(name);
  }

  String query(String name) {
    return ctx.queryParam(name);
  }

  OptionalLong ifMatch() {
    return Etags.expected(ctx.header("If-Match"));
  }

  /**
   * The JSON body as {@code type}: 415 unless it is {@code application/json} in UTF-8, 413 beyond the size limit,
   * 400 at once when it is not JSON. An empty body is {@code {}} where the route allows it. A body of the wrong shape
   * (a value of the wrong type, a duplicate key, an unknown field) gives what did fit, and the request runs on as a
   * {@link Rehearsal}: its violations are reported with every other one of the request ({@link #misshapen}).
   */
  <T> T body(Class<T> type) {
    if (parsed != null && type.isInstance(parsed)) {
      return type.cast(parsed);
    }
    byte[] bytes = bytes();
    Json.Parsed<T> p;
    if (bytes.length == 0 && route.requestOptional()) {
      p = Json.parse("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
    } else {
      String ct = ctx.header("Content-Type");
      String[] parts = ct == null ? new String[] {""} : ct.split(";");
      String media = parts[0].strip().toLowerCase(Locale.ROOT);
      if (!media.equals("application/json") && !(media.startsWith("application/") && media.endsWith("+json"))) {
        throw ApiError.of(415, "unsupported-media-type", Text.of("不支持的内容类型", "Unsupported media type"),
            Text.of("请求体须为 application/json", "The request body must be application/json"))
            .withHeader("Accept-Post", "application/json");
      }
      for (int i = 1; i < parts.length; i++) {
        String[] kv = parts[i].split("=", 2);
        if (kv[0].strip().equalsIgnoreCase("charset")
            && (kv.length < 2 || !kv[1].strip().replace("\"", "").equalsIgnoreCase("utf-8"))) {
          throw Json.notUtf8();
        }
      }
      if (bytes.length == 0) {
        throw ApiError.malformed(List.of(Violation.of("", "required", "请求体不能为空", "the request body is required")));
      }
      p = Json.parse(bytes, type);
    }
    if (!p.violations().isEmpty()) {
      misshapen.addAll(p.violations());
      Rehearsal.begin();
    }
    parsed = p.value();
    return p.value();
  }

  private Object parsed;
  private final List<Violation> misshapen = new ArrayList<>();

  /**
   * How a handler's refusal is answered: a version conflict of a write that carried {@code If-Match} is its failed
   * precondition (412). When the body was misshapen: 400 with the body's violations and, after them,
   * every other violation the handler found (except those of a value left out, which would only repeat them). A
   * refusal that does not judge the body (401, 403, 413, 415, 5xx) stands; a verdict on a body that was not the one
   * sent (404, 409, 412, 422) gives way to the 400.
   */
  ApiError misshapen(ApiError e) {
    if (e.status == 409 && e.conflict != null && ifMatch().equals(java.util.OptionalLong.of(e.conflict.expected()))) {
      e = e.asPreconditionFailed();
    }
    if (misshapen.isEmpty() || e.status == 401 || e.status == 403 || e.status == 413 || e.status == 415 || e.status >= 500) {
      return e;
    }
    List<Violation> all = new ArrayList<>(misshapen);
    if (e.violations != null) {
      e.violations.stream().filter(v -> misshapen.stream().noneMatch(m -> within(v.field(), m.field()))).forEach(all::add);
    }
    return ApiError.malformed(all);
  }

  /** After a handler that did not refuse: 400 with the body's violations, if it was misshapen. */
  void refuseIfMisshapen() {
    if (!misshapen.isEmpty()) {
      throw ApiError.malformed(misshapen);
    }
  }

  private static boolean within(String field, String of) {
    return field.equals(of) || field.startsWith(of + ".") || field.startsWith(of + "[");
  }

  private byte[] cached;

  /** The raw body, read at most once and never beyond the limit (a chunked body is counted as it arrives). */
  byte[] bytes() {
    if (cached != null) {
      return cached;
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBody) {
      drain(declared);
      throw tooLarge();
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] b = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBody + 1));
      if (b.length > maxBody) {
        drain(-1);
        throw tooLarge();
      }
      cached = b;
      return b;
    } catch (IOException e) {
      throw ApiError.malformed(List.of(Violation.of("", "body", "无法读取请求体", "the request body could not be read")));
    }
  }

  /** How much of an over-size body is read and discarded so that the client, still sending, can read the 413. */
  static final long DRAIN_LIMIT = 8L * 1024 * 1024;

  /**
   * Reads and discards a refused body (up to {@link #DRAIN_LIMIT}): answering while the client is still
   * sending would close the connection under it, and it would see a reset instead of the 413.
   * A larger body is not drained; the connection is closed and the client may see only the reset.
   */
  private void drain(long declared) {
    if (declared > DRAIN_LIMIT) {
      return;
    }
    try (InputStream in = ctx.req().getInputStream()) {
      long left = DRAIN_LIMIT;
      byte[] buffer = new byte[8192];
      int n;
      while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
        left -= n;
      }
    } catch (IOException ignored) {
      // the client went away: nothing to answer
    }
  }

  /**
   * Reads and discards what is left of a request body (up to {@link #DRAIN_LIMIT}, and nothing when more is
   * declared), so that the answer reaches a client that is still sending; nothing when it was read already.
   */
  static void discardUnread(Context ctx) {
    if (ctx.req().getContentLengthLong() > DRAIN_LIMIT) {
      return;
    }
    try {
      InputStream in = ctx.req().getInputStream();
      long left = DRAIN_LIMIT;
      byte[] buffer = new byte[8192];
      int n;
      while (left > 0 && (n = in.read(buffer, 0, (int) Math.min(buffer.length, left))) >= 0) {
        left -= n;
      }
    } catch (IOException | IllegalStateException ignored) {
      // read and closed already, or the client went away: nothing to discard
    }
  }

  private ApiError tooLarge() {
    return ApiError.of(413, "content-too-large", Text.of("请求体过大", "Content too large"),
        Text.of("请求体不得超过 " + maxBody + " 字节", "The request body must not exceed " + maxBody + " bytes"));
  }

  /** zh unless the caller prefers English ({@code Accept-Language}, by q-value; ties go to the first). */
  static Language language(String header) {
    if (header == null || header.isBlank() || header.length() > 500) {
      return Language.ZH;
    }
    double best = -1;
    Language chosen = Language.ZH;
    for (String part : header.split(",")) {
      String[] p = part.strip().split(";");
      if (p.length == 0) {
        continue; // ";;;": no tag at all (split drops the empty strings)
      }
      String tag = p[0].strip().toLowerCase(Locale.ROOT);
      double q = 1;
      for (int i = 1; i < p.length; i++) {
        String kv = p[i].strip();
        if (kv.startsWith("q=")) {
          try {
            q = Double.parseDouble(kv.substring(2));
          } catch (NumberFormatException e) {
            q = 0;
          }
        }
      }
      Language l = tag.equals("en") || tag.startsWith("en-") ? Language.EN
          : tag.equals("zh") || tag.startsWith("zh-") ? Language.ZH : null;
      if (l != null && q > best) {
        best = q;
        chosen = l;
      }
    }
    return chosen;
  }
}
