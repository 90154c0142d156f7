package dev.clustergov.adapters.rest;

import static dev.clustergov.adapters.rest.Access.Condition.ALWAYS;
import static dev.clustergov.adapters.rest.Access.Condition.BROADER_JURISDICTION;
import static dev.clustergov.adapters.rest.Access.Condition.ENGAGED;
import static dev.clustergov.adapters.rest.Access.Condition.FEED_TOKEN;
import static dev.clustergov.adapters.rest.Access.Condition.IN_JURISDICTION;
import static dev.clustergov.adapters.rest.Access.Condition.NAMED_AS_SUPERVISOR;
import static dev.clustergov.adapters.rest.Access.Condition.OWN_ORGANIZATION;
import static dev.clustergov.adapters.rest.Access.Condition.OWN_SEAT;
import static dev.clustergov.adapters.rest.Access.Condition.OWN_SUPERVISOR;
import static dev.clustergov.adapters.rest.Access.Condition.PARTY;
import static dev.clustergov.adapters.rest.Caller.Role.AUTHORITY;
import static dev.clustergov.adapters.rest.Caller.Role.EVALUATOR;
import static dev.clustergov.adapters.rest.Caller.Role.MEMBER;
import static dev.clustergov.adapters.rest.Caller.Role.PUBLIC;
import static dev.clustergov.adapters.rest.Caller.Role.SECRETARIAT;

import dev.clustergov.adapters.rest.Caller.Role;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import java.util.Collections;
import dev.clustergov.core.guideline.Citation;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Who may do what (访问控制), in one table: operation × role → the condition under which it is allowed.
 * A role missing from an operation's row may never call it (401 for the public, who could log in; 403
 * for the others). Conditions on the object — whose PO, which region — are checked before the request
 * body is read or a use case runs; the use cases then apply the guideline's own guards (e.g. Art.26:
 * only the PO's own authority may recognise it, answered 422 with its citation).
 */
final class Access {

  /** When a role may call an operation. */
  enum Condition {
    /** Always, for this role. */
    ALWAYS(Text.of("总是", "always"), List.of()),
    /** The PO in the path is the caller's own (secretariat, member). */
    OWN_ORGANIZATION(Text.of("仅限本组织", "only on its own PO"), List.of(Citation.item(8, 2))),
    /**
     * Of its own PO's internal disputes, a member unit reads those it is a party to (Art.15, decisions 0523, 0550): one of
     * the dispute's parties is a name the member acts under ({@link #partyTo}). Checked on the PO like
     * {@link #OWN_ORGANIZATION} before the route runs; the route then keeps the member's own disputes (a list is a filter,
     * another dispute is 404 as one that does not exist) and the event feed shows it the events of those only.
     */
    PARTY(Text.of("仅限本组织中本单位为当事方的内部矛盾", "only the internal disputes of its own PO it is a party to"),
        List.of(Citation.article(15), Citation.item(8, 2))),
    /** The PO is the member's own and the seat in the path is the member's own. */
    OWN_SEAT(Text.of("仅限本人在本组织的席位", "only its own seat in its own PO"), List.of(Citation.item(8, 2))),
    /** The authority's jurisdiction covers the region of the cluster concerned (Art.6). */
    IN_JURISDICTION(Text.of("仅限辖区内，即所辖地区覆盖集群所在地区", "only within its jurisdiction, that is where its region covers the cluster's region"), List.of(Citation.article(6))),
    /** The application names the calling authority as the PO's supervising authority (Art.6, Art.26). */
    NAMED_AS_SUPERVISOR(Text.of("仅限申请中指定本部门为主管部门", "only when the application names it as the supervising authority"), List.of(Citation.article(6), Citation.article(26))),
    /** The authority's jurisdiction covers a strictly narrower region (a province registers its cities). */
    BROADER_JURISDICTION(Text.of("仅限下级辖区", "only for a narrower jurisdiction inside its own"), List.of(Citation.article(6))),
    /** The authority's jurisdiction is the whole country (the event log spans every region). */
    NATIONAL(Text.of("仅限国务院工业和信息化主管部门", "only the State Council's department for industry and information technology"), List.of(Citation.article(6), Citation.article(26))),
    /** The authority is the PO's own supervising authority (谁主管、谁负责, Art.26), not merely one in jurisdiction. */
    OWN_SUPERVISOR(Text.of("仅限该集群发展促进组织的主管部门办理（" + dev.clustergov.core.guideline.Guideline.principleZh() + "）",
        "only the PO's own supervising authority (the principle “" + dev.clustergov.core.guideline.Guideline.IN_CHARGE_IS_RESPONSIBLE.en() + "”)"), List.of(Citation.article(26), Citation.article(6))),
    /**
     * The evaluator is registered and engaged by the PO's supervising authority to evaluate it, in an engagement that
     * runs today (Art.28 with Art.26, decision 0380).
     */
    ENGAGED(Text.of("仅限受该集群发展促进组织的主管部门委托、且在委托期限内的第三方评价机构",
        "only an evaluator the PO's supervising authority has engaged for it, while the engagement runs"),
        List.of(Citation.article(28), Citation.article(26))),
    /**
     * With the feed token of this very calendar in its link (decision 0431): calendar clients send no header, so the
     * token scoped to one feed rides in the URL. Checked by the calendar routes against the feed the token opens.
     */
    FEED_TOKEN(Text.of("仅凭该日历自身的订阅令牌（置于订阅链接中）", "only with this calendar's own feed token, in its link"),
        List.of(Citation.article(14), Citation.article(25)));

