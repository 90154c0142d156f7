package dev.clustergov.core.rules;

import static dev.clustergov.core.rules.Severity.ADVISORY;
import static dev.clustergov.core.rules.Severity.BLOCKING;

import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.governance.Body;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.governance.Seat;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.organization.Charter;
import dev.clustergov.core.organization.ConsortiumComponent;
import dev.clustergov.core.organization.Founder;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationKind;
import dev.clustergov.core.organization.OrganizationType;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Parameters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The rules of Chapters 1–2 (总则、组建): what a PO must be (Art.2), who supervises it (Art.6), the
 * basic conditions for establishing it (Art.7) and its governance structure (Art.8). Each must hold
 * from establishment on; a few only from recognition.
 */
public final class EstablishmentRules {

  private EstablishmentRules() {}

  private static final Citation ART2 = Citation.article(2);
  private static final Citation ART6 = Citation.article(6);

  // ---- Art.2: what a PO is -------------------------------------------------------------------

  public static final Rule FOUNDERS = Rule.define("A2-founders", ART2, BLOCKING,
      "集群发展促进组织须由集群龙头企业、社会团体、科研机构等单位发起成立，至少有一家发起单位",
      "A PO is initiated by units such as the cluster's leading enterprises, social groups and research institutions: it needs at least one founder",
      (d, p) -> Outcome.when(!d.organization().founders().isEmpty(),
          Evidence.of("founders", d.organization().founders().size())));

  public static final Rule GOVERNMENT_GUIDANCE = Rule.define("A2-government-guidance", ART2, BLOCKING,
      "集群发展促进组织在政府的指导或引导下成立，须录入指导或引导的政府机构",
      "A PO is founded under government guidance: the guiding government body must be entered",
      (d, p) -> Outcome.when(d.organization().guidingBody().isPresent(),
          Evidence.of("guidingBody", d.organization().guidingBody().orElse("none"))));

  public static final Rule LEGAL_PERSON = Rule.define("A2-legal-person", ART2, BLOCKING,
      "集群发展促进组织是第三方法人组织，认定时须具有统一社会信用代码",
      "A PO is a third-party legal person: it must hold a unified social credit code when recognised",
      (d, p) -> Outcome.when(d.organization().creditCode().isPresent(),
          Evidence.of("creditCode", d.organization().creditCode().map(Object::toString).orElse("none"))))
      .at(LifecycleStage.RECOGNISED, LifecycleStage.SUSPENDED);

  public static final Rule ONE_PER_CLUSTER = Rule.define("A2-one-recognised-per-cluster", ART2, BLOCKING,
      // the rule and its evidence count the same thing, the cluster's other recognised POs: 1 of a maximum of 1 fails (review stop 27, item 5)
      "集群发展促进组织设在特定的先进制造业集群内：同一集群已认定的其他集群发展促进组织数须少于政策规定的上限，已达到上限的，不能再认定",
      "A PO serves one specific cluster: the cluster's other recognised POs must be fewer than the policy's maximum; once the cluster has the maximum, no other PO can be recognised",
      (d, p) -> {
        int max = p.get(Parameters.CLUSTER_MAX_RECOGNISED_ORGANIZATIONS);
        return Outcome.when(d.recognisedPeersInCluster() < max,
            Evidence.of("recognisedPeersInCluster", peers(d)), Evidence.of("policyMaximum", max));
      })
      .at(LifecycleStage.RECOGNISED);

  /**
   * The count of the cluster's other recognised POs, with their names where the dossier has them (decision 0630):
   * 1（“苏州市澄湖纳米新材料产业集群促进会”） · 1 (“苏州市澄湖纳米新材料产业集群促进会”); the JSON's text stays the count.
   */
  private static Object peers(Dossier d) {
    int n = d.recognisedPeersInCluster();
    if (d.recognisedPeers().isEmpty()) {
      return n;
    }
    List<String> names = d.recognisedPeers().stream().map(x -> "“" + x.name() + "”").toList();
    return Evidence.said(String.valueOf(n), n + "（" + String.join("、", names) + "）", n + " (" + String.join(", ", names) + ")");
  }

  // ---- Art.6: the supervising authority -------------------------------------------------------

