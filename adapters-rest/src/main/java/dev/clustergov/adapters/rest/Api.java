package dev.clustergov.adapters.rest;

import dev.clustergov.adapters.rest.Access.Target;
import dev.clustergov.adapters.rest.Route.Param;
import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.adapters.rest.Views.ArticleView;
import dev.clustergov.adapters.rest.Views.AuthorityView;
import dev.clustergov.adapters.rest.Views.ClusterView;
import dev.clustergov.adapters.rest.Views.EventPage;
import dev.clustergov.adapters.rest.Views.EventView;
import dev.clustergov.adapters.rest.Views.OrganizationPage;
import dev.clustergov.adapters.rest.Views.OrganizationView;
import dev.clustergov.adapters.rest.Views.PolicyPackView;
import dev.clustergov.adapters.rest.Views.PolicyView;
import dev.clustergov.adapters.rest.Views.ReportView;
import dev.clustergov.adapters.rest.Views.RuleView;
import dev.clustergov.core.application.establishment.AmendFoundingApplication;
import dev.clustergov.core.application.establishment.AppointToBody;
import dev.clustergov.core.application.establishment.CheckEstablishment;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.general.DissolveOrganization;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.supervision.PublishPolicyPack;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.application.general.ReinstateOrganization;
import dev.clustergov.core.application.establishment.RemoveFromBody;
import dev.clustergov.core.application.general.RevokeRecognition;
import dev.clustergov.core.application.general.SuspendOrganization;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.guideline.Guideline;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.NationalBaseline;
import dev.clustergov.core.supervision.AuthorityId;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The route table (路由表): every resource in the guideline's nouns, the use case or query behind it,
 * and what it may answer. {@link Server} registers exactly these routes and {@link OpenApi} documents
 * exactly these.
 */
final class Api {

  // request bodies that are not the core's own command records
  record EstablishmentRequest(String creditCode) {}

  record RecognitionRequest() {}

  record ReasonRequest(String reason) {}

  record PolicyPackRequest(String effectiveFrom, Integer version, String titleZh, String titleEn, Map<String, String> values) {}

  // list bodies
  record ClusterList(List<ClusterView> items) {}

  record AuthorityList(List<AuthorityView> items) {}

  record ArticleList(List<ArticleView> items) {}

  record RuleList(List<RuleView> items) {}

  record PolicyPackList(List<PolicyPackView> items) {}

  static final int DEFAULT_PAGE = 50;

  private final Clustergov gov;
  private final Queries queries;
  private final Ports ports;
  private final Access access;
  private final BooleanSupplier ready;
  private final Supplier<byte[]> openApi;
  private final Pages pages;
  private final List<Route> routes;

  Api(Clustergov gov, Ports ports, Access access, BooleanSupplier ready, Supplier<byte[]> openApi, Pages pages) {
    this.gov = gov;
    this.queries = gov.queries();
    this.ports = ports;
    this.access = access;
    this.ready = ready;
    this.openApi = openApi;
    this.pages = pages;
    this.routes = List.copyOf(build());
  }

  List<Route> routes() {
    return routes;
  }

  private static final Set<Integer> READ = Set.of(401, 403, 404);
  private static final Set<Integer> WRITE_PO = Set.of(400, 401, 403, 404, 409, 413, 415, 422);

