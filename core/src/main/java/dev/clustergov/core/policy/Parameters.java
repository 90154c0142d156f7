package dev.clustergov.core.policy;

import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Seq;
import io.vavr.collection.SortedSet;
import io.vavr.collection.TreeSet;
import io.vavr.control.Option;

/**
 * Every policy parameter (政策参数表, Art.30), with the national baseline's value and where that
 * value comes from. To add one: a constant here, with its source, and an entry in {@link #all()}'s
 * list; a cross-parameter condition goes in {@link #consistency()}.
 */
public final class Parameters {

  private Parameters() {}

  // ---- Art.7(2): registered capital -------------------------------------------------------

  /**
   * Minimum registered capital of a PO registered at national level (全国性). The guideline asks
   * only for "注册资金"; the amount follows Art.10(5) of the Regulations on the Registration of
   * Social Groups (《社会团体登记管理条例》): 全国性的社会团体有10万元以上活动资金.
   */
  public static final Parameter<Money> CAPITAL_MINIMUM_NATIONAL = Parameter.define(
      "capital.minimum.national", Citation.of("Art.7(2)"), Codec.money(),
      // 《社会团体登记管理条例》第十条第（五）项：全国性的社会团体有10万元以上活动资金
      Money.yuan("100000.00"),
      "全国性集群发展促进组织的最低注册资金（元）",
      "Minimum registered capital of a nationally registered PO (yuan)");

  /**
   * Minimum registered capital of a PO registered locally or across regions (地方性、跨行政区域).
   * After the same Art.10(5): 地方性的社会团体和跨行政区域的社会团体有3万元以上活动资金.
   */
  public static final Parameter<Money> CAPITAL_MINIMUM_LOCAL = Parameter.define(
      "capital.minimum.local", Citation.of("Art.7(2)"), Codec.money(),
      // 《社会团体登记管理条例》第十条第（五）项：地方性的社会团体和跨行政区域的社会团体有3万元以上活动资金
      Money.yuan("30000.00"),
      "地方性及跨行政区域集群发展促进组织的最低注册资金（元）",
      "Minimum registered capital of a locally or cross-regionally registered PO (yuan)");

  // ---- Art.7(3): staff --------------------------------------------------------------------

  /**
   * Minimum staff head-count by the cluster's number of enterprises. Art.7(3) says only that staff
   * should (宜) match the cluster's scale, scope and functions and names no number: the baseline
   * 200:5, 1000:10, above:15 is a conservative assumption of this library, meant to be overlaid by
   * each locality (Art.30). A rule built on it is advisory unless a pack makes it binding.
   */
  public static final Parameter<StaffingTiers> STAFFING_TIERS = Parameter.define(
      "staffing.tiers", Citation.of("Art.7(3)"), Codec.tiers(),
      // assumption, not in the guideline: Art.7(3) leaves the numbers to local practice
      StaffingTiers.from(StaffingTiers.Tier.upTo(200, 5), StaffingTiers.Tier.upTo(1000, 10),
          StaffingTiers.Tier.above(15)),
      "按集群企业数量确定的最少工作人员数（企业数上限:最少人数）",
      "Minimum staff head-count by the cluster's number of enterprises (max enterprises:minimum staff)");

  /** Whether all three staff categories of Art.7(3) must be present. */
  public static final Parameter<Boolean> STAFFING_REQUIRE_ALL_CATEGORIES = Parameter.define(
      "staffing.requireAllCategories", Citation.of("Art.7(3)"), Codec.flag(),
      // Art.7(3) names 专业技术人员、管理人员和辅助人员
      true,
      "是否须配备专业技术人员、管理人员和辅助人员三类人员",
      "Whether professional-technical, management and auxiliary staff must all be present");

  // ---- Art.8(2).5: advisory layer ---------------------------------------------------------

  /** Fields the advisory layer's experts must cover. */
  public static final Parameter<SortedSet<ExpertField>> ADVISORY_REQUIRED_EXPERT_FIELDS = Parameter.define(
      "advisory.requiredExpertFields", Citation.of("Art.8(2).5"), Codec.enumSet(ExpertField.class),
      // Art.8(2).5 names 技术、服务、行业管理等领域专家
      TreeSet.of(ExpertField.TECHNOLOGY, ExpertField.SERVICES, ExpertField.INDUSTRY_MANAGEMENT),
      "咨询层专家须覆盖的领域", "Fields the advisory layer's experts must cover");

  /** Number of distinct fields the advisory layer's experts must cover, at most every field there is. */
  public static final Parameter<Integer> ADVISORY_MINIMUM_EXPERT_FIELDS = Parameter.define(
      "advisory.minimumExpertFields", Citation.of("Art.8(2).5"),
      Codec.count(0, ExpertField.values().length),
      // Art.8(2).5 names three fields: technology, services, industry management
      3,
      "咨询层专家至少覆盖的领域数", "Minimum number of distinct fields the advisory layer's experts cover");

  // ---- Art.8(2).2: supervision layer ------------------------------------------------------

  /**
   * Whether no person may sit at once in the supervision layer and the management or execution
   * layer. After the model charter for social groups (《社会团体章程示范文本》): 监事不得兼任理事、秘书长等.
   */
  public static final Parameter<Boolean> GOVERNANCE_SUPERVISOR_MANAGER_SEPARATION = Parameter.define(
      "governance.supervisorManagerSeparation", Citation.of("Art.8(2).2"), Codec.flag(),
      // 《社会团体章程示范文本》：监事不得兼任理事、秘书长等
      true,
      "监事不得兼任管理层或执行层职务", "Supervisors may not also sit in the management or execution layer");

  // ---- Art.7(5): income -------------------------------------------------------------------

