package dev.clustergov.core.rules;

import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.LifecycleStage;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The name of a command (操作名称): its identifier in the code ({@code RecogniseOrganization}) and its words in
 * Chinese and English (认定 / recognise the PO), so that a rejection, a guard's evidence or a problem names the
 * operation in words and no code identifier stands inside a Chinese text (“认定”操作未通过, not
 * {@code RecogniseOrganization 被驳回}; decisions 0410, 0565). An unknown identifier falls back to a general word.
 * Its text is the identifier, so that evidence compares as it did before the command had words.
 *
 * <p>A command taken from a stage ({@link #at}) may have words of its own there: {@code DissolveOrganization} on a PO
 * still proposed ends its founding (终止筹建 · end the founding of the PO) — a body never registered is not 注销ed
 * (TERMS-zh, Guard A6-lifecycle; decision 0597). The identifier stays the same.
 */
public record CommandName(String id, Optional<LifecycleStage> stage) {

  /** The words a command has when taken from one stage, by {@code command@STAGE}. */
  private static final Map<String, Text> AT_STAGE = Map.of(
      "DissolveOrganization@PROPOSED", Text.of("终止筹建", "end the founding of the PO"));

  private static final Map<String, Text> WORDS = Map.ofEntries(
      Map.entry("ProposeOrganization", Text.of("筹建", "propose the PO")),
      Map.entry("AmendFoundingApplication", Text.of("修改组建申请", "amend the founding application")),
      Map.entry("EstablishOrganization", Text.of("组建", "establish the PO")),
      Map.entry("RecogniseOrganization", Text.of("认定", "recognise the PO")),
      Map.entry("SuspendOrganization", Text.of("暂停认定", "suspend recognition")),
      Map.entry("ReinstateOrganization", Text.of("恢复认定", "reinstate recognition")),
      Map.entry("RevokeRecognition", Text.of("撤销认定", "revoke recognition")),
      Map.entry("DissolveOrganization", Text.of("注销", "dissolve the PO")),
      Map.entry("RegisterAuthority", Text.of("录入工业和信息化主管部门", "enter a supervising authority")),
      Map.entry("RegisterCluster", Text.of("录入集群", "enter a cluster")),
      Map.entry("AppointToBody", Text.of("任命组织机构成员", "appoint to a seat")),
      Map.entry("RemoveFromBody", Text.of("免职", "remove from a seat")),
      Map.entry("AmendCharter", Text.of("修改章程", "amend the charter")),
      Map.entry("ChangeRegisteredCapital", Text.of("变更注册资金", "change the registered capital")),
      Map.entry("ChangeLegalRepresentative", Text.of("变更法定代表人", "change the legal representative")),
      Map.entry("AdoptManagementSystem", Text.of("制定规章制度", "adopt a management system")),
      Map.entry("ReviseManagementSystem", Text.of("修订规章制度", "revise a management system")),
      Map.entry("HireStaff", Text.of("聘用工作人员", "hire a staff member")),
      Map.entry("ChangeBankAccount", Text.of("变更银行账户", "change the bank account")),
      Map.entry("RecordIncome", Text.of("录入收入", "enter income")),
      Map.entry("RecordExpenditure", Text.of("录入支出", "enter an expenditure")),
      Map.entry("PublishFeeSchedule", Text.of("公布收费标准", "publish a fee schedule")),
      Map.entry("RecordCharge", Text.of("录入收费", "enter a charge")),
      Map.entry("PublishDisclosure", Text.of("信息披露", "publish a disclosure")),
      Map.entry("RaiseDispute", Text.of("提出内部矛盾", "raise an internal dispute")),
      Map.entry("RecordDisputeStep", Text.of("录入内部矛盾处理步骤", "enter an internal dispute step")),
      Map.entry("DraftIpAgreement", Text.of("拟订知识产权管理协议", "draft an IP agreement")),
      Map.entry("SignIpAgreement", Text.of("签署知识产权管理协议", "sign an IP agreement")),
      Map.entry("AmendIpAgreement", Text.of("修改知识产权管理协议", "amend an IP agreement")),
      Map.entry("AdmitMember", Text.of("吸纳成员单位", "admit a member unit")),
      Map.entry("RecordMemberLeaving", Text.of("录入成员单位退出", "enter a member unit's leaving")),
      Map.entry("RegisterPlatform", Text.of("录入硬平台", "enter a hard platform")),
      Map.entry("ChangePlatformOpenness", Text.of("变更硬平台开放范围", "change a platform's openness")),
      Map.entry("RecordServiceActivity", Text.of("录入服务活动", "enter a service activity")),
      Map.entry("OpenInspection", Text.of("开展监督检查", "open an inspection")),
      Map.entry("RecordInspectionFinding", Text.of("录入监督检查发现的问题", "enter a problem found by an inspection")),
      Map.entry("RectifyFinding", Text.of("录入整改", "enter a rectification")),
      Map.entry("ImposeSanction", Text.of("作出处理决定", "impose a sanction")),
      Map.entry("LiftSanction", Text.of("解除处理决定", "lift a sanction")),
      Map.entry("AdoptSelfDisciplineMeasure", Text.of("采取自律措施", "adopt a self-discipline measure")),
      Map.entry("TakeDisciplinaryAction", Text.of("实施自律惩戒", "take a disciplinary action")),
      Map.entry("RegisterEvaluator", Text.of("录入第三方评价机构", "enter a third-party evaluator")),
      Map.entry("DeclareEvaluatorTie", Text.of("申报利害关系", "declare an interest")),
      Map.entry("EngageEvaluator", Text.of("委托第三方评价机构", "engage a third-party evaluator")),
      Map.entry("EndEngagement", Text.of("终止委托", "end an evaluator's engagement")),
      Map.entry("RecordEvaluation", Text.of("录入第三方评价", "enter a third-party evaluation")),
      Map.entry("VerifyEvaluation", Text.of("复核第三方评价", "verify a third-party evaluation")),
      Map.entry("GrantIncentive", Text.of("给予奖励", "grant an incentive")),
      Map.entry("ComputeIncentive", Text.of("奖励测算", "compute an incentive")),
      Map.entry("PublishPolicyPack", Text.of("发布地方政策参数", "publish a policy pack")),
      Map.entry("RunWhatIf", Text.of("政策模拟", "run a policy simulation")),
      Map.entry("RunPolicyCases", Text.of("政策测试", "run policy cases")));

  public CommandName {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(stage, "stage");
  }

  /** A command named without the stage it is taken from. */
  public CommandName(String id) {
    this(id, Optional.empty());
  }

  public static CommandName of(String id) {
    return new CommandName(id);
  }

  /** {@code id} taken on a PO in {@code stage}: its words there, if it has words of its own there. */
  public static CommandName at(String id, LifecycleStage stage) {
    return new CommandName(id, Optional.of(stage));
  }

  private Text wordsHere() {
    Text there = stage.map(s -> AT_STAGE.get(id + "@" + s.name())).orElse(null);
    return there != null ? there : WORDS.get(id);
  }

  /** Whether this command has its words here. */
  public boolean known() {
    return WORDS.containsKey(id);
  }

  /** The command in words: 认定 / recognise the PO; an unknown command: 该操作 / its identifier. */
  public Text words() {
    Text w = wordsHere();
    return w == null ? Text.of("该操作", id) : w;
  }

  /**
   * The operation a command is, named in a sentence: “认定”操作 / the operation “recognise the PO” — in words in both
   * languages, no identifier of the code (review stop 26, item 13); the identifier is {@link #id()}.
   */
  public Text operation() {
    Text w = wordsHere();
    return w == null
        ? Text.of("该操作", "The operation " + id)
        // review stop 28 E8: curly quotes in the English, as every other English text has them
        : Text.of("“" + w.zh() + "”操作", "The operation “" + w.en() + "”");
  }

  /** Every command named here. */
  public static Set<String> all() {
    return WORDS.keySet();
  }

  @Override
  public String toString() {
    return id;
  }
}