  public static final Rule SUPERVISING_AUTHORITY = Rule.define("A6-supervising-authority", ART6, BLOCKING,
      "集群发展促进组织接受所在地工业和信息化主管部门的业务指导：主管部门须已录入本系统，且其辖区覆盖集群所在地区",
      "A PO takes guidance from the local industry and information technology authority: the authority must be entered in the system and its jurisdiction must cover the cluster's region",
      (d, p) -> d.authority()
          .map(a -> Outcome.when(a.covers(d.cluster().region()),
              Evidence.of("authorityJurisdiction", a.jurisdiction()), Evidence.of("clusterRegion", d.cluster().region())))
          .orElseGet(() -> Outcome.fail(Evidence.of("authority", Evidence.said("not registered: " + d.organization().authority(),
              "“" + d.organization().authority() + "”（未录入本系统）", d.organization().authority() + " (not entered in the system)")))));

  // ---- Art.7: basic conditions --------------------------------------------------------------

  public static final Rule PARTY_ORGANISATION = Rule.define("A7.1-party-organisation", Citation.item(7, 1), BLOCKING,
      "坚持党的领导：须设立党组织（党委、党总支、党支部或联合党支部）",
      "Party leadership: a Party organization (committee, general branch, branch or joint branch) must be set up",
      (d, p) -> Outcome.when(d.organization().partyOrganization().isPresent(),
          Evidence.of("partyOrganization", d.organization().partyOrganization().map(o -> o.form()))));

  private static final Pattern CJK = Pattern.compile("\\p{IsHan}");
  private static final List<String> NATIONAL_WORDS = List.of("中国", "全国", "中华");

  /**
   * A standard name (规范的名称): 4–50 characters, in Chinese, without control characters; only a PO
   * of a national-level cluster may carry 中国/全国/中华, after Art.10 of the Regulations on the
   * Registration of Social Groups and its naming measures.
   */
  public static final Rule NAME = Rule.define("A7.2-name", Citation.item(7, 2), BLOCKING,
      "须有规范的名称：4至50个字符，含中文；非国家级集群的集群发展促进组织，名称中不得含有“中国”“全国”“中华”",
      "A standard name: 4–50 characters, containing Chinese characters; only a PO of a national-level cluster may use 中国, 全国 or 中华",
      (d, p) -> {
        String name = d.organization().name();
        List<Evidence.Said> problems = new ArrayList<>();
        int length = name.codePointCount(0, name.length());
        if (length < 4 || length > 50) {
          problems.add(Evidence.said("length " + length, "名称为" + length + "个字符，应为4至50个字符",
              "the name has " + length + " characters, not 4 to 50"));
        }
        if (!CJK.matcher(name).find()) {
          problems.add(Evidence.said("no Chinese characters", "名称不含中文字符", "no Chinese characters"));
        }
        if (name.codePoints().anyMatch(Character::isISOControl) || !name.equals(name.strip())) {
          problems.add(Evidence.said("control or surrounding whitespace", "名称含控制字符或首尾空白",
              "control characters or surrounding whitespace"));
        }
        if (d.cluster().level() != ClusterLevel.NATIONAL && NATIONAL_WORDS.stream().anyMatch(name::contains)) {
          problems.add(Evidence.said("national wording for a " + d.cluster().level().name().toLowerCase() + " cluster",
              "所服务集群不是国家级集群，名称却使用了表示全国范围的字样", "national wording for a cluster that is not national-level"));
        }
        return problems.isEmpty()
            ? Outcome.pass(Evidence.of("name", name))
            : Outcome.fail(Evidence.of("name", name), Evidence.of("problems", problems));
      });

  public static final Rule CHARTER = Rule.define("A7.2-charter", Citation.item(7, 2), BLOCKING,
      "须有符合规定的章程，并载明业务范围",
      "A charter that meets the rules must be adopted, stating the business scope",
      (d, p) -> {
        int min = p.get(Parameters.CHARTER_MINIMUM_BUSINESS_SCOPE_ITEMS);
        return d.organization().charter()
            .map(c -> Outcome.when(c.businessScope().size() >= min,
                Evidence.of("businessScopeItems", c.businessScope().size()), Evidence.of("policyMinimum", min)))
            .orElseGet(() -> Outcome.fail(Evidence.of("charter", "none")));
      });

