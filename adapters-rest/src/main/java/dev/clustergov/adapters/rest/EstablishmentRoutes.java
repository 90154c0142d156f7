package dev.clustergov.adapters.rest;

import static dev.clustergov.adapters.rest.Api.done;
import static dev.clustergov.adapters.rest.Api.longValue;
import static dev.clustergov.adapters.rest.Api.optional;
import static dev.clustergov.adapters.rest.Api.orgId;
import static dev.clustergov.adapters.rest.Api.po;

import dev.clustergov.adapters.rest.Access.Target;
import dev.clustergov.adapters.rest.Route.Param;
import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.adapters.rest.Route.Scope;
import dev.clustergov.adapters.rest.Views.OrganizationPage;
import dev.clustergov.adapters.rest.Views.OrganizationView;
import dev.clustergov.adapters.rest.Views.ReportView;
import dev.clustergov.core.application.establishment.AmendCharter;
import dev.clustergov.core.application.establishment.AmendFoundingApplication;
import dev.clustergov.core.application.establishment.AppointToBody;
import dev.clustergov.core.application.establishment.ChangeLegalRepresentative;
import dev.clustergov.core.application.establishment.ChangeRegisteredCapital;
import dev.clustergov.core.application.establishment.CheckEstablishment;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.general.CheckRecognition;
import dev.clustergov.core.application.general.DissolveOrganization;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.establishment.RemoveFromBody;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.kernel.Identifier;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.AuthorityId;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The routes of Chapter 2 (组建, Art.7–8), added to {@link Api}'s table as one block: a PO proposed with its
 * founding application, the establishment report, establishment, recognition (the supervising authority's
 * act, Art.6) and dissolution; seats on the five governance layers (Art.8(2)); and the decision layer's
 * changes to what Art.7(2) and Art.8(2) required at founding — the charter, the registered capital and the
 * legal representative (each also a major matter to disclose, Art.14). Suspension, reinstatement and
 * revocation are acts of supervision: {@link SupervisionRoutes}. Its views are the PO's in {@link Views}.
 */
final class EstablishmentRoutes {

  // request bodies that are not the core's own command records
  record EstablishmentRequest(String creditCode) {}

  record RecognitionRequest() {}

  /**
   * A lifecycle step's reason, and the day it was decided ({@code decidedOn}, optional, today when absent): dissolution,
   * suspension, reinstatement and revocation are major matters whose disclosure runs from that day (Art.14, decision 0545).
   */
  record ReasonRequest(@Schema.Required String reason, String decidedOn) {}

  /** What the lifecycle routes that take a {@link ReasonRequest} say of its {@code decidedOn} (decision 0545). */
  static final String DECIDED_ON_IN_BODY = "decidedOn: the day it was decided (YYYY-MM-DD, default today; not after today nor before "
      + "the PO was proposed, else 422 citing Art.14); a major matter whose disclosure falls due the policy's days after that day. "
      + "If-Match recommended.";

  /** decidedOn: the day the decision was taken (optional, today when absent), from which its disclosure runs (Art.14). */
  record CharterRequest(@Schema.Required String decidedBy, @Schema.Required String adoptedOn, List<String> businessScope, List<String> consentingFounders,
      String decidedOn) {}

  record CapitalRequest(@Schema.Required String decidedBy, @Schema.Required BigDecimal amount, String decidedOn) {}

  /** The new legal representative, the body that decided the change and the day it did. */
  record LegalRepresentativeRequest(@Schema.Required String decidedBy, @Schema.Required String person, @Schema.Required String name, String decidedOn) {}

  static final int DEFAULT_PAGE = 50;

  private static final Set<Integer> WRITE_PO = Set.of(400, 401, 403, 404, 409, 413, 415, 422);
  private static final Set<Integer> WRITE = WRITE_PO;
  /** A seat's appointment or removal runs its disclosure, when the policy names it a major matter, from the day decided (decision 0351). */
  private static final String DECIDED_ON = "decidedOn (query, YYYY-MM-DD, default today; not after today nor before the PO was proposed, "
      + "else 422 citing Art.14): the day it was decided; where the policy names it a major matter (e.g. SeatAppointed.DECISION), "
      + "its disclosure falls due the policy's days after that day.";

  private final Clustergov gov;
  private final Queries queries;
  private final Ports ports;
  private final Access access;