    final Text text;
    /** The clauses that draw this scope, named in a refusal (Art.6 and Art.26 for an authority's). */
    final List<Citation> clauses;

    Condition(Text text, List<Citation> clauses) {
      this.text = text;
      this.clauses = clauses;
    }
  }

  /** The table. Every operation of {@link Api} has a row; a test checks every cell over HTTP. */
  static final Map<Op, Map<Role, Condition>> TABLE;

  static {
    Map<Op, Map<Role, Condition>> t = new EnumMap<>(Op.class);
    Map<Role, Condition> everyone = row(PUBLIC, ALWAYS, AUTHORITY, ALWAYS, EVALUATOR, ALWAYS, SECRETARIAT, ALWAYS, MEMBER, ALWAYS);
    for (Op op : new Op[] {Op.HEALTH, Op.READY, Op.OPENAPI, Op.DOCS, Op.HOME, Op.LIST_ARTICLES, Op.GET_ARTICLE, Op.LIST_RULES,
        Op.GET_RULE, Op.LIST_CLUSTERS, Op.GET_CLUSTER, Op.CLUSTER_POLICY, Op.LIST_AUTHORITIES, Op.GET_AUTHORITY,
        Op.LIST_POLICY_PACKS, Op.PUBLIC_ORGANIZATION}) {
      t.put(op, everyone);
    }
    t.put(Op.REGISTER_CLUSTER, row(AUTHORITY, IN_JURISDICTION));
    t.put(Op.REGISTER_AUTHORITY, row(AUTHORITY, BROADER_JURISDICTION));
    t.put(Op.PUBLISH_POLICY_PACK, row(AUTHORITY, ALWAYS)); // the core publishes for the caller's own jurisdiction only
    // reading a PO: its supervisors within their jurisdiction, the evaluator engaged for it (Art.28), its own office and members
    Map<Role, Condition> readPo = row(AUTHORITY, IN_JURISDICTION, EVALUATOR, ENGAGED, SECRETARIAT, OWN_ORGANIZATION, MEMBER, OWN_ORGANIZATION);
    t.put(Op.LIST_ORGANIZATIONS, readPo); // a filter: each caller sees the POs it could read one by one
    t.put(Op.GET_ORGANIZATION, readPo);
    t.put(Op.ESTABLISHMENT_REPORT, readPo);
    t.put(Op.RECOGNITION_REPORT, readPo);
    t.put(Op.PROPOSE, row(AUTHORITY, NAMED_AS_SUPERVISOR));
    // Art.26 谁主管、谁负责: of the authorities, only the PO's own acts on its application and lifecycle — one that merely
    // covers the region (a province over its city's PO) is 403 before the body is read, as for inspections and sanctions
    t.put(Op.AMEND, row(AUTHORITY, OWN_SUPERVISOR, SECRETARIAT, OWN_ORGANIZATION));
    t.put(Op.ESTABLISH, row(AUTHORITY, OWN_SUPERVISOR, SECRETARIAT, OWN_ORGANIZATION));
    // Art.6 认定 and Art.26: recognition and the steps of supervision are the PO's own authority's
    for (Op op : new Op[] {Op.RECOGNISE, Op.SUSPEND, Op.REINSTATE, Op.REVOKE}) {
      t.put(op, row(AUTHORITY, OWN_SUPERVISOR));
    }
    t.put(Op.DISSOLVE, row(SECRETARIAT, OWN_ORGANIZATION)); // by the members' own decision (Art.8(2).1)
    t.put(Op.APPOINT, row(SECRETARIAT, OWN_ORGANIZATION));
    t.put(Op.REMOVE, row(SECRETARIAT, OWN_ORGANIZATION, MEMBER, OWN_SEAT)); // a member may resign its own seat
    // the log spans every region, read as a filter (EventFeed, decisions 0380, 0475): an authority the events of the POs in its
    // jurisdiction (the national one's covers all), an evaluator those of the POs it is engaged for, a PO's secretariat and
    // members those of their own PO — each event only as the caller's own routes show its record; what the public view
    // hides is redacted unless the caller may read the route that shows it
    t.put(Op.EVENTS, row(AUTHORITY, IN_JURISDICTION, EVALUATOR, ENGAGED, SECRETARIAT, OWN_ORGANIZATION, MEMBER, OWN_ORGANIZATION));
    // decision 0372: whether the chain holds — sequence numbers and aggregate ids, no payload — for every authority
    t.put(Op.CHAIN_AUDIT, row(AUTHORITY, ALWAYS));
    // --- management (Chapter 3, Art.9–16) ------------------------------------------------------------------------
    // the PO's own secretariat keeps its systems, staff, books, fee standards, disclosures, disputes and agreements
    for (Op op : new Op[] {Op.ADOPT_SYSTEM, Op.REVISE_SYSTEM, Op.HIRE_STAFF, Op.RECORD_INCOME, Op.RECORD_EXPENDITURE,
        Op.PUBLISH_FEE_SCHEDULE, Op.RECORD_CHARGE, Op.CHANGE_BANK_ACCOUNT, Op.PUBLISH_DISCLOSURE, Op.RECORD_DISPUTE_STEP,
        Op.DRAFT_IP_AGREEMENT, Op.AMEND_IP_AGREEMENT,
        // the secretariat files what the decision layer decided; the core checks the deciding body (Art.8(2).1)
        Op.AMEND_CHARTER, Op.CHANGE_REGISTERED_CAPITAL}) {
      t.put(op, row(SECRETARIAT, OWN_ORGANIZATION));
    }
    // 变更法定代表人: the PO's own office records what its decision or management body decided (the core checks the body, Art.8(2))
    t.put(Op.CHANGE_LEGAL_REPRESENTATIVE, row(SECRETARIAT, OWN_ORGANIZATION));
    t.put(Op.RAISE_DISPUTE, row(SECRETARIAT, OWN_ORGANIZATION, MEMBER, OWN_ORGANIZATION)); // Art.15: a member raises one in its own PO
    // Art.16: each party signs for itself — the PO through its secretariat, the government party through the PO's own
    // supervising authority (Art.26), a partner through its member token; the core refuses a signature for another party
    // (422, A16-signs-for-itself) and checks which parties must sign, once each (A16-signatures), on a possible day
    // (A16-signature-date).
    t.put(Op.SIGN_IP_AGREEMENT, row(SECRETARIAT, OWN_ORGANIZATION, AUTHORITY, OWN_SUPERVISOR, MEMBER, OWN_ORGANIZATION));
    // books, compliance and agreements: supervisors in jurisdiction, the engaged evaluator, the PO's own office
    Map<Role, Condition> readBooks = row(AUTHORITY, IN_JURISDICTION, EVALUATOR, ENGAGED, SECRETARIAT, OWN_ORGANIZATION);
    for (Op op : new Op[] {Op.LIST_INCOME, Op.LIST_EXPENDITURES, Op.COMPLIANCE, Op.DUE_DISCLOSURES, Op.LIST_IP_AGREEMENTS,
        Op.GET_IP_AGREEMENT}) {
      t.put(op, readBooks);
    }
    // what members see of their own PO anyway: its published standards and disclosures
    for (Op op : new Op[] {Op.LIST_FEE_SCHEDULES, Op.LIST_DISCLOSURES}) {
      t.put(op, readPo);
    }
    // Art.15: a dispute is its parties' — a member reads the disputes it is a party to, not those between other members
    // (decisions 0523, 0550); the PO's supervisors, its evaluator and its office read them all, as its other records
    for (Op op : new Op[] {Op.LIST_DISPUTES, Op.GET_DISPUTE}) {
      t.put(op, row(AUTHORITY, IN_JURISDICTION, EVALUATOR, ENGAGED, SECRETARIAT, OWN_ORGANIZATION, MEMBER, PARTY));
    }
    // an authority reads what the POs it covers owe: its own list, or a narrower authority's inside its jurisdiction;
    // supervision's worklist, no evaluator's (an evaluator reads what its engaged PO owes on the PO's own route)
    t.put(Op.AUTHORITY_DUE_DISCLOSURES, row(AUTHORITY, IN_JURISDICTION));
    // --- operation (Chapter 4, Art.17–24) ------------------------------------------------------------------------
    // the PO's own secretariat keeps its roll of members, its platforms and its record of service activities
    for (Op op : new Op[] {Op.ADMIT_MEMBER, Op.RECORD_MEMBER_LEAVING, Op.REGISTER_PLATFORM, Op.CHANGE_PLATFORM_OPENNESS,
        Op.RECORD_ACTIVITY}) {
      t.put(op, row(SECRETARIAT, OWN_ORGANIZATION));
    }
    // the services are for the members (Art.17): they read them with the PO's supervisors and evaluators (Art.28)
    for (Op op : new Op[] {Op.LIST_MEMBERS, Op.LIST_PLATFORMS, Op.LIST_ACTIVITIES}) {
      t.put(op, readPo);
    }
    // coverage is a public service record with counts only, no member named: anyone may read it (a proposed PO: 404)
    t.put(Op.COVERAGE, everyone);
    // --- third-party evaluation (Art.28) ---------------------------------------------------------------------------
    // the registry: kept by authorities, read by anyone who logs in (a PO checks who may evaluate it)
    t.put(Op.LIST_EVALUATORS, row(AUTHORITY, ALWAYS, EVALUATOR, ALWAYS, SECRETARIAT, ALWAYS, MEMBER, ALWAYS));
    t.put(Op.REGISTER_EVALUATOR, row(AUTHORITY, ALWAYS));
    // an evaluator declares its own ties (the handler answers 403 for another evaluator's id in the path)
    t.put(Op.DECLARE_EVALUATOR_TIE, row(EVALUATOR, ALWAYS));
    // Art.28 with Art.26: the PO's own supervising authority engages a third-party evaluator for it, over a period
    t.put(Op.ENGAGE_EVALUATOR, row(AUTHORITY, OWN_SUPERVISOR));
    // decision 0475: who reads an engagement — the authorities over the PO (the commissioning one among them), the evaluator
    // itself (its own, a filter: the handler keeps the caller's), the PO's own office (who may read its books); not members
    t.put(Op.LIST_ENGAGEMENTS, row(AUTHORITY, IN_JURISDICTION, EVALUATOR, ALWAYS, SECRETARIAT, OWN_ORGANIZATION));
    // the authority that engaged ends it: the PO's own (403 before the body for any other); the core checks engagedBy
    t.put(Op.END_ENGAGEMENT, row(AUTHORITY, OWN_SUPERVISOR));
    // only the engaged evaluator evaluates; whether it is independent of this PO is the core's rule (422 citing Art.28)
    t.put(Op.RECORD_EVALUATION, row(EVALUATOR, ENGAGED));
    for (Op op : new Op[] {Op.LIST_EVALUATIONS, Op.GET_EVALUATION, Op.VERIFY_EVALUATION}) {
      t.put(op, readPo);
    }
    // --- supervision (Chapter 5) ------------------------------------------------------------------------------------
    // Art.26 谁主管、谁负责: only the PO's own authority inspects and sanctions; a broader or neighbouring one is 403
    for (Op op : new Op[] {Op.OPEN_INSPECTION, Op.RECORD_INSPECTION_FINDING, Op.RECTIFY_FINDING, Op.IMPOSE_SANCTION,
        Op.LIFT_SANCTION}) {
      t.put(op, row(AUTHORITY, OWN_SUPERVISOR));
    }
    // inspections: supervisors in jurisdiction, evaluators (Art.28 evaluates operation), the PO's own office
    t.put(Op.LIST_INSPECTIONS, readBooks);
    // sanctions are major matters the PO discloses anyway (Art.14): its members read them too
    t.put(Op.LIST_SANCTIONS, readPo);
    // Art.24(1), Art.27: the PO's own office keeps its self-discipline; its members read the measures that bind them
    t.put(Op.ADOPT_SELF_DISCIPLINE_MEASURE, row(SECRETARIAT, OWN_ORGANIZATION));
    t.put(Op.TAKE_DISCIPLINARY_ACTION, row(SECRETARIAT, OWN_ORGANIZATION));
    t.put(Op.LIST_SELF_DISCIPLINE_MEASURES, readPo);
    t.put(Op.LIST_DISCIPLINARY_ACTIONS, readPo);
    // --- incentives and what-ifs (Art.29–30) ---------------------------------------------------------------------------
    // Art.26 with Art.29: only the PO's own supervising authority grants its incentive
    t.put(Op.GRANT_INCENTIVE, row(AUTHORITY, OWN_SUPERVISOR));
    // awards and what a PO would receive: like its books — supervisors in jurisdiction, evaluators, the PO's own office
    t.put(Op.LIST_INCENTIVE_AWARDS, readBooks);
    t.put(Op.COMPUTE_INCENTIVE, readBooks);
    // Art.30: a draft is tried by an authority whose jurisdiction covers the region (the body's, or its own when none is named)
    t.put(Op.WHAT_IF, row(AUTHORITY, IN_JURISDICTION));
    // Art.30: policy cases are run by an authority, on POs of its own jurisdiction (the core answers one elsewhere as unknown)
    t.put(Op.POLICY_CASES, row(AUTHORITY, ALWAYS));
    // --- dashboard and calendars (issue 18, decisions 0430, 0431) --------------------------------------------------------
    // an authority's jurisdiction at a glance: by that authority, or one whose jurisdiction covers it, never a neighbour's
    t.put(Op.DASHBOARD, row(AUTHORITY, IN_JURISDICTION));
    // the deadlines a PO owes, as the books that hold them are read; or by the link of that one feed
    t.put(Op.ORGANIZATION_CALENDAR, row(AUTHORITY, IN_JURISDICTION, EVALUATOR, ENGAGED, SECRETARIAT, OWN_ORGANIZATION, PUBLIC, FEED_TOKEN));
    t.put(Op.AUTHORITY_CALENDAR, row(AUTHORITY, IN_JURISDICTION, PUBLIC, FEED_TOKEN));
    // the evaluation report is the evaluation, printed: read as the evaluation is (decision 0450)
    t.put(Op.EVALUATION_REPORT, readPo);
    // a PO's own office keeps its roll and its record of services (Art.17): it imports them, and downloads the templates
    for (Op op : new Op[] {Op.IMPORT_MEMBERS, Op.IMPORT_ACTIVITIES, Op.IMPORT_TEMPLATE, Op.IMPORT_PAGE, Op.IMPORT_UPLOAD}) {
      t.put(op, row(SECRETARIAT, OWN_ORGANIZATION));
    }
    TABLE = Collections.unmodifiableMap(t);
  }

