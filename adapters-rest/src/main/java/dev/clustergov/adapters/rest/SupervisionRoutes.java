package dev.clustergov.adapters.rest;

import static dev.clustergov.adapters.rest.Api.date;
import static dev.clustergov.adapters.rest.Api.done;
import static dev.clustergov.adapters.rest.Api.id;
import static dev.clustergov.adapters.rest.Api.orgId;
import static dev.clustergov.adapters.rest.Api.po;

import dev.clustergov.adapters.rest.Access.Target;
import dev.clustergov.adapters.rest.EstablishmentRoutes.ReasonRequest;
import dev.clustergov.adapters.rest.EvaluationViews.EvaluationList;
import dev.clustergov.adapters.rest.EvaluationViews.EvaluationView;
import dev.clustergov.adapters.rest.EvaluationViews.EvaluatorList;
import dev.clustergov.adapters.rest.EvaluationViews.EvaluatorView;
import dev.clustergov.adapters.rest.EvaluationViews.EngagementList;
import dev.clustergov.adapters.rest.EvaluationViews.EngagementView;
import dev.clustergov.adapters.rest.EvaluationViews.VerificationView;
import dev.clustergov.adapters.rest.Route.Param;
import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.adapters.rest.Route.Scope;
import dev.clustergov.adapters.rest.SupervisionViews.ActionList;
import dev.clustergov.adapters.rest.SupervisionViews.ActionView;
import dev.clustergov.adapters.rest.SupervisionViews.AwardList;
import dev.clustergov.adapters.rest.SupervisionViews.AwardView;
import dev.clustergov.adapters.rest.SupervisionViews.IncentiveView;
import dev.clustergov.adapters.rest.SupervisionViews.InspectionList;
import dev.clustergov.adapters.rest.SupervisionViews.InspectionView;
import dev.clustergov.adapters.rest.SupervisionViews.MeasureList;
import dev.clustergov.adapters.rest.SupervisionViews.MeasureView;
import dev.clustergov.adapters.rest.SupervisionViews.PolicyPackList;
import dev.clustergov.adapters.rest.SupervisionViews.SanctionList;
import dev.clustergov.adapters.rest.SupervisionViews.SanctionView;
import dev.clustergov.adapters.rest.SupervisionViews.WhatIfView;
import dev.clustergov.adapters.rest.Views.OrganizationView;
import dev.clustergov.adapters.rest.Views.PolicyPackView;
import dev.clustergov.adapters.rest.Views.PolicyView;
import dev.clustergov.core.application.supervision.AdoptSelfDisciplineMeasure;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.supervision.ComputeIncentive;
import dev.clustergov.core.application.supervision.DeclareEvaluatorTie;
import dev.clustergov.core.application.supervision.EndEngagement;
import dev.clustergov.core.application.supervision.EngageEvaluator;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.application.supervision.GrantIncentive;
import dev.clustergov.core.application.supervision.ImposeSanction;
import dev.clustergov.core.application.supervision.LiftSanction;
import dev.clustergov.core.application.supervision.OpenInspection;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.supervision.PublishPolicyPack;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.application.supervision.RecordEvaluation;
import dev.clustergov.core.application.supervision.RecordInspectionFinding;
import dev.clustergov.core.application.supervision.RectifyFinding;
import dev.clustergov.core.application.supervision.RegisterEvaluator;
import dev.clustergov.core.application.general.ReinstateOrganization;
import dev.clustergov.core.application.general.RevokeRecognition;
import dev.clustergov.core.application.supervision.RunWhatIf;
import dev.clustergov.core.application.general.SuspendOrganization;
import dev.clustergov.core.application.supervision.TakeDisciplinaryAction;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.guideline.Guideline;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.DisciplineKind;
import dev.clustergov.core.supervision.InspectionId;
import dev.clustergov.core.supervision.MeasureId;
import dev.clustergov.core.supervision.MeasureKind;
import dev.clustergov.core.supervision.SanctionId;
import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.incentive.IncentiveAward;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.policy.NationalBaseline;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.EvaluationId;
import dev.clustergov.core.supervision.EvaluatorId;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.Sanction;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The routes of Chapter 5 (监督, Art.24(1), Art.25–30), added to {@link Api}'s table as one block:
 * inspections with findings and rectification (Art.25–26); sanctions imposed and lifted, and the PO
 * suspended, reinstated or its recognition revoked (Art.29); self-discipline measures and disciplinary
 * actions (Art.24(1), Art.27); third-party evaluation — the evaluator registry, evaluations only by an
 * independent evaluator (422 citing Art.28 with every reason), their explanation and check (Art.28);
 * incentives (Art.29); and the policy packs, the policy in force for a cluster and what a draft would
 * change (Art.30). Only the PO's own supervising authority inspects, sanctions, suspends, revokes and
 * grants (Art.26; any other authority 403 before the body is read); the PO's secretariat keeps its
 * self-discipline. Refusals map as everywhere (400, 422 with citations, 404, 409 on a stale If-Match).
 * Its views are {@link SupervisionViews} and {@link EvaluationViews}.
 */
