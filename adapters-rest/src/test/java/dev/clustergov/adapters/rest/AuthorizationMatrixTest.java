package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.Access.Condition;
import dev.clustergov.adapters.rest.Caller.Role;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every route × every role × own/other scope, over HTTP, against {@link Access#TABLE}: a role missing
 * from a row gets 401 (the public) or 403; a role whose condition holds gets past authorization (any
 * other status); a role whose condition fails on another's object gets 403. Requests that pass are
 * built to stop harmlessly afterwards (a malformed body, an unknown body id), so the registry stays as seeded.
 */
class AuthorizationMatrixTest extends ServerHarness {

  @Override
  protected Backend backend() {
    InMemoryClustergov memory = new InMemoryClustergov();
    return Backend.memory(memory);
  }

  /** A member unit of World's PO S that has left it (Art.17): its token names no current member (decision 0550). */
  static final String LEFT_S = "token-member-unit-that-left-po-s";
  /** A member token of PO A naming no membership and no seat holder of it (finding F13 of attack 24). */
  static final String NOBODY_A = "token-member-nobody-of-po-a-0001";

  @Override
  protected String tokens() {
    var gov = dev.clustergov.core.application.Clustergov.using(backend.ports());
    var s = new dev.clustergov.core.organization.OrganizationId(world.poS);
    var left = gov.admitMember().handle(new dev.clustergov.core.application.operation.AdmitMember.Command(s, "苏州澄退检测有限公司", null,
        dev.clustergov.core.operation.MemberKind.ENTERPRISE, null)).get();
    assertThat(gov.recordMemberLeaving().handle(new dev.clustergov.core.application.operation.RecordMemberLeaving.Command(s, left.id(),
        java.util.OptionalLong.empty(), null)).isRight()).isTrue();
    return world.tokens() + "\n" + LEFT_S + " member " + world.poS + " " + left.id().value() + "\n" + NOBODY_A + " member "
        + world.poA + " p-does-not-exist";
  }

  /** A request for one cell: the token to send and the request. */
  private record Call(String token, String method, String path, Object body) {}

  private String tokenFor(Role role, Condition condition, boolean own) {
    return switch (role) {
      case PUBLIC -> null;
      case EVALUATOR -> World.EVALUATOR;
      case SECRETARIAT -> World.SECRETARIAT_A;
      case MEMBER -> World.MEMBER_A;
      case AUTHORITY -> condition == Condition.BROADER_JURISDICTION ? World.JIANGSU
          : condition == Condition.NATIONAL ? (own ? World.NATIONAL : World.SUZHOU) : World.SUZHOU;
    };
  }

  private Call call(Op op, Role role, boolean own) {
    Condition condition = Access.condition(op, role).orElse(null);
    String token = tokenFor(role, condition, own);
    // the PO the caller may act on (own) or not (other); for a member's own seat, another seat of its own PO is "other"
    String po = own ? world.poA : role == Role.MEMBER && op == Op.REMOVE ? world.poA : world.poB;
    String person = own ? "p-li" : "p-zhang";
    String region = own ? (condition == Condition.BROADER_JURISDICTION ? "320300" : "320500") : "440300";
    String named = own ? world.suzhou : world.shenzhen;
    String namedCluster = own ? world.suzhouCluster : world.shenzhenCluster;
    return switch (op) {
      case HEALTH -> new Call(token, "GET", "/health", null);
      case HOME -> new Call(token, "GET", "/", null);
      case READY -> new Call(token, "GET", "/ready", null);
      case OPENAPI -> new Call(token, "GET", "/openapi.json", null);
      case DOCS -> new Call(token, "GET", "/docs", null);
      case LIST_ARTICLES -> new Call(token, "GET", "/guideline/articles", null);
      case GET_ARTICLE -> new Call(token, "GET", "/guideline/articles/6", null);
      case LIST_RULES -> new Call(token, "GET", "/rules", null);
      case GET_RULE -> new Call(token, "GET", "/rules/A6-lifecycle", null);
      case LIST_CLUSTERS -> new Call(token, "GET", "/clusters", null);
      case GET_CLUSTER -> new Call(token, "GET", "/clusters/" + world.suzhouCluster, null);
      case CLUSTER_POLICY -> new Call(token, "GET", "/clusters/" + world.suzhouCluster + "/policy", null);
      case REGISTER_CLUSTER -> new Call(token, "POST", "/clusters", Map.of("region", region)); // no name: 400 once admitted
      case LIST_AUTHORITIES -> new Call(token, "GET", "/authorities", null);
      case GET_AUTHORITY -> new Call(token, "GET", "/authorities/" + world.suzhou, null);
      case REGISTER_AUTHORITY -> new Call(token, "POST", "/authorities", Map.of("jurisdiction", region));
      case LIST_POLICY_PACKS -> new Call(token, "GET", "/policy-packs", null);
      case PUBLISH_POLICY_PACK -> new Call(token, "POST", "/policy-packs", Map.of());
      case LIST_ORGANIZATIONS -> new Call(token, "GET", "/organizations?limit=500", null);
      case PROPOSE -> new Call(token, "POST", "/organizations", Map.of("name", "", "cluster", namedCluster, "authority", named));
      case GET_ORGANIZATION -> new Call(token, "GET", "/organizations/" + po, null);
      case AMEND -> new Call(token, "PUT", "/organizations/" + po + "/founding-application", Map.of());
      case ESTABLISHMENT_REPORT -> new Call(token, "GET", "/organizations/" + po + "/establishment-report", null);
      case RECOGNITION_REPORT -> new Call(token, "GET", "/organizations/" + po + "/recognition-report", null);
      case ESTABLISH -> new Call(token, "POST", "/organizations/" + po + "/establishment", Map.of("creditCode", "bad"));
      case RECOGNISE -> new Call(token, "POST", "/organizations/" + po + "/recognition", Map.of("unknown", 1));
      case SUSPEND -> new Call(token, "POST", "/organizations/" + po + "/suspension", Map.of());
      case REINSTATE -> new Call(token, "POST", "/organizations/" + po + "/reinstatement", Map.of());
      case REVOKE -> new Call(token, "POST", "/organizations/" + po + "/revocation", Map.of());
      case DISSOLVE -> new Call(token, "POST", "/organizations/" + po + "/dissolution", Map.of());
      case APPOINT -> new Call(token, "POST", "/organizations/" + po + "/bodies/council/seats", Map.of());
      case REMOVE -> new Call(token, "DELETE", "/organizations/" + po + "/bodies/nobody/seats/" + person, null);
      case EVENTS -> new Call(token, "GET", "/events", null);
      case CHAIN_AUDIT -> new Call(token, "GET", "/chain/audit", null);
      // incentives (Art.29): a grant without its period and a computation without one stop at 400 once admitted
      case LIST_INCENTIVE_AWARDS -> new Call(token, "GET", "/organizations/" + po + "/incentive-awards", null);
      case GRANT_INCENTIVE -> new Call(token, "POST", "/organizations/" + po + "/incentive-awards", Map.of());
      case COMPUTE_INCENTIVE -> new Call(token, "GET", "/organizations/" + po + "/incentive", null);
      // what-if (Art.30): in the caller's jurisdiction a day that is no date stops at 400; outside it, 403
      case WHAT_IF -> new Call(token, "POST", "/policy-packs/what-if", Map.of("jurisdiction", region, "on", "not-a-day"));
      // policy cases (Art.30, decision 0465): any authority gets past authorization; a file without cases stops at 400
      case POLICY_CASES -> new Call(token, "POST", "/policy-packs/cases", Map.of("cases", List.of()));
      case PUBLIC_ORGANIZATION -> new Call(token, "GET", "/public/organizations/" + world.poS, null);
      // management (Chapter 3): reads of the PO's own records answer 200; writes stop at a malformed body, an unknown id
      case ADOPT_SYSTEM -> new Call(token, "POST", "/organizations/" + po + "/management-systems", Map.of());
      case REVISE_SYSTEM -> new Call(token, "PUT", "/organizations/" + po + "/management-systems/PERSONNEL", Map.of());
      case HIRE_STAFF -> new Call(token, "POST", "/organizations/" + po + "/staff", Map.of());
      case LIST_INCOME -> new Call(token, "GET", "/organizations/" + po + "/ledger/income", null);
      case RECORD_INCOME -> new Call(token, "POST", "/organizations/" + po + "/ledger/income", Map.of());
      case LIST_EXPENDITURES -> new Call(token, "GET", "/organizations/" + po + "/ledger/expenditures", null);
      case RECORD_EXPENDITURE -> new Call(token, "POST", "/organizations/" + po + "/ledger/expenditures", Map.of());
      case LIST_FEE_SCHEDULES -> new Call(token, "GET", "/organizations/" + po + "/fee-schedules", null);
      case PUBLISH_FEE_SCHEDULE -> new Call(token, "POST", "/organizations/" + po + "/fee-schedules", Map.of());
      case RECORD_CHARGE -> new Call(token, "POST", "/organizations/" + po + "/charges", Map.of());
      case CHANGE_BANK_ACCOUNT -> new Call(token, "PUT", "/organizations/" + po + "/bank-account", Map.of());
      case AMEND_CHARTER -> new Call(token, "PUT", "/organizations/" + po + "/charter", Map.of());
      case CHANGE_REGISTERED_CAPITAL -> new Call(token, "PUT", "/organizations/" + po + "/registered-capital", Map.of());
      case CHANGE_LEGAL_REPRESENTATIVE -> new Call(token, "PUT", "/organizations/" + po + "/legal-representative", Map.of());
      case COMPLIANCE -> new Call(token, "GET", "/organizations/" + po + "/compliance", null);
      case LIST_DISCLOSURES -> new Call(token, "GET", "/organizations/" + po + "/disclosures", null);
      case PUBLISH_DISCLOSURE -> new Call(token, "POST", "/organizations/" + po + "/disclosures", Map.of());
      case DUE_DISCLOSURES -> new Call(token, "GET", "/organizations/" + po + "/disclosure-obligations", null);
      case AUTHORITY_DUE_DISCLOSURES -> new Call(token, "GET", "/authorities/" + (own ? world.suzhou : world.shenzhen)
          + "/disclosure-obligations", null);
      case LIST_DISPUTES -> new Call(token, "GET", "/organizations/" + po + "/disputes", null);
      case RAISE_DISPUTE -> new Call(token, "POST", "/organizations/" + po + "/disputes", Map.of());
      case GET_DISPUTE -> new Call(token, "GET", "/organizations/" + po + "/disputes/dispute-999999", null);
      case RECORD_DISPUTE_STEP -> new Call(token, "POST", "/organizations/" + po + "/disputes/dispute-999999/steps", Map.of());
      case LIST_IP_AGREEMENTS -> new Call(token, "GET", "/organizations/" + po + "/ip-agreements", null);
      case DRAFT_IP_AGREEMENT -> new Call(token, "POST", "/organizations/" + po + "/ip-agreements", Map.of());
      case GET_IP_AGREEMENT -> new Call(token, "GET", "/organizations/" + po + "/ip-agreements/ipa-999999", null);
      case SIGN_IP_AGREEMENT -> new Call(token, "POST", "/organizations/" + po + "/ip-agreements/ipa-999999/signatures", Map.of());
      case AMEND_IP_AGREEMENT -> new Call(token, "POST", "/organizations/" + po + "/ip-agreements/ipa-999999/amendments", Map.of());
      // operation (Chapter 4): reads answer 200; writes stop at a malformed body or an unknown member or platform
      case LIST_MEMBERS -> new Call(token, "GET", "/organizations/" + po + "/members", null);
      case ADMIT_MEMBER -> new Call(token, "POST", "/organizations/" + po + "/members", Map.of());
      case RECORD_MEMBER_LEAVING -> new Call(token, "POST", "/organizations/" + po + "/members/member-999999/leaving", Map.of());
      case LIST_PLATFORMS -> new Call(token, "GET", "/organizations/" + po + "/platforms", null);
      case REGISTER_PLATFORM -> new Call(token, "POST", "/organizations/" + po + "/platforms", Map.of());
      case CHANGE_PLATFORM_OPENNESS -> new Call(token, "PUT", "/organizations/" + po + "/platforms/platform-999999/openness", Map.of());
      case LIST_ACTIVITIES -> new Call(token, "GET", "/organizations/" + po + "/activities?from=2025-01-01&to=2025-12-31", null);
      case RECORD_ACTIVITY -> new Call(token, "POST", "/organizations/" + po + "/activities", Map.of());
      case COVERAGE -> new Call(token, "GET", "/organizations/" + po + "/coverage", null);
      // third-party evaluation (Art.28): a registration without a name, an evaluation on a day that is no date, unknown ids
      case LIST_EVALUATORS -> new Call(token, "GET", "/evaluators", null);
      case REGISTER_EVALUATOR -> new Call(token, "POST", "/evaluators", Map.of());
      case DECLARE_EVALUATOR_TIE -> new Call(token, "POST", "/evaluators/" + world.evaluator + "/ties", Map.of());
      case LIST_EVALUATIONS -> new Call(token, "GET", "/organizations/" + po + "/evaluations", null);
      case ENGAGE_EVALUATOR -> new Call(token, "POST", "/organizations/" + po + "/evaluator-engagements", Map.of()); // no until: 400
      // decision 0475: the list is a filter; an ending without its reason stops at 400 once admitted
      case LIST_ENGAGEMENTS -> new Call(token, "GET", "/evaluator-engagements", null);
      case END_ENGAGEMENT -> new Call(token, "POST", "/organizations/" + po + "/evaluator-engagements/" + world.evaluator + "/1/ending",
          Map.of());
      case RECORD_EVALUATION -> new Call(token, "POST", "/organizations/" + po + "/evaluations", Map.of("on", "not-a-day"));
      case GET_EVALUATION -> new Call(token, "GET", "/organizations/" + po + "/evaluations/evaluation-999999", null);
      case VERIFY_EVALUATION -> new Call(token, "GET", "/organizations/" + po + "/evaluations/evaluation-999999/verification", null);
      // an import with no body: 415 once admitted; the template of an unknown kind: 404 once admitted
      case IMPORT_MEMBERS -> new Call(token, "POST", "/organizations/" + po + "/imports/members", null);
      case IMPORT_ACTIVITIES -> new Call(token, "POST", "/organizations/" + po + "/imports/activities", null);
      case IMPORT_TEMPLATE -> new Call(token, "GET", "/organizations/" + po + "/imports/members/template", null);
      case IMPORT_PAGE -> new Call(token, "GET", "/organizations/" + po + "/imports", null);
      case IMPORT_UPLOAD -> new Call(token, "POST", "/organizations/" + po + "/imports", null); // no form: 415 once admitted
      case EVALUATION_REPORT -> new Call(token, "GET", "/organizations/" + po + "/evaluations/evaluation-999999/report", null);
      // supervision: a body missing its required fields stops at 400 once admitted
      case LIST_INSPECTIONS -> new Call(token, "GET", "/organizations/" + po + "/inspections", null);
      case OPEN_INSPECTION -> new Call(token, "POST", "/organizations/" + po + "/inspections", Map.of());
      case RECORD_INSPECTION_FINDING -> new Call(token, "POST", "/organizations/" + po + "/inspections/inspection-999999/findings", Map.of());
      case RECTIFY_FINDING -> new Call(token, "POST", "/organizations/" + po + "/inspections/inspection-999999/findings/1/rectification", Map.of());
      case LIST_SANCTIONS -> new Call(token, "GET", "/organizations/" + po + "/sanctions", null);
      case IMPOSE_SANCTION -> new Call(token, "POST", "/organizations/" + po + "/sanctions", Map.of());
      case LIFT_SANCTION -> new Call(token, "POST", "/organizations/" + po + "/sanctions/sanction-999999/lifting", Map.of());
      case LIST_SELF_DISCIPLINE_MEASURES -> new Call(token, "GET", "/organizations/" + po + "/self-discipline/measures", null);
      case ADOPT_SELF_DISCIPLINE_MEASURE -> new Call(token, "POST", "/organizations/" + po + "/self-discipline/measures", Map.of());
      case LIST_DISCIPLINARY_ACTIONS -> new Call(token, "GET", "/organizations/" + po + "/self-discipline/actions", null);
      case TAKE_DISCIPLINARY_ACTION -> new Call(token, "POST", "/organizations/" + po + "/self-discipline/actions", Map.of());
      // issue 18: the dashboard of the caller's own authority or a neighbour's; the calendars with a bearer token, or for the
      // public with the feed token of PO A's or Suzhou's calendar in the link — on its own feed (own) or another's (other)
      case DASHBOARD -> new Call(token, "GET", "/authorities/" + (own ? world.suzhou : world.shenzhen) + "/dashboard", null);
      case ORGANIZATION_CALENDAR -> new Call(token, "GET", "/organizations/" + po + "/deadlines.ics"
          + (role == Role.PUBLIC ? "?token=" + World.FEED_A : ""), null);
      case AUTHORITY_CALENDAR -> new Call(token, "GET", "/authorities/" + (own ? world.suzhou : world.shenzhen) + "/deadlines.ics"
          + (role == Role.PUBLIC ? "?token=" + World.FEED_SUZHOU : ""), null);
    };
  }

  @TestFactory
  Stream<DynamicTest> every_route_and_role_is_decided_by_the_table() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Route route : server.routes()) {
      for (Role role : Role.values()) {
        for (boolean own : new boolean[] {true, false}) {
          Condition condition = Access.condition(route.op(), role).orElse(null);
          String name = route.method() + " " + route.path() + " × " + role + (own ? " (own)" : " (other)") + " → "
              + (condition == null ? "never" : condition);
          tests.add(DynamicTest.dynamicTest(name, () -> check(route, role, own, condition)));
        }
      }
    }
    return tests.stream();
  }

  private void check(Route route, Role role, boolean own, Condition condition) {
    Call c = call(route.op(), role, own);
    assertThat(c.method()).isEqualTo(route.method());
    var req = http.method(c.method(), c.path(), c.body()).token(c.token());
    Http.Response r = req.send();
    if (condition == null) {
      assertThat(r.status()).as(r.body()).isEqualTo(role == Role.PUBLIC ? 401 : 403);
      if (role != Role.PUBLIC) {
        // a role asking for what is outside its part is told the clauses that draw it, as the guideline reads (decision 0546);
        // for an authority's act, the clauses that make it the authority's (review stop 25 item 9, decision 0594)
        boolean authoritysAct = role != Role.AUTHORITY
            && AccessFromTheGuidelineTest.GUIDELINE.get(route.op()).stream().allMatch(x -> x.role() == Role.AUTHORITY);
        // likewise an evaluator's act (录入第三方评价, 申报利害关系) asked by another role: Art.28 (review stop 26 item 8)
        boolean evaluatorsAct = role != Role.EVALUATOR
            && AccessFromTheGuidelineTest.GUIDELINE.get(route.op()).stream().allMatch(x -> x.role() == Role.EVALUATOR);
        assertThat(clauses(r)).as(r.body()).containsExactlyElementsOf(
            AccessFromTheGuidelineTest.SCOPE.get(authoritysAct ? Role.AUTHORITY : evaluatorsAct ? Role.EVALUATOR : role));
      }
    } else if (condition == Condition.ALWAYS || own) {
      assertThat(r.status()).as(r.body()).isNotIn(401, 403, 500);
    } else if (route.scope() == Route.Scope.FILTER) {
      assertThat(r.status()).as(r.body()).isEqualTo(200);
      assertThat(r.body()).contains(world.poA).doesNotContain(world.poB);
    } else {
      assertThat(r.status()).as(r.body()).isEqualTo(403);
      assertThat(clauses(r)).as("every 403 names the clauses that draw the scope: " + r.body()).isNotEmpty();
    }
  }

  /** The clauses a problem names, in the detail as in {@code clauses}; each of the latter must be in the former. */
  private static List<String> clauses(Http.Response r) {
    List<String> out = new ArrayList<>();
    r.json().path("clauses").forEach(c -> out.add(c.asText()));
    String detail = r.json().path("detail").asText();
    for (String c : out) {
      assertThat(detail.contains(c) || detail.contains(dev.clustergov.core.guideline.Citation.of(c).formatChinese()))
          .as("the detail names %s: %s", c, detail).isTrue();
    }
    return out;
  }

  @Test
  void every_operation_has_a_row_and_a_route() {
    Set<Op> routed = EnumSet.noneOf(Op.class);
    server.routes().forEach(r -> routed.add(r.op()));
    assertThat(routed).containsExactlyInAnyOrder(Op.values());
    assertThat(Access.TABLE.keySet()).containsExactlyInAnyOrder(Op.values());
  }

  @Test
  void an_authority_in_jurisdiction_that_is_not_the_pos_own_may_neither_inspect_nor_sanction_it() {
    // Jiangsu's department covers Suzhou's region, but Art.26 gives supervision to the PO's own authority only
    for (String path : new String[] {"/inspections", "/sanctions"}) {
      var r = http.post("/organizations/" + world.poA + path, Map.of()).token(World.JIANGSU).send();
      assertThat(r.status()).as(path + " " + r.body()).isEqualTo(403);
      assertThat(r.body()).containsAnyOf("Art.26", "第二十六条");
    }
    var read = http.get("/organizations/" + world.poA + "/inspections").token(World.JIANGSU).send();
    assertThat(read.status()).as("reading stays with supervisors in jurisdiction").isEqualTo(200);
  }

  @Test
  void an_authority_in_jurisdiction_that_is_not_the_pos_own_may_not_act_on_its_application_lifecycle_or_signature() {
    // Art.26 谁主管、谁负责, read from the guideline (AccessFromTheGuidelineTest): Jiangsu's department covers Suzhou, but the
    // application, establishment, recognition, suspension, reinstatement, revocation and the government's signature of a
    // Suzhou PO are the Suzhou bureau's — refused before the body is read, citing Art.26 (the core answered 422 before)
    for (String[] call : new String[][] {{"PUT", "/founding-application"}, {"POST", "/establishment"}, {"POST", "/recognition"},
        {"POST", "/suspension"}, {"POST", "/reinstatement"}, {"POST", "/revocation"}, {"POST", "/ip-agreements/ipa-999999/signatures"}}) {
      var r = http.method(call[0], "/organizations/" + world.poS + call[1], Map.of()).token(World.JIANGSU).send();
      assertThat(r.status()).as(call[1] + " " + r.body()).isEqualTo(403);
      assertThat(r.body()).contains("Art.26").contains("第二十六条");
      var own = http.method(call[0], "/organizations/" + world.poS + call[1], Map.of("unknown", 1)).token(World.SUZHOU).send();
      assertThat(own.status()).as("the PO's own authority gets past access: " + call[1] + " " + own.body()).isNotIn(401, 403, 500);
    }
  }

  @Test
  void an_authority_that_is_not_registered_has_no_jurisdiction() {
    var r = http.post("/clusters", Map.of("region", "320500")).token(World.UNREGISTERED_AUTHORITY).send();
    assertThat(r.status()).isEqualTo(403);
  }

  /** The event types {@code token} reads in the feed, by the World PO each concerns ("registry" for none). */
  private Map<String, Set<String>> feedByPo(String token) {
    Map<String, Set<String>> out = new java.util.TreeMap<>();
    var r = http.get("/events?limit=1000").token(token).send();
    assertThat(r.status()).as(r.body()).isEqualTo(200);
    for (var e : r.json().get("items")) {
      String po = e.path("data").has("organization") ? e.get("data").get("organization").asText()
          : e.get("aggregateType").asText().equals("organization") || e.get("aggregateType").asText().equals("ledger")
              ? e.get("aggregateId").asText() : "registry";
      out.computeIfAbsent(po, k -> new java.util.TreeSet<>()).add(e.get("type").asText());
    }
    return out;
  }

  @Test
  void the_event_feed_shows_each_reader_the_events_of_the_pos_it_may_read_as_the_guideline_draws_them() {
    // written from the guideline (decisions 0380, 0475), not from Access.TABLE: World's PO A is a Suzhou PO, proposed, the
    // evaluator engaged for it and for PO S by Suzhou's bureau; PO B is Shenzhen's
    Set<String> registry = Set.of("AuthorityRegistered", "ClusterRegistered", "EvaluatorRegistered");
    // Art.8(2).4: the PO's office reads every record of its own PO — the evaluator's engagement for it too (Art.28)
    var office = feedByPo(World.SECRETARIAT_A);
    assertThat(office.keySet()).containsExactlyInAnyOrder("registry", world.poA);
    assertThat(office.get(world.poA)).contains("OrganizationProposed", "EvaluatorEngaged");
    assertThat(office.get("registry")).containsAll(registry);
    // Art.8(2).1, Art.14: a member reads its own PO, not supervision's arrangements with an evaluator
    var member = feedByPo(World.MEMBER_A);
    assertThat(member.keySet()).containsExactlyInAnyOrder("registry", world.poA);
    assertThat(member.get(world.poA)).contains("OrganizationProposed").doesNotContain("EvaluatorEngaged");
    // Art.28: the evaluator, the POs it is engaged for — and its own engagements with them
    var evaluator = feedByPo(World.EVALUATOR);
    assertThat(evaluator.keySet()).containsExactlyInAnyOrder("registry", world.poA, world.poS);
    assertThat(evaluator.get(world.poA)).contains("OrganizationProposed", "EvaluatorEngaged");
    // Art.6, Art.26: an authority, the POs of its jurisdiction; a neighbour's none of them
    assertThat(feedByPo(World.SUZHOU).keySet()).contains(world.poA, world.poS, world.poD, world.poM).doesNotContain(world.poB);
    assertThat(feedByPo(World.SHENZHEN).keySet()).contains(world.poB).doesNotContain(world.poA, world.poS);
    assertThat(feedByPo(World.NATIONAL).keySet()).contains(world.poA, world.poB, world.poS);
    // the public reads the log not at all (it reads what is disclosed, Art.14)
    assertThat(http.get("/events").send().status()).isEqualTo(401);
  }

  @Test
  void a_member_token_names_a_current_member_unit_or_seat_holder_of_its_po_or_does_nothing() {
    // Art.8(2), Art.17, decision 0550: p-li sits on PO A's assembly; 苏州纳衡科技有限公司 is on PO S's roll today
    assertThat(http.get("/organizations/" + world.poA).token(World.MEMBER_A).send().status()).isEqualTo(200);
    assertThat(http.get("/organizations/" + world.poS).token(World.MEMBER_UNIT_S).send().status()).isEqualTo(200);
    // a person who holds no seat and a member unit that left: refused on every route, its own PO's and the open ones alike
    for (String token : List.of(NOBODY_A, LEFT_S)) {
      String po = token.equals(NOBODY_A) ? world.poA : world.poS;
      for (String path : List.of("/organizations/" + po, "/organizations/" + po + "/disputes", "/organizations/" + po + "/members",
          "/events", "/evaluators", "/guideline/articles")) {
        var r = http.get(path).token(token).send();
        assertThat(r.status()).as(token + " " + path + " " + r.body()).isEqualTo(403);
        assertThat(r.json().get("detail").asText()).contains("成员单位", "第八条第（二）项", "第十七条");
        assertThat(r.json().get("clauses").toString()).contains("Art.8(2)", "Art.17");
        var en = http.get(path).token(token).header("Accept-Language", "en").send();
        assertThat(en.json().get("detail").asText()).contains("member unit", "Art.8(2)", "Art.17");
      }
      var raise = http.post("/organizations/" + po + "/disputes", Map.of("subject", "x", "parties", List.of("p-does-not-exist", "乙"),
          "raisedBy", "p-does-not-exist", "capacity", "MEMBER")).token(token).send();
      assertThat(raise.status()).as(raise.body()).isEqualTo(403);
    }
  }

  @Test
  void a_member_reads_the_disputes_it_is_a_party_to_and_not_those_between_others() {
    // Art.15, decisions 0523, 0550 — written from the guideline: a mediation is between its parties; the PO's office, its
    // supervisors and its evaluator read every dispute, a member unit those it is a party to, by a name it acts under
    var gov = dev.clustergov.core.application.Clustergov.using(backend.ports());
    var s = new dev.clustergov.core.organization.OrganizationId(world.poS);
    java.util.function.BiFunction<String, List<String>, String> raise = (subject, parties) -> gov.raiseDispute().handle(
        new dev.clustergov.core.application.management.RaiseDispute.Command(s, subject, parties, parties.get(0),
            dev.clustergov.core.dispute.Capacity.MEMBER, null)).get().id().value();
    // 苏州纳衡科技有限公司 by its registered name; p-li by the name its token gives; and two units none of the tokens is
    String unit = raise.apply("矩阵测试甲争议", List.of("苏州纳衡科技有限公司", "苏州澄远材料有限公司"));
    String person = raise.apply("矩阵测试乙争议", List.of("p-li", "苏州丙公司"));
    String others = raise.apply("矩阵测试丙争议", List.of("苏州甲公司", "苏州乙公司"));
    var step = http.post("/organizations/" + world.poS + "/disputes/" + others + "/steps", Map.of("step", "CONSULTATION_OPENED",
        "actor", "陈静", "capacity", "SECRETARIAT")).token(World.SECRETARIAT_S).send();
    assertThat(step.status()).as(step.body()).isEqualTo(201);
    String list = "/organizations/" + world.poS + "/disputes";
    Map<String, String> subjects = Map.of(unit, "矩阵测试甲争议", person, "矩阵测试乙争议", others, "矩阵测试丙争议");
    Map<String, Set<String>> reads = Map.of(World.MEMBER_UNIT_S, Set.of(unit), World.MEMBER_S, Set.of(person),
        World.SECRETARIAT_S, Set.of(unit, person, others), World.SUZHOU, Set.of(unit, person, others),
        World.EVALUATOR, Set.of(unit, person, others));
    String absent = problem(http.get(list + "/dispute-999999").token(World.MEMBER_S).send(), 404).get("detail").asText();
    reads.forEach((token, own) -> subjects.forEach((id, subject) -> {
      var listed = http.get(list).token(token).send();
      assertThat(listed.status()).as(listed.body()).isEqualTo(200);
      var one = http.get(list + "/" + id).token(token).send();
      String feed = http.get("/events?limit=1000").token(token).send().body();
      if (own.contains(id)) {
        assertThat(listed.body()).as(token).contains(id, subject);
        assertThat(one.status()).as(one.body()).isEqualTo(200);
        assertThat(feed).as(token).contains("\"" + id + "\"", subject);
      } else {
        assertThat(listed.body()).as(token).doesNotContain(id).doesNotContain(subject);
        // the same answer as for a dispute that does not exist: nothing of it is learnt
        assertThat(problem(one, 404).get("detail").asText()).isEqualTo(absent.replace("dispute-999999", id));
        assertThat(feed).as("the feed of %s shows a dispute it is not a party to", token).doesNotContain("\"" + id + "\"")
            .doesNotContain(subject);
      }
    }));
  }
}