  private static Map<Role, Condition> row(Object... pairs) {
    Map<Role, Condition> m = new EnumMap<>(Role.class);
    for (int i = 0; i < pairs.length; i += 2) {
      m.put((Role) pairs[i], (Condition) pairs[i + 1]);
    }
    return Collections.unmodifiableMap(m);
  }

  /**
   * What a condition looks at, found lazily: the PO in the path, the region concerned, the authority
   * an application names, the seat in the path.
   */
  record Target(Optional<String> organization, Optional<RegionCode> region, Optional<String> namedAuthority,
      Optional<String> person) {
    static final Target NONE = new Target(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  private final Function<String, Optional<RegionCode>> jurisdictionOf;
  private final java.util.function.BiPredicate<String, String> engaged;
  private final Function<Caller, java.util.Set<String>> namesOf;

  /** With a member known by the token's name alone (no membership's registered name): for tests of other conditions. */
  Access(Function<String, Optional<RegionCode>> jurisdictionOf, java.util.function.BiPredicate<String, String> engaged) {
    this(jurisdictionOf, engaged, c -> c.member() == null ? java.util.Set.of() : java.util.Set.of(c.member()));
  }

  /**
   * @param jurisdictionOf an authority id's jurisdiction, empty when it is not registered
   * @param engaged whether an evaluator id names a registered evaluator engaged today for a PO id (Art.28)
   * @param namesOf the names a member acts under in its PO ({@link Members#namesOf}), by which it is a dispute's party
   */
  Access(Function<String, Optional<RegionCode>> jurisdictionOf, java.util.function.BiPredicate<String, String> engaged,
      Function<Caller, java.util.Set<String>> namesOf) {
    this.jurisdictionOf = jurisdictionOf;
    this.engaged = engaged;
    this.namesOf = namesOf;
  }

  static Optional<Condition> condition(Op op, Role role) {
    return Optional.ofNullable(TABLE.getOrDefault(op, Map.of()).get(role));
  }

  /**
   * The role-level check, before anything is loaded: 401 for the public, 403 for the others — naming what the role's part
   * is and the clauses that draw it ({@link #competence}, decision 0546).
   */
  static void admit(Op op, Caller caller) {
    if (condition(op, caller.role()).isEmpty()) {
      if (caller.role() == PUBLIC) {
        throw ApiError.unauthorized();
      }
      Map<Role, Condition> row = TABLE.getOrDefault(op, Map.of());
      if (caller.role() != AUTHORITY && row.keySet().equals(java.util.Set.of(AUTHORITY))) {
        // an authority's act (认定, 暂停认定, 监督检查 …) asked by another role: say whose act it is, not the caller's own part
        // (review stop 25 item 9); still cited, by the clauses that give the act to the authority (Art.6, Art.26)
        Text act = AUTHORITY_ACTS.containsKey(op) ? dev.clustergov.core.rules.CommandName.of(AUTHORITY_ACTS.get(op)).words()
            : Text.of("此操作", "do this");
        boolean own = row.get(AUTHORITY) == OWN_SUPERVISOR;
        throw ApiError.forbidden(Text.of(act.zh() + "由" + (own ? "该集群发展促进组织的工业和信息化主管部门" : "工业和信息化主管部门") + "办理",
            "Only " + (own ? "the PO's own supervising authority" : "a supervising authority") + " may " + act.en()),
            competence(AUTHORITY).clauses());
      }
      if (caller.role() != EVALUATOR && row.keySet().equals(java.util.Set.of(EVALUATOR))) {
        // an evaluator's act (录入第三方评价, 申报利害关系) asked by another role: say whose act it is (review stop 26, item 8)
        Text act = EVALUATOR_ACTS.containsKey(op) ? dev.clustergov.core.rules.CommandName.of(EVALUATOR_ACTS.get(op)).words()
            : Text.of("该事项", "do this");
        throw ApiError.forbidden(Text.of(act.zh() + "由受工业和信息化主管部门委托的第三方评价机构办理",
            "Only a third-party evaluator engaged by the supervising authority may " + act.en()), competence(EVALUATOR).clauses());
      }
      Competence part = competence(caller.role());
      throw ApiError.forbidden(Text.of(label(caller.role()).zh() + "不能执行此操作：" + part.text().zh(),
          label(caller.role()).en() + " may not do this: " + part.text().en()), part.clauses());
    }
  }

  /** The authority's acts named in words when another role asks for them (the command whose words they are). */
  private static final Map<Op, String> AUTHORITY_ACTS = Map.ofEntries(
      Map.entry(Op.RECOGNISE, "RecogniseOrganization"), Map.entry(Op.SUSPEND, "SuspendOrganization"),
      Map.entry(Op.REINSTATE, "ReinstateOrganization"), Map.entry(Op.REVOKE, "RevokeRecognition"),
      Map.entry(Op.OPEN_INSPECTION, "OpenInspection"), Map.entry(Op.RECORD_INSPECTION_FINDING, "RecordInspectionFinding"),
      Map.entry(Op.IMPOSE_SANCTION, "ImposeSanction"), Map.entry(Op.LIFT_SANCTION, "LiftSanction"),
      Map.entry(Op.ENGAGE_EVALUATOR, "EngageEvaluator"), Map.entry(Op.END_ENGAGEMENT, "EndEngagement"),
      Map.entry(Op.GRANT_INCENTIVE, "GrantIncentive"), Map.entry(Op.REGISTER_EVALUATOR, "RegisterEvaluator"),
      Map.entry(Op.REGISTER_CLUSTER, "RegisterCluster"), Map.entry(Op.REGISTER_AUTHORITY, "RegisterAuthority"),
      Map.entry(Op.PUBLISH_POLICY_PACK, "PublishPolicyPack"), Map.entry(Op.WHAT_IF, "RunWhatIf"),
      Map.entry(Op.POLICY_CASES, "RunPolicyCases"), Map.entry(Op.PROPOSE, "ProposeOrganization"));

  /** The evaluator's acts named in words when another role asks for them (Art.28). */
  private static final Map<Op, String> EVALUATOR_ACTS = Map.of(Op.RECORD_EVALUATION, "RecordEvaluation",
      Op.DECLARE_EVALUATOR_TIE, "DeclareEvaluatorTie");

  /** The object-level check: 403 unless the condition holds for this target. */
  void require(Op op, Caller caller, Target target) {
    admit(op, caller);
    Condition c = condition(op, caller.role()).orElseThrow();
    if (!holds(c, caller, target)) {
      // a sentence with its subject and what it may not do, as the role-level refusal says it (issue 20)
      if (c == IN_JURISDICTION) {
        // review stop 25 item 11: the department says what it may do, in its own voice
        throw ApiError.forbidden(refused(c, caller.role()).text(), c.clauses);
      }
      if (c == OWN_SUPERVISOR) {
        // review stop 26 item 8: said as the role-level refusal of an authority's act says it (decision 0594), the
        // department in its own voice, the clauses in their order (Art.6, Art.26)
        Text act = AUTHORITY_ACTS.containsKey(op) ? dev.clustergov.core.rules.CommandName.of(AUTHORITY_ACTS.get(op)).words()
            : Text.of("该事项", "act on it");
        // review stop 27 item 16: the principle and the clauses in one bracket, not two in a row
        throw ApiError.forbidden(Text.of(act.zh() + "由该集群发展促进组织的工业和信息化主管部门办理，本部门不是其主管部门",
            "Only the PO's own supervising authority may " + act.en() + "; this department is not that authority"),
            // review stop 28 E2: the principle in the one English rendering the guideline's catalogue gives it
            Text.of(dev.clustergov.core.guideline.Guideline.principleZh() + "原则", "the principle “" + dev.clustergov.core.guideline.Guideline.IN_CHARGE_IS_RESPONSIBLE.en() + "”"),
            competence(AUTHORITY).clauses());
      }
      Refused r = refused(c, caller.role());
      throw ApiError.forbidden(r.text(), r.clauses());
    }
  }

  /** A refusal on the object: who may do what, and the clauses that say so (review stop 27 item 16). */
  record Refused(Text text, List<Citation> clauses) {}

  /**
   * The 403 of a condition that does not hold, as a sentence that says who may do what — never “不能对该对象执行此操作：仅限…”,
   * which says neither (review stop 27 item 16). {@link Condition#IN_JURISDICTION} and {@link Condition#OWN_SUPERVISOR} have
   * their own sentences in {@link #require}.
   */
  static Refused refused(Condition c, Role role) {
    Text who = label(role);
    return switch (c) {
      // the PO's own office and members: the execution layer's part (Art.8(2).4), a member's through the decision layer too
      case OWN_ORGANIZATION -> new Refused(Text.of(who.zh() + "只能查阅和办理本集群发展促进组织的事项",
          who.en() + " may read and act on the matters of its own PO only"),
          role == MEMBER ? competence(MEMBER).clauses() : List.of(Citation.point(8, 2, 4)));
      case PARTY -> new Refused(Text.of("成员单位只能查阅本集群发展促进组织中本单位为当事方的内部矛盾",
          "A member unit may read only those internal disputes of its own PO to which it is a party"), c.clauses);
      case OWN_SEAT -> new Refused(Text.of("成员单位只能辞去本单位在本集群发展促进组织中的席位",
          "A member unit may resign only its own seat in its own PO"), c.clauses);
      case NAMED_AS_SUPERVISOR -> new Refused(Text.of("本部门只能提出申请中指定本部门为主管部门的集群发展促进组织筹建",
          "This department may propose only a PO whose application names it as the supervising authority"),
          c.clauses);
      case BROADER_JURISDICTION -> new Refused(Text.of("本部门只能录入所辖地区内下级地区的工业和信息化主管部门",
          "This department may register only the supervising authorities of narrower regions inside its own jurisdiction"),
          c.clauses);
      case NATIONAL -> new Refused(Text.of("该事项由国务院工业和信息化主管部门办理",
          "Only the State Council's department for industry and information technology may do this"), c.clauses);
      case ENGAGED -> new Refused(Text.of("查阅和评价该集群发展促进组织，限于受其主管部门委托且在委托期限内的第三方评价机构",
          "Only a third-party evaluator engaged by the PO's supervising authority, while the engagement runs, "
              + "may read or evaluate it"), c.clauses);
      case FEED_TOKEN -> new Refused(Text.of("该日历只能凭其订阅链接中的订阅令牌查阅",
          "This calendar may be read only with the feed token in its own link"), c.clauses);
      case IN_JURISDICTION -> new Refused(Text.of("本部门只能办理辖区内集群发展促进组织的事项",
          "This department may act only on the POs within its jurisdiction"), c.clauses);
      case OWN_SUPERVISOR -> new Refused(Text.of("该事项由该集群发展促进组织的工业和信息化主管部门办理，本部门不是其主管部门",
          "Only the PO's own supervising authority may act on it; this department is not that authority"), competence(AUTHORITY).clauses());
      case ALWAYS -> throw new IllegalStateException("ALWAYS holds");
    };
  }

  boolean allows(Op op, Caller caller, Target target) {
    return condition(op, caller.role()).map(c -> holds(c, caller, target)).orElse(false);
  }

  /**
   * Whether {@code caller}, who may read the disputes of the PO, reads one with these parties (Art.15, decision 0550): a
   * member whose row is {@link Condition#PARTY} only when one of the names it acts under is among them; every other reader
   * of the route, always.
   */
  boolean partyTo(Caller caller, java.util.Collection<String> parties) {
    if (condition(Op.GET_DISPUTE, caller.role()).orElse(null) != PARTY) {
      return true;
    }
    java.util.Set<String> names = namesOf.apply(caller);
    return parties.stream().anyMatch(names::contains);
  }

  private boolean holds(Condition c, Caller caller, Target t) {
    return switch (c) {
      case ALWAYS -> true;
      // PARTY narrows further inside the route (partyTo); on the PO it holds as OWN_ORGANIZATION does
      case OWN_ORGANIZATION, PARTY -> t.organization().map(caller.id()::equals).orElse(false);
      case OWN_SEAT -> t.organization().map(caller.id()::equals).orElse(false)
          && t.person().map(caller.member()::equals).orElse(false);
      case IN_JURISDICTION -> jurisdiction(caller).flatMap(j -> t.region().map(j::covers)).orElse(false);
      case BROADER_JURISDICTION -> jurisdiction(caller).flatMap(j -> t.region().map(r -> j.covers(r) && !j.equals(r))).orElse(false);
      case NAMED_AS_SUPERVISOR -> t.namedAuthority().map(caller.id()::equals).orElse(false);
      case NATIONAL -> jurisdiction(caller).map(RegionCode.NATIONAL::equals).orElse(false);
      // the target's namedAuthority is, for a PO route, the PO's own supervising authority
      case OWN_SUPERVISOR -> caller.role() == AUTHORITY && t.namedAuthority().map(caller.id()::equals).orElse(false);
      case ENGAGED -> caller.role() == EVALUATOR && t.organization().map(po -> engaged.test(caller.id(), po)).orElse(false);
      // the calendar routes compare the feed the token opens with the one asked for; a bare target never satisfies it
      case FEED_TOKEN -> false;
    };
  }

  private Optional<RegionCode> jurisdiction(Caller caller) {
    return caller.role() == AUTHORITY ? jurisdictionOf.apply(caller.id()) : Optional.empty();
  }

  /** What a role may do at all, in words, and the clauses of the guideline that draw it (职权范围, decision 0546). */
  record Competence(Text text, List<Citation> clauses) {}

  /**
   * The part the guideline gives {@code role}, named when it asks for an operation outside it: an authority guides,
   * recognises, manages, supervises and assesses the POs it is in charge of (Art.6, Art.26); a third party evaluates the
   * POs it is engaged to evaluate (Art.28); a secretariat is its PO's execution layer (Art.8(2).4); a member unit takes its
   * part through the decision layer, its PO's affairs being the execution layer's (Art.8(2).1, Art.8(2).4). The public
   * logs in first (401), so it has none.
   */
  static Competence competence(Role role) {
    return switch (role) {
      case AUTHORITY -> new Competence(Text.of(
          "主管部门对集群发展促进组织进行业务指导，开展认定、管理、监督和考核，履行监管责任，不代行集群发展促进组织自身事务和第三方评价",
          "it gives POs business guidance, recognises, manages, supervises and assesses them and carries out its supervisory duty, "
              + "and does not conduct a PO's own affairs or a third party's evaluation"),
          List.of(Citation.article(6), Citation.article(26)));
      case EVALUATOR -> new Competence(Text.of("第三方评价机构仅对受委托评价的集群发展促进组织的组建和运行情况开展评价",
          "it only evaluates the establishment and operation of the POs it is engaged to evaluate"), List.of(Citation.article(28)));
      case SECRETARIAT -> new Competence(Text.of("秘书处作为执行层，负责本组织的日常行政性事务，执行决策层、监督层、管理层的决策",
          "as the execution layer it conducts its own PO's daily administrative affairs and carries out the decisions of its "
              + "decision, supervision and management layers"), List.of(Citation.point(8, 2, 4)));
      case MEMBER -> new Competence(Text.of("成员单位通过决策层参与重大事项决策，本组织的日常事务由执行层办理",
          "a member unit takes part in the decision of major matters through the decision layer, and its PO's daily affairs are "
              + "conducted by the execution layer"), List.of(Citation.point(8, 2, 1), Citation.point(8, 2, 4)));
      case PUBLIC -> new Competence(Text.of("公众须先进行身份认证", "the public must authenticate first"), List.of());
    };
  }

  static Text label(Role role) {
    return switch (role) {
      case AUTHORITY -> Text.of("工业和信息化主管部门", "A supervising authority");
      case EVALUATOR -> Text.of("第三方评价机构", "A third-party evaluator");
      case SECRETARIAT -> Text.of("秘书处", "A secretariat");
      case MEMBER -> Text.of("成员单位", "A member unit");
      case PUBLIC -> Text.of("公众", "The public");
    };
  }
}