  private List<Route> build() {
    List<Route> r = new ArrayList<>();
    // --- service -----------------------------------------------------------------------------
    r.add(route(Op.HEALTH, "GET", "/health", "service", "Liveness", "Answers while the process runs.", List.of(),
        null, false, Views.Health.class, 200, Set.of(), Route.Scope.NONE, ex -> Reply.ok(new Views.Health("UP"))));
    r.add(route(Op.READY, "GET", "/ready", "service", "Readiness",
        "Ready when the storage answers and the server is not shutting down; 503 otherwise.", List.of(),
        null, false, Views.Ready.class, 200, Set.of(503), Route.Scope.NONE, ex -> ready.getAsBoolean()
            ? Reply.ok(new Views.Ready("READY", Map.of("storage", "ok")))
            : Reply.json(503, new Views.Ready("NOT_READY", Map.of("storage", "unavailable or draining")))));
    r.add(route(Op.OPENAPI, "GET", "/openapi.json", "service", "This document (OpenAPI 3.1)", "", List.of(),
        null, false, Map.class, 200, Set.of(), Route.Scope.NONE, ex -> Reply.raw(200, openApi.get(), "application/json")));
    r.add(route(Op.DOCS, "GET", "/docs", "service", "Interactive API page (Swagger UI)", "", List.of(),
        null, false, String.class, 200, Set.of(), Route.Scope.NONE, ex -> Reply.raw(200, pages.docs(), "text/html; charset=utf-8")));
    // --- the guideline and its rules -----------------------------------------------------------------
    r.add(route(Op.LIST_ARTICLES, "GET", "/guideline/articles", "guideline", "All 31 articles of the guideline",
        "Chinese verbatim, English summary, items and points, each clause with its citation in both spellings and its modal word.",
        List.of(), null, false, ArticleList.class, 200, Set.of(), Route.Scope.NONE,
        ex -> Reply.ok(new ArticleList(Guideline.articles().map(a -> ArticleView.of(a, ex.lang)).toJavaList()))));
    r.add(route(Op.GET_ARTICLE, "GET", "/guideline/articles/{n}", "guideline", "One article", "n is 1–31.", List.of(),
        null, false, ArticleView.class, 200, Set.of(400, 404), Route.Scope.NONE, ex -> {
          int n = integer("n", ex.path("n"));
          return Guideline.article(n).map(a -> Reply.ok(ArticleView.of(a, ex.lang)))
              .getOrElseThrow(() -> ApiError.notFound("article", String.valueOf(n)));
        }));
    r.add(route(Op.LIST_RULES, "GET", "/rules", "guideline", "Every rule and command guard",
        "Rules judge a dossier; guards judge a command (who may act, which lifecycle steps exist).", List.of(),
        null, false, RuleList.class, 200, Set.of(), Route.Scope.NONE, ex -> {
          List<RuleView> all = new ArrayList<>();
          gov.ruleBook().rules().forEach(x -> all.add(RuleView.of(x, ex.lang)));
          gov.ruleBook().guards().forEach(g -> all.add(RuleView.of(g, ex.lang)));
          return Reply.ok(new RuleList(all));
        }));
    r.add(route(Op.GET_RULE, "GET", "/rules/{id}", "guideline", "One rule or guard", "", List.of(),
        null, false, RuleView.class, 200, Set.of(404), Route.Scope.NONE, ex -> {
          String id = ex.path("id");
          return gov.ruleBook().rule(id).map(x -> Reply.ok(RuleView.of(x, ex.lang)))
              .or(() -> gov.ruleBook().guards().stream().filter(g -> g.id().equals(id)).findFirst().map(g -> Reply.ok(RuleView.of(g, ex.lang))))
              .orElseThrow(() -> ApiError.notFound("rule", id));
        }));
    // --- clusters and authorities ------------------------------------------------------------------
    r.add(route(Op.LIST_CLUSTERS, "GET", "/clusters", "registry", "Registered clusters", "", List.of(),
        null, false, ClusterList.class, 200, Set.of(), Route.Scope.NONE,
        ex -> Reply.ok(new ClusterList(queries.clusters().stream().map(ClusterView::of).toList()))));
    r.add(route(Op.REGISTER_CLUSTER, "POST", "/clusters", "registry", "Register a cluster (Art.2)",
        "By an authority whose jurisdiction covers the cluster's region.", List.of(),
        RegisterCluster.Command.class, false, ClusterView.class, 201, Set.of(400, 401, 403, 413, 415), Route.Scope.BODY, ex -> {
          RegisterCluster.Command c = ex.body(RegisterCluster.Command.class);
          regionOf(c.region()).ifPresent(region -> access.require(Op.REGISTER_CLUSTER, ex.caller,
              new Target(Optional.empty(), Optional.of(region), Optional.empty(), Optional.empty())));
          Cluster saved = done(gov.as(ex.actor()).registerCluster().handle(c));
          return Reply.json(201, ClusterView.of(saved)).with("Location", "/clusters/" + saved.id().value())
              .with("ETag", Etags.of(saved.version()));
        }));
    r.add(route(Op.GET_CLUSTER, "GET", "/clusters/{id}", "registry", "One cluster", "", List.of(),
        null, false, ClusterView.class, 200, Set.of(400, 404), Route.Scope.NONE, ex -> {
          Cluster c = done(queries.cluster(id("id", ex.path("id"), ClusterId::parse)));
          return Reply.ok(ClusterView.of(c)).with("ETag", Etags.of(c.version()));
        }));
    r.add(route(Op.CLUSTER_POLICY, "GET", "/clusters/{id}/policy", "policy", "The policy in force for a cluster (Art.30)",
        "The national baseline with every applicable local pack laid over it, on a date (default today).",
        List.of(new Param("date", "date", "YYYY-MM-DD; default today")), null, false, PolicyView.class, 200, Set.of(400, 404), Route.Scope.NONE, ex -> {
          ClusterId id = id("id", ex.path("id"), ClusterId::parse);
          LocalDate date = ex.query("date") == null ? ports.clock().today() : date("date", ex.query("date"));
          return Reply.ok(PolicyView.of(done(queries.policyFor(id, date))));
        }));
    r.add(route(Op.LIST_AUTHORITIES, "GET", "/authorities", "registry", "Registered authorities", "", List.of(),
        null, false, AuthorityList.class, 200, Set.of(), Route.Scope.NONE,
        ex -> Reply.ok(new AuthorityList(queries.authorities().stream().map(AuthorityView::of).toList()))));
    r.add(route(Op.REGISTER_AUTHORITY, "POST", "/authorities", "registry", "Register an authority (Art.6)",
        "By an authority whose jurisdiction strictly covers the new one's: the ministry registers provinces, a province its cities.",
        List.of(), RegisterAuthority.Command.class, false, AuthorityView.class, 201, Set.of(400, 401, 403, 413, 415), Route.Scope.BODY, ex -> {
          RegisterAuthority.Command c = ex.body(RegisterAuthority.Command.class);
          regionOf(c.jurisdiction()).ifPresent(region -> access.require(Op.REGISTER_AUTHORITY, ex.caller,
              new Target(Optional.empty(), Optional.of(region), Optional.empty(), Optional.empty())));
          var saved = done(gov.as(ex.actor()).registerAuthority().handle(c));
          return Reply.json(201, AuthorityView.of(saved)).with("Location", "/authorities/" + saved.id().value())
              .with("ETag", Etags.of(saved.version()));
        }));
    r.add(route(Op.GET_AUTHORITY, "GET", "/authorities/{id}", "registry", "One authority", "", List.of(),
        null, false, AuthorityView.class, 200, Set.of(400, 404), Route.Scope.NONE, ex -> {
          var a = done(queries.authority(id("id", ex.path("id"), AuthorityId::parse)));
          return Reply.ok(AuthorityView.of(a)).with("ETag", Etags.of(a.version()));
        }));
    // --- policy packs ---------------------------------------------------------------------------------
    r.add(route(Op.LIST_POLICY_PACKS, "GET", "/policy-packs", "policy", "The national baseline and every published local pack (Art.30)",
        "Every version is kept. With `jurisdiction`, that jurisdiction's history: each version it published, oldest first (by "
            + "effective date, then version), and for 000000 the national baseline.",
        List.of(new Param("jurisdiction", "string", "a region code: only its packs, every version")), null, false, PolicyPackList.class,
        200, Set.of(400), Route.Scope.NONE, ex -> {
          Optional<RegionCode> only = Optional.empty();
          if (ex.query("jurisdiction") != null) {
            var parsed = RegionCode.parse("jurisdiction", ex.query("jurisdiction"));
            if (parsed.isInvalid()) {
              throw ApiError.malformed(List.of(parsed.getError()));
            }
            only = Optional.of(parsed.get());
          }
          List<dev.clustergov.core.policy.PolicyPack> packs = new ArrayList<>();
          packs.add(NationalBaseline.pack());
          packs.addAll(queries.policyPacks());
          Optional<RegionCode> filter = only;
          List<PolicyPackView> all = packs.stream().filter(p -> filter.map(p.jurisdiction()::equals).orElse(true))
              .sorted(filter.isPresent() ? dev.clustergov.core.policy.PolicyPack.BY_RECENCY : (a, b) -> 0)
              .map(p -> PolicyPackView.of(p, ex.lang)).toList();
          return Reply.ok(new PolicyPackList(all));
        }));
    r.add(route(Op.PUBLISH_POLICY_PACK, "POST", "/policy-packs", "policy", "Publish a local policy pack (Art.30)",
        "For the calling authority's own jurisdiction. A second pack with the same version is a conflict (409).", List.of(),
        PolicyPackRequest.class, false, PolicyPackView.class, 201, Set.of(400, 401, 403, 404, 409, 413, 415, 422), Route.Scope.NONE, ex -> {
          PolicyPackRequest p = ex.body(PolicyPackRequest.class);
          var pack = done(gov.as(ex.actor()).publishPolicyPack().handle(new PublishPolicyPack.Command(new AuthorityId(ex.caller.id()),
              p.effectiveFrom(), p.version(), p.titleZh(), p.titleEn(), p.values())));
          return Reply.json(201, PolicyPackView.of(pack, ex.lang));
        }));
    // --- organizations --------------------------------------------------------------------------------
    r.add(route(Op.LIST_ORGANIZATIONS, "GET", "/organizations", "organizations", "Promotion organizations the caller may read",
        "Ordered by id; pass the page's `next` as `after` for the next page (keyset).",
        List.of(new Param("cluster", "string", "cluster id"), new Param("authority", "string", "supervising authority id"),
            new Param("stage", "string", "PROPOSED, ESTABLISHED, RECOGNISED, SUSPENDED, REVOKED or DISSOLVED"),
            new Param("after", "string", "the last id of the previous page"), new Param("limit", "integer", "1–500, default 50")),
        null, false, OrganizationPage.class, 200, Set.of(400, 401, 403), Route.Scope.FILTER, this::listOrganizations));
    r.add(route(Op.PROPOSE, "POST", "/organizations", "organizations", "Propose a PO with its founding application (筹建)",
        "By the authority the application names as supervising authority (Art.6). The application may be incomplete; "
            + "the establishment report tells what is missing. Idempotency-Key (optional header, 1-200 visible ASCII characters): "
            + "the same application sent again by the same caller under the same key is answered 201 with the PO the first "
            + "founded, and founds no second; the key reused for another application or by another caller is 400.",
        List.of(), FoundingApplication.class, false, OrganizationView.class, 201, Set.of(400, 401, 403, 404, 413, 415, 422), Route.Scope.BODY, ex -> {
          FoundingApplication a = ex.body(FoundingApplication.class);
          if (a.authority() != null && dev.clustergov.core.kernel.Identifier.wellFormed(a.authority())) {
            access.require(Op.PROPOSE, ex.caller, new Target(Optional.empty(), Optional.empty(), Optional.of(a.authority()), Optional.empty()));
          }
          // Idempotency-Key: the same application sent again under the same key answers with the PO the first founded
          var saved = done(gov.as(ex.actor()).proposeOrganization().handle(new ProposeOrganization.Command(a, ex.header("Idempotency-Key"))));
          return created(saved);
        }));
    r.add(route(Op.GET_ORGANIZATION, "GET", "/organizations/{id}", "organizations", "One PO, with its founding application",
        "ETag is the version; send it back as If-Match on a write.", List.of(),
        null, false, OrganizationView.class, 200, Set.of(400, 401, 403, 404), Route.Scope.ORGANIZATION, ex -> po(done(queries.organization(orgId(ex))))));
    r.add(route(Op.AMEND, "PUT", "/organizations/{id}/founding-application", "organizations", "Amend the founding application (while proposed)",
        "Replaces the whole application. If-Match recommended.", List.of(),
        FoundingApplication.class, false, OrganizationView.class, 200, WRITE_PO, Route.Scope.ORGANIZATION, ex -> po(done(gov.as(ex.actor()).amendFoundingApplication()
            .handle(new AmendFoundingApplication.Command(orgId(ex), ex.ifMatch(), ex.body(FoundingApplication.class)))))));
    r.add(route(Op.ESTABLISHMENT_REPORT, "GET", "/organizations/{id}/establishment-report", "organizations",
        "The establishment report (组建条件核查)",
        "Every rule of the stage the PO is heading for, each PASS, FAIL or NOT_APPLICABLE with its clause and evidence.",
        List.of(), null, false, ReportView.class, 200, Set.of(400, 401, 403, 404), Route.Scope.ORGANIZATION,
        ex -> Reply.ok(ReportView.of(done(gov.as(ex.actor()).checkEstablishment().handle(new CheckEstablishment.Query(orgId(ex)))), ex.lang))));
    r.add(route(Op.ESTABLISH, "POST", "/organizations/{id}/establishment", "lifecycle", "Establish the PO (组建, Art.7–8)",
        "Refused with every blocking finding unless Art.7 and Art.8 hold. The credit code may be recorded with it.", List.of(),
        EstablishmentRequest.class, true, OrganizationView.class, 200, WRITE_PO, Route.Scope.ORGANIZATION, ex -> po(done(gov.as(ex.actor()).establishOrganization()
            .handle(new EstablishOrganization.Command(orgId(ex), ex.ifMatch(), ex.body(EstablishmentRequest.class).creditCode()))))));
    r.add(route(Op.RECOGNISE, "POST", "/organizations/{id}/recognition", "lifecycle", "Recognise the PO (认定, Art.6)",
        "Only by its own supervising authority (Art.26), when every rule of a recognised PO holds.", List.of(),
        RecognitionRequest.class, true, OrganizationView.class, 200, WRITE_PO, Route.Scope.ORGANIZATION, ex -> {
          ex.body(RecognitionRequest.class);
          return po(done(gov.as(ex.actor()).recogniseOrganization().handle(new RecogniseOrganization.Command(orgId(ex), ex.ifMatch(), acting(ex)))));
        }));
    r.add(route(Op.SUSPEND, "POST", "/organizations/{id}/suspension", "lifecycle", "Suspend the PO (暂停, Art.29)", "", List.of(),
        ReasonRequest.class, false, OrganizationView.class, 200, WRITE_PO, Route.Scope.ORGANIZATION, ex -> po(done(gov.as(ex.actor()).suspendOrganization()
            .handle(new SuspendOrganization.Command(orgId(ex), ex.ifMatch(), acting(ex), ex.body(ReasonRequest.class).reason()))))));
    r.add(route(Op.REINSTATE, "POST", "/organizations/{id}/reinstatement", "lifecycle", "Reinstate a suspended PO (恢复认定)", "", List.of(),
        ReasonRequest.class, false, OrganizationView.class, 200, WRITE_PO, Route.Scope.ORGANIZATION, ex -> po(done(gov.as(ex.actor()).reinstateOrganization()
            .handle(new ReinstateOrganization.Command(orgId(ex), ex.ifMatch(), acting(ex), ex.body(ReasonRequest.class).reason()))))));
    r.add(route(Op.REVOKE, "POST", "/organizations/{id}/revocation", "lifecycle", "Revoke recognition (撤销认定, Art.29); final", "", List.of(),
        ReasonRequest.class, false, OrganizationView.class, 200, WRITE_PO, Route.Scope.ORGANIZATION, ex -> po(done(gov.as(ex.actor()).revokeRecognition()
            .handle(new RevokeRecognition.Command(orgId(ex), ex.ifMatch(), acting(ex), ex.body(ReasonRequest.class).reason()))))));
    r.add(route(Op.DISSOLVE, "POST", "/organizations/{id}/dissolution", "lifecycle", "Dissolve the PO by its members' decision (注销); final",
        "", List.of(), ReasonRequest.class, false, OrganizationView.class, 200, WRITE_PO, Route.Scope.ORGANIZATION, ex -> po(done(gov.as(ex.actor()).dissolveOrganization()
            .handle(new DissolveOrganization.Command(orgId(ex), ex.ifMatch(), ex.body(ReasonRequest.class).reason()))))));
    r.add(route(Op.APPOINT, "POST", "/organizations/{id}/bodies/{bodyId}/seats", "governance", "Appoint a person to a seat (任职, Art.8(2))",
        "An existing seat of the same person on the body is replaced. Once established, an appointment that breaks a governance rule is refused.",
        List.of(), FoundingApplication.SeatInput.class, false, OrganizationView.class, 201, WRITE_PO, Route.Scope.ORGANIZATION, ex -> {
          FoundingApplication.SeatInput seat = ex.body(FoundingApplication.SeatInput.class);
          var saved = done(gov.as(ex.actor()).appointToBody().handle(new AppointToBody.Command(orgId(ex), ex.ifMatch(), ex.path("bodyId"), seat)));
          Reply reply = po(saved);
          return new Reply(201, reply.json(), null, null, reply.headers()).with("Location",
              "/organizations/" + saved.id().value() + "/bodies/" + ex.path("bodyId") + "/seats/" + (seat.person() == null ? "" : seat.person()));
        }));
    r.add(route(Op.REMOVE, "DELETE", "/organizations/{id}/bodies/{bodyId}/seats/{personId}", "governance",
        "Remove a person from a seat (免职, Art.8(2))",
        "By the secretariat, or by the member who holds the seat (resignation). Refused when it breaks a governance rule that held.",
        List.of(), null, false, OrganizationView.class, 200, Set.of(400, 401, 403, 404, 409, 422), Route.Scope.ORGANIZATION, ex -> po(done(gov.as(ex.actor()).removeFromBody()
            .handle(new RemoveFromBody.Command(orgId(ex), ex.ifMatch(), ex.path("bodyId"), ex.path("personId")))))));
    // --- the audit trail ------------------------------------------------------------------------------------
    r.add(route(Op.EVENTS, "GET", "/events", "events", "The event log, by sequence number",
        "Events after `after`, at most `limit` (1–1000, default 100); pass `next` as `after` to continue.",
        List.of(new Param("after", "integer", "sequence number, default 0"), new Param("limit", "integer", "1–1000, default 100")),
        null, false, EventPage.class, 200, Set.of(400, 401, 403), Route.Scope.NONE, ex -> {
          long after = ex.query("after") == null ? 0 : longValue("after", ex.query("after"), 0, Long.MAX_VALUE);
          int limit = ex.query("limit") == null ? 100 : (int) longValue("limit", ex.query("limit"), 1, Queries.MAX_EVENTS);
          var events = queries.events(after, limit);
          long next = events.isEmpty() ? after : events.get(events.size() - 1).sequence();
          return Reply.ok(new EventPage(events.stream().map(EventView::of).toList(), next));
        }));
    // --- management (Chapter 3, Art.9–16): systems, staff, ledger, fees, account, disclosure, disputes, IP ----------------
    r.addAll(new ManagementRoutes(gov, queries, ports, access).routes());
    // --- operation (Chapter 4, Art.17–24): members, platforms, service activities, coverage -----------------------
    r.addAll(new OperationRoutes(gov, queries, ports).routes());
    r.addAll(new EvaluationRoutes(gov, queries, ports).routes());
    r.addAll(new SupervisionRoutes(gov, queries, ports).routes());
    // --- incentives and what-ifs (Art.29–30) ------------------------------------------------------------------
    r.addAll(new IncentiveRoutes(gov, queries, access).routes());
    // --- the public --------------------------------------------------------------------------------------------
    r.add(route(Op.PUBLIC_ORGANIZATION, "GET", "/public/organizations/{id}", "public",
        "What the public may see of a PO (公开信息), as JSON or as an HTML page",
        "HTML when Accept prefers text/html or the id ends in `.html`. Only registry facts of a PO past proposal: "
            + "name, credit code, stage and dates, cluster, supervising authority, every disclosure (Art.14) and the fee schedules in force "
            + "(Art.11). Never staff, seats, bank account, ledger or evidence.",
        List.of(), null, false, Views.PublicOrganizationView.class, 200, Set.of(400, 404), Route.Scope.NONE, ex -> pages.publicOrganization(ex)));
    return r;
  }

