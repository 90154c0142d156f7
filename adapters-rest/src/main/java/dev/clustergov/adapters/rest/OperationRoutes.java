package dev.clustergov.adapters.rest;

import static dev.clustergov.adapters.rest.Api.done;
import static dev.clustergov.adapters.rest.Api.orgId;
import static dev.clustergov.adapters.rest.Api.period;

import dev.clustergov.adapters.rest.OperationViews.ActivityList;
import dev.clustergov.adapters.rest.OperationViews.ActivityView;
import dev.clustergov.adapters.rest.OperationViews.CoverageView;
import dev.clustergov.adapters.rest.OperationViews.MembershipList;
import dev.clustergov.adapters.rest.OperationViews.MembershipView;
import dev.clustergov.adapters.rest.OperationViews.PlatformList;
import dev.clustergov.adapters.rest.OperationViews.PlatformView;
import dev.clustergov.adapters.rest.Route.Param;
import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.adapters.rest.Route.Scope;
import dev.clustergov.core.application.operation.AdmitMember;
import dev.clustergov.core.application.operation.ChangePlatformOpenness;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.application.operation.RecordMemberLeaving;
import dev.clustergov.core.application.operation.RecordServiceActivity;
import dev.clustergov.core.application.operation.RegisterPlatform;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.operation.Platform;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.operation.PlatformId;
import dev.clustergov.core.operation.PlatformKind;
import dev.clustergov.core.operation.PlatformRole;
import dev.clustergov.core.operation.TalentLevel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;

/**
 * The routes of Chapter 4 (运行, Art.17–24), added to {@link Api}'s table as one block: member units,
 * hard platforms, service activities and function coverage. Authorization is {@link Access#TABLE}'s;
 * refusals map as everywhere (400 every violation, 422 findings with citations, 404, 409 on a stale
 * If-Match). Its views are {@link OperationViews}.
 */
final class OperationRoutes {

  record MemberRequest(@Schema.Required String name, String creditCode, @Schema.Required @Schema.OneOf(MemberKind.class) String kind, String joinedOn) {}

  record LeavingRequest(String leftOn) {}

  record PlatformRequest(@Schema.Required String name, @Schema.Required @Schema.OneOf(PlatformKind.class) String kind, @Schema.Required @Schema.OneOf(PlatformRole.class) String role, @Schema.Required String operator, String openedOn, Boolean openToAllMembers,
      String restrictionReason) {}

  record OpennessRequest(@Schema.Required Boolean openToAllMembers, String restrictionReason) {}

  record ActivityRequest(@Schema.Required String item, @Schema.Required String title, String heldOn, @Schema.Required @Schema.OneOf(Delivery.class) String delivery, List<String> memberParticipants,
      List<String> outsideParticipants, Boolean openToAllMembers, String closedReason, OutcomesRequest outcomes) {}

  /** Art.29's outcomes as sent: amounts in yuan, talents by level name. */
  record OutcomesRequest(BigDecimal landedInvestment, BigDecimal technologyTransactions, BigDecimal supplyContracts,
      Map<String, Integer> talents) {}

  private static final Set<Integer> READ = Set.of(400, 401, 403, 404);
  private static final Set<Integer> WRITE = Set.of(400, 401, 403, 404, 409, 413, 415, 422);
  private static final Set<Integer> WRITE_UNVERSIONED = Set.of(400, 401, 403, 404, 413, 415, 422);

  private final Clustergov gov;
  private final Queries queries;
  private final Ports ports;

  OperationRoutes(Clustergov gov, Queries queries, Ports ports) {
    this.gov = gov;
    this.queries = queries;
    this.ports = ports;
  }


