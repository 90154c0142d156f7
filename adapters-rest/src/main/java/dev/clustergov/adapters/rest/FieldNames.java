package dev.clustergov.adapters.rest;

import dev.clustergov.core.kernel.Violation;
import java.util.Map;

/**
 * The Chinese names of a request's fields (字段名称), so that a field's problem names its field in Chinese as it does in
 * English — “名称”不能为空 beside “name is required” (review stop 25 item 6, decision 0593). The core reports a field's
 * problem as 该项…, not knowing the route's words; the problem names the field here, by the last name of its path
 * ({@code founders[2].name}: 名称, the path itself standing in the problem's {@code field}). A field without a name here
 * is named by its path in quotation marks, the last resort.
 */
final class FieldNames {

  private FieldNames() {}

  private static final Map<String, String> ZH = Map.ofEntries(
      Map.entry("name", "名称"), Map.entry("title", "标题"), Map.entry("titleZh", "中文标题"), Map.entry("titleEn", "英文标题"),
      Map.entry("kind", "类型"), Map.entry("role", "角色"), Map.entry("from", "起始日期"), Map.entry("to", "截止日期"),
      Map.entry("periodFrom", "期间起始日期"), Map.entry("periodTo", "期间截止日期"), Map.entry("on", "日期"),
      Map.entry("heldOn", "举办日期"), Map.entry("joinedOn", "加入日期"), Map.entry("leftOn", "退出日期"),
      Map.entry("openedOn", "开放日期"), Map.entry("hiredOn", "聘用日期"), Map.entry("receivedOn", "收款日期"),
      Map.entry("paidOn", "支付日期"), Map.entry("chargedOn", "收费日期"), Map.entry("publishedOn", "发布日期"),
      Map.entry("proposedOn", "筹建日期"), Map.entry("establishedOn", "组建日期"), Map.entry("decidedOn", "决定日期"),
      Map.entry("effectiveFrom", "生效日期"), Map.entry("rectifyBy", "整改期限"), Map.entry("adoptedOn", "制定日期"),
      Map.entry("revisedOn", "修订日期"), Map.entry("takenOn", "实施日期"),
      Map.entry("creditCode", "统一社会信用代码"), Map.entry("delivery", "服务方式"), Map.entry("item", "功能事项"),
      Map.entry("memberParticipants", "参与的成员单位"), Map.entry("operator", "运营单位"),
      Map.entry("openToAllMembers", "是否向全体成员单位开放"), Map.entry("restrictionReason", "限制开放的原因"),
      Map.entry("organization", "集群发展促进组织"), Map.entry("cluster", "所服务集群"), Map.entry("authority", "工业和信息化主管部门"),
      Map.entry("evaluator", "第三方评价机构"), Map.entry("jurisdiction", "辖区"), Map.entry("region", "地区"),
      Map.entry("industry", "产业"), Map.entry("level", "级别"), Map.entry("enterprises", "企业数"),
      Map.entry("amount", "金额"), Map.entry("monthlySalary", "月薪"), Map.entry("payer", "付款方"), Map.entry("payee", "收款方"),
      Map.entry("bank", "开户银行"), Map.entry("bankAccountNumber", "银行账号"), Map.entry("legalRepresentative", "法定代表人"),
      Map.entry("version", "版本号"), Map.entry("reason", "原因"), Map.entry("grounds", "依据"), Map.entry("clause", "条款"),
      Map.entry("rating", "等级"), Map.entry("year", "年度"), Map.entry("person", "人员"), Map.entry("seats", "席位"),
      Map.entry("landedInvestment", "落地项目投资额"), Map.entry("supplyContracts", "供货合同额"),
      Map.entry("description", "说明"), Map.entry("text", "内容"), Map.entry("textZh", "中文内容"),
      // review stop 26 item 6: every field a request can carry (OpenApiTest walks the request schemas)
      Map.entry("actor", "办理方"), Map.entry("adoptedBy", "制定机构"), Map.entry("affiliatedAuthority", "隶属的主管部门"),
      Map.entry("after", "起始编号"), Map.entry("bankAccount", "银行账户"), Map.entry("businessScope", "业务范围"),
      Map.entry("cases", "测试案例"), Map.entry("values", "参数值"), Map.entry("draft", "草案"), Map.entry("category", "人员类别"),
      Map.entry("channelKind", "披露渠道"), Map.entry("channelReference", "披露渠道网址"), Map.entry("charter", "章程"),
      Map.entry("consentingFounders", "同意章程的发起单位"), Map.entry("closedReason", "限制参加的原因"), Map.entry("date", "日期"),
      Map.entry("decidedBy", "决定机构"), Map.entry("declaredRelation", "申报的关联关系"), Map.entry("document", "整改材料"),
      Map.entry("dryRun", "是否仅预检"), Map.entry("duties", "各方义务"), Map.entry("equipment", "设施设备"),
      Map.entry("feeFunded", "是否使用收费收入"), Map.entry("fields", "专业领域"), Map.entry("format", "格式"),
      Map.entry("founders", "发起单位"), Map.entry("governance", "治理机构"), Map.entry("guidingBody", "指导单位"),
      Map.entry("incomeSources", "收入来源"), Map.entry("lang", "语言"), Map.entry("managementSystems", "管理制度"),
      Map.entry("marketBenchmark", "市场薪酬参考"), Map.entry("measure", "自律措施"), Map.entry("member", "成员单位"),
      Map.entry("nature", "利害关系性质"), Map.entry("note", "备注"), Map.entry("obligation", "披露义务"),
      Map.entry("officeAddress", "办公地址"), Map.entry("outcomes", "服务成效"), Map.entry("outsideParticipants", "成员单位以外的参与方"),
      Map.entry("ownership", "成果权属"), Map.entry("party", "签署方"), Map.entry("signatory", "签署人"),
      Map.entry("partyOrganization", "党组织"), Map.entry("setUpOn", "成立日期"), Map.entry("payeeReference", "收款方标识"),
      Map.entry("payroll", "是否为薪酬支出"), Map.entry("purpose", "用途"), Map.entry("recruitment", "招聘方式"),
      Map.entry("registeredCapital", "注册资本"), Map.entry("registeredOn", "注册日期"), Map.entry("route", "处理途径"),
      Map.entry("schedule", "收费标准"), Map.entry("scopeItem", "业务范围事项"), Map.entry("shares", "收益分配"),
      Map.entry("stage", "状态"), Map.entry("foundingEnded", "是否已终止筹建"), Map.entry("status", "状态"), Map.entry("step", "处理步骤"), Map.entry("terms", "协议条款"),
      Map.entry("tier", "收费档次"), Map.entry("token", "订阅令牌"), Map.entry("until", "截止日期"), Map.entry("useRights", "使用权"),
      Map.entry("staff", "工作人员"));