  private static Route route(Op op, String method, String path, String tag, String summary, String description, List<Param> params,
      Class<?> request, boolean requestOptional, Class<?> response, int success, Set<Integer> problems, Route.Scope scope,
      Route.Handler h) {
    return new Route(op, method, path, tag, summary, description, params, request, requestOptional, response, success, problems, scope, h);
  }

  // --- organization helpers ------------------------------------------------------------------------------

  /** The object-level target of a PO route: the PO, and, lazily, its cluster's region. */
  Target organizationTarget(OrganizationId id, Optional<String> person) {
    Optional<RegionCode> region = ports.organizations().find(id)
        .flatMap(o -> ports.clusters().find(o.cluster())).map(Cluster::region);
    return new Target(Optional.of(id.value()), region, Optional.empty(), person);
  }

  /**
   * The object-level target of a PO route whose condition is {@link Access.Condition#OWN_SUPERVISOR}: the PO and
   * its own supervising authority (as {@code namedAuthority}); empty authority when the PO is not found.
   */
  Target supervisorTarget(OrganizationId id, Optional<String> person) {
    return new Target(Optional.of(id.value()), Optional.empty(),
        ports.organizations().find(id).map(o -> o.authority().value()), person);
  }

  /** Whether the caller may read this PO (the row of GET /organizations/{id}); also the list's filter. */
  boolean mayRead(Caller caller, PromotionOrganization o) {
    var condition = Access.condition(Op.GET_ORGANIZATION, caller.role());
    if (condition.isEmpty()) {
      return false;
    }
    Optional<RegionCode> region = condition.get() == Access.Condition.IN_JURISDICTION
        ? ports.clusters().find(o.cluster()).map(Cluster::region) : Optional.empty();
    return access.allows(Op.GET_ORGANIZATION, caller, new Target(Optional.of(o.id().value()), region, Optional.empty(), Optional.empty()));
  }

