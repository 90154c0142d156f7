package dev.clustergov.adapters.rest;

import static dev.clustergov.adapters.rest.Api.done;
import static dev.clustergov.adapters.rest.Api.id;
import static dev.clustergov.adapters.rest.Api.integer;
import static dev.clustergov.adapters.rest.Api.longValue;

import dev.clustergov.adapters.rest.Access.Target;
import dev.clustergov.adapters.rest.Route.Param;
import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.adapters.rest.Route.Scope;
import dev.clustergov.adapters.rest.Views.ArticleView;
import dev.clustergov.adapters.rest.Views.AuthorityView;
import dev.clustergov.adapters.rest.Views.ClusterView;
import dev.clustergov.adapters.rest.Views.EventPage;
import dev.clustergov.adapters.rest.Views.EventView;
import dev.clustergov.adapters.rest.Views.RuleView;
import dev.clustergov.adapters.jdbc.EventChainVerifier;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.guideline.Guideline;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.supervision.AuthorityId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The routes of Chapter 1 (总则, Art.1–6) and of the service itself, added to {@link Api}'s table as one
 * block: liveness, readiness and this API's own document; the guideline's articles and every rule and
 * guard (the catalogue of Art.1–31); the registry of clusters (Art.2) and of authorities with their
 * jurisdictions (Art.6); and the event log, the audit trail of every accepted command. Its views are the
 * registry's and the catalogue's in {@link Views}.
 */
final class GeneralRoutes {

  record ClusterList(List<ClusterView> items) {}

  record AuthorityList(List<AuthorityView> items) {}

  record ArticleList(List<ArticleView> items) {}

  record RuleList(List<RuleView> items) {}

  /**
   * The audit of the event log's chain since its last signed checkpoint (decision 0372): INTACT, BROKEN with each problem,
   * or NOT_KEPT when the storage keeps no hash chain. Sequence numbers, problem kinds and aggregates only — never a payload.
   */
  record ChainAuditView(String status, long from, long entries, int checkpoints, boolean signaturesChecked,
      List<ChainProblemView> problems) {}

  /** One problem: the entry's sequence number, its kind, and the aggregate concerned when it can be told. */
  record ChainProblemView(long sequence, String problem, String aggregateType, String aggregateId) {}

  private final Clustergov gov;
  private final Queries queries;
  private final Access access;
  private final BooleanSupplier ready;
  private final Supplier<java.util.Optional<String>> chainProblem;
  private final Supplier<byte[]> openApi;
  private final Pages pages;
  private final EventFeed feed;
  private final Supplier<Optional<EventChainVerifier.Report>> chainAudit;

  GeneralRoutes(Clustergov gov, Queries queries, Access access, BooleanSupplier ready,
      Supplier<java.util.Optional<String>> chainProblem, Supplier<Optional<EventChainVerifier.Report>> chainAudit,
      Supplier<byte[]> openApi, Pages pages, EventFeed feed) {
    this.feed = feed;
    this.chainAudit = chainAudit;
    this.chainProblem = chainProblem;
    this.gov = gov;
    this.queries = queries;
    this.access = access;
    this.ready = ready;
    this.openApi = openApi;
    this.pages = pages;
  }

