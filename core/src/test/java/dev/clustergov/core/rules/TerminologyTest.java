package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.testkit.ChineseTerms;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, decision 0410: every rule's and guard's message — the texts of every finding they give — and every
 * lifecycle label is in the terms table's words and the 公文 register, and its Chinese and English name the same
 * numbers and clauses.
 */
class TerminologyTest {

  private static List<Named> messages() {
    List<Named> all = new ArrayList<>();
    RuleBook book = RuleBook.standard();
    book.rules().forEach(r -> all.add(new Named(r.id(), r.message())));
    book.guards().forEach(g -> all.add(new Named(g.id(), g.message())));
    for (Severity s : Severity.values()) {
      all.add(new Named("severity " + s, s.label()));
    }
    for (LifecycleStage s : LifecycleStage.values()) {
      all.add(new Named("stage " + s, s.label()));
    }
    return all;
  }

  private record Named(String id, Text text) {}

  @Test
  void everyMessageUsesTheTermsTable() {
    List<String> found = new ArrayList<>();
    messages().forEach(m -> ChineseTerms.problems(m.text().zh()).forEach(p -> found.add(m.id() + ": " + p)));
    assertThat(found).isEmpty();
  }

  @Test
  void theChineseAndEnglishOfEachMessageNameTheSameNumbersAndClauses() {
    List<String> found = new ArrayList<>();
    messages().forEach(m -> ChineseTerms.mismatch(m.text().zh(), m.text().en()).forEach(p -> found.add(m.id() + ": " + p)));
    assertThat(found).isEmpty();
  }

  @Test
  void everyEnglishMessageAvoidsTheFormsTheSecondReviewFound() {
    List<String> found = new ArrayList<>();
    messages().forEach(m -> ChineseTerms.englishProblems(m.text().en()).forEach(p -> found.add(m.id() + ": " + p)));
    assertThat(found).isEmpty();
  }

  /**
   * Review stop 27 item 16: a rule says its order in words — no arrows, no “生命周期” or “终局状态”, which are not 公文 —
   * in Chinese and in English.
   */
  @Test
  void noRuleOrGuardSaysItsOrderWithArrowsOrSoftwareWords() {
    List<String> found = new ArrayList<>();
    messages().forEach(m -> {
      for (String bad : List.of("→", "⇄", "->", "生命周期", "终局状态")) {
        if (m.text().zh().contains(bad) || m.text().en().contains(bad)) {
          found.add(m.id() + ": " + bad);
        }
      }
    });
    assertThat(found).isEmpty();
    assertThat(RuleBook.standard().guards()).extracting(Guard::id).contains("A6-lifecycle", "A15-dispute-steps");
  }

  /**
   * Review stop 27 item 20: 暂停认定 and 撤销认定 as acts, not the passive “认定被暂停/被撤销”; one term for a membership
   * (成员资格, not 成员身份); a date by an example, no ASCII pattern in Chinese. Over every rule's and guard's message, the
   * major matters' labels and the date problem.
   */
  @Test
  void noMessageUsesThePassiveOfRecognitionASecondTermForMembershipOrAnAsciiDatePattern() {
    List<Named> texts = new ArrayList<>(messages());
    for (String matter : List.of("OrganizationSuspended", "RecognitionRevoked", "OrganizationRecognised", "OrganizationReinstated")) {
      texts.add(new Named("matter " + matter, dev.clustergov.core.disclosure.MajorMatters.label(matter)));
    }
    texts.add(new Named("date problem", Text.of(dev.clustergov.core.kernel.Parsing.DATE_ZH, dev.clustergov.core.kernel.Parsing.DATE_EN)));
    List<String> found = new ArrayList<>();
    texts.forEach(m -> {
      for (String bad : List.of("被暂停", "被撤销", "成员身份", "YYYY")) {
        if (m.text().zh().contains(bad)) {
          found.add(m.id() + ": " + bad);
        }
      }
    });
    assertThat(found).isEmpty();
    assertThat(dev.clustergov.core.disclosure.MajorMatters.label("OrganizationSuspended").zh()).isEqualTo("暂停认定");
    assertThat(dev.clustergov.core.kernel.Parsing.DATE_EN).contains("2026-01-31");
  }