  List<Route> routes() {
    List<Route> r = new ArrayList<>();
    String po = "/organizations/{id}";
    List<Param> period = List.of(new Param("from", "date", "YYYY-MM-DD; default 1 January of last year"),
        new Param("to", "date", "YYYY-MM-DD; default today"));
    // --- member units -----------------------------------------------------------------------------------------------
    r.add(Route.get(Op.LIST_MEMBERS, po + "/members").tag("operation")
        .summary("The PO's member units, past and present (集群成员单位, Art.17)")
        .response(MembershipList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(new MembershipList(done(queries.memberships(orgId(ex))).stream().map(MembershipView::of).toList()))));
    r.add(Route.post(Op.ADMIT_MEMBER, po + "/members").tag("operation")
        .summary("Admit a member unit (吸纳成员单位, Art.17)")
        .description("kind: ENTERPRISE, RESEARCH_INSTITUTE, UNIVERSITY, SOCIAL_GROUP, FINANCIAL_INSTITUTION, SERVICE_PROVIDER or OTHER. "
            + "A unit whose credit code is a member already on that day, or a day before the PO was proposed or after today, "
            + "is 422 citing Art.17.")
        .body(MemberRequest.class).example(Examples.MEMBER).created(MembershipView.class).problems(WRITE_UNVERSIONED).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          MemberRequest b = ex.body(MemberRequest.class);
          Fields f = ex.fields();
          return member(done(gov.as(ex.actor()).admitMember().handle(new AdmitMember.Command(orgId(ex), b.name(),
              f.value("creditCode", b.creditCode(), CreditCode::parse), f.choice("kind", MemberKind.class, b.kind()),
              f.day("joinedOn", b.joinedOn())))), 201);
        }));
    r.add(Route.post(Op.RECORD_MEMBER_LEAVING, po + "/members/{memberId}/leaving").tag("operation")
        .summary("Record that a member unit left (成员单位退出, Art.17)")
        .description("Once, not before it joined, not after today (422 citing Art.17). If-Match recommended.")
        .optionalBody(LeavingRequest.class).example(Examples.LEAVING).response(MembershipView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          LeavingRequest b = ex.body(LeavingRequest.class);
          Fields f = ex.fields();
          return member(done(gov.as(ex.actor()).recordMemberLeaving().handle(new RecordMemberLeaving.Command(orgId(ex),
              f.value("membership", ex.path("memberId"), MembershipId::parse), ex.ifMatch(), f.day("leftOn", b.leftOn())))), 200);
        }));
    // --- hard platforms ----------------------------------------------------------------------------------------------
    r.add(Route.get(Op.LIST_PLATFORMS, po + "/platforms").tag("operation")
        .summary("The PO's hard platforms (硬平台, Art.17)")
        .response(PlatformList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> Reply.ok(new PlatformList(done(queries.platforms(orgId(ex))).stream().map(PlatformView::of).toList()))));
    r.add(Route.post(Op.REGISTER_PLATFORM, po + "/platforms").tag("operation")
        .summary("Register a platform the PO built or coordinates (Art.17)")
        .description("kind: INNOVATION_CENTRE, PILOT_BASE, SHARED_MANUFACTURING_CENTRE or OTHER; role: BUILT or COORDINATED. "
            + "openToAllMembers defaults to true; a restriction without a reason is recorded and reported by A17-open-platforms.")
        .body(PlatformRequest.class).example(Examples.PLATFORM).created(PlatformView.class).problems(WRITE_UNVERSIONED).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          PlatformRequest b = ex.body(PlatformRequest.class);
          Fields f = ex.fields();
          return platform(done(gov.as(ex.actor()).registerPlatform().handle(new RegisterPlatform.Command(orgId(ex), b.name(),
              f.choice("kind", PlatformKind.class, b.kind()), f.choice("role", PlatformRole.class, b.role()), b.operator(),
              f.day("openedOn", b.openedOn()), b.openToAllMembers(), b.restrictionReason()))), 201);
        }));
    r.add(Route.put(Op.CHANGE_PLATFORM_OPENNESS, po + "/platforms/{platformId}/openness").tag("operation")
        .summary("Open a platform to all member units, or restrict it with the reason (Art.17)")
        .description("If-Match recommended.")
        .body(OpennessRequest.class).example(Examples.OPENNESS).response(PlatformView.class).problems(WRITE).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          OpennessRequest b = ex.body(OpennessRequest.class);
          if (b.openToAllMembers() == null) {
            throw ApiError.malformed(List.of(Violation.of("openToAllMembers", "required", "是否向全体成员单位开放不能为空",
                "openToAllMembers is required")));
          }
          return platform(done(gov.as(ex.actor()).changePlatformOpenness().handle(new ChangePlatformOpenness.Command(orgId(ex),
              ex.fields().value("platform", ex.path("platformId"), PlatformId::parse), ex.ifMatch(), b.openToAllMembers(),
              b.restrictionReason()))), 200);
        }));
    // --- service activities and coverage -------------------------------------------------------------------------------
    r.add(Route.get(Op.LIST_ACTIVITIES, po + "/activities").tag("operation")
        .summary("Service activities held in a period (Art.17–24)")
        .params(period)
        .response(ActivityList.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          Period p = period(ex, ports.clock().today());
          return Reply.ok(new ActivityList(p.from(), p.to(),
              done(queries.activities(orgId(ex), p)).stream().map(ActivityView::of).toList()));
        }));
    r.add(Route.post(Op.RECORD_ACTIVITY, po + "/activities").tag("operation")
        .summary("Record a service activity (服务活动, Art.17–24)")
        .description("item: the function item served, Art.21(3) or 第二十一条第（三）项; delivery: DIRECT or BROKERED; memberParticipants: "
            + "membership ids, each a member of this PO on the day (else 422 listing every one, citing Art.17); outcomes: "
            + "Art.29's amounts in yuan (exact, never negative) and talents by level (LEADING, HIGH_LEVEL, HIGHLY_SKILLED, GENERAL). "
            + "An activity closed to part of the members without a reason is recorded and reported by A17-non-exclusive-activities.")
        .body(ActivityRequest.class).example(Examples.ACTIVITY).created(ActivityView.class).problems(WRITE_UNVERSIONED).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          ActivityRequest b = ex.body(ActivityRequest.class);
          Fields f = ex.fields();
          ServiceActivity a = done(gov.as(ex.actor()).recordServiceActivity().handle(new RecordServiceActivity.Command(orgId(ex),
              f.value("item", b.item(), (field, raw) -> FunctionItem.parse(raw).mapError(v -> Violation.of(field, v.code(), v.zh(), v.en()))),
              b.title(), f.day("heldOn", b.heldOn()), f.choice("delivery", Delivery.class, b.delivery()),
              f.each("memberParticipants", b.memberParticipants(), (path, s) -> f.value(path, s, MembershipId::parse)),
              b.outsideParticipants(), b.openToAllMembers(), b.closedReason(), Fields.part(b.outcomes(), o -> outcomes(f, o)))));
          return Reply.json(201, ActivityView.of(a)).with("ETag", Etags.of(a.version()));
        }));
    r.add(Route.get(Op.COVERAGE, po + "/coverage").tag("operation")
        .summary("Function coverage in a period (职能覆盖, Art.18–24)")
        .description("Per function and item: activities, participating members (distinct), outside units, direct and brokered, Art.29 outcomes; "
            + "the items and functions with no activity. A public service record, so the public may read it for a PO past "
            + "proposal; it names no member.")
        .params(period)
        .response(CoverageView.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          Period p = period(ex, ports.clock().today());
          var o = done(queries.organization(orgId(ex)));
          if (ex.caller.role() == Caller.Role.PUBLIC && (o.stage() == LifecycleStage.PROPOSED
              || o.stage() == LifecycleStage.DISSOLVED && o.establishedOn().isEmpty())) {
            throw ApiError.notFound("organization", o.id().value());
          }
          return Reply.ok(CoverageView.of(done(queries.coverage(o.id(), p))));
        }));
    return r;
  }

  private static RecordServiceActivity.OutcomesInput outcomes(Fields f, OutcomesRequest o) {
    Map<TalentLevel, Integer> talents = null;
    if (o.talents() != null) {
      talents = new HashMap<>();
      for (var e : o.talents().entrySet()) {
        // a level that is not one is reported under its own key and left out, so the other levels' counts are still judged
        TalentLevel level = f.choice("outcomes.talents." + e.getKey(), TalentLevel.class, e.getKey());
        if (level != null) {
          talents.put(level, e.getValue());
        }
      }
    }
    return new RecordServiceActivity.OutcomesInput(f.money("outcomes.landedInvestment", o.landedInvestment()),
        f.money("outcomes.technologyTransactions", o.technologyTransactions()), f.money("outcomes.supplyContracts", o.supplyContracts()),
        talents);
  }

  private static Reply member(Membership m, int status) {
    Reply r = Reply.json(status, MembershipView.of(m)).with("ETag", Etags.of(m.version()));
    return status == 201 ? r.with("Location", "/organizations/" + m.organization().value() + "/members/" + m.id().value()) : r;
  }

  private static Reply platform(Platform p, int status) {
    Reply r = Reply.json(status, PlatformView.of(p)).with("ETag", Etags.of(p.version()));
    return status == 201 ? r.with("Location", "/organizations/" + p.organization().value() + "/platforms/" + p.id().value()) : r;
  }
}
