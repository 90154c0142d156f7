package dev.clustergov.adapters.rest;

import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.rules.CommandName;
import java.util.Map;

/**
 * The names a problem gives to what it concerns (问题文本中的名称): a command (the core's {@link CommandName}) and a
 * kind of record, in Chinese and English, so that no code identifier stands inside a Chinese text (“认定”操作未通过, not
 * {@code RecogniseOrganization 被驳回}; decision 0410). An unknown name falls back to a general word.
 */
final class ProblemNames {

  private ProblemNames() {}

  private static final Map<String, Text> KINDS = Map.ofEntries(
      Map.entry("organization", Text.of("集群发展促进组织", "PO")),
      Map.entry("authority", Text.of("工业和信息化主管部门", "supervising authority")),
      Map.entry("cluster", Text.of("集群", "cluster")),
      Map.entry("body", Text.of("组织机构", "governance body")),
      Map.entry("seat", Text.of("席位", "seat")),
      Map.entry("disclosure", Text.of("信息披露", "disclosure")),
      Map.entry("disclosureObligation", Text.of("信息披露义务", "disclosure obligation")),
      Map.entry("dispute", Text.of("内部矛盾", "internal dispute")),
      Map.entry("evaluation", Text.of("第三方评价", "third-party evaluation")),
      Map.entry("evaluator", Text.of("第三方评价机构", "third-party evaluator")),
      Map.entry("engagement", Text.of("第三方评价委托", "evaluator's engagement")),
      Map.entry("feeSchedule", Text.of("收费标准", "fee schedule")),
      Map.entry("finding", Text.of("监督检查发现的问题", "problem found by an inspection")),
      Map.entry("inspection", Text.of("监督检查", "inspection")),
      Map.entry("ipAgreement", Text.of("知识产权管理协议", "IP agreement")),
      Map.entry("managementSystem", Text.of("规章制度", "management system")),
      Map.entry("membership", Text.of("成员单位", "member unit")),
      Map.entry("platform", Text.of("硬平台", "hard platform")),
      Map.entry("sanction", Text.of("处理决定", "sanction")),
      Map.entry("policyPack", Text.of("地方政策参数", "policy pack")),
      Map.entry("serviceActivity", Text.of("服务活动", "service activity")),
      Map.entry("incentiveAward", Text.of("奖励", "incentive award")),
      Map.entry("selfDisciplineMeasure", Text.of("自律措施", "self-discipline measure")),
      Map.entry("disciplinaryAction", Text.of("自律惩戒", "disciplinary action")),
      Map.entry("ledger", Text.of("财务收支记录", "ledger entry")),
      Map.entry("ledgerEntry", Text.of("财务收支记录", "ledger entry")),
      Map.entry("promotionOrganization", Text.of("集群发展促进组织", "PO")),
      Map.entry("article", Text.of("条文", "article")),
      Map.entry("rule", Text.of("规则", "rule")));

  /**
   * The problem types the server answers ({@code urn:clustergov:problem:<slug>}) and the one title each has in each language.
   * RFC 9457 §3.1.3: a type's title does not change from occurrence to occurrence, except to localise it; what differs
   * between two answers of one type is said in the detail and the violations (review stop 28 PR1, decision 0633).
   * {@link ApiError} takes its title from here, so no answer can give a type a second title.
   */
  private static final Map<String, Text> TITLES = Map.ofEntries(
      Map.entry("malformed", Text.of("请求内容有误", "Invalid request")),
      Map.entry("unreadable-import", Text.of("无法读取导入内容", "The import cannot be read")),
      Map.entry("unauthorized", Text.of("需要身份认证", "Authentication required")),
      Map.entry("forbidden", Text.of("无权操作", "Forbidden")),
      Map.entry("not-found", Text.of("未找到", "Not found")),
      Map.entry("method-not-allowed", Text.of("不支持该请求方式", "Method not allowed")),
      Map.entry("request-timeout", Text.of("请求体发送过慢", "Request body too slow")),
      Map.entry("conflict", Text.of("版本冲突", "Version conflict")),
      Map.entry("precondition-failed", Text.of("前提条件不成立", "Precondition failed")),
      Map.entry("content-too-large", Text.of("请求内容过大", "Content too large")),
      Map.entry("uri-too-long", Text.of("请求地址过长", "URI too long")),
      Map.entry("unsupported-media-type", Text.of("不支持的内容类型", "Unsupported media type")),
      Map.entry("rejected", Text.of("不符合《指引》规定", "Not in keeping with the guideline")),
      Map.entry("idempotency-key-reused", Text.of("幂等键已被使用", "Idempotency key reused")),
      Map.entry("headers-too-large", Text.of("请求头过大", "Request headers too large")),
      Map.entry("internal", Text.of("服务器内部错误", "Internal server error")),
      Map.entry("unavailable", Text.of("服务正在停止", "Shutting down")),
      Map.entry("storage-busy", Text.of("数据库正忙", "Storage busy")),
      Map.entry("storage-unavailable", Text.of("数据库暂不可用", "Storage unavailable")));

  /** Any other status the HTTP layer answers by itself ({@code http-429} …): one title for the family. */
  private static final Text OTHER_STATUS = Text.of("请求失败", "Request failed");

  /**
   * The title of the problem type {@code slug}; {@code http-<status>} for a status the server has no type of its own for.
   * A slug the table does not hold is a fault of the code, found by {@code ProblemTitlesTest} (which reads every slug from the sources).
   */
  static Text title(String slug) {
    Text t = TITLES.get(slug);
    if (t != null) {
      return t;
    }
    if (slug.matches("http-[1-5]\\d\\d")) {
      return OTHER_STATUS;
    }
    throw new IllegalArgumentException("a problem type without a title: " + slug);
  }

  /** Every problem type with a title of its own, for tests and the OpenAPI document. */
  static java.util.Set<String> types() {
    return new java.util.TreeSet<>(TITLES.keySet());
  }

  /** The name of a kind of record ({@code organization}, {@code sanction} …). */
  static Text kind(String kind) {
    return KINDS.getOrDefault(kind, Text.of("记录", kind));
  }

  /**
   * The name of the kind of record a version conflict concerns. The stores name it by its type ({@code PromotionOrganization},
   * {@code FeeSchedule}); a problem never shows that name (review stop 27 item 16): it is looked up as a kind, and an
   * unknown one is “记录 / record”, never the type's name.
   */
  static Text record(String aggregateType) {
    String key = aggregateType.isEmpty() ? aggregateType
        : Character.toLowerCase(aggregateType.charAt(0)) + aggregateType.substring(1);
    Text known = KINDS.get(key);
    return known != null ? known : Text.of("记录", "record");
  }

  /** Every command named here, for tests. */
  static java.util.Set<String> commands() {
    return CommandName.all();
  }
}