  /** Decision 0470: each form the second review sent back is caught on its old text, and its fix passes. */
  @Test
  void theChecksCatchWhatTheSecondReviewFound() {
    assertThat(ChineseTerms.problems("条形为得分（满分 100%），竖线为门槛")).hasSize(1);
    assertThat(ChineseTerms.problems("条形为得分（满分100%），竖线为门槛")).isEmpty();
    assertThat(ChineseTerms.problems("总分 ≥ 80，且每项指标达到门槛")).hasSize(1);
    assertThat(ChineseTerms.problems("总分≥80，且每项指标达到门槛")).isEmpty();
    assertThat(ChineseTerms.problems("评价结果：金标（总分85%），有效期至2026-12-07")).hasSize(1);
    assertThat(ChineseTerms.problems("评价结果：金标（总分85%），有效期至2026年12月7日")).isEmpty();
    assertThat(ChineseTerms.problems("该项须为“YYYY-MM-DD”格式")).isEmpty();
    assertThat(ChineseTerms.problems("所属集群")).hasSize(1);
    assertThat(ChineseTerms.problems("服务活动标题不能为空")).hasSize(1);
    assertThat(ChineseTerms.problems("“活动名称”不能为空")).isEmpty();
    // decision 0525: evidence values printed as enum constants inside Chinese
    assertThat(ChineseTerms.problems("该层级机构的形式：BOARD_OF_SUPERVISORS")).hasSize(1);
    assertThat(ChineseTerms.problems("按层次计算的合计：LEADING:0")).hasSize(1);
    assertThat(ChineseTerms.problems("该层级机构的形式：监事会")).isEmpty();
    assertThat(ChineseTerms.problems("导入文件须为UTF-8编码的CSV文件或XLSX文件")).isEmpty();
    // decision 0565: a space beside a quotation mark
    assertThat(ChineseTerms.problems("“LEADER” 不是可选值")).hasSize(1);
    assertThat(ChineseTerms.problems("“LEADER”不是可选值")).isEmpty();
    // issue 20: a record's id inside Chinese evidence, quoted or not
    assertThat(ChineseTerms.problems("有效的自律措施：“measure-000001”")).hasSize(1);
    assertThat(ChineseTerms.problems("服务活动：“activity-000010”、“activity-000011”")).hasSize(1);
    assertThat(ChineseTerms.problems("逾期未整改的问题：“inspection-000005#1”（第二十七条）")).hasSize(1);
    assertThat(ChineseTerms.problems("有效的自律措施：《成员单位自律公约》（2025年3月1日）")).isEmpty();
    // issue 20: a rule's problem left in English inside a Chinese evidence line
    assertThat(ChineseTerms.problems("未按公开收费标准收取的费用：in-1: schedule fee-9 is not published")).isEmpty();
    assertThat(ChineseTerms.lineProblems("未按公开收费标准收取的费用：in-1: schedule fee-9 is not published")).hasSize(2);
    assertThat(ChineseTerms.lineProblems("未按公开收费标准收取的费用：2025年6月1日收取的服务收费800.00元：所依据的收费标准未公布")).isEmpty();
    assertThat(ChineseTerms.englishProblems("2 finding(s) against binding requirements")).hasSize(1);
    assertThat(ChineseTerms.englishProblems("2 findings against binding requirements")).isEmpty();
    assertThat(ChineseTerms.englishProblems("The scores alone rate no rating; not every indicator is at its threshold")).hasSize(1);
    assertThat(ChineseTerms.englishProblems("Rating: gold (total 85 %), valid until 2026-12-07")).hasSize(1);
    assertThat(ChineseTerms.englishProblems("Rating: gold (total 85 %), valid until 7 December 2026")).isEmpty();
    assertThat(ChineseTerms.mismatch("有效期至2026年12月7日", "valid until 7 December 2026")).isEmpty();
    // decision 0629: one English term for 集群发展促进组织 — PO, or the full term; never a shortened or bare organization
    assertThat(ChineseTerms.englishProblems("This promotion organization's stage is already “recognised”")).hasSize(1);
    assertThat(ChineseTerms.englishProblems("Promotion organizations the caller may read")).hasSize(1);
    assertThat(ChineseTerms.englishProblems("the cluster promotion organization")).hasSize(1);
    assertThat(ChineseTerms.englishProblems("the dossier holds another organization's ledger")).hasSize(1);
    assertThat(ChineseTerms.englishProblems("This PO's stage is already “recognised”")).isEmpty();
    assertThat(ChineseTerms.englishProblems("Public information of a cluster development promotion organization")).isEmpty();
    assertThat(ChineseTerms.englishProblems("Guideline for Building Advanced Manufacturing Cluster Development Promotion Organizations")).isEmpty();
    assertThat(ChineseTerms.englishProblems("Party leadership: a Party organization must be set up; type of organization")).isEmpty();
    assertThat(ChineseTerms.mismatch("有效期至2026年12月7日", "valid until 8 December 2026")).hasSize(1);
  }

