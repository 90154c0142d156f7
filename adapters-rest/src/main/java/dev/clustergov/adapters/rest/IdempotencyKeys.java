package dev.clustergov.adapters.rest;

import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.core.application.port.KeyedAnswer;
import dev.clustergov.core.application.port.UnitOfWork;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Either;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code Idempotency-Key} of a creating request (幂等键, decision 0540): every route that answers 201 runs, when the
 * request carries the header, in one unit of work with the key — taken first, then the route's command, then its answer
 * kept under the key — so the same request sent again under the key (after a timeout, say) is answered as the first was
 * and writes nothing; the key used for another request or by another caller is refused (422); a refused request keeps
 * no key. Racing requests under one key run once ({@link UnitOfWork#once}).
 */
final class IdempotencyKeys {

  /** The request header. */
  static final String HEADER = "Idempotency-Key";

  /** What the document says of the header, on every route it applies to. */
  static final String DESCRIPTION = "Optional, 1-" + KeyedAnswer.MAX_KEY + " visible ASCII characters (a UUID, say): the same "
      + "request (method, path with its query and body, byte for byte) sent again by the same caller under the same key is "
      + "answered with the first answer (its status, headers and body) and writes nothing again, however the two race; the "
      + "key used for another request or by another caller is 422 (violation at Idempotency-Key, code reused); a malformed "
      + "key is 400. A refused request keeps no key, so it may be sent again, corrected, under the same key (decision 0540).";

  private final UnitOfWork unitOfWork;

  IdempotencyKeys(UnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  /**
   * What the document adds on an import route: a dry run takes no key (decision 0540, addendum) — it records nothing, so
   * there is nothing to answer again, and the real import may follow under the same key.
   */
  static final String IMPORT_DESCRIPTION = DESCRIPTION + " On an import, only a real one is keyed: a dry run (dryRun=true) "
      + "records nothing, so its key is neither consulted nor kept, and the real import may then be sent under it.";

  /**
   * Whether {@code r} takes the header: it creates (answers 201), or it is one of the two imports, whose declared answer
   * is 200 (a dry run's) but whose real import records and answers 201 (decision 0540, addendum).
   */
  static boolean applies(Route r) {
    return r.success() == 201 || imports(r);
  }

  /** The import routes of one kind (member units, service activities): keyed unless the request is a dry run. */
  static boolean imports(Route r) {
    return r.op() == Op.IMPORT_MEMBERS || r.op() == Op.IMPORT_ACTIVITIES;
  }

  @FunctionalInterface
  interface Handler {
    Reply run() throws Exception;
  }

  /**
   * Runs {@code handler} for {@code r}: as it is when the route does not create or the request carries no key; else
   * once under the key. {@code null} (a rehearsal, decision 0360) passes through, keeping nothing.
   */
  Reply run(Route r, Exchange ex, Handler handler) throws Exception {
    if (!applies(r)) {
      return handler.run();
    }
    if (imports(r) && ImportRoutes.dryRun(ex.query("dryRun"))) {
      // a dry run rolls its rows back by a nested refusal, which inside a keyed unit of work would commit: it takes no key
      return handler.run();
    }
    var sent = java.util.Collections.list(ex.ctx.req().getHeaders(HEADER));
    if (sent.isEmpty()) {
      return handler.run();
    }
    String key = sent.get(0);
    if (sent.size() > 1 || !KeyedAnswer.wellFormed(key)) {
      throw ApiError.malformed(List.of(Violation.of(HEADER, "format",
          "幂等键须为1至" + KeyedAnswer.MAX_KEY + "个半角可见字符（不含空格），且只能出现一次",
          "the idempotency key is 1 to " + KeyedAnswer.MAX_KEY + " visible ASCII characters (no space), sent once")));
    }
    String fingerprint = fingerprint(ex);
    Reply[] passed = new Reply[1];
    Exception[] thrown = new Exception[1];
    Either<Boolean, KeyedAnswer> kept = unitOfWork.once(key, fingerprint, () -> {
      Reply reply;
      try {
        reply = handler.run();
      } catch (RuntimeException e) {
        throw e;
      } catch (Exception e) {
        thrown[0] = e;
        return Either.left(Boolean.FALSE); // rolled back, then thrown as it was
      }
      if (reply != null) {
        ex.refuseIfMisshapen(); // a rehearsal's 400 rolls the key back with the rest
      }
      if (reply == null || reply.status() < 200 || reply.status() >= 300) {
        passed[0] = reply;
        return Either.left(Boolean.TRUE); // answered, but not a success: nothing kept
      }
      return Either.right(write(reply));
    });
    if (thrown[0] != null) {
      throw thrown[0];
    }
    if (kept.isLeft()) {
      return passed[0];
    }
    if (!kept.get().fingerprint().equals(fingerprint)) {
      throw reused();
    }
    return read(kept.get().answer());
  }

  /** Who sent which request: SHA-256 of the caller, the method, the path with its query, and the body as sent. */
  static String fingerprint(Exchange ex) {
    try {
      var sha = java.security.MessageDigest.getInstance("SHA-256");
      String query = ex.ctx.queryString();
      String head = ex.caller.role() + "\n" + ex.caller.id() + "\n" + ex.caller.member() + "\n" + ex.ctx.method().name() + "\n"
          + ex.ctx.path() + (query == null ? "" : "?" + query) + "\n";
      sha.update(head.getBytes(StandardCharsets.UTF_8));
      sha.update(imports(ex.route) ? Imports.body(ex) : ex.bytes()); // an import's limit and its 413 in the person's terms
      return java.util.HexFormat.of().formatHex(sha.digest());
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  static ApiError reused() {
    return new ApiError(422, "idempotency-key-reused",
        Text.of("此幂等键已用于另一请求或另一提交方，请使用新的幂等键",
            "The idempotency key was used for another request or by another caller: use a new key"),
        List.of(Violation.of(HEADER, "reused", "此幂等键已用于另一请求或另一提交方，请使用新的幂等键",
            "the idempotency key was used for another request or by another caller: use a new key")),
        null, null, Map.of());
  }

  /** The answer in words: status, headers, content type and body (the JSON text as sent, or Base64 of other bytes). */
  private static String write(Reply reply) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("status", reply.status());
    a.put("headers", reply.headers());
    if (reply.raw() != null) {
      a.put("contentType", reply.contentType());
      a.put("base64", java.util.Base64.getEncoder().encodeToString(reply.raw()));
    } else {
      a.put("contentType", "application/json");
      byte[] json = Json.write(reply.json());
      if (json.length > PLAIN) { // an import's answer lists every record: kept compressed, so it fits the column
        a.put("gzip", java.util.Base64.getEncoder().encodeToString(gzip(json)));
      } else {
        a.put("body", new String(json, StandardCharsets.UTF_8)); // the bytes sent, replayed as they are
      }
    }
    return new String(Json.write(a), StandardCharsets.UTF_8);
  }

  /**
   * The longest JSON answer kept as text; a longer one (a keyed import of some thousands of rows: 3,000 activities
   * answer 1.3 million characters, beyond {@code answer_key.answer}'s million) is kept gzipped, in Base64.
   */
  static final int PLAIN = 100_000;

  private static byte[] gzip(byte[] bytes) {
    var out = new java.io.ByteArrayOutputStream();
    try (var z = new java.util.zip.GZIPOutputStream(out)) {
      z.write(bytes);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static Reply read(String answer) {
    try {
      var a = Json.MAPPER.readTree(answer);
      byte[] body = a.has("body") ? a.get("body").asText().getBytes(StandardCharsets.UTF_8)
          : a.has("gzip") ? new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(
              java.util.Base64.getDecoder().decode(a.get("gzip").asText()))).readAllBytes()
          : java.util.Base64.getDecoder().decode(a.get("base64").asText());
      Reply reply = Reply.raw(a.get("status").asInt(), body, a.get("contentType").asText());
      var headers = a.get("headers").fields();
      while (headers.hasNext()) {
        var h = headers.next();
        reply = reply.with(h.getKey(), h.getValue().asText());
      }
      return reply;
    } catch (java.io.IOException e) {
      throw new IllegalStateException("an answer kept under an idempotency key is not the JSON this server writes", e);
    }
  }
}
