package dev.clustergov.core.rules;

import dev.clustergov.core.kernel.Text;
import java.util.Collections;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What each evidence name means (证据项名称), in Chinese and English: the one table behind every evidence line a person
 * reads — the evaluation report's trace, the compliance report, the incentive trace (decision 0525). The name stays the
 * stable key of the JSON; the label is what the report prints. {@code EvidenceLabelsTest} finds every name a rule, a
 * guard, an indicator or the incentive calculator can give, from the sources, and fails on one without a label here.
 */
public final class EvidenceLabels {

  private EvidenceLabels() {}

  private static final SortedMap<String, Text> LABELS = new TreeMap<>();

  private static void label(String name, String zh, String en) {
    if (LABELS.put(name, Text.of(zh, en)) != null) {
      throw new IllegalStateException("evidence name labelled twice: " + name);
    }
  }

  static {
    // who acts and for whom
    label("actingAuthority", "作出决定的主管部门", "acting authority");
    label("actor", "操作人", "acting party");
    label("affiliatedAuthority", "第三方评价机构所隶属的主管部门", "authority the evaluator is affiliated with");
    label("amendedAuthority", "变更后的主管部门", "authority after the amendment");
    label("amendedCluster", "变更后的所服务集群", "cluster served after the amendment");
    label("authority", "工业和信息化主管部门", "supervising authority");
    label("authorityJurisdiction", "主管部门的辖区", "authority's jurisdiction");
    label("cluster", "所服务集群", "cluster served");
    label("clusterRegion", "集群所在地区", "cluster's region");
    label("engagedBy", "委托评价的主管部门", "authority that engaged the evaluator");
    label("evaluator", "第三方评价机构", "third-party evaluator");
    label("government", "政府方", "government party");
    label("guidingBody", "指导或引导的政府机构", "guiding government body");
    label("jurisdiction", "辖区", "jurisdiction");
    label("namedAuthority", "所指明的主管部门", "authority named");
    label("organization", "集群发展促进组织", "PO");
    label("organizationName", "集群发展促进组织名称", "PO's name");
    label("disclosingOrganization", "作出披露的集群发展促进组织", "disclosing PO");
    label("expectedPromotionOrganization", "应为协议一方的集群发展促进组织", "PO expected as a party");
    label("promotionOrganization", "协议中的集群发展促进组织", "PO in the agreement");
    label("supervisingAuthority", "本组织的主管部门", "supervising authority of the PO");
    label("registeredAs", "已录入的同一记录", "already entered as");
    label("heldBy", "已使用该代码的集群发展促进组织", "POs holding the code");
    label("creditCode", "统一社会信用代码", "unified social credit code");
    label("name", "名称", "name");

    // lifecycle and commands
    label("stage", "当前状态", "current stage");
    label("from", "起始", "from");
    label("to", "拟变更状态", "proposed stage");
    label("command", "所执行的操作", "operation");
    label("notApplicable", "不适用的理由", "why the rule does not apply");
    label("reason", "理由", "reason");
    label("why", "不能公开的理由", "why it is not public");
    label("problem", "问题", "problem");
    label("problems", "问题", "problems");

    // dates
    label("on", "日期", "date");
    label("today", "当天", "today");
    label("day", "计算日期", "day of the calculation");
    label("until", "截止日期", "until");
    label("validUntil", "有效期至", "valid until");
    label("decidedOn", "作出决定的日期", "day decided");
    label("liftedOn", "解除日期", "day lifted");
    label("publishedOn", "发布日期", "day published");
    label("lastEditionPublishedOn", "上一版发布日期", "day the last edition was published");
    label("publishedOnAfterToday", "发布日期晚于当天", "day published is after today");
    label("publishedOnBeforeEstablishment", "发布日期早于本组织组建之日", "day published is before the PO was established");
    label("publishedOnBeforeTheMatter", "发布日期早于重大事项发生之日", "day published is before the major matter arose");
    label("yearNotEnded", "年度报告所属年度尚未结束", "year of the annual report not yet ended");
    label("organizationProposedOn", "本组织筹建之日", "day the PO was proposed");
    label("recognisedOn", "认定日期", "day recognised");
    label("evaluatorRegisteredOn", "第三方评价机构录入本系统之日", "day the evaluator was entered in the system");
    label("joinedOn", "加入日期", "day joined");
    label("leftOn", "退出日期", "day left");
    label("heldOn", "活动日期", "day held");
    label("openedOn", "开放日期", "day opened");
    label("adoptedBy", "作出决定的机构", "body that decided");
    label("decidedBy", "作出决定的机构", "body that decided");
    label("adoptedOn", "制定日期", "day adopted");
    label("adopted", "现行版本", "version in force");
    label("revisedOn", "修订日期", "day revised");
    label("currentRevisionOf", "现行版本的制定日期", "day the version in force was adopted");
    label("endedOn", "终止日期", "day ended");
    label("previousStepOn", "上一步骤的日期", "day of the previous step");
    label("inspectionOpenedOn", "监督检查开始日期", "day the inspection opened");
    label("findingNotedOn", "问题发现日期", "day the finding was noted");
    label("rectifyBy", "整改期限", "rectify by");
    label("rectifiedOn", "整改完成日期", "day rectified");
    label("chargedOn", "收费日期", "day charged");
    label("period", "期间", "period");
    label("awardPeriod", "已发放奖励的期间", "period of the award");
    label("window", "计量期间", "period measured");

    // establishment (Art.6–8)
    label("founders", "发起单位数", "founders");
    label("foundersWithoutConsent", "未同意的发起单位", "founders without consent");
    label("recognisedPeersInCluster", "同一集群已认定的其他集群发展促进组织数", "other recognised POs of the same cluster");
    label("policyMaximum", "政策规定的上限", "policy maximum");
    label("policyMinimum", "政策规定的下限", "policy minimum");
    label("policyMinimumFields", "政策规定的最少领域数", "policy minimum of fields");
    label("policyMaximumDays", "政策规定的最长天数", "policy maximum in days");
    label("partyOrganization", "党组织形式", "Party organization form");
    label("businessScope", "章程规定的业务范围", "business scope in the charter");
    label("businessScopeItems", "业务范围事项数", "business scope items");
    label("charter", "章程", "charter");
    label("registeredCapital", "注册资金", "registered capital");
    label("scope", "集群级别", "cluster level");
    label("headcount", "专职工作人员数", "full-time staff");
    label("clusterEnterprises", "集群企业数", "enterprises of the cluster");
    label("incomeSources", "收入来源", "income sources");
    label("type", "组织类型", "type of organization");
    label("components", "联合体组成单位数", "consortium members");
    label("consortiumComponents", "本身为联合体的组成单位", "members that are consortia themselves");
    label("missing", "缺少的事项", "missing");
    label("missingCategories", "缺少的人员类别", "staff categories missing");
    label("missingSystems", "缺少的管理制度", "management systems missing");
    label("missingLayers", "缺少的组织层级", "layers missing");
    label("layer", "所属层级", "layer");
    label("forms", "该层级机构的形式", "forms of the layer's bodies");
    label("peopleInBoth", "同时任职于两个层级的人员", "people sitting in both layers");
    label("nonExperts", "非专家成员", "members who are not experts");
    label("fieldsCovered", "已覆盖的专业领域", "expert fields covered");
    label("fieldsMissing", "缺少的专业领域", "expert fields missing");

    // management (Art.9–13)
    label("system", "管理制度", "management system");
    label("systems", "已制定的管理制度", "management systems adopted");
    label("current", "现行制度文件", "document in force");
    label("kind", "类别", "kind");
    label("expenditures", "支出笔数", "expenditures");
    label("suspectExpenditures", "疑似违规的支出", "suspect expenditures");
    label("suspectTotal", "疑似违规支出合计", "total of suspect expenditures");
    label("charges", "收费笔数", "charges");
    label("chargesOutsideStandards", "未按公开收费标准收取的费用", "charges outside the published standards");
    label("schedule", "收费标准", "fee schedule");
    label("amount", "金额", "amount");
    label("feeFundedExpenditures", "以会费或服务收费列支的支出笔数", "expenditures funded by fees");
    label("feeFundedOutsideScope", "以会费或服务收费列支但超出章程业务范围的支出", "fee-funded expenditures outside the charter's business scope");
    label("total", "合计", "total");
    label("bankAccount", "银行账户", "bank account");
    label("holder", "开户名称", "account holder");
    label("sharedWith", "共用账户的单位", "shared with");
    label("notOpenlyRecruited", "未经公开招聘的工作人员", "staff not openly recruited");
    label("hiresChecked", "已核对的聘用人数", "hires checked");
    label("offBenchmark", "薪酬偏离基准的工作人员", "staff paid off the benchmark");
    label("tolerancePercent", "允许偏离的百分比", "tolerance in per cent");

    // operation (Art.16–24)
    label("activities", "服务活动", "service activities");
    label("function", "职能", "function");
    label("functions", "已开展的职能", "functions active");
    label("activeFunctions", "已开展的职能数", "functions active");
    label("item", "职能事项", "item of a function");
    label("items", "本职能的事项", "items of the function");
    label("delivery", "服务方式", "delivery");
    label("closedWithoutReason", "未说明理由而仅对部分成员单位开放的服务活动", "activities open to only some member units without a reason");
    label("restrictedWithoutReason", "未说明理由而限制部分成员单位使用的平台", "platforms restricted for some member units without a reason");
    label("platforms", "平台数", "platforms");
    label("membership", "成员资格", "membership");
    label("member", "成员单位", "member unit");
    label("currentMemberships", "现有成员资格", "current memberships");
    label("notMembersOnTheDay", "活动当天非成员单位的参加单位", "participants that were not member units on the day");
    label("parties", "当事方", "parties");
    label("party", "当事方", "party");
    label("partyKind", "当事方类别", "kind of party");
    label("partners", "合作方", "partners");

    // disputes (Art.15)
    label("raisedBy", "提出方", "raised by");
    label("capacity", "身份", "capacity");
    label("state", "内部矛盾处理状态", "state of the internal dispute");
    label("step", "处理步骤", "step");
    label("stepFrom", "该步骤的前提状态", "state the step starts from");
    label("allowed", "可采取该步骤的一方", "who may take the step");
    label("route", "处理途径", "route");
    label("nextRoute", "拟采取的处理途径", "route of the step");
    label("openAfter", "此后可采取的处理途径", "routes open after it");
    // A25's findings; A15's overdue disputes share the JSON key and read under DisputeRules.OVERDUE_DISPUTES (stop 28 R1)
    label("overdue", "逾期未整改的问题", "problems not rectified by their deadline");

    // intellectual property (Art.16)
    label("ipManagementSystem", "已制定知识产权管理制度", "IP management system adopted");
    label("agreementsInForce", "生效的知识产权协议", "IP agreements in force");
    label("unassigned", "未明确归属的成果", "results not assigned");
    label("notParties", "非协议当事方", "not parties to the agreement");
    label("clauses", "权属条款数", "ownership terms");
    label("withoutOwner", "未明确权利人的成果", "results without an owner");
    label("useRights", "使用权条款数", "use-right terms");
    label("sum", "份额合计", "sum of the shares");
    label("required", "应为", "required");
    label("notPositive", "份额不大于零的当事方", "parties with no positive share");
    label("pendingRevision", "待签署的修订", "revision awaiting signatures");
    label("stillToSign", "尚未签署的当事方", "parties still to sign");
    label("alreadySigned", "已签署的当事方", "parties that have signed");
    label("missingSignatures", "缺少签署的当事方", "signatures missing");
    label("signedOnAfterToday", "签署日期晚于当天", "day signed is after today");
    label("signedOnBeforeOrganizationProposed", "签署日期早于本组织筹建之日", "day signed is before the PO was proposed");
    label("signedOnBeforeRevisionProposed", "签署日期早于所签文本提出之日", "day signed is before the text signed was proposed");
    label("signedOnBeforePreviousInForce", "签署日期早于上一文本生效之日", "day signed is before the previous text took effect");

    // disclosure (Art.14)
    label("channel", "披露渠道", "channel");
    label("reference", "渠道地址", "channel's address");
    label("obligation", "披露事项", "disclosure obligation");
    label("obligationOf", "负有该披露义务的集群发展促进组织", "PO the obligation is of");
    label("overdueMajorMatters", "逾期未披露的重大事项", "major matters overdue");
    label("lateMajorMatters", "逾期披露的重大事项", "major matters disclosed late");
    label("overdueAnnualReports", "逾期未披露的年度报告", "annual reports overdue");
    label("lateAnnualReports", "逾期披露的年度报告", "annual reports disclosed late");

    // supervision (Art.25–29)
    label("openFindings", "尚未整改的问题数", "number of open findings");
    label("finding", "问题编号", "finding");
    label("measure", "自律措施", "self-discipline measure");
    label("measures", "有效的自律措施", "self-discipline measures in force");
    label("sanctions", "生效的处理决定", "sanctions in force");
    label("sanctionsInForce", "生效的处理决定数", "number of sanctions in force");
    label("blockingSanctions", "生效的排除奖励的处理决定", "sanctions in force that exclude incentives");
    label("engagement", "评价委托", "engagement");
    label("engagements", "评价委托期间", "engagement periods");
    label("tie", "利害关系", "interest");
    label("founder", "发起单位", "founder");
    label("coolingOffMonths", "回避期（月）", "recusal period (months)");
    label("evaluation", "评价记录", "evaluation");
    label("currentRating", "现行评价等级", "current rating");
    label("award", "奖励记录", "award");

    // the evaluation's indicators (Art.28)
    label("functionsActive", "已开展的职能", "functions active");
    label("idle", "未开展的职能", "functions idle");
    label("itemsCovered", "已开展的职能事项", "items covered");
    label("gaps", "未开展的职能事项", "items not covered");
    label("itemsInAll", "职能事项总数", "items in all");
    label("membersOnTheDay", "当天成员单位数", "member units on the day");
    label("membersWhoTookPart", "参加过活动的成员单位数", "member units that took part");
    label("outsideUnits", "服务的非成员单位数", "units served from outside");
    label("services", "服务活动数", "service activities");
    label("talents", "人才招引数量", "talent attracted");
    label("atLeast", "人才层次不低于", "talent level at least");
    label("obligationsDue", "应披露重大事项数", "major matters due for disclosure");
    label("lateOrOpen", "逾期或尚未披露的重大事项", "major matters disclosed late or still open");
    label("annualReportsDue", "应披露年度报告数", "annual reports due");
    label("lateOrOpenAnnualReports", "逾期或尚未披露的年度报告", "annual reports disclosed late or still open");
    label("disputes", "内部矛盾数", "internal disputes");
    label("systemsAdopted", "已制定的管理制度", "management systems adopted");
    label("staff", "工作人员数", "staff");
    label("rulesPassed", "通过的规则数", "rules passed");
    label("rulesApplicable", "适用的规则数", "rules applicable");
    label("unknownRules", "规则手册中没有的规则", "rules not in the rule book");
    label("activitiesWithIt", "有该项成果的服务活动数", "activities with it");
    label("landedInvestment", "落地项目投资额", "investment in projects brought to the cluster");
    label("technologyTransactions", "技术交易额", "technology transaction value");
    label("supplyContracts", "供货合同额", "supply contract value");

    // incentives (Art.29)
    label("base", "计算基数", "base");
    label("computed", "计算结果", "computed");
    label("cap", "上限", "cap");
    label("subtotal", "各项合计", "subtotal");
    label("parameter", "政策参数", "policy parameter");
    label("source", "参数来源", "source of the parameter");
    label("policy", "适用的政策参数", "policy packs applied");
    label("portion", "本档金额", "portion in the band");
    label("percent", "比例（%）", "rate (%)");
    label("reward", "本档奖励", "reward for the band");
    label("level", "人才层次", "talent level");
    label("people", "人数", "people");
    label("perPerson", "每人金额", "amount per person");
    label("byLevel", "按层次计算的合计", "total by level");
    label("incentive.requireFiveLayers", "是否要求“五位一体”组织架构完整", "five layers required");
    label("incentive.minimumActiveFunctions", "政策规定的最少已开展职能数", "policy minimum of functions active");
    label("incentive.minimumRating", "政策规定的最低评价等级", "policy minimum rating");
    label("incentive.requireRecognition", "是否要求已认定", "recognition required");
    label("sanction.blocksIncentives", "排除奖励的处理决定种类", "kinds of sanction that exclude incentives");
  }

  /**
   * “activities” as a count (A17, the evaluation's O-indicators, the incentive), where the list of A18–A24 keeps 服务活动: a
   * count is labelled as a count (服务活动数, review stop 27 item 17); the JSON key stays.
   */
  public static final Text ACTIVITY_COUNT = Text.of("服务活动数", "number of service activities");

  /** The label of {@code name}, if the table has one. */
  public static Optional<Text> label(String name) {
    return Optional.ofNullable(LABELS.get(name));
  }

  /** Every labelled name with its label, in the names' order. */
  public static SortedMap<String, Text> all() {
    return Collections.unmodifiableSortedMap(LABELS);
  }
}