  /**
   * Review stop 28 E2: 谁主管、谁负责 has one English rendering, the one the guideline's catalogue gives Art.26 and every
   * message takes from {@code Guideline.IN_CHARGE_IS_RESPONSIBLE}.
   */
  @Test
  void thePrincipleOfArticle26HasOneEnglishRendering() {
    var principle = dev.clustergov.core.guideline.Guideline.IN_CHARGE_IS_RESPONSIBLE;
    assertThat(dev.clustergov.core.guideline.Guideline.article(26).get().title().en()).isEqualToIgnoringCase(principle.en());
    List<String> found = new ArrayList<>();
    int naming = 0;
    for (Named m : messages()) {
      if (m.text().zh().contains(principle.zh())) {
        naming++;
        if (!m.text().en().toLowerCase(java.util.Locale.ROOT).contains(principle.en())) {
          found.add(m.id() + ": " + m.text().en());
        }
      }
    }
    assertThat(naming).as("messages naming the principle").isGreaterThanOrEqualTo(5);
    assertThat(found).isEmpty();
  }

  /**
   * Review stop 28 PR3: the ASCII words the reviewer found in Chinese problem texts are caught on their old texts — a word
   * glued to Chinese (Java's \b saw no boundary there), a clause id a value put in, a scheme named in quotes — and the fixes
   * pass.
   */
  @Test
  void theChecksCatchTheAsciiWordsInChineseProblemTexts() {
    assertThat(ChineseTerms.problems("请求体不是有效的JSON（第1行第12列）")).isNotEmpty();
    assertThat(ChineseTerms.problems("请求内容无法解析（第1行第12列）")).isEmpty();
    assertThat(ChineseTerms.problems("请提供有效的访问令牌（“Bearer”方式）")).isNotEmpty();
    assertThat(ChineseTerms.problems("请提供有效的访问令牌")).isEmpty();
    assertThat(ChineseTerms.problems("“依据”不是指引中的条款：Art.99")).isNotEmpty();
    assertThat(ChineseTerms.problems("“依据”第1项所列条款在《指引》中不存在")).isEmpty();
    assertThat(ChineseTerms.problems("订阅令牌只能出现一次，且不能与 Authorization 请求头同时发送")).isNotEmpty();
    // what a reader types or picks stays: a quoted header or value, a file's type, a standard's code
    assertThat(ChineseTerms.problems("请求头“If-Match”给出的版本与当前版本不符")).isEmpty();
    assertThat(ChineseTerms.problems("导入文件须为UTF-8编码的CSV文件或XLSX文件")).isEmpty();
    assertThat(ChineseTerms.problems("该项不是有效的六位行政区划代码（GB/T 2260）")).isEmpty();
  }