  public static final Rule FACILITIES = Rule.define("A7.2-facilities", Citation.item(7, 2), BLOCKING,
      "须有开展业务的基本设施：固定的办公地点和办公设备",
      "Basic facilities for the business: a fixed office and office equipment",
      (d, p) -> {
        var f = d.organization().facilities();
        List<Evidence.Said> missing = new ArrayList<>();
        if (f.officeAddress().isEmpty()) {
          missing.add(Evidence.said("fixed office", "固定的办公场所", "a fixed office"));
        }
        if (f.equipment().isEmpty()) {
          missing.add(Evidence.said("office equipment", "办公设备", "office equipment"));
        }
        return Outcome.unless(missing, "missing");
      });

  public static final Rule CAPITAL = Rule.define("A7.2-capital", Citation.item(7, 2), BLOCKING,
      "须有注册资金，且不低于政策规定的最低限额（国家级集群与其他集群分别规定）",
      "Registered capital must be present and at least the policy minimum (one for national-level clusters, another for the others)",
      (d, p) -> {
        boolean national = d.cluster().level() == ClusterLevel.NATIONAL;
        Money min = p.get(national ? Parameters.CAPITAL_MINIMUM_NATIONAL : Parameters.CAPITAL_MINIMUM_LOCAL);
        Money capital = d.organization().registeredCapital();
        return Outcome.when(!capital.isZero() && !capital.isLessThan(min),
            Evidence.of("registeredCapital", capital), Evidence.of("policyMinimum", min),
            Evidence.of("scope", national ? Evidence.said("national", "国家级集群", "national-level cluster")
                : Evidence.said("local", "其他集群", "not a national-level cluster")));
      });

  public static final Rule STAFF_CATEGORIES = Rule.define("A7.3-staff-categories", Citation.item(7, 3), ADVISORY,
      "宜配备相应的专业技术人员、管理人员和辅助人员",
      "Professional-technical, management and auxiliary staff should all be present",
      (d, p) -> {
        if (!p.get(Parameters.STAFFING_REQUIRE_ALL_CATEGORIES)) {
          return Outcome.notApplicable("政策未要求配备全部类别的工作人员", "policy does not ask for every category");
        }
        Set<StaffCategory> missing = EnumSet.allOf(StaffCategory.class);
        d.organization().staff().forEach(s -> missing.remove(s.category()));
        return Outcome.unless(missing, "missingCategories");
      });

  public static final Rule STAFF_HEADCOUNT = Rule.define("A7.3-staff-headcount", Citation.item(7, 3), ADVISORY,
      "工作人员宜根据所服务集群的规模合理确定：人数不少于政策按集群规模规定的下限",
      "Staff should be sized to the cluster: head-count at least the policy's minimum for the cluster's size",
      (d, p) -> {
        int enterprises = d.cluster().enterprises();
        int min = p.get(Parameters.STAFFING_TIERS).minimumStaffFor(enterprises);
        int headcount = d.organization().staff().size();
        return Outcome.when(headcount >= min, Evidence.of("headcount", headcount),
            Evidence.of("clusterEnterprises", enterprises), Evidence.of("policyMinimum", min));
      });

  public static final Rule FOUNDING_SYSTEMS = Rule.define("A7.4-management-systems", ManagementSystemKind.FOUNDING_CLAUSE, BLOCKING,
      "应制定人事管理、财务管理、档案管理等制度，并形成规范性文件",
      "Personnel, financial and archive management systems must be adopted as normative documents",
      (d, p) -> {
        Set<ManagementSystemKind> missing = EnumSet.copyOf(ManagementSystemKind.AT_FOUNDING);
        missing.removeAll(d.organization().systemKinds());
        return Outcome.unless(missing, "missingSystems");
      });

  public static final Rule INCOME = Rule.define("A7.5-income-sources", Citation.item(7, 5), BLOCKING,
      "应当具备自我造血能力，具有相对稳定的收入来源（会员会费、政府拨款、社会捐赠、规定允许范围内的服务收入等）：收入来源须不少于政策规定的种数",
      "Self-sustaining: relatively stable income sources (membership dues, government appropriations, donations, permitted service income and the like): the kinds of income source must be at least as many as the policy sets",
      (d, p) -> {
        int min = p.get(Parameters.INCOME_MINIMUM_SOURCES);
        int n = d.organization().incomeSources().size();
        return Outcome.when(n >= Math.max(1, min), Evidence.of("incomeSources",
            new TreeSet<>(d.organization().incomeSources())), Evidence.of("policyMinimum", Math.max(1, min)));
      });

