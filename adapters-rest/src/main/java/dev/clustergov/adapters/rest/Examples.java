package dev.clustergov.adapters.rest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The request bodies the OpenAPI document shows (请求示例), as the README's walk sends them: the founding application is
 * the README's own file ({@code adapters-rest/examples/}, copied onto the classpath by the build), the others short
 * enough to stand in the route table. The ids are those of the demo data on a fresh data folder ({@code --demo}); the
 * dates are of the months after the demo data was loaded and before the day the examples are sent
 * ({@code OpenApiExamplesTest} loads it on 3 March 2025 and posts them on 1 July 2025); a date a request may leave
 * out (today) is left out.
 */
final class Examples {
  private Examples() {}

  /** The README's founding application of a PO of 苏州市澄湖生物医药及高端医疗器械集群 (cluster-000006, authority-000003). */
  static final String FOUNDING_APPLICATION = resource("founding-application.json");

  /** The demo's recognised PO (苏州市澄湖纳米新材料产业集群促进会, authority-000003): where a route's example is taken unless it says. */
  static final String RECOGNISED_PO = "org-000001";

  /** The README's PO: the demo's seven and then the founding application's (POST /organizations). */
  static final String README_PO = "org-000008";

  static final String CLUSTER = """
      {"name": "苏州市澄溪高端纺织集群", "region": "320500", "industry": "高端纺织", "level": "PROVINCIAL", "enterprises": 450}""";

  /** A credit code whose check character is right (GB 32100-2015); a wrong one is a 400. */
  static final String ESTABLISHMENT = """
      {"creditCode": "51320500MJ0003001A"}""";

  static final String RECOGNITION = "{}";

  /**
   * Why an authority suspends a PO: a finding of its inspection left unrectified past the deadline, the demo's reason
   * (Art.25, Art.29). Not an evaluation: a rating is a reference for the cluster's competitiveness (Art.28), never a ground
   * for handling, and the guideline knows no 未达标; nor does a suspension's reason order a rectification, which is a
   * sanction of its own ({@code POST …/sanctions}, RECTIFICATION_ORDER with its deadline) (decision 0630).
   */
  static final String SUSPENSION = """
      {"reason": "监督检查发现的问题逾期未整改，依据第二十五条、第二十九条暂停认定", "decidedOn": "2025-03-03"}""";

  // ---- general: authorities, evaluators, policy ----------------------------------------------------------------------

  /** A district inside 苏州 (320500), registered by the city's authority. */
  static final String AUTHORITY = """
      {"name": "苏州市吴中区工业和信息化局", "jurisdiction": "320506"}""";

  static final String EVALUATOR = """
      {"name": "江苏澄明产业研究咨询有限公司", "creditCode": "91320500MA0002001E"}""";

  /** Declared by the evaluator the example of {@code POST /evaluators} registers. */
  static final String TIE = """
      {"organization": "org-000002", "nature": "为该集群发展促进组织编制发展规划（咨询服务）", "from": "2025-03-10", "until": "2025-06-30"}""";

  /** The evaluator the example of {@code POST /evaluators} registers in a fresh registry. */
  static final String ENGAGEMENT = """
      {"evaluator": "evaluator-000001", "until": "2030-12-31"}""";

  /** The evaluator is the caller; the year ending today. */
  static final String EVALUATION = "{}";

  static final String GRANT = """
      {"from": "2025-03-03", "to": "2025-06-30"}""";

  static final String POLICY_PACK = """
      {"effectiveFrom": "2026-01-01", "version": 1, "titleZh": "苏州市先进制造业集群发展促进组织政策", "titleEn": "Suzhou PO policy",
       "values": {"dispute.consultationMaxDays": "40"}}""";

  static final String WHAT_IF = """
      {"jurisdiction": "320500", "effectiveFrom": "2025-06-01", "version": 1, "titleZh": "苏州市先进制造业集群发展促进组织政策（征求意见稿）",
       "titleEn": "Suzhou PO policy (draft)", "values": {"dispute.consultationMaxDays": "40"}}""";

  // ---- lifecycle and governance -----------------------------------------------------------------------------------

  static final String DISSOLUTION = """
      {"reason": "成员大会决议注销", "decidedOn": "2025-03-03"}""";

  static final String REINSTATEMENT = """
      {"reason": "整改完成，经核查恢复认定", "decidedOn": "2025-03-03"}""";

  static final String REVOCATION = """
      {"reason": "监督检查发现的问题经责令限期整改，逾期仍未整改，依据第二十五条、第二十九条撤销认定", "decidedOn": "2025-03-03"}""";

