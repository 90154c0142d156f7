package dev.clustergov.adapters.rest;

import static dev.clustergov.adapters.rest.Api.done;
import static dev.clustergov.adapters.rest.Api.orgId;

import dev.clustergov.adapters.rest.Route.Param;
import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.adapters.rest.Route.Scope;
import dev.clustergov.adapters.rest.SupervisionViews.ActionList;
import dev.clustergov.adapters.rest.SupervisionViews.ActionView;
import dev.clustergov.adapters.rest.SupervisionViews.InspectionList;
import dev.clustergov.adapters.rest.SupervisionViews.InspectionView;
import dev.clustergov.adapters.rest.SupervisionViews.MeasureList;
import dev.clustergov.adapters.rest.SupervisionViews.MeasureView;
import dev.clustergov.adapters.rest.SupervisionViews.SanctionList;
import dev.clustergov.adapters.rest.SupervisionViews.SanctionView;
import dev.clustergov.core.application.AdoptSelfDisciplineMeasure;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.ImposeSanction;
import dev.clustergov.core.application.LiftSanction;
import dev.clustergov.core.application.OpenInspection;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.application.RecordInspectionFinding;
import dev.clustergov.core.application.RectifyFinding;
import dev.clustergov.core.application.TakeDisciplinaryAction;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.Sanction;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The routes of supervision (监督, Art.24(1), Art.25–27, Art.29), added to {@link Api}'s table as one
 * block: inspections with findings and rectification, sanctions imposed and lifted, self-discipline
 * measures and disciplinary actions. Only the PO's own supervising authority inspects and sanctions
 * (Art.26; any other authority 403 before the body is read); the PO's secretariat keeps its
 * self-discipline. Refusals map as everywhere (400, 422 with citations, 404, 409 on a stale If-Match).
 */
final class SupervisionRoutes {

  record InspectionRequest(String subject, String on) {}

  record FindingRequest(String clause, String description, String rectifyBy, String on) {}

  record RectificationRequest(String on, String description, String document) {}

  record SanctionRequest(String kind, List<String> grounds, String reason, String rectifyBy, String on) {}

  record LiftingRequest(String on, String reason) {}

  record MeasureRequest(String kind, String title, String adoptedBy, String on) {}

  record ActionRequest(String member, String measure, String kind, String on, String reason) {}

  private static final Set<Integer> READ = Set.of(400, 401, 403, 404);
  private static final Set<Integer> WRITE = Set.of(400, 401, 403, 404, 409, 413, 415, 422);
  private static final Set<Integer> WRITE_UNVERSIONED = Set.of(400, 401, 403, 404, 413, 415, 422);

  private final Clustergov gov;
  private final Queries queries;
  private final Ports ports;

