package dev.clustergov.adapters.rest;

import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
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

  String query(String name) {
    return ctx.queryParam(name);
  }

  OptionalLong ifMatch() {
    return Etags.expected(ctx.header("If-Match"));
  }

  /**
   * The JSON body as {@code type}: 415 unless it is {@code application/json}, 413 beyond the size limit,
   * 400 with the field path when it does not parse. An empty body is {@code {}} where the route allows it.
   */
  <T> T body(Class<T> type) {
    byte[] bytes = bytes();
    if (bytes.length == 0 && route.requestOptional()) {
      return Json.read("{}".getBytes(java.nio.charset.StandardCharsets.UTF_8), type);
    }
    String ct = ctx.header("Content-Type");
    String media = ct == null ? "" : ct.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
    if (!media.equals("application/json") && !(media.startsWith("application/") && media.endsWith("+json"))) {
      throw ApiError.of(415, "unsupported-media-type", Text.of("不支持的内容类型", "Unsupported media type"),
          Text.of("请求体须为 application/json", "The request body must be application/json"))
          .withHeader("Accept-Post", "application/json");
    }
    if (ct.toLowerCase(Locale.ROOT).contains("charset=") && !ct.toLowerCase(Locale.ROOT).replace(" ", "").contains("charset=utf-8")) {
      throw ApiError.of(415, "unsupported-media-type", Text.of("不支持的字符集", "Unsupported charset"),
          Text.of("请求体须为 UTF-8 编码", "The request body must be UTF-8"));
    }
    if (bytes.length == 0) {
      throw ApiError.malformed(List.of(Violation.of("", "required", "请求体不能为空", "the request body is required")));
    }
    return Json.read(bytes, type);
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