  List<Route> routes() {
    List<Route> r = new ArrayList<>();
    // --- service -----------------------------------------------------------------------------
    r.add(Route.get(Op.HEALTH, "/health").tag("service")
        .summary("Liveness")
        .description("Answers while the process runs.")
        .response(Views.Health.class)
        .handler(ex -> Reply.ok(new Views.Health("UP"))));
    r.add(Route.get(Op.READY, "/ready").tag("service")
        .summary("Readiness")
        .description("Ready when the storage answers and the server is not shutting down; 503 otherwise.")
        .response(Views.Ready.class).problems(503)
        .handler(ex -> ready.getAsBoolean()
            ? Reply.ok(new Views.Ready("READY", Map.of("storage", "ok")))
            : Reply.json(503, new Views.Ready("NOT_READY", chainProblem.get()
                // decision 0372: a broken event-log chain halts writes until an operator has looked
                .map(p -> Map.of("chain", "broken: " + p + " (writes refused; run the verify command)"))
                .orElse(Map.of("storage", "unavailable or draining"))))));
    r.add(Route.get(Op.OPENAPI, "/openapi.json").tag("service")
        .summary("This document (OpenAPI 3.1)")
        .response(Map.class)
        .handler(ex -> Reply.raw(200, openApi.get(), "application/json")));
    r.add(Route.get(Op.HOME, "/").tag("service")
        .summary("The server's front door: a redirect to /docs")
        .description("302 to the interactive API page, so that a browser pointed at the server finds its way.")
        .redirect()
        .handler(ex -> Reply.raw(302, new byte[0], "text/plain; charset=utf-8").with("Location", "/docs")));
    r.add(Route.get(Op.DOCS, "/docs").tag("service")
        .summary("Interactive API page (Swagger UI)")
        .response(String.class)
        .handler(ex -> Reply.raw(200, pages.docs(), "text/html; charset=utf-8")));
    // --- the guideline and its rules -----------------------------------------------------------------
    r.add(Route.get(Op.LIST_ARTICLES, "/guideline/articles").tag("guideline")
        .summary("All 31 articles of the guideline")
        .description("Chinese verbatim, English summary, items and points, each clause with its citation in both spellings and its modal word.")
        .response(ArticleList.class)
        .handler(ex -> Reply.ok(new ArticleList(Guideline.articles().map(a -> ArticleView.of(a, ex.lang)).toJavaList()))));
    r.add(Route.get(Op.GET_ARTICLE, "/guideline/articles/{n}").tag("guideline")
        .summary("One article")
        .description("n is 1–31.")
        .response(ArticleView.class).problems(400, 404)
        .handler(ex -> {
          int n = integer("n", ex.path("n"));
          return Guideline.article(n).map(a -> Reply.ok(ArticleView.of(a, ex.lang)))
              .getOrElseThrow(() -> ApiError.of(404, "not-found",
                  dev.clustergov.core.kernel.Text.of("《指引》共" + dev.clustergov.core.guideline.Citation.ARTICLES + "条，无" + articleZh(n),
                      "The guideline has " + dev.clustergov.core.guideline.Citation.ARTICLES + " articles, and no Art." + n)));
        }));
    r.add(Route.get(Op.LIST_RULES, "/rules").tag("guideline")
        .summary("Every rule and command guard")
        .description("Rules judge a dossier; guards judge a command (who may act, which lifecycle steps exist).")
        .response(RuleList.class)
        .handler(ex -> {
          List<RuleView> all = new ArrayList<>();
          gov.ruleBook().rules().forEach(x -> all.add(RuleView.of(x, ex.lang)));
          gov.ruleBook().guards().forEach(g -> all.add(RuleView.of(g, ex.lang)));
          return Reply.ok(new RuleList(all));
        }));
    r.add(Route.get(Op.GET_RULE, "/rules/{id}").tag("guideline")
        .summary("One rule or guard")
        .response(RuleView.class).problems(404)
        .handler(ex -> {
          String id = ex.path("id");
          return gov.ruleBook().rule(id).map(x -> Reply.ok(RuleView.of(x, ex.lang)))
              .or(() -> gov.ruleBook().guards().stream().filter(g -> g.id().equals(id)).findFirst().map(g -> Reply.ok(RuleView.of(g, ex.lang))))
              .orElseThrow(() -> ApiError.notFound("rule", id));
        }));
    // --- clusters (Art.2) and authorities (Art.6) ------------------------------------------------------------------
    r.add(Route.get(Op.LIST_CLUSTERS, "/clusters").tag("registry")
        .summary("Registered clusters")
        .response(ClusterList.class)
        .handler(ex -> Reply.ok(new ClusterList(queries.clusters().stream().map(ClusterView::of).toList()))));
    r.add(Route.post(Op.REGISTER_CLUSTER, "/clusters").tag("registry")
        .summary("Register a cluster (Art.2)")
        .description("By an authority whose jurisdiction covers the cluster's region.")
        .body(ClusterRequest.class).example(Examples.CLUSTER).created(ClusterView.class).problems(400, 401, 403, 413, 415).scope(Scope.BODY)
        .handler(ex -> {
          ClusterRequest b = ex.body(ClusterRequest.class);
          regionOf(b.region()).ifPresent(region -> access.require(Op.REGISTER_CLUSTER, ex.caller,
              new Target(Optional.empty(), Optional.of(region), Optional.empty(), Optional.empty())));
          Fields f = ex.fields();
          Cluster saved = done(gov.as(ex.actor()).registerCluster().handle(new RegisterCluster.Command(b.name(),
              f.value("region", b.region(), RegionCode::parse), b.industry(), f.value("level", b.level(), ClusterLevel::parse),
              b.enterprises())));
          return Reply.json(201, ClusterView.of(saved)).with("Location", "/clusters/" + saved.id().value())
              .with("ETag", Etags.of(saved.version()));
        }));
    r.add(Route.get(Op.GET_CLUSTER, "/clusters/{id}").tag("registry")
        .summary("One cluster")
        .response(ClusterView.class).problems(400, 404)
        .handler(ex -> {
          Cluster c = done(queries.cluster(id("id", ex.path("id"), ClusterId::parse)));
          return Reply.ok(ClusterView.of(c)).with("ETag", Etags.of(c.version()));
        }));
    r.add(Route.get(Op.LIST_AUTHORITIES, "/authorities").tag("registry")
        .summary("Registered authorities")
        .response(AuthorityList.class)
        .handler(ex -> Reply.ok(new AuthorityList(queries.authorities().stream().map(AuthorityView::of).toList()))));
    r.add(Route.post(Op.REGISTER_AUTHORITY, "/authorities").tag("registry")
        .summary("Register an authority (Art.6)")
        .description("By an authority whose jurisdiction strictly covers the new one's: the ministry registers provinces, a province its cities.")
        .body(AuthorityRequest.class).example(Examples.AUTHORITY).created(AuthorityView.class).problems(400, 401, 403, 413, 415).scope(Scope.BODY)
        .handler(ex -> {
          AuthorityRequest b = ex.body(AuthorityRequest.class);
          regionOf(b.jurisdiction()).ifPresent(region -> access.require(Op.REGISTER_AUTHORITY, ex.caller,
              new Target(Optional.empty(), Optional.of(region), Optional.empty(), Optional.empty())));
          var saved = done(gov.as(ex.actor()).registerAuthority().handle(new RegisterAuthority.Command(b.name(),
              ex.fields().value("jurisdiction", b.jurisdiction(), RegionCode::parse))));
          return Reply.json(201, AuthorityView.of(saved)).with("Location", "/authorities/" + saved.id().value())
              .with("ETag", Etags.of(saved.version()));
        }));
    r.add(Route.get(Op.GET_AUTHORITY, "/authorities/{id}").tag("registry")
        .summary("One authority")
        .response(AuthorityView.class).problems(400, 404)
        .handler(ex -> {
          var a = done(queries.authority(id("id", ex.path("id"), AuthorityId::parse)));
          return Reply.ok(AuthorityView.of(a)).with("ETag", Etags.of(a.version()));
        }));
    // --- the audit trail ------------------------------------------------------------------------------------
    r.add(Route.get(Op.EVENTS, "/events").tag("events")
        .summary("The event log, by sequence number")
        .description("Events after `after`, of the next `limit` in the log (1–1000, default 100); pass `next` as `after` to continue. "
            + "Each caller reads the events of the POs whose records it may read, each as its own routes show that record, and the "
            + "registry's public facts (decisions 0380, 0475): an authority those of the POs in its jurisdiction (the national one "
            + "every event); an evaluator those of the POs it is engaged for today, of its own dealings only (Art.28); a PO's "
            + "secretariat every event of its own PO; a member unit those of its own PO that members read — not its books, IP "
            + "agreements, inspections, disclosure obligations, incentive awards or evaluators' engagements, and of the PO's "
            + "internal disputes only those it is a party to (Art.15, decision 0550), as its dispute routes show it. So a page "
            + "may hold fewer than `limit` items while `next` moves on. A field the public view hides (payer, salary, market "
            + "benchmark, bank account, a dispute's parties and subject) reads `[redacted]` for a caller who may not read the "
            + "route that shows it; a dispute's events are not shown at all to a member that is not one of its parties.")
        .params(List.of(new Param("after", "integer", "sequence number, default 0"), new Param("limit", "integer", "1–1000, default 100")))
        .response(EventPage.class).problems(400, 401, 403).scope(Scope.FILTER)
        .handler(ex -> {
          long after = ex.query("after") == null ? 0 : longValue("after", ex.query("after"), 0, Long.MAX_VALUE);
          int limit = ex.query("limit") == null ? 100 : (int) longValue("limit", ex.query("limit"), 1, Queries.MAX_EVENTS);
          var events = queries.events(after, limit);
          long next = events.isEmpty() ? after : events.get(events.size() - 1).sequence();
          // decision 0380: filtered and redacted per caller, in the view only — the stored events are as they were
          return Reply.ok(new EventPage(feed.view(ex.caller, events), next));
        }));
    // decision 0372: whether the chain holds, for any authority (the registry's integrity is every supervisor's concern)
    r.add(Route.get(Op.CHAIN_AUDIT, "/chain/audit").tag("events")
        .summary("Audit the event log's chain since its last signed checkpoint")
        .description("Any authority. Runs the bounded audit the server runs at start: every signed checkpoint (its signature, the entry it "
            + "names, the head not below it) and the links and hashes of the entries since the last one. Answers INTACT, or BROKEN "
            + "with each problem's sequence number, kind and the aggregate concerned — never an event's payload; NOT_KEPT when the "
            + "storage keeps no hash chain. The full audit, state rows included, is the `verify` command's.")
        .response(ChainAuditView.class).problems(401, 403)
        .handler(ex -> Reply.ok(chainAudit.get().map(this::auditView)
            .orElseGet(() -> new ChainAuditView("NOT_KEPT", 0, 0, 0, false, List.of())))));
    return r;
  }