  SupervisionRoutes(Clustergov gov, Queries queries, Ports ports) {
    this.gov = gov;
    this.queries = queries;
    this.ports = ports;
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
        .body(InspectionRequest.class).created(InspectionView.class).problems(WRITE_UNVERSIONED).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          InspectionRequest b = ex.body(InspectionRequest.class);
          return inspection(done(gov.as(ex.actor()).openInspection().handle(new OpenInspection.Command(orgId(ex), acting(ex), b.subject(), b.on()))), 201);
        }));
    r.add(Route.post(Op.RECORD_INSPECTION_FINDING, inspection + "/findings").tag("supervision")
        .summary("Note a finding with its rectification deadline (Art.25)")
        .description("clause: a clause of the guideline (Art.9, 第九条 …); rectifyBy required. If-Match: the inspection's version.")
        .body(FindingRequest.class).created(InspectionView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          FindingRequest b = ex.body(FindingRequest.class);
          return inspection(done(gov.as(ex.actor()).recordInspectionFinding().handle(new RecordInspectionFinding.Command(orgId(ex),
              ex.path("inspectionId"), ex.ifMatch(), acting(ex), b.clause(), b.description(), b.rectifyBy(), b.on()))), 201);
        }));
    r.add(Route.post(Op.RECTIFY_FINDING, inspection + "/findings/{n}/rectification").tag("supervision")
        .summary("Close a finding by evidence of rectification (整改, Art.25)")
        .description("Dated not before the finding nor after today; a rectified finding is not rectified again (422). If-Match: the inspection's version.")
        .body(RectificationRequest.class).created(InspectionView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          int n = findingNumber(ex);
          RectificationRequest b = ex.body(RectificationRequest.class);
          return inspection(done(gov.as(ex.actor()).rectifyFinding().handle(new RectifyFinding.Command(orgId(ex), ex.path("inspectionId"), n,
              ex.ifMatch(), acting(ex), b.on(), b.description(), b.document()))), 201);
        }));
    // --- Art.29 sanctions ----------------------------------------------------------------------------------------------
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
        .body(SanctionRequest.class).created(SanctionView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          SanctionRequest b = ex.body(SanctionRequest.class);
          return sanction(done(gov.as(ex.actor()).imposeSanction().handle(new ImposeSanction.Command(orgId(ex), ex.ifMatch(), acting(ex), b.kind(),
              b.grounds(), b.reason(), b.rectifyBy(), b.on()))), 201);
        }));
    r.add(Route.post(Op.LIFT_SANCTION, po + "/sanctions/{sanctionId}/lifting").tag("supervision")
        .summary("Lift a sanction (解除, Art.29)")
        .description("Lifting the last suspension sanction reinstates the PO when every rule of a recognised PO holds (else 422). "
            + "A revocation is final. If-Match: the sanction's version.")
        .body(LiftingRequest.class).created(SanctionView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          LiftingRequest b = ex.body(LiftingRequest.class);
          return sanction(done(gov.as(ex.actor()).liftSanction().handle(new LiftSanction.Command(orgId(ex), ex.path("sanctionId"), ex.ifMatch(),
              acting(ex), b.on(), b.reason()))), 201);
        }));
    // --- Art.24(1), Art.27 self-discipline ------------------------------------------------------------------------------
    r.add(Route.get(Op.LIST_SELF_DISCIPLINE_MEASURES, po + "/self-discipline/measures").tag("supervision")
        .summary("The PO's self-discipline measures (自律措施, Art.24(1), Art.27)")
        .response(MeasureList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(new MeasureList(done(queries.selfDisciplineMeasures(orgId(ex))).stream().map(MeasureView::of).toList()))));
    r.add(Route.post(Op.ADOPT_SELF_DISCIPLINE_MEASURE, po + "/self-discipline/measures").tag("supervision")
        .summary("Adopt a self-discipline measure (Art.24(1), Art.27)")
        .description("kind: CONVENTION, CODE_OF_CONDUCT, DISCIPLINARY_RULES or OTHER; adoptedBy: a body of the decision layer.")
        .body(MeasureRequest.class).created(MeasureView.class).problems(WRITE_UNVERSIONED).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          MeasureRequest b = ex.body(MeasureRequest.class);
          var m = done(gov.as(ex.actor()).adoptSelfDisciplineMeasure().handle(new AdoptSelfDisciplineMeasure.Command(orgId(ex), b.kind(), b.title(),
              b.adoptedBy(), b.on())));
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
        .body(ActionRequest.class).created(ActionView.class).problems(WRITE_UNVERSIONED).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          ActionRequest b = ex.body(ActionRequest.class);
          var a = done(gov.as(ex.actor()).takeDisciplinaryAction().handle(new TakeDisciplinaryAction.Command(orgId(ex), b.member(), b.measure(),
              b.kind(), b.on(), b.reason())));
          return Reply.json(201, ActionView.of(a)).with("ETag", Etags.of(a.version()))
              .with("Location", "/organizations/" + a.organization().value() + "/self-discipline/actions");
        }));
    return r;
  }

  private static Reply inspection(Inspection i, int status) {
    return Reply.json(status, InspectionView.of(i)).with("ETag", Etags.of(i.version()))
        .with("Location", "/organizations/" + i.organization().value() + "/inspections");
  }

  private Reply sanction(Sanction s, int status) {
    return Reply.json(status, SanctionView.of(s, ports.clock().today())).with("ETag", Etags.of(s.version()))
        .with("Location", "/organizations/" + s.organization().value() + "/sanctions");
  }
}