  /**
   * Decision 0525: the evidence lines every rule gives over the fixtures' dossiers (a compliant PO at every stage, so that
   * rules pass, fail and do not apply) — each name by its label, each value in words — pass the same checks as the
   * messages. The demo's lines (findings, the evaluation trace, incentives) are checked by the REST adapter's
   * {@code EvidenceLinesTest}.
   */
  @Test
  void everyEvidenceLineOfTheRulesIsInTheTermsTableAndTheRegister() {
    List<String> found = new ArrayList<>();
    int lines = 0;
    for (LifecycleStage stage : LifecycleStage.values()) {
      Dossier d = dev.clustergov.core.testkit.fixtures.Fixtures.dossier(dev.clustergov.core.testkit.fixtures.Fixtures.organization(stage));
      for (Rule r : RuleBook.standard().rules()) {
        for (Evidence e : r.evaluate(d, dev.clustergov.core.testkit.fixtures.Fixtures.baseline(), dev.clustergov.core.testkit.fixtures.Fixtures.TODAY).evidence()) {
          lines++;
          Text line = e.line();
          if (EvidenceLabels.label(e.name()).isEmpty()) {
            found.add(r.id() + ": evidence “" + e.name() + "” has no label");
          }
          ChineseTerms.lineProblems(line.zh()).forEach(p -> found.add(r.id() + ": " + line.zh() + " — " + p));
          ChineseTerms.englishProblems(line.en()).forEach(p -> found.add(r.id() + ": " + line.en() + " — " + p));
          ChineseTerms.mismatch(line.zh(), line.en()).forEach(p -> found.add(r.id() + ": " + line.zh() + " | " + line.en() + " — " + p));
        }
      }
    }
    assertThat(lines).isGreaterThan(100);
    assertThat(found).isEmpty();
  }

  @Test
  void lifecycleLabelsAreStatesNotVerbs() {
    assertThat(List.of(LifecycleStage.values())).extracting(s -> s.label().zh())
        .containsExactly("筹建中", "已组建", "已认定", "认定已暂停", "认定已撤销", "已注销");
  }

  @Test
  void theChecksCatchWhatTheIssueFound() {
    assertThat(ChineseTerms.problems("逾期未整改的予以认定")).hasSize(1);
    assertThat(ChineseTerms.problems("主管部门须已登记")).hasSize(1);
    assertThat(ChineseTerms.problems("必须建立独立的银行帐户：须录入银行账户")).hasSize(1);
    assertThat(ChineseTerms.problems("同一集群已认定的促进组织")).hasSize(1);
    assertThat(ChineseTerms.problems("亦不得在冷却期内")).hasSize(1);
    assertThat(ChineseTerms.problems("RecogniseOrganization 被驳回")).hasSize(1);
    // an identifier word and a record id: two problems since the record-id check (issue 20)
    assertThat(ChineseTerms.problems("未找到organization：org-1")).hasSize(2);
    assertThat(ChineseTerms.problems("状态:暂停")).hasSize(1);
    assertThat(ChineseTerms.problems("不晚于今日")).hasSize(1);
    assertThat(ChineseTerms.problems("“认定”操作未通过：有2项问题不符合约束性要求")).isEmpty();
    assertThat(ChineseTerms.mismatch("收入来源（会费等）", "income sources, at least the policy's number")).isEmpty();
    assertThat(ChineseTerms.mismatch("4至50个字符", "4–50 characters")).isEmpty();
    assertThat(ChineseTerms.mismatch("第二十三条第（二）项的服务", "Art.23(2) is a brokered service")).isEmpty();
    assertThat(ChineseTerms.mismatch("第二十三条的服务", "Art.23(2) is a brokered service")).hasSize(1);
    assertThat(ChineseTerms.mismatch("不得超过30天", "within 20 days")).hasSize(1);
  }
}