  private Reply listOrganizations(Exchange ex) {
    List<Violation> bad = new ArrayList<>();
    Optional<ClusterId> cluster = optional(ex.query("cluster"), s -> ClusterId.parse("cluster", s), bad);
    Optional<AuthorityId> authority = optional(ex.query("authority"), s -> AuthorityId.parse("authority", s), bad);
    Optional<OrganizationId> after = optional(ex.query("after"), s -> OrganizationId.parse("after", s), bad);
    Optional<LifecycleStage> stage = Optional.empty();
    if (ex.query("stage") != null) {
      try {
        stage = Optional.of(LifecycleStage.valueOf(ex.query("stage")));
      } catch (IllegalArgumentException e) {
        bad.add(Violation.of("stage", "enum", "stage 须为 PROPOSED、ESTABLISHED、RECOGNISED、SUSPENDED、REVOKED 或 DISSOLVED",
            "stage must be PROPOSED, ESTABLISHED, RECOGNISED, SUSPENDED, REVOKED or DISSOLVED"));
      }
    }
    int limit = DEFAULT_PAGE;
    if (ex.query("limit") != null) {
      try {
        limit = (int) longValue("limit", ex.query("limit"), 1, OrganizationQuery.MAX_LIMIT);
      } catch (ApiError e) {
        bad.addAll(e.violations);
      }
    }
    if (!bad.isEmpty()) {
      throw ApiError.malformed(bad);
    }
    // a page filtered to what the caller may read, filled from as many pages of the store as it takes (bounded)
    List<OrganizationView> items = new ArrayList<>();
    Optional<OrganizationId> cursor = after;
    boolean more = false;
    for (int round = 0; round < 200 && items.size() < limit; round++) {
      List<PromotionOrganization> page = queries.organizations(new OrganizationQuery(cluster, authority, stage, cursor, OrganizationQuery.MAX_LIMIT));
      for (PromotionOrganization o : page) {
        cursor = Optional.of(o.id());
        if (mayRead(ex.caller, o)) {
          items.add(OrganizationView.of(o));
          if (items.size() == limit) {
            break;
          }
        }
      }
      more = page.size() == OrganizationQuery.MAX_LIMIT || items.size() == limit;
      if (page.size() < OrganizationQuery.MAX_LIMIT) {
        break;
      }
    }
    String next = items.size() == limit && more ? items.get(items.size() - 1).id() : null;
    return Reply.ok(new OrganizationPage(items, next));
  }