  EstablishmentRoutes(Clustergov gov, Queries queries, Ports ports, Access access) {
    this.gov = gov;
    this.queries = queries;
    this.ports = ports;
    this.access = access;
  }

  List<Route> routes() {
    List<Route> r = new ArrayList<>();
    String po = "/organizations/{id}";
    // --- the PO and its founding application (筹建) ---------------------------------------------------------------
    r.add(Route.get(Op.LIST_ORGANIZATIONS, "/organizations").tag("organizations")
        .summary("POs the caller may read")
        .description("Ordered by id; pass the page's `next` as `after` for the next page (keyset). `jurisdiction` (a GB/T 2260 region "
            + "code) keeps the POs supervised by an authority inside that region — its own and its sub-regions' authorities (a "
            + "province's roll-up of its cities, decision 0510); an authority may only ask for a region inside its own jurisdiction "
            + "(403 citing Art.6), and every caller still sees only the POs it may read.")
        .params(List.of(new Param("cluster", "string", "cluster id"), new Param("authority", "string", "supervising authority id"),
            new Param("jurisdiction", "string", "a six-digit region code (GB/T 2260): POs of the authorities inside it"),
            new Param("stage", "string", "the lifecycle stage", LifecycleStage.class),
            new Param("foundingEnded", "boolean", "`true` keeps only the POs whose founding was ended (dissolved while still proposed, "
                + "已终止筹建); `false` leaves them out, so `stage=DISSOLVED&foundingEnded=false` lists the POs dissolved once "
                + "established (已注销) (decision 0632)"),
            new Param("after", "string", "the last id of the previous page"), new Param("limit", "integer", "1–500, default 50")))
        .response(OrganizationPage.class).problems(400, 401, 403).scope(Scope.FILTER)
        .handler(this::listOrganizations));
    r.add(Route.post(Op.PROPOSE, "/organizations").tag("organizations")
        .summary("Propose a PO with its founding application (筹建)")
        .description("By the authority the application names as supervising authority (Art.6). The application may be incomplete; "
            + "the establishment report tells what is missing. Idempotency-Key: the same application sent again by the same caller "
            + "under the same key is answered with the first answer and founds no second PO, as on every creating route.")
        .body(ApplicationBody.class).example(Examples.FOUNDING_APPLICATION).created(OrganizationView.class)
        .problems(400, 401, 403, 404, 413, 415, 422).scope(Scope.BODY)
        .handler(ex -> {
          ApplicationBody a = ex.body(ApplicationBody.class);
          if (a.authority() != null && Identifier.wellFormed(a.authority())) {
            access.require(Op.PROPOSE, ex.caller, new Target(Optional.empty(), Optional.empty(), Optional.of(a.authority()), Optional.empty()));
          }
          // Idempotency-Key: the same application sent again under the same key answers with the PO the first founded
          var saved = done(gov.as(ex.actor()).proposeOrganization().handle(new ProposeOrganization.Command(a.typed(ex.fields()), ex.header("Idempotency-Key"))));
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
        .body(ApplicationBody.class).example(Examples.FOUNDING_APPLICATION, "id", Examples.README_PO).response(OrganizationView.class).problems(WRITE_PO)
        .scope(Scope.ORGANIZATION)
        .handler(ex -> po(done(gov.as(ex.actor()).amendFoundingApplication()
            .handle(new AmendFoundingApplication.Command(orgId(ex), ex.ifMatch(), ex.body(ApplicationBody.class).typed(ex.fields())))))));
    r.add(Route.get(Op.ESTABLISHMENT_REPORT, "/organizations/{id}/establishment-report").tag("organizations")
        .summary("The establishment report (组建条件核查)")
        .description("Every rule of the stage the PO is heading for, each PASS, FAIL or NOT_APPLICABLE with its clause and evidence.")
        .response(ReportView.class).problems(400, 401, 403, 404).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(ReportView.of(done(gov.as(ex.actor()).checkEstablishment().handle(new CheckEstablishment.Query(orgId(ex)))), ex.lang))));
    r.add(Route.get(Op.RECOGNITION_REPORT, "/organizations/{id}/recognition-report").tag("organizations")
        .summary("The recognition report (认定条件核查, Art.6)")
        .description("Every rule recognition will apply today, each PASS, FAIL or NOT_APPLICABLE with its clause and evidence, on the PO "
            + "as recognition would leave it — asked before the authority acts, even while the PO is still proposed. For an "
            + "established PO, its blocking findings are exactly those `POST /organizations/{id}/recognition` by its own authority "
            + "would be refused with (422); recognition also refuses a PO that is not established (A6-lifecycle). Writes nothing.")
        .response(ReportView.class).problems(400, 401, 403, 404).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(ReportView.of(done(gov.as(ex.actor()).checkRecognition().handle(new CheckRecognition.Query(orgId(ex)))), ex.lang))));
    // --- establishment (Art.7–8), recognition (Art.6), dissolution ----------------------------------------------------
    r.add(Route.post(Op.ESTABLISH, "/organizations/{id}/establishment").tag("lifecycle")
        .summary("Establish the PO (组建, Art.7–8)")
        .description("Refused with every blocking finding unless Art.7 and Art.8 hold. The credit code may be recorded with it.")
        .optionalBody(EstablishmentRequest.class).example(Examples.ESTABLISHMENT, "id", Examples.README_PO).response(OrganizationView.class).problems(WRITE_PO).scope(Scope.ORGANIZATION)
        .handler(ex -> po(done(gov.as(ex.actor()).establishOrganization()
            .handle(new EstablishOrganization.Command(orgId(ex), ex.ifMatch(),
                ex.fields().value("creditCode", ex.body(EstablishmentRequest.class).creditCode(), CreditCode::parse)))))));
    r.add(Route.post(Op.RECOGNISE, "/organizations/{id}/recognition").tag("lifecycle")
        .summary("Recognise the PO (认定, Art.6)")
        .description("Only by its own supervising authority (Art.26), when every rule of a recognised PO holds.")
        .optionalBody(RecognitionRequest.class).example(Examples.RECOGNITION, "id", Examples.README_PO).response(OrganizationView.class).problems(WRITE_PO).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          ex.body(RecognitionRequest.class);
          return po(done(gov.as(ex.actor()).recogniseOrganization().handle(new RecogniseOrganization.Command(orgId(ex), ex.ifMatch(), acting(ex)))));
        }));
    r.add(Route.post(Op.DISSOLVE, "/organizations/{id}/dissolution").tag("lifecycle")
        .summary("Dissolve the PO by its members' decision (注销); final")
        .description("Filed by the PO's own secretariat for what its decision layer decided (Art.8(2).1). " + DECIDED_ON_IN_BODY)
        .body(ReasonRequest.class).example(Examples.DISSOLUTION).response(OrganizationView.class).problems(WRITE_PO).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          ReasonRequest b = ex.body(ReasonRequest.class);
          return po(done(gov.as(ex.actor()).dissolveOrganization()
              .handle(new DissolveOrganization.Command(orgId(ex), ex.ifMatch(), b.reason(), ex.fields().day("decidedOn", b.decidedOn())))));
        }));
    // --- Art.8(2) seats on the governance layers ------------------------------------------------------------------------
    r.add(Route.post(Op.APPOINT, "/organizations/{id}/bodies/{bodyId}/seats").tag("governance")
        .summary("Appoint a person to a seat (任职, Art.8(2))")
        .description("An existing seat of the same person on the body is replaced. Once established, an appointment that breaks a governance rule is refused. "
            + DECIDED_ON)
        .params(List.of(new Param("decidedOn", "date", "YYYY-MM-DD, the day the appointment was decided; default today")))
        .body(ApplicationBody.SeatInput.class).example(Examples.SEAT, "bodyId", "council").created(OrganizationView.class).problems(WRITE_PO).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          ApplicationBody.SeatInput seat = ex.body(ApplicationBody.SeatInput.class);
          Fields f = ex.fields();
          var saved = done(gov.as(ex.actor()).appointToBody().handle(new AppointToBody.Command(orgId(ex), ex.ifMatch(),
              f.value("body", ex.path("bodyId"), BodyId::parse), Fields.part(seat, s -> ApplicationBody.seat(f, "seat", s)),
              f.day("decidedOn", ex.query("decidedOn")))));
          Reply reply = po(saved);
          return new Reply(201, reply.json(), null, null, reply.headers()).with("Location",
              "/organizations/" + saved.id().value() + "/bodies/" + ex.path("bodyId") + "/seats/" + (seat.person() == null ? "" : seat.person()));
        }));
    r.add(Route.delete(Op.REMOVE, "/organizations/{id}/bodies/{bodyId}/seats/{personId}").tag("governance")
        .summary("Remove a person from a seat (免职, Art.8(2))")
        .description("By the secretariat, or by the member who holds the seat (resignation). Refused when it breaks a governance rule that held. "
            + DECIDED_ON)
        .params(List.of(new Param("decidedOn", "date", "YYYY-MM-DD, the day the removal was decided; default today")))
        .response(OrganizationView.class).problems(400, 401, 403, 404, 409, 422).scope(Scope.ORGANIZATION)
        .handler(ex -> po(done(gov.as(ex.actor()).removeFromBody()
            .handle(new RemoveFromBody.Command(orgId(ex), ex.ifMatch(), ex.fields().value("body", ex.path("bodyId"), BodyId::parse),
                ex.fields().value("person", ex.path("personId"), PersonId::parse), ex.fields().day("decidedOn", ex.query("decidedOn"))))))));
    // --- Art.8(2).1 the decision layer's decisions on the charter and the capital, major matters under Art.14 ------
    r.add(Route.put(Op.AMEND_CHARTER, po + "/charter").tag("organizations")
        .summary("Amend the charter (修改章程, Art.8(2).1, Art.7(2))")
        .description("decidedBy: the id of the body of the decision layer that decided it. The amended charter keeps a business scope and "
            + "every founder's consent; the amendment is a major matter whose disclosure falls due (Art.14). "
            + "decidedOn: the day it was decided (YYYY-MM-DD, default today; not after today nor before the PO was proposed, else 422 "
            + "citing Art.14); its disclosure falls due the policy's days after that day. " + "If-Match recommended.")
        .body(CharterRequest.class).example(Examples.CHARTER).response(OrganizationView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          CharterRequest b = ex.body(CharterRequest.class);
          Fields f = ex.fields();
          return po(done(gov.as(ex.actor()).amendCharter().handle(new AmendCharter.Command(orgId(ex), ex.ifMatch(),
              f.value("decidedBy", b.decidedBy(), BodyId::parse),
              ApplicationBody.charter(f, "charter", new ApplicationBody.CharterInput(b.adoptedOn(), b.businessScope(), b.consentingFounders())),
              f.day("decidedOn", b.decidedOn())))));
        }));
    r.add(Route.put(Op.CHANGE_REGISTERED_CAPITAL, po + "/registered-capital").tag("organizations")
        .summary("Change the registered capital (变更注册资金, Art.8(2).1, Art.7(2))")
        .description("decidedBy: the id of the body of the decision layer that decided it; amount in yuan, not below the policy minimum. "
            + "A major matter whose disclosure falls due (Art.14). " + "decidedOn: the day it was decided (YYYY-MM-DD, default today; not after today nor before the PO was proposed, else 422 "
            + "citing Art.14); its disclosure falls due the policy's days after that day. " + "If-Match recommended.")
        .body(CapitalRequest.class).example(Examples.CAPITAL).response(OrganizationView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          CapitalRequest b = ex.body(CapitalRequest.class);
          return po(done(gov.as(ex.actor()).changeRegisteredCapital().handle(
              new ChangeRegisteredCapital.Command(orgId(ex), ex.ifMatch(), ex.fields().value("decidedBy", b.decidedBy(), BodyId::parse),
                  ex.fields().money("amount", b.amount()), ex.fields().day("decidedOn", b.decidedOn())))));
        }));
    r.add(Route.put(Op.CHANGE_LEGAL_REPRESENTATIVE, po + "/legal-representative").tag("management")
        .summary("Change the PO's legal representative (变更法定代表人, Art.8(2), Art.14)")
        .description("decidedBy: the id of the decision- or management-layer body that decided it (else 422 citing Art.8(2).1 and 8(2).3); "
            + "only while established, recognised or suspended. A major matter: the disclosure obligation arises with it. "
            + "decidedOn: the day it was decided (YYYY-MM-DD, default today; not after today nor before the PO was proposed, else 422 "
            + "citing Art.14); its disclosure falls due the policy's days after that day. " + "If-Match recommended.")
        .body(LegalRepresentativeRequest.class).example(Examples.LEGAL_REPRESENTATIVE).response(OrganizationView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          LegalRepresentativeRequest b = ex.body(LegalRepresentativeRequest.class);
          Fields f = ex.fields();
          return po(done(gov.as(ex.actor()).changeLegalRepresentative().handle(new ChangeLegalRepresentative.Command(orgId(ex), ex.ifMatch(),
              f.value("decidedBy", b.decidedBy(), BodyId::parse), f.value("person", b.person(), PersonId::parse), b.name(),
              f.day("decidedOn", b.decidedOn())))));
        }));
    return r;
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

  /**
   * The stages a list may be filtered by, as the pages name them, each with its code (review stop 26, item 6): 状态, and
   * DISSOLVED by both its labels, 已注销 for a PO once established and 已终止筹建 for one that never was.
   */
  static final Text STAGE_CHOICES = Text.of(
      String.join("、", java.util.Arrays.stream(LifecycleStage.values()).map(s -> (s == LifecycleStage.DISSOLVED
          ? s.label().zh() + "或" + LifecycleStage.FOUNDING_ABANDONED.zh() : s.label().zh()) + "（" + s.name() + "）").toList()),
      String.join(", ", java.util.Arrays.stream(LifecycleStage.values()).map(s -> s.name() + " (" + (s == LifecycleStage.DISSOLVED
          ? s.label().en() + " or " + LifecycleStage.FOUNDING_ABANDONED.en() : s.label().en()) + ")").toList()));

  private Reply listOrganizations(Exchange ex) {
    List<Violation> bad = new ArrayList<>();
    Optional<ClusterId> cluster = optional(ex.query("cluster"), s -> ClusterId.parse("cluster", s), bad);
    Optional<AuthorityId> authority = optional(ex.query("authority"), s -> AuthorityId.parse("authority", s), bad);
    Optional<OrganizationId> after = optional(ex.query("after"), s -> OrganizationId.parse("after", s), bad);
    Optional<RegionCode> jurisdiction = optional(ex.query("jurisdiction"), s -> RegionCode.parse("jurisdiction", s), bad);
    Optional<LifecycleStage> stage = Optional.empty();
    if (ex.query("stage") != null) {
      try {
        stage = Optional.of(LifecycleStage.valueOf(ex.query("stage")));
      } catch (IllegalArgumentException e) {
        bad.add(Violation.of("stage", "enum", "状态须为以下之一：" + STAGE_CHOICES.zh(), "stage must be one of: " + STAGE_CHOICES.en()));
      }
    }
    // decision 0632: DISSOLVED has two labels, 已注销 and 已终止筹建; each has its own filter, so each count links to its records
    Optional<Boolean> foundingEnded = Optional.empty();
    if (ex.query("foundingEnded") != null) {
      switch (ex.query("foundingEnded")) {
        case "true" -> foundingEnded = Optional.of(true);
        case "false" -> foundingEnded = Optional.of(false);
        default -> bad.add(Violation.of("foundingEnded", "boolean", "参数“是否已终止筹建”须为“true”或“false”", "foundingEnded must be true or false"));
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
    // decision 0510: an authority rolls up a region inside its own jurisdiction, never a neighbour's (403 citing Art.6)
    if (jurisdiction.isPresent() && ex.caller.role() == Caller.Role.AUTHORITY) {
      access.require(Op.LIST_ORGANIZATIONS, ex.caller, new Target(Optional.empty(), jurisdiction, Optional.empty(), Optional.empty()));
    }
    Optional<Set<AuthorityId>> within = jurisdiction.map(j -> queries.authoritiesIn(j).stream().map(Authority::id)
        .collect(java.util.stream.Collectors.toUnmodifiableSet()));
    // a page filtered to what the caller may read, filled from as many pages of the store as it takes (bounded)
    List<OrganizationView> items = new ArrayList<>();
    Optional<OrganizationId> cursor = after;
    boolean more = false;
    for (int round = 0; round < 200 && items.size() < limit; round++) {
      List<PromotionOrganization> page = queries.organizations(new OrganizationQuery(cluster, authority, stage, cursor, OrganizationQuery.MAX_LIMIT));
      for (PromotionOrganization o : page) {
        cursor = Optional.of(o.id());
        if (within.map(w -> w.contains(o.authority())).orElse(true) && foundingEnded.map(e -> o.foundingAbandoned() == e).orElse(true)
            && mayRead(ex.caller, o)) {
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

  private static Reply created(PromotionOrganization o) {
    return Reply.json(201, OrganizationView.of(o)).with("ETag", Etags.of(o.version())).with("Location", "/organizations/" + o.id().value());
  }

  private static AuthorityId acting(Exchange ex) {
    return new AuthorityId(ex.caller.id());
  }
}
