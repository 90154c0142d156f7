package dev.clustergov.adapters.rest;

import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.rules.Rejection;
import java.util.List;
import java.util.Map;

/**
 * A request the server answers with an RFC 9457 problem (问题响应): thrown by a handler to stop early,
 * rendered by {@link Server} in the caller's language. Carries data, never a stack trace.
 */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final String slug;
  final Text title;
  final Text detail;
  final transient List<Violation> violations;
  final transient Rejection rejection;
  final transient Refusal.Conflict conflict;
  final transient Map<String, String> headers;
  /** The clauses that draw the line the request crossed (a refusal by scope: Art.6, Art.26), or none. */
  final transient List<dev.clustergov.core.guideline.Citation> clauses;

  ApiError(int status, String slug, Text detail, List<Violation> violations, Rejection rejection,
      Refusal.Conflict conflict, Map<String, String> headers) {
    this(status, slug, detail, violations, rejection, conflict, headers, List.of());
  }

  /**
   * A problem of the type {@code slug} ({@code urn:clustergov:problem:<slug>}), titled by the type: a type has one title in
   * each language, held in {@link ProblemNames#title} (RFC 9457 §3.1.3, decision 0633), so no answer can give it another.
   */
  ApiError(int status, String slug, Text detail, List<Violation> violations, Rejection rejection,
      Refusal.Conflict conflict, Map<String, String> headers, List<dev.clustergov.core.guideline.Citation> clauses) {
    super(slug, null, false, false);
    this.clauses = List.copyOf(clauses);
    this.status = status;
    this.slug = slug;
    this.title = ProblemNames.title(slug);
    this.detail = detail;
    this.violations = violations;
    this.rejection = rejection;
    this.conflict = conflict;
    this.headers = headers;
  }

  ApiError withHeader(String name, String value) {
    var h = new java.util.LinkedHashMap<>(headers);
    h.put(name, value);
    return new ApiError(status, slug, detail, violations, rejection, conflict, h, clauses);
  }

  static ApiError of(int status, String slug, Text detail) {
    return new ApiError(status, slug, detail, null, null, null, Map.of());
  }

  /**
   * A request the server cannot take, every problem listed (decision 0360), titled 请求内容有误 · Invalid request whether the
   * body cannot be read at all (not JSON, no body) or a field is empty or out of its range: one type, one title (review
   * stop 28 PR1, decision 0633, replacing 0593's second title); a client tells an unreadable body by its violation's code
   * ({@code json}, {@code body}). Each problem names its field in Chinese ({@link FieldNames}).
   */
  static ApiError malformed(List<Violation> violations) {
    return new ApiError(400, "malformed",
        // one problem is not "all listed" (review stop 26, item 14)
        violations.size() == 1 ? Text.of("请求有1处问题", "1 problem with the request")
            : Text.of("请求有" + violations.size() + "处问题，已全部列出", count(violations.size(), "problem") + " with the request, all listed"),
        violations.stream().map(FieldNames::named).toList(), null, null, Map.of());
  }

  static ApiError unauthorized() {
    return new ApiError(401, "unauthorized",
        // review stop 28 PR3: the scheme is named in WWW-Authenticate, not inside the Chinese
        Text.of("请提供有效的访问令牌", "Send a valid bearer token"), null, null, null,
        Map.of("WWW-Authenticate", "Bearer realm=\"clustergov\""));
  }

  static ApiError invalidToken() {
    return new ApiError(401, "unauthorized",
        Text.of("令牌无效", "The token is not valid"), null, null, null,
        Map.of("WWW-Authenticate", "Bearer realm=\"clustergov\", error=\"invalid_token\""));
  }

  /**
   * A refusal by scope: the detail names the clauses that draw the scope, and so does the problem's {@code clauses}. There is
   * no 403 without them (decision 0546): a refusal by scope cites its clause as every other refusal does.
   */
  static ApiError forbidden(Text why, List<dev.clustergov.core.guideline.Citation> clauses) {
    return forbidden(why, null, clauses);
  }

  /**
   * A refusal by scope with a note (the principle it applies) said in the one bracket that cites the clauses —
   * “（落实“谁主管、谁负责”原则，依据《…》第六条、第二十六条）”, never two bracket groups in a row (review stop 27 item 16).
   */
  static ApiError forbidden(Text why, Text note, List<dev.clustergov.core.guideline.Citation> clauses) {
    if (clauses.isEmpty()) {
      // a scope drawn by no clause is a fault of the table, not of the request; still a 403, never a 500
      return of(403, "forbidden", why);
    }
    String zh = clauses.stream().map(dev.clustergov.core.guideline.Citation::formatChinese).collect(java.util.stream.Collectors.joining("、"));
    String en = clauses.stream().map(dev.clustergov.core.guideline.Citation::format).collect(java.util.stream.Collectors.joining(", "));
    return new ApiError(403, "forbidden",
        Text.of(why.zh() + "（" + (note == null ? "" : note.zh() + "，") + "依据《先进制造业集群发展促进组织建设指引》" + zh + "）",
            why.en() + " (" + (note == null ? "" : note.en() + "; ") + "under " + en + " of the " + dev.clustergov.core.guideline.Guideline.TITLE.en() + ")"),
        null, null, null, Map.of(), clauses);
  }

  static ApiError notFound(String kind, String id) {
    return of(404, "not-found",
        Text.of("未找到该" + ProblemNames.kind(kind).zh() + "：" + id, "No such " + ProblemNames.kind(kind).en() + ": " + id));
  }

  /** Not found, naming the clauses that make the record what it is (an engagement: Art.28, decision 0475). */
  static ApiError notFound(String kind, String id, List<dev.clustergov.core.guideline.Citation> clauses) {
    String zh = clauses.stream().map(dev.clustergov.core.guideline.Citation::formatChinese).collect(java.util.stream.Collectors.joining("、"));
    String en = clauses.stream().map(dev.clustergov.core.guideline.Citation::format).collect(java.util.stream.Collectors.joining(", "));
    return new ApiError(404, "not-found",
        Text.of("未找到该" + ProblemNames.kind(kind).zh() + "：" + id + "（依据《先进制造业集群发展促进组织建设指引》" + zh + "）",
            "No " + ProblemNames.kind(kind).en() + " " + id + " (guideline " + en + ")"),
        null, null, null, Map.of(), clauses);
  }

  /**
   * A conflict found for a write that carried {@code If-Match}: its precondition failed (412, RFC 9110 §13.1.1), with the
   * current ETag. Without {@code If-Match}, a write that lost a race stays a 409.
   */
  ApiError asPreconditionFailed() {
    Text why = conflict == null
        ? Text.of("请求头“If-Match”给出的版本与当前版本不符", "If-Match does not match the current version")
        : changed(conflict.aggregateType(), conflict.expected(), conflict.actual(), true);
    return new ApiError(412, "precondition-failed", why, null, null, conflict, headers);
  }

  /**
   * That the record changed since the caller read it, in words (review stop 27 item 16): the kind of record by its name, no
   * type name and no id in the sentence (the problem's {@code conflict} carries both), the versions as numbers.
   */
  static Text changed(String aggregateType, long expected, long actual, boolean ifMatch) {
    Text kind = ProblemNames.record(aggregateType);
    boolean named = !kind.en().equals("record");
    // a 412 says which header gave the stale version (If-Match); a 409, the version the request was based on
    return Text.of((named ? "该" + kind.zh() + "的记录" : "该记录") + "已被修改（当前为第" + actual + "版，"
            + (ifMatch ? "请求头“If-Match”给出的是第" : "请求依据的是第") + expected + "版），请重新读取后再办理",
        (named ? "This " + kind.en() + "'s record" : "This record") + " has changed (it is now at version " + actual + "; "
            + (ifMatch ? "the If-Match header gave version " : "the request was based on version ") + expected
            + "); read it again before acting");
  }

  /** A count in English: 1 finding, 2 findings (never “finding(s)”). */
  static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  /**
   * A rejection's detail: the operation in words and the count — “认定”操作未通过：存在1项不符合约束性要求的问题，所依据的条款附后。
   * There is a problem of non-compliance; the problem does not itself breach the requirement (review stop 28 PR4). Singular
   * or plural in English.
   */
  static Text rejected(dev.clustergov.core.rules.CommandName command, int findings) {
    Text operation = command.operation();
    return Text.of(operation.zh() + "未通过：存在" + findings + "项不符合约束性要求的问题，所依据的条款附后。",
        operation.en() + " was rejected: " + (findings == 1
            ? "there is 1 finding against a binding requirement; its clause follows."
            : "there are " + count(findings, "finding") + " against binding requirements; their clauses follow."));
  }

  /** The refusals of the core, one status each: 400, 422, 404, 409. */
  static ApiError from(Refusal refusal) {
    if (refusal instanceof Refusal.Malformed m) {
      return malformed(m.violations());
    }
    if (refusal instanceof Refusal.Rejected r) {
      return new ApiError(422, "rejected",
          rejected(r.rejection().name(), r.rejection().findings().size()),
          null, r.rejection(), null, Map.of());
    }
    if (refusal instanceof Refusal.NotFound n) {
      return notFound(n.kind(), n.id());
    }
    Refusal.Conflict c = (Refusal.Conflict) refusal;
    return new ApiError(409, "conflict",
        changed(c.aggregateType(), c.expected(), c.actual(), false),
        null, null, c, Map.of("ETag", Etags.of(c.actual())));
  }
}