final class SupervisionRoutes {

  record InspectionRequest(@Schema.Required String subject, String on) {}

  record FindingRequest(@Schema.Required String clause, @Schema.Required String description, @Schema.Required String rectifyBy, String on) {}

  record RectificationRequest(String on, @Schema.Required String description, @Schema.Required String document) {}

  record SanctionRequest(@Schema.Required @Schema.OneOf(SanctionKind.class) String kind, @Schema.Required List<String> grounds, @Schema.Required String reason, String rectifyBy, String on) {}

  record LiftingRequest(String on, @Schema.Required String reason) {}

  record MeasureRequest(@Schema.Required @Schema.OneOf(MeasureKind.class) String kind, @Schema.Required String title, @Schema.Required String adoptedBy, String on) {}

  record ActionRequest(@Schema.Required String member, @Schema.Required String measure, @Schema.Required @Schema.OneOf(DisciplineKind.class) String kind, String on, @Schema.Required String reason) {}

  /** The registering authority is the caller; {@code affiliatedAuthority} when the evaluator is an authority's own unit. */
  record EvaluatorRequest(@Schema.Required String name, @Schema.Required String creditCode, String affiliatedAuthority, String registeredOn) {}

  /** A tie the calling evaluator declares to a PO: from a day, until a day or (null) still running. */
  record TieRequest(@Schema.Required String organization, @Schema.Required String nature, @Schema.Required String from, String until) {}

  /** The evaluator the PO's authority engages, from a day (default today) until a day, both included. */
  record EngagementRequest(@Schema.Required String evaluator, String from, @Schema.Required String until) {}

  /** The evaluator is the caller; {@code on} defaults to today. */
  record EvaluationRequest(String on) {}

  /** An engagement ended early by its commissioning authority: from {@code on} (default today), for a reason (decision 0475). */
  record EndingRequest(String on, @Schema.Required String reason) {}

    record GrantRequest(@Schema.Required String from, @Schema.Required String to) {}

  record WhatIfRequest(String jurisdiction, String on, String effectiveFrom, Integer version, String titleZh, String titleEn,
      Map<String, String> values) {}

  record PolicyPackRequest(@Schema.Required String effectiveFrom, @Schema.Required Integer version, @Schema.Required String titleZh, @Schema.Required String titleEn, Map<String, String> values) {}

  private static final Set<Integer> READ = Set.of(400, 401, 403, 404);
  private static final Set<Integer> WRITE = Set.of(400, 401, 403, 404, 409, 413, 415, 422);
  private static final Set<Integer> WRITE_PO = WRITE;
  private static final Set<Integer> WRITE_UNVERSIONED = Set.of(400, 401, 403, 404, 413, 415, 422);

  private final Clustergov gov;
  private final Queries queries;
  private final Ports ports;
  private final Access access;

  SupervisionRoutes(Clustergov gov, Queries queries, Ports ports, Access access) {
    this.gov = gov;
    this.queries = queries;
    this.ports = ports;
    this.access = access;
  }

