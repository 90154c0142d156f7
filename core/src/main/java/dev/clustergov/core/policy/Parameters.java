package dev.clustergov.core.policy;

import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.supervision.SanctionKind;
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
      "国家级集群的集群发展促进组织最低注册资金（元）",
      "Minimum registered capital of a PO of a national-level cluster (yuan)");

  /**
   * Minimum registered capital of a PO registered locally or across regions (地方性、跨行政区域).
   * After the same Art.10(5): 地方性的社会团体和跨行政区域的社会团体有3万元以上活动资金.
   */
  public static final Parameter<Money> CAPITAL_MINIMUM_LOCAL = Parameter.define(
      "capital.minimum.local", Citation.of("Art.7(2)"), Codec.money(),
      // 《社会团体登记管理条例》第十条第（五）项：地方性的社会团体和跨行政区域的社会团体有3万元以上活动资金
      Money.yuan("30000.00"),
      "其他集群的集群发展促进组织最低注册资金（元）",
      "Minimum registered capital of a PO of any other cluster (yuan)");

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
      "按集群企业数量确定的最少工作人员数（格式：“企业数上限:最少人数”）",
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
      "本地改为约束性要求的提示性规则（规则编号）", "Advisory rules made binding here (rule ids)");

  // ---- Art.7(2): charter ------------------------------------------------------------------

  /** Minimum number of business-scope items in the charter. */
  public static final Parameter<Integer> CHARTER_MINIMUM_BUSINESS_SCOPE_ITEMS = Parameter.define(
      "charter.minimumBusinessScopeItems", Citation.of("Art.7(2)"), Codec.count(1, Integer.MAX_VALUE),
      // Art.7(2): 符合规定的章程 — a charter states at least one business-scope item
      1,
      "章程业务范围的最少条目数", "Minimum number of business-scope items in the charter");

  // ---- Art.15: disputes ------------------------------------------------------------------

  /**
   * Days a dispute may stay raised or in democratic consultation before it is reported. Art.15 sets
   * no time limit: 30 days is this library's assumption, twice the 15 days that the Labour Dispute
   * Mediation and Arbitration Law gives mediation before a party may go to arbitration, since a
   * consultation among members needs meetings to be called. A rule built on it is advisory.
   */
  public static final Parameter<Integer> DISPUTE_CONSULTATION_MAX_DAYS = Parameter.define(
      "dispute.consultationMaxDays", Citation.of("Art.15"), Codec.count(1, 3650),
      // assumption, not in the guideline; cf. 《劳动争议调解仲裁法》第十四条：十五日内未达成调解协议的，当事人可以依法申请仲裁
      30,
      "内部矛盾在提出后处于民主协商阶段的最长天数", "Days a dispute may stay raised or in democratic consultation");
  // ---- Art.14: information disclosure ------------------------------------------------------

  /**
   * Days within which a major matter must be disclosed, counted from the day it was recorded: due on
   * that day plus this many days. Art.14 names no period; the baseline follows the 30 days the civil
   * affairs rules give a social group to report its changes: 《社会团体登记管理条例》第十八条 (as revised
   * by 国务院令第666号, 2016; 第二十条 in the 1998 text) — 登记事项需要变更的，应当自业务主管单位审查同意之日起30日内，向登记管理机关申请变更登记；
   * 修改章程，应当自业务主管单位审查同意之日起30日内，报登记管理机关核准.
   */
  public static final Parameter<Integer> DISCLOSURE_MAJOR_MATTER_DAYS = Parameter.define(
      "disclosure.majorMatterDays", Citation.article(14), Codec.count(1, 366),
      // 《社会团体登记管理条例》第十八条：变更登记、修改章程均为30日内
      30,
      "重大事项发生后须披露的天数", "Days within which a major matter must be disclosed");

  /**
   * The day of the following year by which a year's annual report must be published. Art.14 names
   * no day; the baseline follows the civil-affairs annual report (社会组织年度报告, 年度检查) of social
   * groups: 《社会团体登记管理条例》(国务院令第250号, 1998, 第三十一条; renumbered by the 2016 revision)
   * — 上一年度的工作报告…于5月31日前报送登记管理机关, the date the Ministry of Civil Affairs' yearly
   * notices keep (e.g. 民函〔2021〕16号). 02-29 is allowed and means 28 February in a common year.
   */
  public static final Parameter<java.time.MonthDay> DISCLOSURE_ANNUAL_REPORT_DUE = Parameter.define(
      "disclosure.annualReportDue", Citation.article(14), Codec.monthDay(),
      // 《社会团体登记管理条例》（1998年文本第三十一条）：上一年度工作报告于5月31日前报送登记管理机关（社会组织年度报告）
      java.time.MonthDay.of(5, 31),
      "年度报告须于次年何日前披露（月-日）", "Day of the following year by which the annual report is disclosed (month-day)");

  /**
   * The last day of a year on which a PO may have been established for that year's annual report to be owed (decision
   * 0519): a PO established (recognised, when it has no day of establishment) after it first reports for the next year.
   * Art.14 says only "年度报告" and names no first year. The baseline, 12-31 — every year at whose end the PO existed —
   * follows the civil-affairs annual report the 05-31 day comes from: 民函〔2021〕16号's notice of the 2020 annual
   * inspection of national social groups, 凡在2020年12月31日以前经民政部批准登记成立的……均应参加年检 (and enterprises'
   * annual reports, 当年设立登记的企业自下一年起报送, report their founding year the next year). Local registration
   * offices often take only groups registered by 30 June (嘉兴市民政局's notice of the 2025 inspection: 2025年6月30日前经市民政局
   * 批准成立的), which a local pack sets as 06-30. 02-29 means 28 February in a common year.
   */
  public static final Parameter<java.time.MonthDay> DISCLOSURE_ANNUAL_REPORT_ESTABLISHED_BY = Parameter.define(
      "disclosure.annualReportEstablishedBy", Citation.article(14), Codec.monthDay(),
      // 民函〔2021〕16号附件：凡在2020年12月31日以前经民政部批准登记成立的全国性社会团体……均应参加年检
      java.time.MonthDay.of(12, 31),
      "当年何日前组建的集群发展促进组织须披露当年年度报告（月-日）",
      "Last day of a year by which a PO was established for that year's annual report to be owed (month-day)");

  /**
   * The events that are major matters (重大事项) and so create a disclosure obligation, by type, or by
   * type and layer or role. The baseline takes the matters the civil-affairs rules make a social group
   * report or publish — registration changes (name, head, legal representative, capital), charter
   * amendments, changes of the council and its chair, sanctions, suspension, revocation and
   * deregistration — and Art.8(2)'s decision and management layers for "the council"; reinstatement
   * is included because the public was told of the suspension. Types no command records yet
   * (charter, head, legal representative and capital changes, sanctions) are listed under the names
   * those commands will record, so the baseline need not change when they arrive.
   */
  public static final Parameter<SortedSet<String>> DISCLOSURE_MAJOR_MATTERS = Parameter.define(
      "disclosure.majorMatters", Citation.article(14), Codec.eventKeys(),
      // 《社会团体登记管理条例》第十八条（变更登记、修改章程核准）、罚则与注销登记各条; Art.6 (suspension, revocation)
      TreeSet.of(
          "CharterAmended", "NameChanged", "HeadChanged", "LegalRepresentativeChanged", "CapitalChanged",
          "SanctionImposed", "OrganizationSuspended", "OrganizationReinstated", "RecognitionRevoked",
          "OrganizationDissolved",
          "SeatAppointed.DECISION", "SeatAppointed.MANAGEMENT", "SeatAppointed.CHAIR",
          "SeatRemoved.DECISION", "SeatRemoved.MANAGEMENT", "SeatRemoved.CHAIR"),
      "属于重大事项、须披露的事件类型（可限定层级或职务）",
      "Event types that are major matters to disclose (optionally by layer or role)");

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

  // ---- Art.29: incentives -------------------------------------------------------------------
  //
  // Art.29 names what incentives are measured by — 落地项目投资额、技术交易额、供货合同额、人才招引数量及质量 —
  // and whom they are for — 组织架构完善、职能运作良好、成效显著 — but no rate, tier, cap or gate: it
  // encourages local departments to set them (鼓励地方工业和信息化部门……给予相应奖励). Every value below is
  // this library's assumption, a conservative starting point for localities to overlay (Art.30).

  /**
   * Marginal rates on the investment in projects brought to the cluster. Assumption: 0.5 % up to 100 million yuan,
   * 0.2 % from 100 to 500 million, 0.1 % above — small rates, since investment is large and the PO only
   * brokered it, falling with size so one large project does not take the whole budget.
   */
  public static final Parameter<MarginalRates> INCENTIVE_RATES_LANDED_INVESTMENT = Parameter.define(
      "incentive.rates.landedInvestment", Citation.article(29), Codec.marginalRates(),
      // assumption, not in the guideline: Art.29 names 落地项目投资额 but no rate
      MarginalRates.from(MarginalRates.upTo("100000000.00", "0.5"), MarginalRates.upTo("500000000.00", "0.2"),
          MarginalRates.above("0.1")),
      "落地项目投资额的分档累进奖励比例（格式：“金额上限:百分比”）",
      "Marginal rates on investment in projects brought to the cluster (upper bound:percent)");

  /**
   * Marginal rates on technology transaction value. Assumption: 1 % up to 10 million yuan, 0.5 % from
   * 10 to 100 million, 0.2 % above — higher than on investment, as a transaction is the PO's own
   * brokering (Art.21(3): 成果转化).
   */
  public static final Parameter<MarginalRates> INCENTIVE_RATES_TECHNOLOGY_TRANSACTIONS = Parameter.define(
      "incentive.rates.technologyTransactions", Citation.article(29), Codec.marginalRates(),
      // assumption, not in the guideline: Art.29 names 技术交易额 but no rate
      MarginalRates.from(MarginalRates.upTo("10000000.00", "1"), MarginalRates.upTo("100000000.00", "0.5"),
          MarginalRates.above("0.2")),
      "技术交易额的分档累进奖励比例（格式：“金额上限:百分比”）",
      "Marginal rates on technology transaction value (upper bound:percent)");

  /** Marginal rates on supply contract value. Assumption: 0.2 % up to 50 million yuan, 0.1 % above. */
  public static final Parameter<MarginalRates> INCENTIVE_RATES_SUPPLY_CONTRACTS = Parameter.define(
      "incentive.rates.supplyContracts", Citation.article(29), Codec.marginalRates(),
      // assumption, not in the guideline: Art.29 names 供货合同额 but no rate
      MarginalRates.from(MarginalRates.upTo("50000000.00", "0.2"), MarginalRates.above("0.1")),
      "供货合同额的分档累进奖励比例（格式：“金额上限:百分比”）",
      "Marginal rates on supply contract value (upper bound:percent)");

  /**
   * The amount per talent attracted, by level (数量及质量). Assumption: 200,000 yuan per leading talent,
   * 100,000 per high-level, 20,000 per highly skilled, nothing for general hires.
   */
  public static final Parameter<TalentAmounts> INCENTIVE_TALENT_AMOUNTS = Parameter.define(
      "incentive.talentAmounts", Citation.article(29), Codec.talentAmounts(),
      // assumption, not in the guideline: Art.29 names 人才招引数量及质量 but no amount
      TalentAmounts.of(dev.clustergov.core.operation.TalentLevel.LEADING, "200000.00",
          dev.clustergov.core.operation.TalentLevel.HIGH_LEVEL, "100000.00",
          dev.clustergov.core.operation.TalentLevel.HIGHLY_SKILLED, "20000.00"),
      "每引进一名人才的奖励金额（格式：“人才层次:元”）", "Amount per talent attracted, by level (level:yuan)");

  /** The most one PO receives for one period, all metrics together. Assumption: 2 million yuan. */
  public static final Parameter<Money> INCENTIVE_CAP_PER_PERIOD = Parameter.define(
      "incentive.cap.perPeriod", Citation.article(29), Codec.money(),
      // assumption, not in the guideline: Art.29 names no cap
      Money.yuan("2000000.00"),
      "每个集群发展促进组织每期奖励上限（元）", "Most one PO receives for one period (yuan)");

  /** The most one metric earns in a period, or {@code none}; the baseline caps only the total. */
  public static final Parameter<Option<Money>> INCENTIVE_CAP_LANDED_INVESTMENT = metricCap(
      "incentive.cap.landedInvestment", "落地项目投资额", "investment in projects brought to the cluster");

  public static final Parameter<Option<Money>> INCENTIVE_CAP_TECHNOLOGY_TRANSACTIONS = metricCap(
      "incentive.cap.technologyTransactions", "技术交易额", "technology transaction value");

  public static final Parameter<Option<Money>> INCENTIVE_CAP_SUPPLY_CONTRACTS = metricCap(
      "incentive.cap.supplyContracts", "供货合同额", "supply contract value");

  public static final Parameter<Option<Money>> INCENTIVE_CAP_TALENT = metricCap(
      "incentive.cap.talent", "人才招引", "talent attracted");

  private static Parameter<Option<Money>> metricCap(String key, String zh, String en) {
    return Parameter.define(key, Citation.article(29), Codec.optionalMoney(),
        // assumption, not in the guideline: no cap per metric, only the per-period cap
        Option.none(),
        "按" + zh + "计算的奖励每期上限（元，none 为不设）", "Most the " + en + " part earns in a period (yuan, or none)");
  }

  /** Whether all five governance layers must be present (Art.29: 组织架构完善; Art.8(2)). */
  public static final Parameter<Boolean> INCENTIVE_REQUIRE_FIVE_LAYERS = Parameter.define(
      "incentive.requireFiveLayers", Citation.article(29), Codec.flag(),
      // Art.29 rewards 组织架构完善: the structure of Art.8(2) is the five layers
      true,
      "获得奖励须五位一体组织架构完整", "Incentives require all five governance layers", Citation.item(8, 2));

  /**
   * How many of the seven functions (Art.18–24) must have had activity in the period. Art.29 rewards
   * 职能运作良好; the baseline 4, more than half of the seven, is this library's assumption.
   */
  public static final Parameter<Integer> INCENTIVE_MINIMUM_ACTIVE_FUNCTIONS = Parameter.define(
      "incentive.minimumActiveFunctions", Citation.article(29), Codec.count(0, 7),
      // assumption, not in the guideline: 职能运作良好 read as more than half of the seven functions active
      4,
      "获得奖励须在期内开展服务的职能数（共七项）", "Functions (of seven) that must have had activity in the period");

  /**
   * The least current rating (Art.28) a PO must hold; {@code NONE} drops the gate. Baseline: bronze —
   * evaluated with no blocking finding, as Art.29's 组织架构完善、职能运作良好 is what the evaluation judges.
   */
  public static final Parameter<dev.clustergov.core.supervision.Rating> INCENTIVE_MINIMUM_RATING = Parameter.define(
      "incentive.minimumRating", Citation.article(29), Codec.enumValue(dev.clustergov.core.supervision.Rating.class),
      // assumption, not in the guideline: the Art.28 evaluation is the evidence of a sound, working PO
      dev.clustergov.core.supervision.Rating.BRONZE,
      "获得奖励须持有的最低有效评价等级", "Least current rating a PO must hold for incentives", Citation.article(28));

  /** Whether only a recognised PO (认定, Art.6), not a suspended one, may receive incentives. */
  public static final Parameter<Boolean> INCENTIVE_REQUIRE_RECOGNITION = Parameter.define(
      "incentive.requireRecognition", Citation.article(29), Codec.flag(),
      // Art.29 rewards 集群促进组织 as recognised under Art.6; a suspended PO is not operating as one
      true,
      "获得奖励须处于已认定状态", "Incentives require the PO to be recognised", Citation.article(6));

  // ---- Art.29: effects of sanctions ------------------------------------------------------

  /**
   * The kinds of sanction that, while in force (decided and not yet lifted), keep a PO from being
   * rated (Art.28's gold, silver or bronze). Art.29 says only that violations are handled by law
   * (依法依规予以处理) and that incentives and constraints go together (激励约束并举); which handling
   * weighs on a rating is the policy's to say. The baseline: a rectification order, a suspension and
   * a revocation, each of which finds the PO not working as it should until it is lifted; a warning
   * is the mildest handling (《行政处罚法》第九条 lists 警告 first) and does not by itself withhold a
   * rating. Localities overlay it (Art.30).
   */
  public static final Parameter<SortedSet<SanctionKind>> SANCTION_BLOCKS_RATING = Parameter.define(
      "sanction.blocksRating", Citation.article(29), Codec.enumSet(SanctionKind.class),
      // Art.29 第二句：依法依规予以处理; 《行政处罚法》第五条 过罚相当 — a warning alone does not withhold a rating
      TreeSet.of(SanctionKind.RECTIFICATION_ORDER, SanctionKind.SUSPENSION, SanctionKind.REVOCATION),
      "在生效期间阻止评价定级的处理决定种类", "Kinds of sanction that, while in force, block a rating",
      Citation.article(28));

  /**
   * The kinds of sanction that, while in force, make a PO ineligible for Art.29's incentives. Art.29
   * rewards POs whose structure is sound and whose functions work well (组织架构完善、职能运作良好) and
   * has violators handled by law in the same breath. The baseline: every kind but a warning. A
   * warning has no term and would otherwise bar incentives until someone lifted it, out of proportion
   * to the mildest handling there is (《行政处罚法》第五条：与违法行为的事实、性质、情节以及社会危害程度
   * 相当); a rectification order, a suspension or a revocation in force each says the PO is not
   * 运作良好. A locality may add WARNING (Art.30).
   */
  public static final Parameter<SortedSet<SanctionKind>> SANCTION_BLOCKS_INCENTIVES = Parameter.define(
      "sanction.blocksIncentives", Citation.article(29), Codec.enumSet(SanctionKind.class),
      // Art.29 第一句 组织架构完善、职能运作良好 vs 第二句 依法依规予以处理; 《行政处罚法》第五条 过罚相当
      TreeSet.of(SanctionKind.RECTIFICATION_ORDER, SanctionKind.SUSPENSION, SanctionKind.REVOCATION),
      "在生效期间使其不能获得奖励的处理决定种类", "Kinds of sanction that, while in force, block incentives");

  // ---- Art.28: third-party evaluation -------------------------------------------------------

  /**
   * The evaluation indicators (评价指标体系) of the national baseline: 36 indicators over the five
   * dimensions, weights adding up to 100 (establishment 20, governance 20, management 20, operation
   * 25, results 15). Art.28 names only what is evaluated — the PO's establishment (组建) and operation
   * (运行) — and the labels; the indicators follow the clauses that state conditions or duties:
   * <ul>
   *   <li>establishment, governance and management: the share of each clause's rules that pass
   *       (thresholds 100 % where the clause says 应/须, lower where it says 宜), Art.8(2)'s five layers,
   *       Art.9's management systems (the six kinds of Art.9), Art.14's punctual disclosure and Art.15's
   *       disputes handled in time;</li>
   *   <li>operation: activities per function of Art.18–24 (target 4 a year, one a quarter; threshold one
   *       activity), coverage of the 32 items and 7 functions of Art.3/Art.18–24, member participation,
   *       platforms and non-exclusive service (Art.17);</li>
   *   <li>results: Art.29's four metrics. The money targets (landed investment 1亿元, supply contracts
   *       1亿元, technology transactions 5000万元 a year) and talent targets (50 people, 5 high-level or
   *       better) are this library's assumptions, sized for one cluster's PO in a year, meant to be
   *       overlaid by each locality (Art.30); thresholds are 30 % of target.</li>
   * </ul>
   * Weights and thresholds are assumptions too: the guideline weighs nothing. They follow the ESCA
   * cluster-management labels in spirit (ESCA's Gold label asks a cluster organization to meet most of
   * its 31 quality indicators; this set likewise expects every indicator at a modest threshold for gold).
   */
  public static final Parameter<Indicators> EVALUATION_INDICATORS = Parameter.define(
      "evaluation.indicators", Citation.article(28), Codec.indicators(),
      // assumption, not in the guideline: Art.28 names the dimensions (组建、运行) and the labels only
      Indicators.parse("evaluation.indicators", String.join(";",
          // 组建 establishment (20): Art.2, Art.6, Art.7
          "E1:ESTABLISHMENT:Art.2:4:RULES(A2-legal-person+A2-founders+A2-government-guidance):100:100",
          "E2:ESTABLISHMENT:Art.7(2):4:RULES(A7.2-name+A7.2-charter+A7.2-facilities+A7.2-capital):100:100",
          "E3:ESTABLISHMENT:Art.7(1):3:RULES(A7.1-party-organisation):100:100",
          "E4:ESTABLISHMENT:Art.7(3):3:RULES(A7.3-staff-categories+A7.3-staff-headcount):100:50",
          "E5:ESTABLISHMENT:Art.7(5):3:INCOME_SOURCES:3:33",
          "E6:ESTABLISHMENT:Art.6:3:RULES(A6-supervising-authority):100:100",
          // 治理 governance (20): Art.8, Art.15, Art.16
          "G1:GOVERNANCE:Art.8(2):5:GOVERNANCE_LAYERS:5:100",
          "G2:GOVERNANCE:Art.8(2):5:RULES(A8.2-charter-consensus+A8.2.2-supervisor-separation+A8.2.5-expert-fields):100:66",
          "G3:GOVERNANCE:Art.8(1):3:RULES(A8.1-organization-type):100:100",
          "G4:GOVERNANCE:Art.15:4:DISPUTES_HANDLED:100:50",
          "G5:GOVERNANCE:Art.16:3:RULES(A15-dispute-system+A16-ip-system):100:50",
          // 管理 management (20): Art.9–14
          "M1:MANAGEMENT:Art.9:4:MANAGEMENT_SYSTEMS:6:50",
          "M2:MANAGEMENT:Art.10:4:RULES(A10-no-private-taking+A12-own-account+A12-account-not-shared):100:100",
          "M3:MANAGEMENT:Art.11:3:RULES(A11-fees-for-business-scope+A11-charges-under-published-standards):100:100",
          "M4:MANAGEMENT:Art.13:3:RULES(A13-open-recruitment+A13-market-salary):100:50",
          "M5:MANAGEMENT:Art.14:4:DISCLOSURE_PUNCTUALITY:100:80",
          "M6:MANAGEMENT:Art.7(3):2:STAFF:10:50",
          // 运行 operation (25): Art.17–24
          "O1:OPERATION:Art.18:2:ACTIVITIES(GUIDE_STRATEGY):4:25",
          "O2:OPERATION:Art.19:2:ACTIVITIES(PROMOTE_COMMUNICATION):4:25",
          "O3:OPERATION:Art.20:2:ACTIVITIES(CONNECT_GOVERNMENT_ENTERPRISE):4:25",
          "O4:OPERATION:Art.21:2:ACTIVITIES(COLLABORATIVE_INNOVATION):4:25",
          "O5:OPERATION:Art.22:2:ACTIVITIES(OPENNESS_INTEGRATION):4:25",
          "O6:OPERATION:Art.23:2:ACTIVITIES(SERVICE_BASE):4:25",
          "O7:OPERATION:Art.24:2:ACTIVITIES(SELF_DISCIPLINE):4:25",
          "O8:OPERATION:Art.3:3:ITEMS_COVERED:32:50",
          "O9:OPERATION:Art.3:2:FUNCTIONS_ACTIVE:7:71",
          "O10:OPERATION:Art.17:2:MEMBER_PARTICIPATION:50:40",
          "O11:OPERATION:Art.17:2:OPEN_SERVICE:100:100",
          "O12:OPERATION:Art.17:2:PLATFORMS:2:50",
          // 成效 results (15): Art.29's four metrics, Art.17's members, Art.22's outside units
          "R1:RESULTS:Art.29:3:LANDED_INVESTMENT:100000000:30",
          "R2:RESULTS:Art.29:3:TECHNOLOGY_TRANSACTIONS:50000000:30",
          "R3:RESULTS:Art.29:3:SUPPLY_CONTRACTS:100000000:30",
          "R4:RESULTS:Art.29:2:TALENTS:50:30",
          "R5:RESULTS:Art.29:2:TALENTS(HIGH_LEVEL):5:20",
          "R6:RESULTS:Art.17:1:MEMBERS:100:20",
          "R7:RESULTS:Art.22:1:OUTSIDE_UNITS:10:20"))
          .toEither().getOrElseThrow(v -> new IllegalStateException(v.mkString("; "))),
      "第三方评价指标（格式：“编号:维度:条款:权重:计量(参数):目标值:门槛百分比”，各项以“;”分隔）",
      "Third-party evaluation indicators (id:DIMENSION:clause:weight:MEASURE(argument):target:threshold, separated by ;)");

  /**
   * The total, in percent, at or above which a PO is rated gold (金标) — when every indicator is also at
   * or above its threshold. After the ESCA Gold label (European Cluster Excellence Initiative), which
   * asks for excellence on nearly all quality indicators; 80 % is this library's reading, as the issue's
   * defaults set it.
   */
  public static final Parameter<java.math.BigDecimal> EVALUATION_GOLD_PERCENT = Parameter.define(
      "evaluation.goldPercent", Citation.article(28), Percentages.codec(new java.math.BigDecimal("100")),
      // assumption after the ESCA Gold label; Art.28 names 金标 without a cut-off
      new java.math.BigDecimal("80"),
      "评为金标的最低总分（满分100分）", "Lowest total rated gold (of 100 points)");

  /** The total at or above which a PO is rated silver (银标), after the ESCA Silver label; 65 % likewise an assumption. */
  public static final Parameter<java.math.BigDecimal> EVALUATION_SILVER_PERCENT = Parameter.define(
      "evaluation.silverPercent", Citation.article(28), Percentages.codec(new java.math.BigDecimal("100")),
      // assumption after the ESCA Silver label; Art.28 names 银标 without a cut-off
      new java.math.BigDecimal("65"),
      "评为银标的最低总分（满分100分）", "Lowest total rated silver (of 100 points)");

  /** Whether gold also requires every indicator at or above its threshold (ESCA Gold: no weak spot). */
  public static final Parameter<Boolean> EVALUATION_GOLD_EVERY_THRESHOLD = Parameter.define(
      "evaluation.goldEveryThreshold", Citation.article(28), Codec.flag(),
      // after the ESCA Gold label, which is not awarded with an indicator far below the benchmark
      true,
      "金标是否要求每项指标均达到门槛", "Whether gold requires every indicator at or above its threshold");

  /** Months an evaluation's rating stays valid. ESCA's labels are valid for two years; so is the baseline's. */
  public static final Parameter<Integer> EVALUATION_VALIDITY_MONTHS = Parameter.define(
      "evaluation.validityMonths", Citation.article(28), Codec.count(1, 120),
      // ESCA cluster management labels (Bronze, Silver, Gold) are valid for 2 years
      24,
      "评价结果的有效期（月）", "Months an evaluation's rating is valid");

  /**
   * Months after a tie to a PO ends — as its founder, member unit or by a declared tie such as
   * consulting for it — before an evaluator may evaluate it (冷却期). Art.28 asks for a third party;
   * the baseline's 24 months is this library's assumption, one full validity period, so that no one
   * rates the PO whose previous rating period it served; cf. the two-year cooling-off the Chinese
   * ethics code for CPAs (《中国注册会计师职业道德守则》) once set for key audit partners.
   */
  public static final Parameter<Integer> EVALUATION_COOLING_OFF_MONTHS = Parameter.define(
      "evaluation.coolingOffMonths", Citation.article(28), Codec.count(0, 120),
      // assumption, not in the guideline: one validity period
      24,
      "第三方评价机构与被评价组织利害关系结束后的回避期（月）", "Recusal period: months after an evaluator's interest in a PO ends before it may evaluate that PO");

  // ---- Art.18–24: the seven functions -----------------------------------------------------

  /**
   * How many months back a recognised PO must have served some item of each function (Art.18–24 say
   * 要: the PO shall perform each function). The guideline names no period. The baseline takes one
   * year, the cycle on which the civil-affairs rules make a social group account for its work — the
   * yearly work report (上一年度的工作报告) of 《社会团体登记管理条例》（国务院令第250号，1998，第三十一条）,
   * the same report {@link #DISCLOSURE_ANNUAL_REPORT_DUE} dates — so a function untouched for a whole
   * reporting year is a finding. Localities overlay it (Art.30).
   */
  public static final Parameter<Integer> OPERATION_FUNCTION_LOOKBACK_MONTHS = Parameter.define(
      "operation.functionLookbackMonths", Citation.article(18), Codec.count(1, 120),
      // 《社会团体登记管理条例》：社会团体每年报送上一年度的工作报告 — one year of work is accounted for at a time
      12,
      "已认定的集群发展促进组织每项职能须在多少个月内开展过服务活动",
      "Months within which a recognised PO must have served some item of each function",
      Citation.article(19), Citation.article(20), Citation.article(21), Citation.article(22), Citation.article(23),
      Citation.article(24));

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
      DISPUTE_CONSULTATION_MAX_DAYS,
      DISCLOSURE_MAJOR_MATTER_DAYS,
      DISCLOSURE_ANNUAL_REPORT_DUE,
      DISCLOSURE_ANNUAL_REPORT_ESTABLISHED_BY,
      DISCLOSURE_MAJOR_MATTERS,
      EMPLOYMENT_SALARY_TOLERANCE_PERCENT,
      INCENTIVE_RATES_LANDED_INVESTMENT,
      INCENTIVE_RATES_TECHNOLOGY_TRANSACTIONS,
      INCENTIVE_RATES_SUPPLY_CONTRACTS,
      INCENTIVE_TALENT_AMOUNTS,
      INCENTIVE_CAP_PER_PERIOD,
      INCENTIVE_CAP_LANDED_INVESTMENT,
      INCENTIVE_CAP_TECHNOLOGY_TRANSACTIONS,
      INCENTIVE_CAP_SUPPLY_CONTRACTS,
      INCENTIVE_CAP_TALENT,
      INCENTIVE_REQUIRE_FIVE_LAYERS,
      INCENTIVE_MINIMUM_ACTIVE_FUNCTIONS,
      INCENTIVE_MINIMUM_RATING,
      INCENTIVE_REQUIRE_RECOGNITION,
      SANCTION_BLOCKS_RATING,
      SANCTION_BLOCKS_INCENTIVES,
      EVALUATION_INDICATORS,
      EVALUATION_GOLD_PERCENT,
      EVALUATION_SILVER_PERCENT,
      EVALUATION_GOLD_EVERY_THRESHOLD,
      EVALUATION_VALIDITY_MONTHS,
      EVALUATION_COOLING_OFF_MONTHS,
      OPERATION_FUNCTION_LOOKBACK_MONTHS);

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
          Text.of("其他集群的最低注册资金不能高于国家级集群的最低注册资金",
              "The minimum registered capital for other clusters must not exceed that for national-level clusters")),
      // a total is a percentage only when the weights add up to 100
      Consistency.of("evaluation-weights-total", EVALUATION_INDICATORS, set -> set.totalWeight() == 100,
          Text.of("第三方评价指标的权重之和应为100", "The weights of the third-party evaluation indicators must add up to 100")),
      // gold is the better label: it cannot ask for less than silver
      Consistency.between("evaluation-gold-below-silver", EVALUATION_GOLD_PERCENT, EVALUATION_SILVER_PERCENT,
          (gold, silver) -> gold.compareTo(silver) >= 0,
          Text.of("评为金标的最低总分不能低于评为银标的最低总分",
              "The lowest total rated gold must not be below the lowest total rated silver")));

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