  // ---- Art.8: governance ----------------------------------------------------------------------

  public static final Rule ORGANIZATION_TYPE = Rule.define("A8.1-organization-type", Citation.item(8, 1), BLOCKING,
      "组织类型须为事业单位、社会团体、社会服务机构等非营利组织，或市场化运作的营利性中介组织，或以上组织的联合体（至少由两个组织组成，且不含联合体）",
      "The type must be a non-profit (public institution, social group, social service agency), a market-run for-profit intermediary, or a consortium of these (made of at least two organizations, none of them a consortium)",
      (d, p) -> d.organization().type().map(EstablishmentRules::checkType)
          .orElseGet(() -> Outcome.fail(Evidence.of("type", "none"))));

  private static Outcome checkType(OrganizationType t) {
    if (t.kind() != OrganizationKind.CONSORTIUM) {
      return Outcome.when(t.components().isEmpty(), Evidence.of("type", t.kind()),
          Evidence.of("components", t.components().size()));
    }
    List<String> nested = t.components().stream()
        .filter(c -> c.kind() == OrganizationKind.CONSORTIUM).map(ConsortiumComponent::name).toList();
    return Outcome.when(t.components().size() >= 2 && nested.isEmpty(), Evidence.of("type", t.kind()),
        Evidence.of("components", t.components().size()), Evidence.of("consortiumComponents", nested));
  }

  public static final Rule CHARTER_CONSENSUS = Rule.define("A8.2-charter-consensus", Citation.item(8, 2), BLOCKING,
      "应在共同协商的基础上建立规范的组织章程：章程须经全体发起单位同意",
      "The charter is reached by common consultation: every founder must have consented to it",
      (d, p) -> {
        PromotionOrganization o = d.organization();
        if (o.charter().isEmpty()) {
          return Outcome.fail(Evidence.of("charter", "none"));
        }
        Charter c = o.charter().get();
        List<String> missing = o.founders().stream().map(Founder::name)
            .filter(n -> !c.consentingFounders().contains(n)).sorted().toList();
        return Outcome.unless(missing, "foundersWithoutConsent");
      });

  public static final Rule FIVE_LAYERS = Rule.define("A8.2-five-layers", Citation.item(8, 2), BLOCKING,
      "须具备完整的“五位一体”组织架构：决策层、监督层、管理层、执行层和咨询层均须设立",
      "All five governance layers must exist: decision, supervision, management, execution, advisory",
      (d, p) -> Outcome.unless(d.organization().governance().missingLayers(), "missingLayers"))
      .alsoCiting(Citation.item(7, 2));

  private static Rule layerForm(Layer layer, String zh, String en) {
    String id = "A8.2." + layer.clause().point() + "-" + layer.name().toLowerCase() + "-body";
    return Rule.define(id, layer.clause(), BLOCKING, zh, en, (d, p) -> {
      List<Body> bodies = d.organization().governance().in(layer);
      List<dev.clustergov.core.governance.BodyForm> forms = bodies.stream().map(b -> b.form()).toList();
      return Outcome.when(bodies.stream().anyMatch(Body::formPermitted), Evidence.of("layer", layer), Evidence.of("forms", forms));
    });
  }

  public static final Rule DECISION_BODY = layerForm(Layer.DECISION,
      "决策层须设成员大会、会员大会、决策部门等成员公认的具备决策权力的机构",
      "The decision layer needs a members' assembly, member congress, decision department or another body the members recognise");

  public static final Rule SUPERVISION_BODY = layerForm(Layer.SUPERVISION,
      "监督层须设监事会、监督部门等成员公认的具备监督权力的机构",
      "The supervision layer needs a board of supervisors, supervisory department or another body the members recognise");

  public static final Rule MANAGEMENT_BODY = layerForm(Layer.MANAGEMENT,
      "管理层须设理事会、管理部门等成员公认的具备管理权力的机构",
      "The management layer needs a council, management department or another body the members recognise");

