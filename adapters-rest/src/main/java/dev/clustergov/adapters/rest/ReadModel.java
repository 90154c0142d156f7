package dev.clustergov.adapters.rest;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.application.port.ReadStamp;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.organization.OrganizationId;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The read model (读模型, decision 0420): the answers of the GET routes of a PO's resources, kept by the PO's read
 * stamp and the as-of day and served from memory while neither changed; their entity tags; {@code 304} on a matching
 * {@code If-None-Match}.
 *
 * <p>Each request reads the stamp (one statement), so an instance never serves an answer older than a write another
 * instance acknowledged. On a miss the route runs in one read snapshot whose first statement reads the stamp, and
 * the answer is kept under that stamp: a kept answer is always exactly the state its stamp names. The key holds the
 * caller — role, id and member — so an answer never crosses readers, whatever a route shows to whom; who may read at
 * all is decided before, on every request, as without the cache. At most {@code bytes} of answers are kept, the
 * least used dropped first.
 */
final class ReadModel {

  /** What an answer depends on besides the stored state its stamp names. */
  record Key(Op op, String path, String query, Language lang, boolean html, Caller caller, ReadStamp stamp, LocalDate day) {}

  /** An answer: its status, its body's bytes and type, the route's headers and, for a 200, the entity tag. */
  record Answer(int status, byte[] body, String contentType, Map<String, String> headers, String etag) {}

  /** The default room for answers: 16 MiB, a few thousand typical answers. */
  static final long DEFAULT_BYTES = 16L * 1024 * 1024;

  private final Queries queries;
  private final Cache<Key, Answer> answers;

  /** @param bytes how many bytes of answers to keep; 0 keeps none (every read computed, still with tags and 304) */
  ReadModel(Queries queries, long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("bytes must not be negative");
    }
    this.queries = queries;
    this.answers = bytes == 0 ? null : Caffeine.newBuilder()
        .maximumWeight(bytes)
        .weigher((Key k, Answer a) -> a.body().length + 256)
        .build();
  }

  /**
   * Whether {@code r} is a GET of one PO's resources, which the read model answers. Not the verification of an
   * evaluation (复核, decision 0505): it is there to find a change made outside the commands, and such a change moves no
   * stamp, so it reads the records on every request.
   */
  static boolean serves(Route r) {
    return r.method().equals("GET") && r.op() != Op.VERIFY_EVALUATION
        && (r.scope() == Route.Scope.ORGANIZATION || r.op() == Op.PUBLIC_ORGANIZATION);
  }

  /** The PO the request's {@code id} names ({@code raw}, null when none), if well formed (a malformed one is the route's to refuse). */
  static Optional<OrganizationId> organization(String raw) {
    if (raw == null) {
      return Optional.empty();
    }
    String id = raw.endsWith(".html") ? raw.substring(0, raw.length() - 5) : raw;
    return OrganizationId.parse("id", id).toJavaOptional();
  }

  /**
   * The answer of {@code route} for the request: kept, or computed by {@code handler} in one snapshot and kept when
   * it is a 200; empty when the stores keep no stamps, and then the caller runs the route as without a read model.
   * {@code read} is the PO's stamp if this request has read it already (with an evaluator's version, decision 0606):
   * read after the request came, it is as new as one read here; else the stamp is read here.
   */
  Optional<Answer> answer(Route route, Exchange ex, OrganizationId po, Optional<ReadStamp> read, Supplier<Reply> handler) {
    Optional<ReadStamp> now = read.isPresent() ? read : queries.stamp(po);
    if (now.isEmpty()) {
      return Optional.empty();
    }
    LocalDate day = queries.today();
    if (answers != null) {
      Answer kept = answers.getIfPresent(key(route, ex, now.get(), day));
      if (kept != null) {
        return Optional.of(kept);
      }
    }
    Computed c = queries.consistently(() -> new Computed(queries.stamp(po).orElseThrow(), handler.get()));
    Reply reply = c.reply();
    byte[] body = reply.raw() != null ? reply.raw() : Json.write(reply.json());
    String type = reply.raw() != null ? reply.contentType() : "application/json";
    if (reply.status() != 200) {
      return Optional.of(new Answer(reply.status(), body, type, reply.headers(), null));
    }
    // a route that tags its answer with the aggregate's version (If-Match on writes, decision 0361) keeps that tag
    Answer answer = new Answer(200, body, type, reply.headers(), reply.headers().getOrDefault("ETag", weakTag(c.stamp(), day, ex, type)));
    if (answers != null) {
      answers.put(key(route, ex, c.stamp(), day), answer);
    }
    return Optional.of(answer);
  }

  private record Computed(ReadStamp stamp, Reply reply) {}

  private static Key key(Route route, Exchange ex, ReadStamp stamp, LocalDate day) {
    return new Key(route.op(), ex.ctx.path(), ex.ctx.queryString(), ex.lang, Pages.prefersHtml(ex.ctx.header("Accept")), ex.caller,
        stamp, day);
  }

  /**
   * A weak tag (RFC 9110 §8.8.1): the same stamp and day give an equivalent answer, not promised byte for byte
   * across builds and instances. The language and the media type are in it, as the answer differs by them.
   */
  static String weakTag(ReadStamp stamp, LocalDate day, Exchange ex, String contentType) {
    return "W/\"" + stamp.text() + "." + day.toString().replace("-", "") + "." + ex.lang.name().toLowerCase(Locale.ROOT)
        + (contentType.startsWith("text/html") ? ".html" : "") + "\"";
  }

  /**
   * Whether {@code ifNoneMatch} names {@code etag} by the weak comparison (RFC 9110 §13.1.2): {@code *}, or any of
   * its comma-separated tags equal to it once {@code W/} is set aside. A malformed header matches nothing, and the
   * answer is the full one.
   */
  static boolean matches(String ifNoneMatch, String etag) {
    if (ifNoneMatch == null || etag == null) {
      return false;
    }
    String h = ifNoneMatch.strip();
    if (h.equals("*")) {
      return true;
    }
    String ours = opaque(etag);
    for (String t : h.split(",")) {
      if (opaque(t.strip()).equals(ours) && !ours.isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    String t = tag.startsWith("W/") ? tag.substring(2) : tag;
    return t.length() >= 2 && t.startsWith("\"") && t.endsWith("\"") ? t : "";
  }

  /**
   * Writes {@code a}: {@code 304} with its tag when the request's {@code If-None-Match} names it, else the answer.
   * A public page may be stored by any cache and must be revalidated each time ({@code public, no-cache}); every
   * other answer names what only its reader may see and stays {@code no-store}, tagged for clients that keep their
   * own copy.
   */
  static void write(Context ctx, Route route, Answer a) {
    boolean shared = route.op() == Op.PUBLIC_ORGANIZATION;
    if (shared) {
      ctx.header("Cache-Control", "public, no-cache");
      ctx.header("Vary", "Accept, Accept-Language");
    }
    a.headers().forEach(ctx::header);
    if (a.etag() != null) {
      ctx.header("ETag", a.etag());
      if (matches(ctx.header("If-None-Match"), a.etag())) {
        ctx.status(304);
        return;
      }
    }
    ctx.status(a.status());
    ctx.contentType(a.contentType());
    ctx.result(ClustergovServer.demoPage(ctx, a.contentType(), a.body()));
    if (a.contentType().startsWith("text/html") && !a.headers().containsKey("Content-Security-Policy")) {
      ctx.header("Content-Security-Policy", ClustergovServer.PAGE_CSP);
    }
  }
}