  private static Reply po(PromotionOrganization o) {
    return Reply.ok(OrganizationView.of(o)).with("ETag", Etags.of(o.version()));
  }

  private static Reply created(PromotionOrganization o) {
    return Reply.json(201, OrganizationView.of(o)).with("ETag", Etags.of(o.version())).with("Location", "/organizations/" + o.id().value());
  }

  private static AuthorityId acting(Exchange ex) {
    return new AuthorityId(ex.caller.id());
  }

  static OrganizationId orgId(Exchange ex) {
    return id("id", ex.path("id"), OrganizationId::parse);
  }

  // --- parsing helpers: every bad parameter is a 400 with its name -----------------------------------------

  static <T> T done(Either<Refusal, T> result) {
    return result.getOrElseThrow(ApiError::from);
  }

  static <T> T id(String field, String raw, java.util.function.BiFunction<String, String, Validation<Violation, T>> parse) {
    Validation<Violation, T> v = parse.apply(field, raw);
    if (v.isInvalid()) {
      throw ApiError.malformed(List.of(v.getError()));
    }
    return v.get();
  }

  private static <T> Optional<T> optional(String raw, java.util.function.Function<String, Validation<Violation, T>> parse, List<Violation> bad) {
    if (raw == null) {
      return Optional.empty();
    }
    var v = parse.apply(raw);
    if (v.isInvalid()) {
      bad.add(v.getError());
      return Optional.empty();
    }
    return Optional.of(v.get());
  }

