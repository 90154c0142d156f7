package dev.clustergov.adapters.rest;

import dev.clustergov.adapters.rest.Access.Target;
import dev.clustergov.adapters.rest.Route.Param;
import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.adapters.rest.Route.Scope;
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
import dev.clustergov.core.application.AmendFoundingApplication;
import dev.clustergov.core.application.AppointToBody;
import dev.clustergov.core.application.CheckEstablishment;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.DissolveOrganization;
import dev.clustergov.core.application.EstablishOrganization;
import dev.clustergov.core.application.FoundingApplication;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.ProposeOrganization;
import dev.clustergov.core.application.PublishPolicyPack;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.application.RecogniseOrganization;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.RegisterAuthority;
import dev.clustergov.core.application.RegisterCluster;
import dev.clustergov.core.application.ReinstateOrganization;
import dev.clustergov.core.application.RemoveFromBody;
import dev.clustergov.core.application.RevokeRecognition;
import dev.clustergov.core.application.SuspendOrganization;
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
            : Reply.json(503, new Views.Ready("NOT_READY", Map.of("storage", "unavailable or draining")))));
    r.add(Route.get(Op.OPENAPI, "/openapi.json").tag("service")
        .summary("This document (OpenAPI 3.1)")
        .response(Map.class)
        .handler(ex -> Reply.raw(200, openApi.get(), "application/json")));
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
              .getOrElseThrow(() -> ApiError.notFound("article", String.valueOf(n)));
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
    // --- clusters and authorities ------------------------------------------------------------------
    r.add(Route.get(Op.LIST_CLUSTERS, "/clusters").tag("registry")
        .summary("Registered clusters")
        .response(ClusterList.class)
        .handler(ex -> Reply.ok(new ClusterList(queries.clusters().stream().map(ClusterView::of).toList()))));
    r.add(Route.post(Op.REGISTER_CLUSTER, "/clusters").tag("registry")
        .summary("Register a cluster (Art.2)")
        .description("By an authority whose jurisdiction covers the cluster's region.")
        .body(RegisterCluster.Command.class).created(ClusterView.class).problems(400, 401, 403, 413, 415).scope(Scope.BODY)
        .handler(ex -> {
          RegisterCluster.Command c = ex.body(RegisterCluster.Command.class);
          regionOf(c.region()).ifPresent(region -> access.require(Op.REGISTER_CLUSTER, ex.caller,
              new Target(Optional.empty(), Optional.of(region), Optional.empty(), Optional.empty())));
          Cluster saved = done(gov.as(ex.actor()).registerCluster().handle(c));
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
    r.add(Route.get(Op.CLUSTER_POLICY, "/clusters/{id}/policy").tag("policy")
        .summary("The policy in force for a cluster (Art.30)")
        .description("The national baseline with every applicable local pack laid over it, on a date (default today).")
        .params(List.of(new Param("date", "date", "YYYY-MM-DD; default today")))
        .response(PolicyView.class).problems(400, 404)
        .handler(ex -> {
          ClusterId id = id("id", ex.path("id"), ClusterId::parse);
          LocalDate date = ex.query("date") == null ? ports.clock().today() : date("date", ex.query("date"));
          return Reply.ok(PolicyView.of(done(queries.policyFor(id, date))));
        }));
    r.add(Route.get(Op.LIST_AUTHORITIES, "/authorities").tag("registry")
        .summary("Registered authorities")
        .response(AuthorityList.class)
        .handler(ex -> Reply.ok(new AuthorityList(queries.authorities().stream().map(AuthorityView::of).toList()))));
    r.add(Route.post(Op.REGISTER_AUTHORITY, "/authorities").tag("registry")
        .summary("Register an authority (Art.6)")
        .description("By an authority whose jurisdiction strictly covers the new one's: the ministry registers provinces, a province its cities.")
        .body(RegisterAuthority.Command.class).created(AuthorityView.class).problems(400, 401, 403, 413, 415).scope(Scope.BODY)
        .handler(ex -> {
          RegisterAuthority.Command c = ex.body(RegisterAuthority.Command.class);
          regionOf(c.jurisdiction()).ifPresent(region -> access.require(Op.REGISTER_AUTHORITY, ex.caller,
              new Target(Optional.empty(), Optional.of(region), Optional.empty(), Optional.empty())));
          var saved = done(gov.as(ex.actor()).registerAuthority().handle(c));
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
    // --- policy packs ---------------------------------------------------------------------------------
    r.add(Route.get(Op.LIST_POLICY_PACKS, "/policy-packs").tag("policy")
        .summary("The national baseline and every published local pack (Art.30)")
        .description("Every version is kept. With `jurisdiction`, that jurisdiction's history: each version it published, oldest first (by "
            + "effective date, then version), and for 000000 the national baseline.")
        .params(List.of(new Param("jurisdiction", "string", "a region code: only its packs, every version")))
        .response(PolicyPackList.class).problems(400)
        .handler(ex -> {
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
    r.add(Route.post(Op.PUBLISH_POLICY_PACK, "/policy-packs").tag("policy")
        .summary("Publish a local policy pack (Art.30)")
        .description("For the calling authority's own jurisdiction. A second pack with the same version is a conflict (409).")
        .body(PolicyPackRequest.class).created(PolicyPackView.class).problems(400, 401, 403, 404, 409, 413, 415, 422)
        .handler(ex -> {
          PolicyPackRequest p = ex.body(PolicyPackRequest.class);
          var pack = done(gov.as(ex.actor()).publishPolicyPack().handle(new PublishPolicyPack.Command(new AuthorityId(ex.caller.id()),
              p.effectiveFrom(), p.version(), p.titleZh(), p.titleEn(), p.values())));
          return Reply.json(201, PolicyPackView.of(pack, ex.lang));
        }));
    // --- organizations --------------------------------------------------------------------------------
    r.add(Route.get(Op.LIST_ORGANIZATIONS, "/organizations").tag("organizations")
        .summary("Promotion organizations the caller may read")
        .description("Ordered by id; pass the page's `next` as `after` for the next page (keyset).")
        .params(List.of(new Param("cluster", "string", "cluster id"), new Param("authority", "string", "supervising authority id"),
            new Param("stage", "string", "PROPOSED, ESTABLISHED, RECOGNISED, SUSPENDED, REVOKED or DISSOLVED"),
            new Param("after", "string", "the last id of the previous page"), new Param("limit", "integer", "1–500, default 50")))
        .response(OrganizationPage.class).problems(400, 401, 403).scope(Scope.FILTER)
        .handler(this::listOrganizations));
    r.add(Route.post(Op.PROPOSE, "/organizations").tag("organizations")
        .summary("Propose a PO with its founding application (筹建)")
        .description("By the authority the application names as supervising authority (Art.6). The application may be incomplete; "
            + "the establishment report tells what is missing. Idempotency-Key (optional header, 1-200 visible ASCII characters): "
            + "the same application sent again by the same caller under the same key is answered 201 with the PO the first "
            + "founded, and founds no second; the key reused for another application or by another caller is 400.")
        .body(FoundingApplication.class).created(OrganizationView.class).problems(400, 401, 403, 404, 413, 415, 422).scope(Scope.BODY)
        .handler(ex -> {
          FoundingApplication a = ex.body(FoundingApplication.class);
          if (a.authority() != null && dev.clustergov.core.kernel.Identifier.wellFormed(a.authority())) {
            access.require(Op.PROPOSE, ex.caller, new Target(Optional.empty(), Optional.empty(), Optional.of(a.authority()), Optional.empty()));
          }
          // Idempotency-Key: the same application sent again under the same key answers with the PO the first founded
          var saved = done(gov.as(ex.actor()).proposeOrganization().handle(new ProposeOrganization.Command(a, ex.header("Idempotency-Key"))));
          return created(saved);
        }));
    r.add(Route.get(Op.GET_ORGANIZATION, "/organizations/{id}").tag("organizations")
        .summary("One PO, with its founding application")
        .description("ETag is the version; send it back as If-Match on a write.")
        .response(OrganizationView.class).problems(400, 401, 403, 404).scope(Scope.ORGANIZATION)
        .handler(ex -> po(done(queries.organization(orgId(ex))))));
    r.add(Route.put(Op.AMEND, "/organizations/{id}/founding-application").tag("organizations")
        .summary("Amend the founding application (while proposed)")
        .description("Replaces the whole application. If-Match recommended.")
        .body(FoundingApplication.class).response(OrganizationView.class).problems(WRITE_PO).scope(Scope.ORGANIZATION)
        .handler(ex -> po(done(gov.as(ex.actor()).amendFoundingApplication()
            .handle(new AmendFoundingApplication.Command(orgId(ex), ex.ifMatch(), ex.body(FoundingApplication.class)))))));
    r.add(Route.get(Op.ESTABLISHMENT_REPORT, "/organizations/{id}/establishment-report").tag("organizations")
        .summary("The establishment report (组建条件核查)")
        .description("Every rule of the stage the PO is heading for, each PASS, FAIL or NOT_APPLICABLE with its clause and evidence.")
        .response(ReportView.class).problems(400, 401, 403, 404).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(ReportView.of(done(gov.as(ex.actor()).checkEstablishment().handle(new CheckEstablishment.Query(orgId(ex)))), ex.lang))));
    r.add(Route.post(Op.ESTABLISH, "/organizations/{id}/establishment").tag("lifecycle")
        .summary("Establish the PO (组建, Art.7–8)")
        .description("Refused with every blocking finding unless Art.7 and Art.8 hold. The credit code may be recorded with it.")
        .optionalBody(EstablishmentRequest.class).response(OrganizationView.class).problems(WRITE_PO).scope(Scope.ORGANIZATION)
        .handler(ex -> po(done(gov.as(ex.actor()).establishOrganization()
            .handle(new EstablishOrganization.Command(orgId(ex), ex.ifMatch(), ex.body(EstablishmentRequest.class).creditCode()))))));
    r.add(Route.post(Op.RECOGNISE, "/organizations/{id}/recognition").tag("lifecycle")
        .summary("Recognise the PO (认定, Art.6)")
        .description("Only by its own supervising authority (Art.26), when every rule of a recognised PO holds.")
        .optionalBody(RecognitionRequest.class).response(OrganizationView.class).problems(WRITE_PO).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          ex.body(RecognitionRequest.class);
          return po(done(gov.as(ex.actor()).recogniseOrganization().handle(new RecogniseOrganization.Command(orgId(ex), ex.ifMatch(), acting(ex)))));
        }));
    r.add(Route.post(Op.SUSPEND, "/organizations/{id}/suspension").tag("lifecycle")
        .summary("Suspend the PO (暂停, Art.29)")
        .body(ReasonRequest.class).response(OrganizationView.class).problems(WRITE_PO).scope(Scope.ORGANIZATION)
        .handler(ex -> po(done(gov.as(ex.actor()).suspendOrganization()
            .handle(new SuspendOrganization.Command(orgId(ex), ex.ifMatch(), acting(ex), ex.body(ReasonRequest.class).reason()))))));
    r.add(Route.post(Op.REINSTATE, "/organizations/{id}/reinstatement").tag("lifecycle")
        .summary("Reinstate a suspended PO (恢复认定)")
        .body(ReasonRequest.class).response(OrganizationView.class).problems(WRITE_PO).scope(Scope.ORGANIZATION)
        .handler(ex -> po(done(gov.as(ex.actor()).reinstateOrganization()
            .handle(new ReinstateOrganization.Command(orgId(ex), ex.ifMatch(), acting(ex), ex.body(ReasonRequest.class).reason()))))));
    r.add(Route.post(Op.REVOKE, "/organizations/{id}/revocation").tag("lifecycle")
        .summary("Revoke recognition (撤销认定, Art.29); final")
        .body(ReasonRequest.class).response(OrganizationView.class).problems(WRITE_PO).scope(Scope.ORGANIZATION)
        .handler(ex -> po(done(gov.as(ex.actor()).revokeRecognition()
            .handle(new RevokeRecognition.Command(orgId(ex), ex.ifMatch(), acting(ex), ex.body(ReasonRequest.class).reason()))))));
    r.add(Route.post(Op.DISSOLVE, "/organizations/{id}/dissolution").tag("lifecycle")
        .summary("Dissolve the PO by its members' decision (注销); final")
        .body(ReasonRequest.class).response(OrganizationView.class).problems(WRITE_PO).scope(Scope.ORGANIZATION)
        .handler(ex -> po(done(gov.as(ex.actor()).dissolveOrganization()
            .handle(new DissolveOrganization.Command(orgId(ex), ex.ifMatch(), ex.body(ReasonRequest.class).reason()))))));
    r.add(Route.post(Op.APPOINT, "/organizations/{id}/bodies/{bodyId}/seats").tag("governance")
        .summary("Appoint a person to a seat (任职, Art.8(2))")
        .description("An existing seat of the same person on the body is replaced. Once established, an appointment that breaks a governance rule is refused.")
        .body(FoundingApplication.SeatInput.class).created(OrganizationView.class).problems(WRITE_PO).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          FoundingApplication.SeatInput seat = ex.body(FoundingApplication.SeatInput.class);
          var saved = done(gov.as(ex.actor()).appointToBody().handle(new AppointToBody.Command(orgId(ex), ex.ifMatch(), ex.path("bodyId"), seat)));
          Reply reply = po(saved);
          return new Reply(201, reply.json(), null, null, reply.headers()).with("Location",
              "/organizations/" + saved.id().value() + "/bodies/" + ex.path("bodyId") + "/seats/" + (seat.person() == null ? "" : seat.person()));
        }));
    r.add(Route.delete(Op.REMOVE, "/organizations/{id}/bodies/{bodyId}/seats/{personId}").tag("governance")
        .summary("Remove a person from a seat (免职, Art.8(2))")
        .description("By the secretariat, or by the member who holds the seat (resignation). Refused when it breaks a governance rule that held.")
        .response(OrganizationView.class).problems(400, 401, 403, 404, 409, 422).scope(Scope.ORGANIZATION)
        .handler(ex -> po(done(gov.as(ex.actor()).removeFromBody()
            .handle(new RemoveFromBody.Command(orgId(ex), ex.ifMatch(), ex.path("bodyId"), ex.path("personId")))))));
    // --- the audit trail ------------------------------------------------------------------------------------
    r.add(Route.get(Op.EVENTS, "/events").tag("events")
        .summary("The event log, by sequence number")
        .description("Events after `after`, at most `limit` (1–1000, default 100); pass `next` as `after` to continue.")
        .params(List.of(new Param("after", "integer", "sequence number, default 0"), new Param("limit", "integer", "1–1000, default 100")))
        .response(EventPage.class).problems(400, 401, 403)
        .handler(ex -> {
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
    r.add(Route.get(Op.PUBLIC_ORGANIZATION, "/public/organizations/{id}").tag("public")
        .summary("What the public may see of a PO (公开信息), as JSON or as an HTML page")
        .description("HTML when Accept prefers text/html or the id ends in `.html`. Only registry facts of a PO past proposal: "
            + "name, credit code, stage and dates, cluster, supervising authority, every disclosure (Art.14) and the fee schedules in force "
            + "(Art.11). Never staff, seats, bank account, ledger or evidence.")
        .response(Views.PublicOrganizationView.class).problems(400, 404)
        .handler(ex -> pages.publicOrganization(ex)));
    return r;
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