  /**
   * Fields named by their path, where the last name alone would say too little or something else (review stop 26, item 6):
   * {@code channel.reference} is the disclosure channel's address, not any reference. A list's element is written
   * {@code []}: {@code items[].code} names the code of a fee item, and the problem says which item (第1项收费项目编码).
   */
  private static final Map<String, String> BY_PATH = Map.ofEntries(
      Map.entry("limit", "每页条数"), Map.entry("channel", "披露渠道"), Map.entry("channel.reference", "披露渠道网址"),
      // review stop 27 item 20: the channel's kind is not the disclosure's (“类型”), nor is a fee item's name any name
      Map.entry("channel.kind", "披露渠道类型"), Map.entry("items[].name", "收费项目名称"),
      Map.entry("items[].code", "收费项目编码"), Map.entry("items[].pricing", "收费方式"),
      Map.entry("account.holder", "账户名称"), Map.entry("account.number", "银行账号"),
      Map.entry("subject", "矛盾事由"), Map.entry("parties", "当事方"), Map.entry("raisedBy", "提出方"),
      Map.entry("capacity", "提出方身份"), Map.entry("holder", "账户名称"), Map.entry("number", "银行账号"),
      Map.entry("useRights[].holder", "使用权人"), Map.entry("useRights[].scope", "使用范围"),
      Map.entry("ownership[].owners", "权利人"), Map.entry("ownership[].results", "成果"),
      Map.entry("items[].min", "收费下限"), Map.entry("items[].max", "收费上限"), Map.entry("items[].tiers", "收费档次"),
      Map.entry("items[].tiers[].label", "档次名称"), Map.entry("items", "收费项目"),
      Map.entry("governance[].id", "机构编号"), Map.entry("governance[].form", "机构形式"), Map.entry("governance[].layer", "层级"),
      Map.entry("partyOrganization.form", "党组织形式"), Map.entry("type.components", "组成单位类型"), Map.entry("type", "组织类型"),
      Map.entry("cases[].expect.eligible", "预期是否符合奖励条件"), Map.entry("cases[].expect.failing", "预期未通过的规则"),
      Map.entry("cases[].expect.passing", "预期通过的规则"), Map.entry("cases[].expect.incentive", "预期奖励"),
      Map.entry("cases[].expect.total", "预期总分"), Map.entry("cases[].expect", "预期结果"), Map.entry("cases[].pack", "政策包"),
      Map.entry("outcomes.talents", "引育人才数"), Map.entry("outcomes.technologyTransactions", "技术交易数"));