  private static Optional<RegionCode> regionOf(String raw) {
    return RegionCode.parse("region", raw).toJavaOptional();
  }

  static int integer(String field, String raw) {
    return (int) longValue(field, raw, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  static long longValue(String field, String raw, long min, long max) {
    try {
      long v = Long.parseLong(raw.strip());
      if (v < min || v > max) {
        throw ApiError.malformed(List.of(Violation.of(field, "range", field + " 须在 " + min + " 到 " + max + " 之间",
            field + " must be between " + min + " and " + max)));
      }
      return v;
    } catch (NumberFormatException e) {
      throw ApiError.malformed(List.of(Violation.of(field, "integer", field + " 须为整数", field + " must be an integer")));
    }
  }

  /** A query's from/to, both reported at once when bad; by default the last full year and this one. */
  static dev.clustergov.core.finance.Period period(Exchange ex, LocalDate today) {
    java.util.List<Violation> bad = new java.util.ArrayList<>();
    LocalDate from = LocalDate.of(today.getYear() - 1, 1, 1);
    LocalDate to = today;
    try {
      from = ex.query("from") == null ? from : date("from", ex.query("from"));
    } catch (ApiError e) {
      bad.addAll(e.violations);
    }
    try {
      to = ex.query("to") == null ? to : date("to", ex.query("to"));
    } catch (ApiError e) {
      bad.addAll(e.violations);
    }
    if (bad.isEmpty() && to.isBefore(from)) {
      bad.add(Violation.of("to", "range", "to 不得早于 from", "to must not be before from"));
    }
    if (!bad.isEmpty()) {
      throw ApiError.malformed(bad);
    }
    return new dev.clustergov.core.finance.Period(from, to);
  }

  static LocalDate date(String field, String raw) {
    try {
      return LocalDate.parse(raw.strip());
    } catch (java.time.format.DateTimeParseException e) {
      throw ApiError.malformed(List.of(Violation.of(field, "date", field + " 须为 YYYY-MM-DD 格式的日期", field + " must be a date YYYY-MM-DD")));
    }
  }

  static OptionalLong none() {
    return OptionalLong.empty();
  }
}