  public static final Rule EXECUTION_BODY = layerForm(Layer.EXECUTION,
      "执行层须设秘书处、管理部门等成员公认的具备执行权力的机构",
      "The execution layer needs a secretariat, management department or another body the members recognise");

  public static final Rule ADVISORY_BODY = layerForm(Layer.ADVISORY,
      "咨询层须设专家委员会、咨询部门等成员公认的具备咨询能力的机构",
      "The advisory layer needs an expert committee, advisory department or another body the members recognise");

  public static final Rule SUPERVISOR_SEPARATION = Rule.define("A8.2.2-supervisor-separation", Citation.point(8, 2, 2), BLOCKING,
      "监督层负责监督业务运行及日常管理：监督层人员不得同时在管理层或执行层任职",
      "The supervision layer supervises operations and daily management: no one may sit in it and in the management or execution layer at once",
      (d, p) -> {
        if (!p.get(Parameters.GOVERNANCE_SUPERVISOR_MANAGER_SEPARATION)) {
          return Outcome.notApplicable("政策未要求监督层与管理层人员分设", "policy does not separate supervisors from managers");
        }
        var g = d.organization().governance();
        Set<PersonId> both = new TreeSet<>(g.peopleIn(Layer.SUPERVISION));
        Set<PersonId> managing = new TreeSet<>(g.peopleIn(Layer.MANAGEMENT));
        managing.addAll(g.peopleIn(Layer.EXECUTION));
        both.retainAll(managing);
        return Outcome.unless(both, "peopleInBoth");
      });

  public static final Rule EXPERTS = Rule.define("A8.2.5-expert-fields", Citation.point(8, 2, 5), BLOCKING,
      "咨询层由技术、服务、行业管理等各个领域的专家组成：每个席位须由专家担任，且覆盖政策规定的领域",
      "The advisory layer is made of experts in technology, services, industry management and other fields: every seat an expert, covering the fields the policy requires",
      (d, p) -> {
        var g = d.organization().governance();
        List<Evidence.Said> nonExperts = g.in(Layer.ADVISORY).stream().flatMap(b -> b.seats().stream())
            .filter(s -> !s.isExpert()).map(Seat::person).sorted(java.util.Comparator.comparing(x -> x.id().value()))
            .map(x -> Evidence.record(x.id().value(), x.name())).toList();
        Set<ExpertField> covered = g.advisoryFields();
        Set<ExpertField> missing = EnumSet.noneOf(ExpertField.class);
        p.get(Parameters.ADVISORY_REQUIRED_EXPERT_FIELDS).forEach(missing::add);
        missing.removeAll(covered);
        int min = p.get(Parameters.ADVISORY_MINIMUM_EXPERT_FIELDS);
        boolean ok = nonExperts.isEmpty() && missing.isEmpty() && covered.size() >= min && !covered.isEmpty();
        return Outcome.when(ok, Evidence.of("nonExperts", nonExperts), Evidence.of("fieldsCovered", covered),
            Evidence.of("fieldsMissing", missing), Evidence.of("policyMinimumFields", min));
      });

  /** Every rule of this class, in the guideline's order. */
  public static final List<Rule> ALL = List.of(
      FOUNDERS, GOVERNMENT_GUIDANCE, LEGAL_PERSON, ONE_PER_CLUSTER, SUPERVISING_AUTHORITY,
      PARTY_ORGANISATION, NAME, CHARTER, FACILITIES, CAPITAL, STAFF_CATEGORIES, STAFF_HEADCOUNT,
      FOUNDING_SYSTEMS, INCOME, ORGANIZATION_TYPE, CHARTER_CONSENSUS, FIVE_LAYERS,
      DECISION_BODY, SUPERVISION_BODY, MANAGEMENT_BODY, EXECUTION_BODY, ADVISORY_BODY,
      SUPERVISOR_SEPARATION, EXPERTS);

  /** The governance rules, re-checked when seats change. */
  public static final Set<String> GOVERNANCE = ALL.stream().filter(r -> r.clauses().stream()
      .anyMatch(c -> Citation.item(8, 2).covers(c))).map(Rule::id).collect(Collectors.toUnmodifiableSet());

}