  /**
   * The field's name in Chinese, in quotation marks: “名称”, “第1项收费项目编码”; its path when it has no name here. An element
   * of a list is the list's name and the element's number, “依据”第1项 (review stop 28 PR2), unless its name says it.
   */
  static String zh(String field) {
    String name = nameOf(field).orElse(field);
    java.util.regex.Matcher element = ELEMENT.matcher(field);
    return "“" + name + "”" + (element.find() && !name.startsWith("第") ? "第" + (Integer.parseInt(element.group(1)) + 1) + "项" : "");
  }

  /** A path that ends at an element of a list: {@code grounds[0]}. */
  private static final java.util.regex.Pattern ELEMENT = java.util.regex.Pattern.compile("\\[(\\d+)]$");

  /**
   * The Chinese name of the field at {@code path} (a request's path, {@code items[0].code}, or a schema's,
   * {@code items[].code}): by its path, the longest tail of it named here first, then by its last name; empty when it has
   * none. A name given to a list's element says which element, 第N项, from the path's index when it has one.
   */
  static java.util.Optional<String> nameOf(String path) {
    String general = path.replaceAll("\\[\\d*]", "[]");
    String tail = general;
    while (true) {
      String key = tail.replaceAll("\\[]$", "");
      if (BY_PATH.containsKey(key)) {
        java.util.regex.Matcher index = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(path);
        boolean ofElement = key.contains("[]");
        return java.util.Optional.of((ofElement && index.find() ? "第" + (Integer.parseInt(index.group(1)) + 1) + "项" : "")
            + BY_PATH.get(key));
      }
      int dot = tail.indexOf('.');
      if (dot < 0) {
        break;
      }
      tail = tail.substring(dot + 1);
    }
    String last = general.replaceAll("\\[]$", "").replaceFirst("^.*[.]", "").replace("[]", "");
    return java.util.Optional.ofNullable(ZH.get(last));
  }

  /** Whether {@code name} has a Chinese name here. */
  static boolean named(String name) {
    return nameOf(name).isPresent();
  }

  /**
   * The violation with its field named in its Chinese: a message the core wrote as 该项… (it does not know the route's
   * words) says which field; every other message is the route's own and stays.
   */
  static Violation named(Violation v) {
    if (v.field().isEmpty() || !v.zh().startsWith("该项")) {
      return v;
    }
    return Violation.of(v.field(), v.code(), zh(v.field()) + v.zh().substring(2), v.en());
  }
}