  List<Route> routes() {
    List<Route> r = new ArrayList<>();
    String po = "/organizations/{id}";
    String inspection = po + "/inspections/{inspectionId}";
    // --- Art.25–26 inspections -----------------------------------------------------------------------------------------
    r.add(Route.get(Op.LIST_INSPECTIONS, po + "/inspections").tag("supervision")
        .summary("The PO's inspections (监督检查, Art.25)")
        .response(InspectionList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(new InspectionList(done(queries.inspections(orgId(ex))).stream().map(InspectionView::of).toList()))));
    r.add(Route.post(Op.OPEN_INSPECTION, po + "/inspections").tag("supervision")
        .summary("Open an inspection (开展监督检查, Art.25–26)")
        .description("Only the PO's own supervising authority (谁主管、谁负责, Art.26).")
        .body(InspectionRequest.class).example(Examples.INSPECTION).created(InspectionView.class).problems(WRITE_UNVERSIONED).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          InspectionRequest b = ex.body(InspectionRequest.class);
          Fields f = ex.fields();
          return inspection(done(gov.as(ex.actor()).openInspection().handle(new OpenInspection.Command(orgId(ex), acting(ex), b.subject(),
              f.day("on", b.on())))), 201);
        }));
    r.add(Route.post(Op.RECORD_INSPECTION_FINDING, inspection + "/findings").tag("supervision")
        .summary("Note a finding with its rectification deadline (Art.25)")
        .description("clause: a clause of the guideline (Art.9, 第九条 …); rectifyBy required. If-Match: the inspection's version.")
        .body(FindingRequest.class).example(Examples.FINDING).created(InspectionView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          FindingRequest b = ex.body(FindingRequest.class);
          Fields f = ex.fields();
          return inspection(done(gov.as(ex.actor()).recordInspectionFinding().handle(new RecordInspectionFinding.Command(orgId(ex),
              f.value("inspection", ex.path("inspectionId"), InspectionId::parse), ex.ifMatch(), acting(ex),
              f.value("clause", b.clause(), Guideline::citation), b.description(), f.day("rectifyBy", b.rectifyBy()), f.day("on", b.on())))),
              201);
        }));
    r.add(Route.post(Op.RECTIFY_FINDING, inspection + "/findings/{n}/rectification").tag("supervision")
        .summary("Close a finding by evidence of rectification (整改, Art.25)")
        .description("Dated not before the finding nor after today; a rectified finding is not rectified again (422). If-Match: the inspection's version.")
        .body(RectificationRequest.class).example(Examples.RECTIFICATION, "n", "1").created(InspectionView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          int n = findingNumber(ex);
          RectificationRequest b = ex.body(RectificationRequest.class);
          Fields f = ex.fields();
          return inspection(done(gov.as(ex.actor()).rectifyFinding().handle(new RectifyFinding.Command(orgId(ex),
              f.value("inspection", ex.path("inspectionId"), InspectionId::parse), n, ex.ifMatch(), acting(ex), f.day("on", b.on()),
              b.description(), b.document()))), 201);
        }));
    // --- Art.29 sanctions, and the PO suspended, reinstated or revoked ---------------------------------------------------
    r.add(Route.get(Op.LIST_SANCTIONS, po + "/sanctions").tag("supervision")
        .summary("Sanctions on the PO, lifted or in force (Art.29)")
        .response(SanctionList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          var today = ports.clock().today();
          return Reply.ok(new SanctionList(done(queries.sanctions(orgId(ex))).stream().map(s -> SanctionView.of(s, today)).toList()));
        }));
    r.add(Route.post(Op.IMPOSE_SANCTION, po + "/sanctions").tag("supervision")
        .summary("Impose a sanction (依法依规予以处理, Art.29)")
        .description("kind: WARNING, RECTIFICATION_ORDER (rectifyBy required), SUSPENSION (suspends the PO) or REVOCATION (revokes its "
            + "recognition); grounds: the clauses broken. If-Match: the PO's version (optional).")
        .body(SanctionRequest.class).example(Examples.SANCTION).created(SanctionView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          SanctionRequest b = ex.body(SanctionRequest.class);
          Fields f = ex.fields();
          return sanction(done(gov.as(ex.actor()).imposeSanction().handle(new ImposeSanction.Command(orgId(ex), ex.ifMatch(), acting(ex),
              f.choice("kind", SanctionKind.class, b.kind()), f.each("grounds", b.grounds(), (path, g) -> f.value(path, g, Guideline::citation)),
              b.reason(), f.day("rectifyBy", b.rectifyBy()), f.day("on", b.on())))), 201);
        }));
    r.add(Route.post(Op.LIFT_SANCTION, po + "/sanctions/{sanctionId}/lifting").tag("supervision")
        .summary("Lift a sanction (解除, Art.29)")
        .description("Lifting the last suspension sanction reinstates the PO when every rule of a recognised PO holds (else 422). "
            + "A revocation is final. If-Match: the sanction's version.")
        .body(LiftingRequest.class).example(Examples.LIFTING).created(SanctionView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          LiftingRequest b = ex.body(LiftingRequest.class);
          Fields f = ex.fields();
          return sanction(done(gov.as(ex.actor()).liftSanction().handle(new LiftSanction.Command(orgId(ex),
              f.value("sanction", ex.path("sanctionId"), SanctionId::parse), ex.ifMatch(), acting(ex), f.day("on", b.on()), b.reason()))), 201);
        }));
    r.add(Route.post(Op.SUSPEND, "/organizations/{id}/suspension").tag("lifecycle")
        .summary("Suspend the PO (暂停, Art.29)")
        .body(ReasonRequest.class).example(Examples.SUSPENSION).response(OrganizationView.class).problems(WRITE_PO).scope(Scope.ORGANIZATION)
        .handler(ex -> po(done(gov.as(ex.actor()).suspendOrganization()
            .handle(new SuspendOrganization.Command(orgId(ex), ex.ifMatch(), acting(ex), ex.body(ReasonRequest.class).reason()))))));
    r.add(Route.post(Op.REINSTATE, "/organizations/{id}/reinstatement").tag("lifecycle")
        .summary("Reinstate a suspended PO (恢复认定)")
        .body(ReasonRequest.class).example(Examples.REINSTATEMENT).response(OrganizationView.class).problems(WRITE_PO).scope(Scope.ORGANIZATION)
        .handler(ex -> po(done(gov.as(ex.actor()).reinstateOrganization()
            .handle(new ReinstateOrganization.Command(orgId(ex), ex.ifMatch(), acting(ex), ex.body(ReasonRequest.class).reason()))))));
    r.add(Route.post(Op.REVOKE, "/organizations/{id}/revocation").tag("lifecycle")
        .summary("Revoke recognition (撤销认定, Art.29); final")
        .body(ReasonRequest.class).example(Examples.REVOCATION).response(OrganizationView.class).problems(WRITE_PO).scope(Scope.ORGANIZATION)
        .handler(ex -> po(done(gov.as(ex.actor()).revokeRecognition()
            .handle(new RevokeRecognition.Command(orgId(ex), ex.ifMatch(), acting(ex), ex.body(ReasonRequest.class).reason()))))));
    // --- Art.24(1), Art.27 self-discipline ------------------------------------------------------------------------------
    r.add(Route.get(Op.LIST_SELF_DISCIPLINE_MEASURES, po + "/self-discipline/measures").tag("supervision")
        .summary("The PO's self-discipline measures (自律措施, Art.24(1), Art.27)")
        .response(MeasureList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(new MeasureList(done(queries.selfDisciplineMeasures(orgId(ex))).stream().map(MeasureView::of).toList()))));
    r.add(Route.post(Op.ADOPT_SELF_DISCIPLINE_MEASURE, po + "/self-discipline/measures").tag("supervision")
        .summary("Adopt a self-discipline measure (Art.24(1), Art.27)")
        .description("kind: CONVENTION, CODE_OF_CONDUCT, DISCIPLINARY_RULES or OTHER; adoptedBy: a body of the decision layer.")
        .body(MeasureRequest.class).example(Examples.MEASURE).created(MeasureView.class).problems(WRITE_UNVERSIONED).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          MeasureRequest b = ex.body(MeasureRequest.class);
          Fields f = ex.fields();
          var m = done(gov.as(ex.actor()).adoptSelfDisciplineMeasure().handle(new AdoptSelfDisciplineMeasure.Command(orgId(ex),
              f.choice("kind", MeasureKind.class, b.kind()), b.title(), f.value("adoptedBy", b.adoptedBy(), BodyId::parse), f.day("on", b.on()))));
          return Reply.json(201, MeasureView.of(m)).with("ETag", Etags.of(m.version()))
              .with("Location", "/organizations/" + m.organization().value() + "/self-discipline/measures");
        }));
    r.add(Route.get(Op.LIST_DISCIPLINARY_ACTIONS, po + "/self-discipline/actions").tag("supervision")
        .summary("The PO's disciplinary actions on member units (Art.27)")
        .response(ActionList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(new ActionList(done(queries.disciplinaryActions(orgId(ex))).stream().map(ActionView::of).toList()))));
    r.add(Route.post(Op.TAKE_DISCIPLINARY_ACTION, po + "/self-discipline/actions").tag("supervision")
        .summary("Take a disciplinary action on a member unit (自律惩戒, Art.27)")
        .description("Under a measure of the PO in force that day (else 422, Art.27). kind: REMINDER, CRITICISM, PUBLIC_CENSURE or EXPULSION.")
        .body(ActionRequest.class).example(Examples.ACTION).created(ActionView.class).problems(WRITE_UNVERSIONED).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          ActionRequest b = ex.body(ActionRequest.class);
          Fields f = ex.fields();
          var a = done(gov.as(ex.actor()).takeDisciplinaryAction().handle(new TakeDisciplinaryAction.Command(orgId(ex),
              f.value("member", b.member(), MembershipId::parse), f.value("measure", b.measure(), MeasureId::parse),
              f.choice("kind", DisciplineKind.class, b.kind()), f.day("on", b.on()), b.reason())));
          return Reply.json(201, ActionView.of(a)).with("ETag", Etags.of(a.version()))
              .with("Location", "/organizations/" + a.organization().value() + "/self-discipline/actions");
        }));
    // --- Art.28 third-party evaluation ------------------------------------------------------------------------------------
    r.add(Route.get(Op.LIST_EVALUATORS, "/evaluators").tag("evaluation")
        .summary("The registry of third-party evaluators (第三方评价机构, Art.28)")
        .description("Any authenticated caller.")
        .response(EvaluatorList.class).problems(401)
        .handler(ex -> Reply.ok(new EvaluatorList(queries.evaluators().stream().map(EvaluatorView::of).toList()))));
    r.add(Route.post(Op.REGISTER_EVALUATOR, "/evaluators").tag("evaluation")
        .summary("Register a third-party evaluator (Art.28)")
        .description("By an authority, which is recorded as the registering one. A unified social credit code is registered once (422 "
            + "A28-evaluator-once). affiliatedAuthority names the authority whose own unit the evaluator is: it may then never "
            + "evaluate the POs that authority supervises.")
        .body(EvaluatorRequest.class).example(Examples.EVALUATOR).created(EvaluatorView.class).problems(400, 401, 403, 404, 413, 415, 422)
        .handler(ex -> {
          EvaluatorRequest b = ex.body(EvaluatorRequest.class);
          Fields f = ex.fields();
          var e = done(gov.as(ex.actor()).registerEvaluator().handle(new RegisterEvaluator.Command(
              f.value("registeredBy", ex.caller.id(), AuthorityId::parse), b.name(), f.value("creditCode", b.creditCode(), CreditCode::parse),
              f.value("affiliatedAuthority", b.affiliatedAuthority(), AuthorityId::parse), f.day("on", b.registeredOn()))));
          return Reply.json(201, EvaluatorView.of(e)).with("Location", "/evaluators/" + e.id().value()).with("ETag", Etags.of(e.version()));
        }));
    r.add(Route.post(Op.DECLARE_EVALUATOR_TIE, "/evaluators/{evaluatorId}/ties").tag("evaluation")
        .summary("Declare an interest in a PO (申报利害关系, Art.28)")
        .description("By the evaluator itself (403 for another's): consulting for a PO and the like, which bars it from evaluating that PO "
            + "while the tie runs and for evaluation.coolingOffMonths after. If-Match recommended.")
        .body(TieRequest.class).example(Examples.TIE).created(EvaluatorView.class).problems(400, 401, 403, 404, 409, 413, 415, 422)
        .handler(ex -> {
          EvaluatorId evaluator = id("evaluatorId", ex.path("evaluatorId"), EvaluatorId::parse);
          if (!evaluator.value().equals(ex.caller.id())) {
            throw ApiError.forbidden(Text.of("第三方评价机构只能申报本机构的利害关系", "A third-party evaluator declares its own interests only"));
          }
          TieRequest b = ex.body(TieRequest.class);
          Fields f = ex.fields();
          var e = done(gov.as(ex.actor()).declareEvaluatorTie().handle(new DeclareEvaluatorTie.Command(evaluator,
              ex.ifMatch(), f.value("organization", b.organization(), OrganizationId::parse), b.nature(), f.day("from", b.from()),
              f.day("until", b.until()))));
          return Reply.json(201, EvaluatorView.of(e)).with("ETag", Etags.of(e.version()));
        }));
    r.add(Route.post(Op.ENGAGE_EVALUATOR, po + "/evaluator-engagements").tag("evaluation")
        .summary("Engage a third-party evaluator for the PO (委托第三方评价, Art.28)")
        .description("Only the PO's own supervising authority (Art.26). From `from` (default today) until `until`, both included; while "
            + "it runs the evaluator reads this PO and may record its evaluation, before and after it may do neither. 422 citing "
            + "Art.28 when the period ends before it begins or before today, 422 citing Art.6 for a PO revoked or dissolved; 404 "
            + "for an evaluator not registered.")
        .body(EngagementRequest.class).example(Examples.ENGAGEMENT).created(EngagementView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          EngagementRequest b = ex.body(EngagementRequest.class);
          Fields f = ex.fields();
          Evaluator e = done(gov.as(ex.actor()).engageEvaluator().handle(new EngageEvaluator.Command(
              f.value("evaluator", b.evaluator(), EvaluatorId::parse), orgId(ex), java.util.OptionalLong.empty(), f.day("from", b.from()),
              f.day("until", b.until()))));
          int number = e.engagements().size();
          return Reply.json(201, EngagementView.of(e, number, ports.clock().today())).with("ETag", Etags.of(e.version()))
              .with("Location", "/evaluator-engagements?organization=" + orgId(ex).value());
        }));
    r.add(Route.get(Op.LIST_ENGAGEMENTS, "/evaluator-engagements").tag("evaluation")
        .summary("Evaluators' engagements: for which PO, by whom, over which period, where each stands (委托第三方评价, Art.28)")
        .description("A filter (decision 0475): an authority lists the engagements of the POs in its jurisdiction and those it "
            + "commissioned; an evaluator its own, ended and expired ones included; a PO's secretariat those for its own PO, so that "
            + "it knows who may read its books (Art.28). Each with its number (from 1 among the evaluator's engagements), status "
            + "today (UPCOMING, RUNNING, EXPIRED, ENDED) and, when ended early, the day, the authority and the reason. `organization` "
            + "keeps one PO's, `status` one status; ordered by evaluator and number.")
        .params(List.of(new Param("organization", "string", "only this PO's engagements"),
            new Param("status", "string", "only engagements with this status today", dev.clustergov.core.supervision.EvaluatorEngagement.Status.class)))
        .response(EngagementList.class).problems(400, 401, 403).scope(Scope.FILTER)
        .handler(this::listEngagements));
    r.add(Route.post(Op.END_ENGAGEMENT, po + "/evaluator-engagements/{evaluatorId}/{number}/ending").tag("evaluation")
        .summary("End an evaluator's engagement early (终止委托, Art.28)")
        .description("Only the authority that engaged the evaluator — the PO's own supervising authority (Art.26; another is 403 before "
            + "the body is read, and the core checks the commissioning authority itself, 422 A28-ended-by-commissioning-authority). "
            + "From `on` (default today; not before today nor after the engagement's last day, 422 A28-engagement-ending-day) the "
            + "engagement grants nothing: the evaluator reads the PO no more and records no evaluation of it. `reason` is required and "
            + "recorded with the day in the event EvaluatorEngagementEnded. An engagement ended already is 422 "
            + "A28-engagement-ended-once; an evaluator, a number or an engagement for another PO that is not there is 404. "
            + "If-Match: the evaluator's version.")
        .body(EndingRequest.class).example(Examples.ENGAGEMENT_ENDING, "evaluatorId", "evaluator-000001", "number", "1").response(EngagementView.class)
        .problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          EvaluatorId evaluator = id("evaluatorId", ex.path("evaluatorId"), EvaluatorId::parse);
          int number = (int) Api.longValue("number", ex.path("number"), 1, Integer.MAX_VALUE);
          EndingRequest b = ex.body(EndingRequest.class);
          Fields f = ex.fields();
          var ended = gov.as(ex.actor()).endEngagement().handle(new EndEngagement.Command(evaluator, number, orgId(ex),
              ex.ifMatch(), f.day("on", b.on()), b.reason()));
          // an engagement that is not there — not the evaluator's, not this PO's — was never made under Art.28: say so
          if (ended.isLeft() && ended.getLeft() instanceof dev.clustergov.core.application.Refusal.NotFound n && n.kind().equals("engagement")) {
            throw ApiError.notFound(n.kind(), n.id(), List.of(dev.clustergov.core.guideline.Citation.article(28)));
          }
          Evaluator e = done(ended);
          return Reply.ok(EngagementView.of(e, number, ports.clock().today())).with("ETag", Etags.of(e.version()));
        }));
    r.add(Route.get(Op.LIST_EVALUATIONS, po + "/evaluations").tag("evaluation")
        .summary("The PO's third-party evaluations, oldest first (Art.28)")
        .description("Totals, ratings, scores, hashes and policy versions; the explanation is on each evaluation's own resource.")
        .response(EvaluationList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(new EvaluationList(done(queries.evaluations(orgId(ex))).stream().map(EvaluationView::summary).toList()))));
    r.add(Route.post(Op.RECORD_EVALUATION, po + "/evaluations").tag("evaluation")
        .summary("Record a third-party evaluation (第三方评价, Art.28)")
        .description("Only an evaluator, which the token names, engaged for the PO by its supervising authority in an engagement that "
            + "runs today (403 otherwise, citing Art.28); the engine scores the year ending on `on` (default today) under the policy in "
            + "force then and rates gold, silver, bronze or none. 422 citing Art.28 with every reason when the evaluator is not "
            + "independent (the PO itself, a founder, a member unit, the authority's own unit, a tie within the cooling-off period), "
            + "the PO is not recognised, the day is in the future, or no engagement covers the day (A28-engaged-evaluator). 403 when the "
            + "token's evaluator is not registered.")
        .optionalBody(EvaluationRequest.class).example(Examples.EVALUATION).created(EvaluationView.class).problems(400, 401, 403, 404, 413, 415, 422).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          // an evaluator that is not registered, or not engaged for this PO today, was refused before (403, Art.28)
          EvaluationRequest b = ex.body(EvaluationRequest.class);
          Fields f = ex.fields();
          Evaluation e = done(gov.as(ex.actor()).recordEvaluation().handle(new RecordEvaluation.Command(
              f.value("evaluator", ex.caller.id(), EvaluatorId::parse), orgId(ex), b == null ? null : f.day("on", b.on()))));
          return Reply.json(201, EvaluationView.full(e, lang(ex)))
              .with("Location", "/organizations/" + e.organization().value() + "/evaluations/" + e.id().value());
        }));
    List<Param> lang = List.of(new Param("lang", "string", "zh or en; default from Accept-Language", List.of("zh", "en")));
    r.add(Route.get(Op.GET_EVALUATION, po + "/evaluations/{evaluationId}").tag("evaluation")
        .summary("One evaluation with its explanation: verdict → dimension → indicator → rule → evidence, each with its clauses")
        .description("`trace` is the tree, `explanation` the same as indented text, in the language asked for.")
        .params(lang)
        .response(EvaluationView.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(EvaluationView.full(done(queries.evaluation(orgId(ex), evaluationId(ex))), lang(ex)))));
    r.add(Route.get(Op.VERIFY_EVALUATION, po + "/evaluations/{evaluationId}/verification").tag("evaluation")
        .summary("Check an evaluation against the records (复核, Art.28)")
        .description("Compares the records with the dossier kept when the evaluation was recorded (decision 0505): `verified`, or not "
            + "with the `differences` (part, record, CHANGED / MISSING / UNRECORDED) and `differingParts`; records changed by "
            + "events entered after the evaluation (`changedAfter`) and records dated on or before its day but entered after it "
            + "(`backDated`, a late filing) are listed and leave it verified. Recomputes under the pack versions it recorded and "
            + "says whether the hash, rating, total and policy versions match. An evaluation recorded before dossiers were kept "
            + "is `form` BY_DATES: recomputed from the records dated on or before its day.")
        .response(VerificationView.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(VerificationView.of(done(gov.as(ex.actor()).verifyEvaluation().handle(orgId(ex), evaluationId(ex)))))));
    // --- Art.29 incentives -------------------------------------------------------------------------------------------------
    r.add(Route.get(Op.LIST_INCENTIVE_AWARDS, po + "/incentive-awards").tag("supervision")
        .summary("The PO's incentive awards (激励奖励, Art.29)")
        .description("By the start of the period; each with its metrics, formula, caps, amount and policy versions.")
        .response(AwardList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(new AwardList(done(queries.incentiveAwards(orgId(ex))).stream().map(a -> AwardView.of(a, ex.lang)).toList()))));
    r.add(Route.post(Op.GRANT_INCENTIVE, po + "/incentive-awards").tag("supervision")
        .summary("Grant the incentive for a period (给予奖励, Art.29)")
        .description("Only the PO's own supervising authority (Art.26). The period must have ended and overlap no earlier award; a PO failing a "
            + "gate of the policy (recognised, five layers, functions active, a current rating, no blocking sanction) is refused "
            + "with every reason (422, citing Art.29).")
        .body(GrantRequest.class).example(Examples.GRANT).created(AwardView.class).problems(400, 401, 403, 404, 413, 415, 422).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          GrantRequest b = ex.body(GrantRequest.class);
          Fields f = ex.fields();
          IncentiveAward a = done(gov.as(ex.actor()).grantIncentive().handle(new GrantIncentive.Command(new AuthorityId(ex.caller.id()), orgId(ex),
              f.day("from", b.from()), f.day("to", b.to()))));
          return Reply.json(201, AwardView.of(a, ex.lang)).with("Location", "/organizations/" + a.organization().value()
              + "/incentive-awards/" + a.id().value()).with("ETag", Etags.of(a.version()));
        }));
    r.add(Route.get(Op.COMPUTE_INCENTIVE, po + "/incentive").tag("supervision")
        .summary("What the PO would receive for a period, with the explanation (激励测算, Art.29)")
        .description("Nothing is granted. Every gate with its evidence, each metric's formula and amount, the cap, and the trace verdict → gate/metric "
            + "→ evidence → clause in Chinese and English.")
        .params(List.of(new Param("from", "date", "first day of the period"), new Param("to", "date", "last day of the period")))
        .response(IncentiveView.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(IncentiveView.of(done(gov.as(ex.actor()).computeIncentive().handle(new ComputeIncentive.Query(orgId(ex),
            ex.fields().day("from", ex.query("from")), ex.fields().day("to", ex.query("to"))))), ex.lang))));
    // --- Art.30 policy packs, the policy in force, what-ifs ----------------------------------------------------------------
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
          List<PolicyPack> packs = new ArrayList<>();
          packs.add(NationalBaseline.pack());
          packs.addAll(queries.policyPacks());
          Optional<RegionCode> filter = only;
          List<PolicyPackView> all = packs.stream().filter(p -> filter.map(p.jurisdiction()::equals).orElse(true))
              .sorted(filter.isPresent() ? PolicyPack.BY_RECENCY : (a, b) -> 0)
              .map(p -> PolicyPackView.of(p, ex.lang)).toList();
          return Reply.ok(new PolicyPackList(all));
        }));
    r.add(Route.post(Op.PUBLISH_POLICY_PACK, "/policy-packs").tag("policy")
        .summary("Publish a local policy pack (Art.30)")
        .description("For the calling authority's own jurisdiction. A second pack with the same version is a conflict (409).")
        .body(PolicyPackRequest.class).example(Examples.POLICY_PACK).created(PolicyPackView.class).problems(400, 401, 403, 404, 409, 413, 415, 422)
        .handler(ex -> {
          PolicyPackRequest p = ex.body(PolicyPackRequest.class);
          Fields f = ex.fields();
          var pack = done(gov.as(ex.actor()).publishPolicyPack().handle(new PublishPolicyPack.Command(new AuthorityId(ex.caller.id()),
              f.day("effectiveFrom", p.effectiveFrom()), p.version(), p.titleZh(), p.titleEn(), p.values())));
          return Reply.json(201, PolicyPackView.of(pack, ex.lang));
        }));
    r.add(Route.post(Op.WHAT_IF, "/policy-packs/what-if").tag("policy")
        .summary("What a draft pack would change (政策模拟, Art.30)")
        .description("Every operating PO of a cluster in the jurisdiction (default: the caller's own), evaluated, assessed and rewarded under the "
            + "pack in force on the day (default today) and under the draft laid over the same chain; the POs whose rating, incentive "
            + "or findings change, and a summary. Only an authority whose jurisdiction covers the region. Nothing is published.")
        .body(WhatIfRequest.class).example(Examples.WHAT_IF).response(WhatIfView.class).problems(400, 401, 403, 404, 413, 415, 422).scope(Scope.BODY)
        .handler(ex -> {
          WhatIfRequest b = ex.body(WhatIfRequest.class);
          Fields f = ex.fields();
          RegionCode region = f.value("jurisdiction", b.jurisdiction(), RegionCode::parse);
          if (region != null) {
            access.require(Op.WHAT_IF, ex.caller, new Target(Optional.empty(), Optional.of(region), Optional.empty(), Optional.empty()));
          }
          return Reply.ok(WhatIfView.of(done(gov.as(ex.actor()).runWhatIf().handle(new RunWhatIf.Command(new AuthorityId(ex.caller.id()),
              region, f.day("on", b.on()), f.day("effectiveFrom", b.effectiveFrom()), b.version(), b.titleZh(), b.titleEn(), b.values()))),
              ex.lang));
        }));
    return r;
  }

  private static AuthorityId acting(Exchange ex) {
    return new AuthorityId(ex.caller.id());
  }

  private static int findingNumber(Exchange ex) {
    String raw = ex.path("n");
    if (raw == null || !raw.matches("[1-9][0-9]{0,5}")) {
      throw ApiError.malformed(List.of(Violation.of("n", "not-a-number", "问题编号须为正整数", "the finding number is a positive whole number")));
    }
    return Integer.parseInt(raw);
  }

  private static Reply inspection(Inspection i, int status) {
    return Reply.json(status, InspectionView.of(i)).with("ETag", Etags.of(i.version()))
        .with("Location", "/organizations/" + i.organization().value() + "/inspections");
  }

  private Reply sanction(Sanction s, int status) {
    return Reply.json(status, SanctionView.of(s, ports.clock().today())).with("ETag", Etags.of(s.version()))
        .with("Location", "/organizations/" + s.organization().value() + "/sanctions");
  }

  private static EvaluationId evaluationId(Exchange ex) {
    return id("evaluationId", ex.path("evaluationId"), EvaluationId::parse);
  }

  /** {@code ?lang=zh|en} over Accept-Language. */
  static Language lang(Exchange ex) {
    String q = ex.query("lang");
    if (q == null || q.isBlank()) {
      return ex.lang;
    }
    return switch (q.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "zh" -> Language.ZH;
      case "en" -> Language.EN;
      default -> throw ApiError.malformed(List.of(Violation.of("lang", "enum", "语言须为 zh 或 en", "lang must be zh or en")));
    };
  }

  /** The engagements the caller may read (decision 0475), one PO's or one status's when asked. */
  private Reply listEngagements(Exchange ex) {
    Optional<OrganizationId> only = ex.query("organization") == null ? Optional.empty()
        : Optional.of(id("organization", ex.query("organization"), OrganizationId::parse));
    Optional<dev.clustergov.core.supervision.EvaluatorEngagement.Status> status = Optional.empty();
    if (ex.query("status") != null) {
      try {
        status = Optional.of(dev.clustergov.core.supervision.EvaluatorEngagement.Status.valueOf(ex.query("status")));
      } catch (IllegalArgumentException e) {
        throw ApiError.malformed(List.of(Violation.of("status", "enum", "状态须为“UPCOMING”“RUNNING”“EXPIRED”或“ENDED”",
            "status must be UPCOMING, RUNNING, EXPIRED or ENDED")));
      }
    }
    LocalDate today = ports.clock().today();
    Map<OrganizationId, Optional<Target>> targets = new java.util.HashMap<>();
    List<EngagementView> items = new ArrayList<>();
    for (Evaluator e : queries.evaluators()) {
      for (int i = 0; i < e.engagements().size(); i++) {
        var g = e.engagements().get(i);
        if (only.isPresent() && !only.get().equals(g.organization()) || status.isPresent() && g.status(today) != status.get()) {
          continue;
        }
        if (mayReadEngagement(ex.caller, e, g, targets.computeIfAbsent(g.organization(), this::target))) {
          items.add(EngagementView.of(e, i + 1, today));
        }
      }
    }
    return Reply.ok(new EngagementList(items));
  }

  /**
   * Whether {@code caller} may read an engagement: an evaluator its own; an authority one it commissioned or of a PO in its
   * jurisdiction; a secretariat one for its own PO (the row of LIST_ENGAGEMENTS).
   */
  private boolean mayReadEngagement(Caller caller, Evaluator e, dev.clustergov.core.supervision.EvaluatorEngagement g,
      Optional<Target> target) {
    if (Access.condition(Op.LIST_ENGAGEMENTS, caller.role()).isEmpty()) {
      return false;
    }
    return switch (caller.role()) {
      case EVALUATOR -> e.id().value().equals(caller.id());
      case AUTHORITY -> g.engagedBy().value().equals(caller.id())
          || target.map(t -> access.allows(Op.LIST_ENGAGEMENTS, caller, t)).orElse(false);
      default -> target.map(t -> access.allows(Op.LIST_ENGAGEMENTS, caller, t)).orElse(false);
    };
  }

  /** A PO as an access target: its id, its cluster's region, its supervising authority; empty when it is not found. */
  private Optional<Target> target(OrganizationId po) {
    return ports.organizations().find(po).map(o -> new Target(Optional.of(po.value()),
        ports.clusters().find(o.cluster()).map(dev.clustergov.core.cluster.Cluster::region), Optional.of(o.authority().value()),
        Optional.empty()));
  }
}