  private ChainAuditView auditView(EventChainVerifier.Report report) {
    List<ChainProblemView> problems = report.findings().stream().map(f -> {
      String[] aggregate = aggregateOf(f);
      return new ChainProblemView(f.sequence(), f.problem().name(), aggregate[0], aggregate[1]);
    }).toList();
    return new ChainAuditView(report.intact() ? "INTACT" : "BROKEN", report.from(), report.count(), report.checkpoints(),
        report.signaturesChecked(), problems);
  }

  /** The aggregate a problem concerns: named by a state finding, else the entry's own when it can still be read. */
  private String[] aggregateOf(EventChainVerifier.Finding f) {
    if (f.problem() == EventChainVerifier.Problem.STATE_ALTERED) {
      String[] words = f.detail().split(" ", 3);
      return words.length >= 2 ? new String[] {words[0], words[1].replaceAll(":$", "")} : new String[] {null, null};
    }
    try {
      var at = queries.events(f.sequence() - 1, 1);
      if (!at.isEmpty() && at.get(0).sequence() == f.sequence()) {
        return new String[] {at.get(0).event().aggregateType(), at.get(0).event().aggregateId()};
      }
    } catch (RuntimeException unreadable) {
      // an entry whose hash does not match is refused by the log's read: its aggregate is not told
    }
    return new String[] {null, null};
  }

  /** A cluster to register: its level NATIONAL, PROVINCIAL or MUNICIPAL, and the number of enterprises in it. */
  record ClusterRequest(@Schema.Required String name, @Schema.Required String region, @Schema.Required String industry,
      @Schema.Required @Schema.OneOf(ClusterLevel.class) String level, @Schema.Required Integer enterprises) {}

  /** An authority to register, by its jurisdiction's region code. */
  record AuthorityRequest(@Schema.Required String name, @Schema.Required String jurisdiction) {}

  private static Optional<RegionCode> regionOf(String raw) {
    return RegionCode.parse("region", raw).toJavaOptional();
  }

  /** An article's number as the guideline writes it, 第三十二条, for one it lacks (review stop 25 item 12); past 99 in digits. */
  static String articleZh(int n) {
    if (n < 1 || n > 99) {
      return "第" + n + "条";
    }
    return "第" + dev.clustergov.core.guideline.Citation.chinese(n) + "条";
  }
}
