package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.policy.NationalBaseline;
import dev.clustergov.core.policy.PolicySource;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Decision 0525: a piece of evidence keeps its stable name and text for the JSON, and is read as its label and its value
 * in words: an enum by its label, a date in words, money in 元 / yuan, a region by name, a record's id quoted inside
 * Chinese, nothing as 无 / none.
 */
class EvidenceWordsTest {

  @Test
  void theNameAndTheTextStayWhatTheJsonHasAlwaysSaid() {
    Evidence layer = Evidence.of("layer", Optional.of(Layer.DECISION));
    assertThat(layer.name()).isEqualTo("layer");
    assertThat(layer.value()).isEqualTo("DECISION");
    assertThat(Evidence.of("layer", Optional.empty()).value()).isEqualTo("none");
    assertThat(Evidence.of("forms", List.of(Layer.DECISION, Layer.ADVISORY)).value()).isEqualTo("[DECISION, ADVISORY]");
    assertThat(Evidence.of("scope", Evidence.said("national", "国家级集群", "national-level cluster")).value()).isEqualTo("national");
    assertThat(Evidence.of("atLeast", Text.of("不限层次", "any level")).value()).isEqualTo("any level");
  }

  /**
   * Review stop 28 R2: items that have a comma of their own are set off by 「；」 (“; ” in English), or the list cannot be
   * read back; items without one keep 、 (“, ”).
   */
  @Test
  void itemsWithACommaOfTheirOwnAreSetOffBySemicolons() {
    var late = List.of(Evidence.said("2024 due 2025-05-31", "2024年度报告，披露期限为2025年5月31日，逾期25天披露",
            "annual report for 2024, due by 31 May 2025, disclosed 25 days late"),
        Evidence.said("2025 due 2026-05-31", "2025年度报告，披露期限为2026年5月31日，逾期25天披露",
            "annual report for 2025, due by 31 May 2026, disclosed 25 days late"));
    assertThat(Evidence.of("lateAnnualReports", late).words()).isEqualTo(Text.of(
        "2024年度报告，披露期限为2025年5月31日，逾期25天披露；2025年度报告，披露期限为2026年5月31日，逾期25天披露",
        "annual report for 2024, due by 31 May 2025, disclosed 25 days late; annual report for 2025, due by 31 May 2026, "
            + "disclosed 25 days late"));
    // the value the JSON has always had stays
    assertThat(Evidence.of("lateAnnualReports", late).value()).isEqualTo("[2024 due 2025-05-31, 2025 due 2026-05-31]");
    assertThat(Evidence.of("forms", List.of(Layer.DECISION, Layer.ADVISORY)).words().zh()).isEqualTo("决策层、咨询层");
    // one item with a comma sets off all of them
    assertThat(Evidence.list(List.of("甲", "乙，丙"), dev.clustergov.core.kernel.Language.ZH)).isEqualTo("甲；乙，丙");
    assertThat(Evidence.list(List.of("a", "b"), dev.clustergov.core.kernel.Language.EN)).isEqualTo("a, b");
  }

  @Test
  void aLineIsTheLabelAndTheValueInWords() {
    assertThat(Evidence.of("layer", Optional.of(Layer.DECISION)).line()).isEqualTo(Text.of("所属层级：决策层", "layer: decision layer"));
    assertThat(Evidence.of("today", LocalDate.of(2026, 12, 7)).line()).isEqualTo(Text.of("当天：2026年12月7日", "today: 7 December 2026"));
    // grouped, one way in every text (review stop 28 P10, decision 0632); the JSON's value stays plain
    assertThat(Evidence.of("registeredCapital", Money.yuan("100000")).line())
        .isEqualTo(Text.of("注册资金：100,000.00元", "registered capital: 100,000.00 yuan"));
    assertThat(Evidence.of("registeredCapital", Money.yuan("58774334")).value()).isEqualTo("58774334.00");
    assertThat(Evidence.of("clusterRegion", new RegionCode("320500")).words()).isEqualTo(Text.of("江苏省苏州市", "Suzhou, Jiangsu Province"));
    assertThat(Evidence.of("period", new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31))).words())
        .isEqualTo(Text.of("2025年1月1日至2025年12月31日", "1 January 2025 to 31 December 2025"));
    assertThat(Evidence.of("window", "2024-03-03..2025-03-03").words())
        .isEqualTo(Text.of("2024年3月3日至2025年3月3日", "3 March 2024 to 3 March 2025"));
    assertThat(Evidence.of("items", List.of("Art.18(1)", "Art.18(2)")).words())
        .isEqualTo(Text.of("第十八条第（一）项、第十八条第（二）项", "Art.18(1), Art.18(2)"));
    assertThat(Evidence.of("measures", List.of("measure-000001")).words()).isEqualTo(Text.of("“measure-000001”", "measure-000001"));
    // a party by what it is, a member unit by its name: no id in the words (decision 0600)
    assertThat(Evidence.of("actor", "authority:authority-1").words()).isEqualTo(Text.of("工业和信息化主管部门", "supervising authority"));
    assertThat(Evidence.of("actor", "member:org-1/澄信科技").words()).isEqualTo(Text.of("成员单位“澄信科技”", "member unit 澄信科技"));
    assertThat(Evidence.of("command", "RecogniseOrganization").words()).isEqualTo(Text.of("“RecogniseOrganization”", "RecogniseOrganization"));
    assertThat(Evidence.of("bankAccount", "none").words()).isEqualTo(Text.of("无", "none"));
    assertThat(Evidence.of("missingLayers", List.of()).words()).isEqualTo(Text.of("无", "none"));
    assertThat(Evidence.of("ipManagementSystem", true).words()).isEqualTo(Text.of("是", "yes"));
    assertThat(Evidence.of("source", new PolicySource(new RegionCode("000000"), 1, LocalDate.of(2023, 12, 1))).words())
        .as("the baseline as parameters after the Guideline, applied, not a state instrument in force (review stop 28, P6)")
        .isEqualTo(Text.of("基准参数第1版（依据《指引》，自2023年12月1日起适用）",
            "baseline parameters, version 1 (after the Guideline), applied from 1 December 2023"));
    assertThat(Evidence.of("source", new PolicySource(new RegionCode("320000"), 2, LocalDate.of(2025, 1, 1))).words())
        .as("a regional pack by its region's name")
        .isEqualTo(Text.of("江苏省第2版政策参数（2025年1月1日起施行）",
            "version 2 of the policy pack of Jiangsu Province, in force from 1 January 2025"));
    assertThat(NationalBaseline.pack().title()).isEqualTo(NationalBaseline.NAME);
  }

  @Test
  void anUnlabelledNameIsShownAsItselfSoTheChecksCatchIt() {
    assertThat(Evidence.of("noSuchName", 1).label()).isEqualTo(Text.of("noSuchName", "noSuchName"));
  }
}
