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
        throw ApiError.of(415, "unsupported-media-type",
            Text.of("请求体须为“application/json”格式", "The request body must be application/json"))
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
  private Fields fields;

  /** The request's text turned into typed values; what does not parse is reported with every other violation. */
  Fields fields() {
    if (fields == null) {
      fields = new Fields(this);
    }
    return fields;
  }

  /**
   * A value of the request that is not of its type (a day that is not a date, an unknown enum constant, an id that is
   * not one): reported with every other violation, and the request runs on as a {@link Rehearsal} (decision 0390).
   */
  void misfit(Violation v) {
    // a value the body's shape already reported (a duplicate key, a wrong JSON type) is not reported again
    if (misshapen.stream().noneMatch(m -> m.field().equals(v.field()))) {
      misshapen.add(v);
    }
    Rehearsal.begin();
  }

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

  /**
   * The whole body must have arrived this long after it is first read (decision 0370); the minimum data rate
   * ({@link ClustergovServer#MIN_REQUEST_DATA_RATE}, after {@link #BODY_RATE_GRACE_MS}) refuses one that trickles in sooner.
   */
  static final long BODY_DEADLINE_MS = 30_000;

  /** How long a body may arrive at any pace before {@link ClustergovServer#MIN_REQUEST_DATA_RATE} applies. */
  static final long BODY_RATE_GRACE_MS = 5_000;

  /** The raw body, read at most once and never beyond the limit (a chunked body is counted as it arrives). */
  byte[] bytes() {
    if (cached != null) {
      return cached;
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > maxBody) {
      discardUnread(ctx);
      throw tooLarge();
    }
    long start = System.nanoTime();
    long deadline = start + BODY_DEADLINE_MS * 1_000_000;
    try {
      InputStream in = ctx.req().getInputStream();
      var out = new java.io.ByteArrayOutputStream((int) Math.max(0, Math.min(declared, 64 * 1024)));
      byte[] buffer = new byte[8192];
      int n;
      while ((n = in.read(buffer)) >= 0) {
        out.write(buffer, 0, n);
        if (out.size() > maxBody) {
          discardUnread(ctx);
          throw tooLarge();
        }
        long elapsedMs = (System.nanoTime() - start) / 1_000_000;
        boolean more = declared < 0 || out.size() < declared;
        boolean tooSlow = more && elapsedMs > BODY_RATE_GRACE_MS && out.size() * 1000L / elapsedMs < ClustergovServer.MIN_REQUEST_DATA_RATE;
        if (more && System.nanoTime() - deadline > 0 || tooSlow) {
          ctx.header("Connection", "close");
          throw ApiError.of(408, "request-timeout",
              Text.of("请求体须在" + BODY_DEADLINE_MS / 1000 + "秒内送达，且每秒不少于" + ClustergovServer.MIN_REQUEST_DATA_RATE + "字节",
                  "The request body must arrive within " + BODY_DEADLINE_MS / 1000 + " s, at no less than "
                      + ClustergovServer.MIN_REQUEST_DATA_RATE + " bytes a second"));
        }
      }
      cached = out.toByteArray();
      return cached;
    } catch (IOException | RuntimeException e) {
      if (e instanceof ApiError a) {
        throw a;
      }
      // the client went away or sent a body Jetty could not parse: the connection cannot be reused
      ctx.header("Connection", "close");
      throw ApiError.malformed(List.of(Violation.of("", "body", "无法读取请求体", "the request body could not be read")));
    }
  }

  /** How much of a refused body is read and discarded so that the client, still sending, can read the answer. */
  static final long DRAIN_LIMIT = 8L * 1024 * 1024;

  /** How long a refused body that has not fully arrived is waited for, at most, before the connection is closed. */
  static final long DRAIN_GRACE_MS = 100;

  /**
   * How long a refused body may stop arriving, within {@link #DRAIN_GRACE_MS}, before it is no longer waited for. A body
   * on the wire arrives without such a pause; a slow client's next byte is a second away, and waiting the whole grace
   * for it held a worker thread 100 ms per connection: 2,000 slow bodies reopened once a second kept the 200 workers
   * busy and {@code /health} waited (issue 15, {@code SlowClientsProcessTest}).
   */
  static final long DRAIN_STALL_MS = 10;

  /**
   * Reads and discards what is left of a request body, so that the answer reaches a client that is still sending
   * (decision 0310) — but only what arrives at once: what stops arriving for {@link #DRAIN_STALL_MS}, or is not there
   * within {@link #DRAIN_GRACE_MS} (a slow or silent client), or more than {@link #DRAIN_LIMIT}, is not waited for; the
   * answer goes out with {@code Connection: close} and Jetty closes the connection after it (decision 0370). Nothing
   * when it was read.
   */
  static void discardUnread(Context ctx) {
    var req = ctx.req();
    if (req.getContentLengthLong() == 0 || req.getContentLengthLong() < 0 && req.getHeader("Transfer-Encoding") == null) {
      return;
    }
    if (req.getContentLengthLong() > DRAIN_LIMIT) {
      ctx.header("Connection", "close");
      return;
    }
    try {
      jakarta.servlet.ServletInputStream in = req.getInputStream();
      long declared = req.getContentLengthLong();
      long seen = 0;
      long left = DRAIN_LIMIT;
      long grace = System.nanoTime() + DRAIN_GRACE_MS * 1_000_000;
      long stall = System.nanoTime() + DRAIN_STALL_MS * 1_000_000;
      byte[] buffer = new byte[8192];
      while (!in.isFinished()) {
        int available = in.available();
        if (available > 0) {
          int n = in.read(buffer, 0, (int) Math.min(Math.min(buffer.length, available), left));
          if (n < 0) {
            return;
          }
          stall = System.nanoTime() + DRAIN_STALL_MS * 1_000_000;
          seen += n;
          left -= n;
          if (declared >= 0 && seen >= declared) {
            return; // the whole declared body is here: the connection stays usable, nothing is waited for
          }
          if (left <= 0) {
            ctx.header("Connection", "close");
            return;
          }
        } else if (System.nanoTime() - grace > 0 || System.nanoTime() - stall > 0) {
          ctx.header("Connection", "close");
          return;
        } else {
          Thread.sleep(1);
        }
      }
    } catch (IOException | RuntimeException e) {
      // the client went away, or the stream is in a state we did not expect (Jetty's IllegalStateException): what is left
      // of the body is unknown, so the connection is not kept for another request (decision 0522) — it was kept before
      ctx.header("Connection", "close");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      ctx.header("Connection", "close");
    }
  }

  private ApiError tooLarge() {
    return ApiError.of(413, "content-too-large",
        Text.of("请求体不得超过" + maxBody + "字节", "The request body must not exceed " + maxBody + " bytes"));
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
