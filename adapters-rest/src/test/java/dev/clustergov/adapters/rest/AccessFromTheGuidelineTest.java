package dev.clustergov.adapters.rest;

import static dev.clustergov.adapters.rest.Access.Condition.ALWAYS;
import static dev.clustergov.adapters.rest.Access.Condition.BROADER_JURISDICTION;
import static dev.clustergov.adapters.rest.Access.Condition.IN_JURISDICTION;
import static dev.clustergov.adapters.rest.Access.Condition.NAMED_AS_SUPERVISOR;
import static dev.clustergov.adapters.rest.Access.Condition.OWN_ORGANIZATION;
import static dev.clustergov.adapters.rest.Access.Condition.OWN_SEAT;
import static dev.clustergov.adapters.rest.Access.Condition.OWN_SUPERVISOR;
import static dev.clustergov.adapters.rest.Caller.Role.AUTHORITY;
import static dev.clustergov.adapters.rest.Caller.Role.EVALUATOR;
import static dev.clustergov.adapters.rest.Caller.Role.MEMBER;
import static dev.clustergov.adapters.rest.Caller.Role.PUBLIC;
import static dev.clustergov.adapters.rest.Caller.Role.SECRETARIAT;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.Access.Condition;
import dev.clustergov.adapters.rest.Caller.Role;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Who may do what, written from the guideline and not from {@link Access#TABLE}: each operation with the roles
 * that may call it, the condition, and the clause that says so. The production table must equal it.
 *
 * <p>The words it is written in: Art.6 — a PO takes guidance from the industry and information-technology
 * authority of where it is (所在地), and the management bodies recognise (认定), manage, supervise and assess it,
 * so an authority reads within its jurisdiction; Art.26 — 谁主管、谁负责: acts on one PO (its application, its
 * lifecycle, inspections, sanctions, incentives, the government's signature) are its own supervising authority's,
 * not a broader one's; Art.8(2) — a PO acts through its own bodies: its secretariat (the execution layer, 执行层)
 * files what they decide, its members sit in the decision layer and read what concerns them; Art.28 — a third-party
 * body evaluates a PO's establishment and operation: it reads and evaluates the POs it is engaged to evaluate, and
 * nothing else; Art.14 — what a PO discloses is public (通过公开渠道面向社会公开); the catalogue and the registry
 * of clusters, authorities and local policy (Art.1–31, Art.2, Art.6, Art.30) are public facts.
 */
class AccessFromTheGuidelineTest {

  /** One cell: a role, the condition it acts under, and why — with its clause. */
  record Reading(Role role, Condition condition, String why) {}

  static final Map<Op, List<Reading>> GUIDELINE = new EnumMap<>(Op.class);

  private static void allow(String why, List<Reading> readings, Op... ops) {
    for (Op op : ops) {
      assertThat(GUIDELINE).as("one row per operation: %s", op).doesNotContainKey(op);
      GUIDELINE.put(op, readings.stream().map(r -> new Reading(r.role(), r.condition(), why + " — " + r.why())).toList());
    }
  }

  private static Reading r(Role role, Condition condition, String why) {
    return new Reading(role, condition, why);
  }

  private static List<Reading> anyone(String why) {
    return List.of(r(PUBLIC, ALWAYS, why), r(AUTHORITY, ALWAYS, why), r(EVALUATOR, ALWAYS, why), r(SECRETARIAT, ALWAYS, why),
        r(MEMBER, ALWAYS, why));
  }

  /** The condition of an evaluator on a PO: engaged by the PO's authority to evaluate it, while the engagement runs (Art.28). */
  static final Condition ENGAGED = Condition.ENGAGED;

  private static final String JURISDICTION = "Art.6: the authority of where the cluster is (所在地) manages and supervises it";
  private static final String ENGAGEMENT = "Art.28: a third party evaluates the PO it is engaged to evaluate, nothing else";
  private static final String OWN_OFFICE = "Art.8(2).4: the PO's execution layer keeps its own records";
  private static final String OWN_MEMBERS = "Art.8(2).1, Art.14: a PO's members decide in and read of their own PO";
  private static final String OWN_AUTHORITY = "Art.26 谁主管、谁负责: only the PO's own supervising authority";

  /** Readers of a PO and of what it discloses to its members: supervisors, its evaluator, its office, its members. */
  private static final List<Reading> READ_PO = List.of(r(AUTHORITY, IN_JURISDICTION, JURISDICTION), r(EVALUATOR, ENGAGED, ENGAGEMENT),
      r(SECRETARIAT, OWN_ORGANIZATION, OWN_OFFICE), r(MEMBER, OWN_ORGANIZATION, OWN_MEMBERS));
  /** Readers of a PO's books, agreements and supervision record: not its members, who are not its supervisors. */
  private static final List<Reading> READ_BOOKS = List.of(r(AUTHORITY, IN_JURISDICTION, JURISDICTION), r(EVALUATOR, ENGAGED, ENGAGEMENT),
      r(SECRETARIAT, OWN_ORGANIZATION, OWN_OFFICE));
  private static final List<Reading> OFFICE_FILES = List.of(r(SECRETARIAT, OWN_ORGANIZATION, OWN_OFFICE));
  private static final List<Reading> OWN_AUTHORITY_ACTS = List.of(r(AUTHORITY, OWN_SUPERVISOR, OWN_AUTHORITY));

  static {
    // --- the service itself and the catalogue: no clause restricts them -------------------------------------------
    allow("the service's own liveness and documents, no guideline matter", anyone("open"), Op.HEALTH, Op.READY, Op.OPENAPI, Op.DOCS,
        Op.HOME);
    allow("Art.1–31: the guideline and the rules that cite it are public", anyone("open"),
        Op.LIST_ARTICLES, Op.GET_ARTICLE, Op.LIST_RULES, Op.GET_RULE);
    // --- registry: Art.2 clusters, Art.6 authorities, Art.30 local policy — public facts ---------------------------
    allow("Art.2, Art.6, Art.30: clusters, authorities and local policy are public facts", anyone("open"),
        Op.LIST_CLUSTERS, Op.GET_CLUSTER, Op.CLUSTER_POLICY, Op.LIST_AUTHORITIES, Op.GET_AUTHORITY, Op.LIST_POLICY_PACKS);
    allow("Art.14: a PO's disclosures are public (面向社会公开)", anyone("open"), Op.PUBLIC_ORGANIZATION);
    allow("Art.14, Art.17: which functions a PO served, counts only, no member named", anyone("open"), Op.COVERAGE);
    allow("Art.2, Art.6", List.of(r(AUTHORITY, IN_JURISDICTION, "a cluster is entered by an authority of where it is")),
        Op.REGISTER_CLUSTER);
    allow("Art.6", List.of(r(AUTHORITY, BROADER_JURISDICTION, "an authority enters the narrower ones inside its own jurisdiction")),
        Op.REGISTER_AUTHORITY);
    allow("Art.30", List.of(r(AUTHORITY, ALWAYS, "a locality adapts the guideline; the core keeps it to the caller's own jurisdiction")),
        Op.PUBLISH_POLICY_PACK);
    allow("Art.30", List.of(r(AUTHORITY, IN_JURISDICTION, "a draft is tried where the trying authority is responsible")), Op.WHAT_IF);
    allow("Art.30", List.of(r(AUTHORITY, ALWAYS, "a draft's cases are tried by an authority; the core keeps them to POs of its own "
        + "jurisdiction and answers one elsewhere as unknown (decision 0465)")), Op.POLICY_CASES);
    // --- establishment (Art.2, 6, 7, 8) ---------------------------------------------------------------------------
    allow("reading a PO", READ_PO, Op.LIST_ORGANIZATIONS, Op.GET_ORGANIZATION, Op.ESTABLISHMENT_REPORT,
        Op.RECOGNITION_REPORT);
    allow("Art.2, Art.6: set up under government guidance, under the authority of where it is",
        List.of(r(AUTHORITY, NAMED_AS_SUPERVISOR, "the application names the proposing authority as the PO's own")), Op.PROPOSE);
    allow("the founding application and establishment (Art.7, 8)", List.of(r(AUTHORITY, OWN_SUPERVISOR, OWN_AUTHORITY),
        r(SECRETARIAT, OWN_ORGANIZATION, OWN_OFFICE)), Op.AMEND, Op.ESTABLISH);
    allow("Art.6 认定 and the steps of supervision (Art.26, Art.29)", OWN_AUTHORITY_ACTS,
        Op.RECOGNISE, Op.SUSPEND, Op.REINSTATE, Op.REVOKE);
    allow("Art.8(2).1: the decision layer dissolves the PO; its office files it", OFFICE_FILES, Op.DISSOLVE);
    allow("Art.8(2): seats in the PO's own bodies", OFFICE_FILES, Op.APPOINT);
    allow("Art.8(2): seats in the PO's own bodies", List.of(r(SECRETARIAT, OWN_ORGANIZATION, OWN_OFFICE),
        r(MEMBER, OWN_SEAT, "a member resigns its own seat, no other")), Op.REMOVE);
    allow("Art.7(2), Art.8(2).1: what the decision layer decided, filed by the office", OFFICE_FILES,
        Op.AMEND_CHARTER, Op.CHANGE_REGISTERED_CAPITAL, Op.CHANGE_LEGAL_REPRESENTATIVE);
    // --- the audit trail --------------------------------------------------------------------------------------------
    allow("the event log, filtered per reader", List.of(r(AUTHORITY, IN_JURISDICTION,
            "Art.6, Art.26: the events of the POs it covers; the national authority's jurisdiction covers all"),
        r(EVALUATOR, ENGAGED, ENGAGEMENT + ": the events of the POs it is engaged for"),
        r(SECRETARIAT, OWN_ORGANIZATION, OWN_OFFICE + ": the events of its own PO, as it reads every record of it"),
        r(MEMBER, OWN_ORGANIZATION, OWN_MEMBERS + ": the events of its own PO that its own routes show (decision 0475) — of its "
            + "disputes, those it is a party to (Art.15, decision 0550)")),
        Op.EVENTS);
    allow("Art.6, Art.26: every authority answers for the records it supervises", List.of(r(AUTHORITY, ALWAYS,
        "whether the log's chain holds: entries and aggregates named, never a payload (decision 0372)")), Op.CHAIN_AUDIT);
    // --- management (Art.9–16): the office keeps; supervisors and the evaluator read; members read what is theirs ---------
    allow("Art.9–14, Art.16: the PO's own management", OFFICE_FILES, Op.ADOPT_SYSTEM, Op.REVISE_SYSTEM, Op.HIRE_STAFF,
        Op.RECORD_INCOME, Op.RECORD_EXPENDITURE, Op.PUBLISH_FEE_SCHEDULE, Op.RECORD_CHARGE, Op.CHANGE_BANK_ACCOUNT,
        Op.PUBLISH_DISCLOSURE, Op.RECORD_DISPUTE_STEP, Op.DRAFT_IP_AGREEMENT, Op.AMEND_IP_AGREEMENT);
    allow("Art.10–12, Art.14, Art.16: the PO's books, compliance and agreements", READ_BOOKS, Op.LIST_INCOME, Op.LIST_EXPENDITURES,
        Op.COMPLIANCE, Op.DUE_DISCLOSURES, Op.LIST_IP_AGREEMENTS, Op.GET_IP_AGREEMENT);
    allow("Art.11, Art.14: what the PO publishes to its members", READ_PO, Op.LIST_FEE_SCHEDULES, Op.LIST_DISCLOSURES);
    // Art.15 第十五条 集群发展促进组织应当建立民主协商和内部矛盾调解制度: the PO keeps a system of consultation and mediation — its
    // office records every step, supervision and the evaluator check that the system works (Art.26, Art.28) — and a mediation
    // is between its parties; Art.14 opens to all neither a dispute nor its parties. So a member unit reads the disputes it
    // is a party to and no other (decisions 0523, 0550)
    allow("Art.15: the PO's internal disputes", List.of(r(AUTHORITY, IN_JURISDICTION, JURISDICTION), r(EVALUATOR, ENGAGED, ENGAGEMENT),
        r(SECRETARIAT, OWN_ORGANIZATION, OWN_OFFICE + ", the secretariat keeps the record of every step"),
        r(MEMBER, Condition.PARTY, "Art.15: a mediation is between its parties — a member reads the disputes of its own PO "
            + "it is a party to, not those between other members")), Op.LIST_DISPUTES, Op.GET_DISPUTE);
    allow("Art.15: a dispute is raised in one's own PO", List.of(r(SECRETARIAT, OWN_ORGANIZATION, "for a governance body"),
        r(MEMBER, OWN_ORGANIZATION, "a member, as one of its parties")), Op.RAISE_DISPUTE);
    allow("Art.16: each party signs for itself", List.of(r(SECRETARIAT, OWN_ORGANIZATION, "for the PO"),
        r(AUTHORITY, OWN_SUPERVISOR, OWN_AUTHORITY + " signs for the government"),
        r(MEMBER, OWN_ORGANIZATION, "a partner of its own PO")), Op.SIGN_IP_AGREEMENT);
    allow("Art.14, Art.26", List.of(r(AUTHORITY, IN_JURISDICTION, "what the POs it covers owe: supervision's worklist, no evaluator's")),
        Op.AUTHORITY_DUE_DISCLOSURES);
    // --- operation (Art.17–24) ------------------------------------------------------------------------------------
    allow("Art.17–24: the PO's members, platforms and services, kept by its office", OFFICE_FILES,
        Op.ADMIT_MEMBER, Op.RECORD_MEMBER_LEAVING, Op.REGISTER_PLATFORM, Op.CHANGE_PLATFORM_OPENNESS, Op.RECORD_ACTIVITY,
        Op.IMPORT_MEMBERS, Op.IMPORT_ACTIVITIES, Op.IMPORT_TEMPLATE, Op.IMPORT_PAGE, Op.IMPORT_UPLOAD);
    allow("Art.17: the services are for the members", READ_PO, Op.LIST_MEMBERS, Op.LIST_PLATFORMS, Op.LIST_ACTIVITIES);
    // --- third-party evaluation (Art.28) ----------------------------------------------------------------------------
    allow("Art.28: a PO and its members check who may evaluate it", List.of(r(AUTHORITY, ALWAYS, "registry"),
        r(EVALUATOR, ALWAYS, "registry"), r(SECRETARIAT, ALWAYS, "registry"), r(MEMBER, ALWAYS, "registry")), Op.LIST_EVALUATORS);
    allow("Art.6, Art.28", List.of(r(AUTHORITY, ALWAYS, "the management bodies keep the registry of third parties")),
        Op.REGISTER_EVALUATOR);
    allow("Art.28", List.of(r(EVALUATOR, ALWAYS, "an evaluator declares its own ties (its own id in the path)")),
        Op.DECLARE_EVALUATOR_TIE);
    allow("Art.28", List.of(r(EVALUATOR, ENGAGED, ENGAGEMENT)), Op.RECORD_EVALUATION);
    allow("Art.28 with Art.26 谁主管、谁负责 and Art.6 考核: who commissions a third party to evaluate a PO", OWN_AUTHORITY_ACTS,
        Op.ENGAGE_EVALUATOR);
    // decision 0475: the commission is ended by whoever gave it — the PO's own authority (the core checks it is the one
    // recorded as engagedBy); no one else ends another's commission
    allow("Art.28 with Art.26: the commissioning authority ends the engagement it gave", OWN_AUTHORITY_ACTS, Op.END_ENGAGEMENT);
    // who reads an engagement: the authorities over the PO (Art.6 supervision, the commissioning one among them), the
    // evaluator its own commissions whatever their state (Art.28: the work it was given), the PO's own office — which must
    // know who may read its books under Art.28 — and not the members (an engagement is supervision's, not published, Art.14)
    allow("Art.28: who is engaged to evaluate which PO", List.of(r(AUTHORITY, IN_JURISDICTION, JURISDICTION),
        r(EVALUATOR, ALWAYS, "its own engagements, a filter (ended and expired ones too)"),
        r(SECRETARIAT, OWN_ORGANIZATION, "Art.28, Art.8(2).4: who may read its books")), Op.LIST_ENGAGEMENTS);
    allow("Art.28: the result is the PO's and its members'", READ_PO, Op.LIST_EVALUATIONS, Op.GET_EVALUATION, Op.VERIFY_EVALUATION,
        Op.EVALUATION_REPORT);
    // --- supervision (Art.25–29) ------------------------------------------------------------------------------------
    allow("Art.25, Art.26: inspection and sanction", OWN_AUTHORITY_ACTS, Op.OPEN_INSPECTION, Op.RECORD_INSPECTION_FINDING,
        Op.RECTIFY_FINDING, Op.IMPOSE_SANCTION, Op.LIFT_SANCTION);
    allow("Art.26, Art.29: the incentive is the PO's own authority's to grant", OWN_AUTHORITY_ACTS, Op.GRANT_INCENTIVE);
    allow("Art.25, Art.28, Art.29: the supervision record and the incentives", READ_BOOKS,
        Op.LIST_INSPECTIONS, Op.LIST_INCENTIVE_AWARDS, Op.COMPUTE_INCENTIVE);
    allow("Art.14, Art.29: a sanction is a major matter the PO discloses", READ_PO, Op.LIST_SANCTIONS);
    allow("Art.24(1), Art.27: the PO's self-discipline", OFFICE_FILES, Op.ADOPT_SELF_DISCIPLINE_MEASURE, Op.TAKE_DISCIPLINARY_ACTION);
    allow("Art.24(1), Art.27: the measures that bind its members", READ_PO, Op.LIST_SELF_DISCIPLINE_MEASURES, Op.LIST_DISCIPLINARY_ACTIONS);
    // --- what the people who use it look at (issue 18) ------------------------------------------------------------------
    allow("Art.6, Art.26: an authority supervises the POs of its jurisdiction", List.of(r(AUTHORITY, IN_JURISDICTION,
        "its own dashboard, or one inside its jurisdiction; never a neighbour's (decision 0430)")), Op.DASHBOARD);
    allow("Art.14, Art.25, Art.29: the deadlines of a PO's disclosures and rectifications, read as its books are",
        List.of(r(AUTHORITY, IN_JURISDICTION, JURISDICTION), r(EVALUATOR, ENGAGED, ENGAGEMENT), r(SECRETARIAT, OWN_ORGANIZATION, OWN_OFFICE),
            r(PUBLIC, Condition.FEED_TOKEN, "Art.14: the one feed its link's token opens (decision 0431)")), Op.ORGANIZATION_CALENDAR);
    allow("Art.14, Art.25, Art.26: what the POs an authority covers owe", List.of(r(AUTHORITY, IN_JURISDICTION, JURISDICTION),
        r(PUBLIC, Condition.FEED_TOKEN, "Art.26: the one feed its link's token opens (decision 0431)")), Op.AUTHORITY_CALENDAR);
  }

  /** The guideline's table in the production table's shape; a cell whose condition does not exist yet is left out. */
  static Map<Op, Map<Role, Condition>> expected() {
    Map<Op, Map<Role, Condition>> out = new EnumMap<>(Op.class);
    GUIDELINE.forEach((op, readings) -> {
      Map<Role, Condition> row = new EnumMap<>(Role.class);
      readings.stream().filter(x -> x.condition() != null).forEach(x -> row.put(x.role(), x.condition()));
      out.put(op, row);
    });
    return out;
  }

  /**
   * Where production and the guideline still part, each cell as {@code OP × ROLE}: none since engagements exist (issue 15
   * item 5, decision 0380). Asserted exactly, so that a new difference is a finding, not a drift.
   */
  static final List<String> KNOWN_FINDINGS = List.of();

  /**
   * Each role's part, from the guideline: the clauses a 403 must name when the role asks for an operation outside it
   * (decision 0546), in English and in Chinese. Art.6 (接受…业务指导，相关管理机构开展认定、管理、监督和考核工作) and Art.26
   * (谁主管、谁负责…政策和业务指导，并履行相关监管责任) for an authority; Art.28 (第三方机构…监督与评价) for an evaluator;
   * Art.8(2).4 (执行层…负责日常行政性事务以及执行…决策) for a secretariat; Art.8(2).1 (决策层…成员大会、会员大会…负责重大事项的决策)
   * and Art.8(2).4 for a member unit, which decides through the decision layer and leaves the affairs to the execution layer.
   */
  static final Map<Role, List<String>> SCOPE = Map.of(AUTHORITY, List.of("Art.6", "Art.26"), EVALUATOR, List.of("Art.28"),
      SECRETARIAT, List.of("Art.8(2).4"), MEMBER, List.of("Art.8(2).1", "Art.8(2).4"));
  static final Map<Role, List<String>> SCOPE_ZH = Map.of(AUTHORITY, List.of("第六条", "第二十六条"), EVALUATOR, List.of("第二十八条"),
      SECRETARIAT, List.of("第八条第（二）项第4目"), MEMBER, List.of("第八条第（二）项第1目", "第八条第（二）项第4目"));

  /** What {@code check} throws; null when it lets the caller through. */
  private static ApiError refusal(Runnable check) {
    try {
      check.run();
      return null;
    } catch (ApiError e) {
      return e;
    }
  }

  private static Caller caller(Role role) {
    return switch (role) {
      case PUBLIC -> Caller.PUBLIC;
      case MEMBER -> new Caller(role, "org-000001", "p-li");
      default -> new Caller(role, role == AUTHORITY ? "authority-000001" : role == EVALUATOR ? "evaluator-000001" : "org-000001", null);
    };
  }

  @Test
  void a_role_refused_an_operation_outside_its_part_is_told_the_clauses_that_draw_it_in_both_languages() {
    int refused = 0;
    for (Op op : Op.values()) {
      for (Role role : List.of(AUTHORITY, EVALUATOR, SECRETARIAT, MEMBER)) {
        if (GUIDELINE.get(op).stream().anyMatch(x -> x.role() == role)) {
          continue;
        }
        refused++;
        ApiError e = refusal(() -> Access.admit(op, caller(role)));
        assertThat(e).as("%s × %s", op, role).isNotNull();
        assertThat(e.status).isEqualTo(403);
        // an authority's act asked by another role names whose act it is, by the authority's clauses (review stop 25 item 9)
        // likewise an evaluator's act (review stop 26 item 8, Art.28)
        Role whose = role != AUTHORITY && GUIDELINE.get(op).stream().allMatch(x -> x.role() == AUTHORITY) ? AUTHORITY
            : role != EVALUATOR && GUIDELINE.get(op).stream().allMatch(x -> x.role() == EVALUATOR) ? EVALUATOR : role;
        assertThat(e.clauses.stream().map(dev.clustergov.core.guideline.Citation::format).toList()).as("%s × %s", op, role)
            .containsExactlyElementsOf(SCOPE.get(whose));
        assertThat(e.detail.en()).as("%s × %s", op, role).contains(SCOPE.get(whose));
        assertThat(e.detail.zh()).as("%s × %s", op, role).contains(SCOPE_ZH.get(whose));
        if (whose != role) {
          assertThat(e.detail.zh()).as("%s × %s", op, role).contains("由")
              .contains(whose == AUTHORITY ? "工业和信息化主管部门办理" : "第三方评价机构办理").doesNotContain("执行层");
        }
      }
    }
    assertThat(refused).as("cells where a role may never call the operation").isGreaterThan(100);
  }

  @Test
  void a_member_refused_an_authority_s_act_is_told_whose_act_it_is() {
    ApiError e = refusal(() -> Access.admit(Op.SUSPEND, caller(MEMBER)));
    assertThat(e.detail.zh()).isEqualTo("暂停认定由该集群发展促进组织的工业和信息化主管部门办理（依据《先进制造业集群发展促进组织建设指引》第六条、第二十六条）");
    assertThat(e.detail.en()).startsWith("Only the PO's own supervising authority may suspend recognition (under Art.6, Art.26");
    // the PO's own affairs still answer with the member's part
    assertThat(refusal(() -> Access.admit(Op.HIRE_STAFF, caller(MEMBER))).detail.zh()).startsWith("成员单位不能执行此操作：");
  }

  @Test
  void a_secretariat_refused_an_evaluation_is_told_it_is_the_evaluator_s_act() {
    ApiError e = refusal(() -> Access.admit(Op.RECORD_EVALUATION, caller(SECRETARIAT)));
    assertThat(e.detail.zh()).isEqualTo("录入第三方评价由受工业和信息化主管部门委托的第三方评价机构办理（依据《先进制造业集群发展促进组织建设指引》第二十八条）");
    assertThat(e.detail.en()).startsWith("Only a third-party evaluator engaged by the supervising authority may enter a third-party evaluation (under Art.28");
  }

  @Test
  void an_authority_refused_another_s_po_is_told_whose_act_it_is_as_its_sibling_says_it() {
    // review stop 26 item 8: 认定 of another authority's PO, worded as decision 0594's role-level refusal, Art.6 before Art.26
    Access access = new Access(id -> java.util.Optional.empty(), (evaluator, po) -> false);
    ApiError e = refusal(() -> access.require(Op.RECOGNISE, caller(AUTHORITY), Access.Target.NONE));
    // review stop 27 item 16: the principle and the clauses in one bracket
    assertThat(e.detail.zh()).isEqualTo("认定由该集群发展促进组织的工业和信息化主管部门办理，本部门不是其主管部门（落实“谁主管、谁负责”原则，"
        + "依据《先进制造业集群发展促进组织建设指引》第六条、第二十六条）");
    assertThat(e.detail.en()).startsWith("Only the PO's own supervising authority may recognise the PO; this department is not that authority")
        .contains("Art.6, Art.26");
    // review stop 28 E2: the principle in the one rendering the rules and the guideline's catalogue give it
    assertThat(e.detail.en()).contains("(the principle “whoever is in charge is responsible”; under Art.6, Art.26")
        .doesNotContain("who supervises");
    assertThat(Access.Condition.OWN_SUPERVISOR.text.en()).contains("the principle “whoever is in charge is responsible”");
    assertThat(e.detail.zh()).doesNotContain("对该对象").doesNotContain("执行此操作");
  }

  @Test
  void an_authority_outside_its_jurisdiction_is_told_it_in_its_own_voice() {
    Access access = new Access(id -> java.util.Optional.empty(), (evaluator, po) -> false);
    ApiError e = refusal(() -> access.require(Op.GET_ORGANIZATION, caller(AUTHORITY), Access.Target.NONE));
    assertThat(e.detail.zh()).isEqualTo("本部门只能办理辖区内集群发展促进组织的事项（依据《先进制造业集群发展促进组织建设指引》第六条）");
  }

  @Test
  void a_role_refused_on_another_s_object_is_told_the_clauses_of_its_condition() {
    // nobody's jurisdiction, no engagement, no PO in the target: every condition but ALWAYS fails, and each names its clauses
    Access access = new Access(id -> java.util.Optional.empty(), (evaluator, po) -> false);
    int refused = 0;
    for (Op op : Op.values()) {
      for (Reading x : GUIDELINE.get(op)) {
        if (x.role() == PUBLIC || x.condition() == ALWAYS) {
          continue;
        }
        refused++;
        ApiError e = refusal(() -> access.require(op, caller(x.role()), Access.Target.NONE));
        assertThat(e).as("%s × %s", op, x.role()).isNotNull();
        assertThat(e.status).isEqualTo(403);
        assertThat(e.clauses).as("%s × %s: %s", op, x.role(), x.why()).isNotEmpty();
        assertThat(e.detail.en()).contains(e.clauses.get(0).format());
        assertThat(e.detail.zh()).contains(e.clauses.get(0).formatChinese());
        // review stop 27 item 16: who may do what, in words — no calque, no bare “仅限…”, one bracket group
        assertThat(e.detail.zh()).as("%s × %s", op, x.role()).doesNotContain("对该对象").doesNotContain("执行此操作")
            .doesNotContain("仅限").doesNotContain("）（");
        assertThat(e.detail.zh()).as("%s × %s", op, x.role()).containsAnyOf("只能", "限于", "办理");
        assertThat(e.detail.en()).as("%s × %s", op, x.role()).doesNotContain("this record").doesNotContain(") (")
            .containsAnyOf(" may ", "Only ");
      }
    }
    assertThat(refused).isGreaterThan(50);
  }

  @Test
  void a_secretariat_or_an_evaluator_refused_another_po_is_told_who_may_read_it() {
    // review stop 27 item 16, with the reviewer's wording: say what is limited and to whom, cited
    Access access = new Access(id -> java.util.Optional.empty(), (evaluator, po) -> false);
    ApiError s = refusal(() -> access.require(Op.GET_ORGANIZATION, caller(SECRETARIAT), Access.Target.NONE));
    assertThat(s.detail.zh()).isEqualTo("秘书处只能查阅和办理本集群发展促进组织的事项（依据《先进制造业集群发展促进组织建设指引》第八条第（二）项第4目）");
    assertThat(s.detail.en()).startsWith("A secretariat may read and act on the matters of its own PO only (under Art.8(2).4");
    ApiError e = refusal(() -> access.require(Op.COMPLIANCE, caller(EVALUATOR), Access.Target.NONE));
    assertThat(e.detail.zh()).isEqualTo("查阅和评价该集群发展促进组织，限于受其主管部门委托且在委托期限内的第三方评价机构"
        + "（依据《先进制造业集群发展促进组织建设指引》第二十八条、第二十六条）");
    assertThat(e.detail.en()).startsWith("Only a third-party evaluator engaged by the PO's supervising authority, "
        + "while the engagement runs, may read or evaluate it (under Art.28, Art.26");
  }

  @Test
  void every_operation_has_a_row_from_the_guideline() {
    assertThat(GUIDELINE.keySet()).containsExactlyInAnyOrder(Op.values());
  }

  @Test
  void every_cell_says_why_with_its_clause() {
    GUIDELINE.forEach((op, readings) -> readings.forEach(x -> {
      if (!op.name().matches("HEALTH|READY|OPENAPI|DOCS|HOME")) {
        assertThat(x.why()).as("%s × %s", op, x.role()).containsPattern("Art\\.\\d+");
      }
    }));
  }

  @Test
  void the_production_table_is_the_guidelines() {
    Map<Op, Map<Role, Condition>> guideline = expected();
    List<String> differences = new ArrayList<>();
    for (Op op : Op.values()) {
      Map<Role, Condition> mine = guideline.getOrDefault(op, Map.of());
      Map<Role, Condition> theirs = Access.TABLE.getOrDefault(op, Map.of());
      for (Role role : Role.values()) {
        boolean written = GUIDELINE.getOrDefault(op, List.of()).stream().anyMatch(x -> x.role() == role);
        if (written && mine.get(role) == null) {
          // a cell of the guideline whose condition production does not have yet
          differences.add(op + " × " + role + ": guideline ENGAGED, production " + theirs.get(role));
        } else if (mine.get(role) != theirs.get(role)) {
          differences.add(op + " × " + role + ": guideline " + mine.get(role) + ", production " + theirs.get(role));
        }
      }
    }
    assertThat(new TreeSet<>(differences)).as("production parts from the guideline").containsExactlyInAnyOrderElementsOf(KNOWN_FINDINGS);
  }
}
