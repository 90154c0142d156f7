package dev.clustergov.core.policy;

import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Text;

/**
 * What an evaluation indicator measures (评价指标的计量方式, Art.28) and what argument it takes. Every
 * measure is "more is better": the indicator's score is the measured value against its target,
 * capped at 100 %. Shares ({@link Unit#PERCENT}) are 100 % when there is nothing to count.
 */
public enum Measure implements Labelled {
  /** The share of the named rules that pass (不适用 rules left out), e.g. Art.8(2)'s governance rules. */
  RULES(Argument.RULE_IDS, Unit.PERCENT, "要求的符合比例", "share of the requirements met"),
  /** Service activities held in the period, of one function when one is named. */
  ACTIVITIES(Argument.OPTIONAL_FUNCTION, Unit.COUNT, "服务活动数", "service activities held"),
  /** Function items (of 32) with at least one activity. */
  ITEMS_COVERED(Argument.NONE, Unit.COUNT, "有活动的职能事项数", "function items with an activity"),
  /** Functions (of 7) with at least one activity. */
  FUNCTIONS_ACTIVE(Argument.NONE, Unit.COUNT, "有活动的职能数", "functions with an activity"),
  /** Member units on the day. */
  MEMBERS(Argument.NONE, Unit.COUNT, "成员单位数", "member units"),
  /** The share of the day's members that took part in at least one activity. */
  MEMBER_PARTICIPATION(Argument.NONE, Unit.PERCENT, "参与活动的成员比例", "share of member units that took part"),
  /** Distinct outside units (集群外部单位) that took part. */
  OUTSIDE_UNITS(Argument.NONE, Unit.COUNT, "参与的外部单位数", "outside units that took part"),
  /** Hard platforms opened by the day. */
  PLATFORMS(Argument.NONE, Unit.COUNT, "硬平台数", "hard platforms"),
  /** The share of activities and platforms open to all member units or stating why not (Art.17 非排他性). */
  OPEN_SERVICE(Argument.NONE, Unit.PERCENT, "非排他性服务比例（含说明限制理由的）", "share of services open to all member units or stating why not"),
  /** Investment in projects brought to the cluster (落地项目投资额), yuan. */
  LANDED_INVESTMENT(Argument.NONE, Unit.YUAN, "落地项目投资额", "investment in projects brought to the cluster"),
  /** Technology transaction value (技术交易额), yuan. */
  TECHNOLOGY_TRANSACTIONS(Argument.NONE, Unit.YUAN, "技术交易额", "technology transaction value"),
  /** Supply contract value (供货合同额), yuan. */
  SUPPLY_CONTRACTS(Argument.NONE, Unit.YUAN, "供货合同额", "supply contract value"),
  /** People attracted, at the named level or better when one is named (人才招引数量及质量). */
  TALENTS(Argument.OPTIONAL_TALENT_LEVEL, Unit.COUNT, "人才招引数量", "talent attracted"),
  /** The share of disclosure obligations due by the day that were met on time (Art.14). */
  DISCLOSURE_PUNCTUALITY(Argument.NONE, Unit.PERCENT, "信息披露按时完成比例", "share of disclosures made on time"),
  /** The share of disputes closed or still within the consultation period (Art.15). */
  DISPUTES_HANDLED(Argument.NONE, Unit.PERCENT, "内部矛盾及时处理比例", "share of disputes handled in time"),
  /** Governance layers (of 5) with a body (Art.8(2)). */
  GOVERNANCE_LAYERS(Argument.NONE, Unit.COUNT, "已设立的治理层级数", "governance layers set up"),
  /** Kinds of management system adopted (Art.9). */
  MANAGEMENT_SYSTEMS(Argument.NONE, Unit.COUNT, "已制定的规章制度类别数", "kinds of management system adopted"),
  /** Staff employed (Art.7(3), Art.13). */
  STAFF(Argument.NONE, Unit.COUNT, "工作人员数", "staff"),
  /** Income sources (Art.7(5)). */
  INCOME_SOURCES(Argument.NONE, Unit.COUNT, "收入来源数", "income sources");

  /** The argument a measure takes. */
  public enum Argument { NONE, RULE_IDS, OPTIONAL_FUNCTION, OPTIONAL_TALENT_LEVEL }

  /** What the measured value counts. */
  public enum Unit { COUNT, PERCENT, YUAN }

  private final Argument argument;
  private final Unit unit;
  private final Text title;

  Measure(Argument argument, Unit unit, String zh, String en) {
    this.argument = argument;
    this.unit = unit;
    this.title = Text.of(zh, en);
  }

  public Argument argument() {
    return argument;
  }

  public Unit unit() {
    return unit;
  }

  public Text title() {
    return title;
  }
  /** Its title: the words every {@link Labelled} value gives. */
  @Override
  public Text label() {
    return title();
  }

}
