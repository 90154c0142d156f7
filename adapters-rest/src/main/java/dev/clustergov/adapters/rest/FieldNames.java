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
      Map.entry("description", "说明"), Map.entry("text", "内容"), Map.entry("textZh", "中文内容"));

  /** The field's name in Chinese, in quotation marks: “名称”; its path when it has no name here. */
  static String zh(String field) {
    String last = field.replaceAll("\\[\\d+]$", "").replaceFirst("^.*[.]", "").replaceAll("\\[\\d+]", "");
    return "“" + ZH.getOrDefault(last, field) + "”";
  }

  /** Whether {@code name} has a Chinese name here. */
  static boolean named(String name) {
    return ZH.containsKey(name);
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