  /** Minimum number of income sources. */
  public static final Parameter<Integer> INCOME_MINIMUM_SOURCES = Parameter.define(
      "income.minimumSources", Citation.of("Art.7(5)"), Codec.count(1, Integer.MAX_VALUE),
      // Art.7(5): 相对稳定的收入来源 — at least one; a locality may ask for more
      1,
      "最少收入来源数", "Minimum number of income sources");

  // ---- Art.2: one PO per cluster ----------------------------------------------------------

  /** Most recognised POs one cluster may have; at least one, or no PO could ever be recognised. */
  public static final Parameter<Integer> CLUSTER_MAX_RECOGNISED_ORGANIZATIONS = Parameter.define(
      "cluster.maxRecognisedOrganizations", Citation.of("Art.2"), Codec.count(1, Integer.MAX_VALUE),
      // Art.2: a PO serves one specific cluster (在特定的先进制造业集群内); default: one recognised PO each
      1,
      "每个集群最多认定的集群发展促进组织数", "Most recognised POs per cluster");

  // ---- Art.30: binding advisories ---------------------------------------------------------

  /** Advisory rules (宜, 鼓励 …) that this jurisdiction makes binding, by rule id. */
  public static final Parameter<SortedSet<String>> RULES_BINDING_ADVISORIES = Parameter.define(
      "rules.bindingAdvisories", Citation.of("Art.30"), Codec.ruleIds(),
      // Art.30: localities adapt the guideline; the national baseline makes no advisory binding
      TreeSet.empty(),
      "本地改为强制的建议性规则（规则编号）", "Advisory rules made binding here (rule ids)");

  // ---- Art.7(2): charter ------------------------------------------------------------------

  /** Minimum number of business-scope items in the charter. */
  public static final Parameter<Integer> CHARTER_MINIMUM_BUSINESS_SCOPE_ITEMS = Parameter.define(
      "charter.minimumBusinessScopeItems", Citation.of("Art.7(2)"), Codec.count(1, Integer.MAX_VALUE),
      // Art.7(2): 符合规定的章程 — a charter states at least one business-scope item
      1,
      "章程业务范围的最少条目数", "Minimum number of business-scope items in the charter");

  // ---- Art.13: market-based employment ---------------------------------------------------

  /**
   * How far, in percent of the market benchmark, a hire's salary may lie from it before it is reported
   * as not benchmarked to the market (对标市场化薪酬). Art.13 names no number. The baseline ±50 % is this
   * library's assumption: wide enough for the spread between the lower and upper lines of the local
   * 企业工资指导线 published by provincial human-resources departments, narrow enough to catch a salary
   * set without reference to the market. Localities overlay it (Art.30).
   */
  public static final Parameter<java.math.BigDecimal> EMPLOYMENT_SALARY_TOLERANCE_PERCENT = Parameter.define(
      "employment.salaryTolerancePercent", Citation.of("Art.13"), Percentages.codec(new java.math.BigDecimal("1000")),
      // assumption, not in the guideline: Art.13 says only 对标市场化薪酬合理确定职工工资水平
      new java.math.BigDecimal("50"),
      "职工工资偏离市场薪酬基准的容许幅度（百分比）",
      "How far a salary may lie from its market benchmark, in percent of the benchmark");

  // ---- registry ---------------------------------------------------------------------------

  private static final Seq<Parameter<?>> ALL = List.of(
      CAPITAL_MINIMUM_NATIONAL,
      CAPITAL_MINIMUM_LOCAL,
      STAFFING_TIERS,
      STAFFING_REQUIRE_ALL_CATEGORIES,
      ADVISORY_REQUIRED_EXPERT_FIELDS,
      ADVISORY_MINIMUM_EXPERT_FIELDS,
      GOVERNANCE_SUPERVISOR_MANAGER_SEPARATION,
      INCOME_MINIMUM_SOURCES,
      CLUSTER_MAX_RECOGNISED_ORGANIZATIONS,
      RULES_BINDING_ADVISORIES,
      CHARTER_MINIMUM_BUSINESS_SCOPE_ITEMS,
      EMPLOYMENT_SALARY_TOLERANCE_PERCENT);

  private static final io.vavr.collection.Map<String, Parameter<?>> BY_KEY = registry();

  private static io.vavr.collection.Map<String, Parameter<?>> registry() {
    var byKey = LinkedHashMap.<String, Parameter<?>>empty();
    for (Parameter<?> p : ALL) {
      if (byKey.containsKey(p.key())) {
        throw new IllegalStateException("two parameters named " + p.key());
      }
      byKey = byKey.put(p.key(), p);
    }
    return byKey;
  }

  private static final Seq<Consistency> CONSISTENCY = List.of(
      // the regulation's local floor (3万) is below its national one (10万): a pack may raise
      // either, but a local minimum above the national one would make local registration harder
      Consistency.between("capital-local-above-national", CAPITAL_MINIMUM_LOCAL, CAPITAL_MINIMUM_NATIONAL,
          (local, national) -> local.compareTo(national) <= 0,
          Text.of("capital.minimum.local 不能高于 capital.minimum.national",
              "capital.minimum.local must not exceed capital.minimum.national")));

  /** Every parameter, in a stable order. */
  public static Seq<Parameter<?>> all() {
    return ALL;
  }

  public static Option<Parameter<?>> byKey(String key) {
    return BY_KEY.get(key);
  }

  /** The conditions between parameters that packs and merged policies must meet. */
  public static Seq<Consistency> consistency() {
    return CONSISTENCY;
  }

  /** Every violation of {@link #consistency()} by {@code values}; a condition whose parameters are unset is skipped. */
  public static Seq<Violation> inconsistencies(ParameterValues values) {
    return CONSISTENCY.flatMap(c -> c.check(values));
  }
}