  /** A seat on the demo PO's council ({@code bodyId} council). */
  static final String SEAT = """
      {"person": "p-m3", "name": "孔令华", "role": "MEMBER", "fields": []}""";

  static final String CHARTER = """
      {"decidedBy": "assembly", "adoptedOn": "2025-06-01", "businessScope": ["产业研究与规划咨询", "技术创新协同服务", "会展与对外交流",
       "人才培训", "知识产权运营服务"], "consentingFounders": ["苏州市澄湖微纳制造企业联合会", "苏州澄微纳米科技有限公司", "苏州澄远纳米材料研究院"]}""";

  static final String CAPITAL = """
      {"decidedBy": "assembly", "amount": 1000000}""";

  static final String LEGAL_REPRESENTATIVE = """
      {"decidedBy": "assembly", "person": "p-chair", "name": "顾澄远"}""";

  // ---- management -------------------------------------------------------------------------------------------------

  /** On the README's PO founded without it (the demo's POs have every kind, and a kind is adopted once, Art.9). */
  static final String SYSTEM = """
      {"kind": "IP_MANAGEMENT", "title": "知识产权管理制度", "adoptedOn": "2025-04-01"}""";

  /** A revision of the demo PO's 知识产权管理制度 ({@code kind} IP_MANAGEMENT). */
  static final String SYSTEM_REVISION = """
      {"title": "知识产权管理制度（2025年修订）", "revisedOn": "2025-06-01"}""";

  static final String HIRE = """
      {"person": "s-31", "name": "周敏", "category": "PROFESSIONAL_TECHNICAL", "recruitment": "OPEN_RECRUITMENT", "hiredOn": "2025-04-01",
       "monthlySalary": 12000, "marketBenchmark": 11500}""";

  static final String BANK_ACCOUNT = """
      {"holder": "苏州市澄湖纳米新材料产业集群促进会", "number": "62223205000625509917", "bank": "澄信银行苏州工业园区支行"}""";

  static final String INCOME = """
      {"kind": "GOVERNMENT_APPROPRIATION", "amount": 500000, "receivedOn": "2025-03-15", "payer": "苏州市工业和信息化局"}""";

  static final String EXPENDITURE = """
      {"amount": 36000, "paidOn": "2025-05-10", "payee": "苏州澄观会展服务有限公司", "payeeReference": "91320505MA0002003W",
       "declaredRelation": "OTHER", "purpose": "产业对接会场地租赁", "payroll": false, "feeFunded": false}""";

  static final String FEE_SCHEDULE = """
      {"kind": "DUES", "title": "会费标准", "publishedOn": "2025-03-10", "channel": "https://www.example.org/fees",
       "items": [{"code": "DUES-COUNCIL", "name": "理事单位会费", "pricing": "FIXED", "amount": 20000}]}""";

  /** Under the schedule the example of {@code POST …/fee-schedules} publishes in a fresh registry. */
  static final String CHARGE = """
      {"schedule": "fee-000001", "item": "DUES-COUNCIL", "amount": 20000, "chargedOn": "2025-04-01", "payer": "苏州澄微纳米科技有限公司"}""";

  static final String DISCLOSURE = """
      {"kind": "ANNUAL_REPORT", "year": 2024, "publishedOn": "2025-03-31", "channelKind": "WEBSITE",
       "channelReference": "https://www.example.org/annual-report-2024", "title": "2024年度工作报告"}""";

  static final String DISPUTE = """
      {"subject": "联合研发项目成果分配争议", "parties": ["苏州澄微纳米科技有限公司", "苏州澄远纳米材料研究院"], "raisedBy": "理事会",
       "capacity": "GOVERNANCE_BODY"}""";

  static final String DISPUTE_STEP = """
      {"step": "CONSULTATION_OPENED", "actor": "卫思源", "capacity": "SECRETARIAT", "note": "秘书处组织双方协商"}""";

  private static final String TERMS = """
      {"parties": [{"name": "苏州市工业和信息化局", "kind": "GOVERNMENT"}, {"name": "苏州市澄湖纳米新材料产业集群促进会", "kind": "PROMOTION_ORGANIZATION"},
        {"name": "苏州澄明微电子有限公司", "kind": "PARTNER"}],
       "duties": {"CREATION": ["苏州澄明微电子有限公司"], "PROTECTION": ["苏州市澄湖纳米新材料产业集群促进会"], "UTILISATION": ["苏州澄明微电子有限公司"]},
       "ownership": [{"results": "纳米涂层工艺专利", "owners": ["苏州澄明微电子有限公司"]}],
       "useRights": [{"holder": "苏州市澄湖纳米新材料产业集群促进会", "scope": "集群内非独占许可"}],
       "shares": {"苏州澄明微电子有限公司": 70, "苏州市澄湖纳米新材料产业集群促进会": 30}}""";

  static final String IP_AGREEMENT = "{\"title\": \"" + "纳米涂层联合研发知识产权协议" + "\", \"terms\": " + TERMS + "}";

  static final String IP_AMENDMENT = TERMS;

  static final String SIGNATURE = """
      {"party": "苏州市工业和信息化局", "signatory": "苏州市工业和信息化局", "on": "2025-07-01"}""";

  // ---- operation ----------------------------------------------------------------------------------------------------

  static final String MEMBER = """
      {"name": "苏州澄明微电子有限公司", "creditCode": "91320594MA0002002N", "kind": "ENTERPRISE"}""";

  static final String LEAVING = "{}";

  static final String PLATFORM = """
      {"name": "纳米材料中试平台", "kind": "PILOT_BASE", "role": "BUILT", "operator": "苏州市澄湖纳米新材料产业集群促进会",
       "openToAllMembers": true}""";

  static final String OPENNESS = """
      {"openToAllMembers": false, "restrictionReason": "设备检修期间仅对理事单位开放"}""";

  static final String ACTIVITY = """
      {"item": "Art.21(3)", "title": "纳米材料供需对接会", "delivery": "DIRECT",
       "memberParticipants": ["member-000001"], "outsideParticipants": ["苏州澄观会展服务有限公司"], "openToAllMembers": true,
       "outcomes": {"landedInvestment": 0, "technologyTransactions": 1200000, "supplyContracts": 3000000, "talents": {}}}""";

  // ---- supervision --------------------------------------------------------------------------------------------------

  static final String INSPECTION = """
      {"subject": "2025年度管理制度执行情况检查"}""";

  static final String FINDING = """
      {"clause": "Art.9", "description": "财务管理制度未按规定修订", "rectifyBy": "2025-09-30"}""";

  static final String RECTIFICATION = """
      {"description": "已修订财务管理制度并经理事会审议通过", "document": "苏纳促〔2025〕12号"}""";

  static final String SANCTION = """
      {"kind": "WARNING", "grounds": ["Art.14"], "reason": "未按期披露年度报告"}""";

  /** The warning of {@link #SANCTION} lifted: its ground, the annual report, since disclosed (a warning orders no rectification). */
  static final String LIFTING = """
      {"reason": "已补充披露年度报告"}""";

  static final String MEASURE = """
      {"kind": "CODE_OF_CONDUCT", "title": "成员单位行为准则", "adoptedBy": "assembly"}""";

  /** On the member and under the measure the examples of {@code POST …/members} and {@code …/self-discipline/measures} make. */
  static final String ACTION = """
      {"member": "member-000001", "measure": "measure-000001", "kind": "REMINDER", "reason": "未按期缴纳会费"}""";

  // ---- imports (decisions 0451, 0466): CSV bodies, each row as its single route takes it, the day left to today ----

  static final String MEMBERS_CSV = row("name", "creditCode", "kind")
      + row("苏州澄明精密材料有限公司", code("91320594MA0002004"), "ENTERPRISE")
      + row("苏州澄远检测技术服务有限公司", code("91320594MA0002005"), "SERVICE_PROVIDER");

  static final String ACTIVITIES_CSV = row("item", "title", "delivery", "openToAllMembers", "technologyTransactions", "highLevelTalents")
      + row("Art.21(3)", "纳米材料供需对接会", "DIRECT", "true", "1200000", "1")
      + row("Art.18(1)", "集群发展战略研讨会", "DIRECT", "true", "", "");

  /** A CSV line of the cells (none holds a comma or a quote). */
  private static String row(String... cells) {
    return String.join(",", cells) + "\n";
  }

  private static String code(String first17) {
    return first17 + dev.clustergov.core.organization.CreditCode.checkCharacter(first17);
  }

  /** An engagement ended from today, with its reason (decision 0475). */
  static final String ENGAGEMENT_ENDING = """
      {"reason": "第三方评价机构与被评价的集群发展促进组织产生利害关系，终止委托"}""";

  private static String resource(String name) {
    try (InputStream in = Examples.class.getResourceAsStream("examples/" + name)) {
      if (in == null) {
        throw new IllegalStateException("examples/" + name + " is not on the classpath (the build copies adapters-rest/examples/)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
