package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the pages print from data: regions by name, dates in words (decision 0470). */
class PagesTextTest {

  static Views.PublicOrganizationView po(String region) {
    return new Views.PublicOrganizationView("organization-000001", "苏州市澄远纳米新材料产业促进会", null, null,
        new Views.StageView("RECOGNISED", "已认定", "recognised"), LocalDate.of(2024, 3, 1), LocalDate.of(2026, 12, 7), null,
        new Views.PublicClusterView("苏州市恒岳纳米新材料集群", region, "纳米新材料", "NATIONAL"), null, List.of(), List.of(), null);
  }

  @Test
  void the_public_page_names_the_clusters_region_in_both_languages_with_its_code() {
    String html = Pages.render(po("320500"));
    assertThat(html).contains("集群所在地区<span>Cluster region</span>").contains("江苏省苏州市（320500） · Suzhou, Jiangsu Province (320500)")
        .doesNotContain("行政区划代码）");
  }

  /** Review stop 28 P11: 000000 is no administrative division code, so the whole country is shown in words only. */
  @Test
  void the_whole_country_is_named_without_a_code() {
    assertThat(Pages.region("000000")).isEqualTo("全国 · nationwide");
    assertThat(Pages.region("320500")).isEqualTo("江苏省苏州市（320500） · Suzhou, Jiangsu Province (320500)");
  }

  /** Issue 20: the report's policy versions in words in each language, not the stored {@code 000000 v1 from 2023-12-01}. */
  @Test
  void the_reports_policy_versions_are_in_words_in_each_language() {
    assertThat(EvaluationReportPage.policyVersion("000000 v1 from 2023-12-01"))
        .isEqualTo("<bdi>基准参数第1版（依据《指引》，自2023年12月1日起适用）</bdi> <span class=\"en\">baseline parameters, version 1 (after the "
            + "Guideline), applied from 1 December 2023</span>");
    assertThat(EvaluationReportPage.policyVersion("320500 v2 from 2025-01-01")).startsWith("<bdi>江苏省苏州市第2版政策参数（2025年1月1日起施行）");
  }

  @Test
  void a_code_the_table_does_not_know_is_shown_as_itself_plainly_labelled() {
    assertThat(Pages.region("320599")).isEqualTo("行政区划代码320599 · region code 320599");
    assertThat(Pages.render(po("320599"))).contains("行政区划代码320599 · region code 320599");
  }

  @Test
  void dates_on_the_public_page_are_in_words_in_both_languages_never_iso() {
    String html = Pages.render(po("320500"));
    assertThat(html).contains("2026年12月7日 · 7 December 2026").contains("2024年3月1日 · 1 March 2024")
        .doesNotContainPattern("\\d{4}-\\d{2}-\\d{2}");
    assertThat(Pages.period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)))
        .isEqualTo("2025年1月1日至2025年12月31日 · 1 January 2025 to 31 December 2025");
  }

  @Test
  void the_public_page_names_the_guideline_by_its_title_in_both_languages() {
    String html = Pages.render(po("320500"));
    assertThat(html).contains("《" + dev.clustergov.core.guideline.Guideline.TITLE.zh() + "》公开")
        .contains("under the " + dev.clustergov.core.guideline.Guideline.TITLE.en() + ":");
  }

  /**
   * Review stop 28 P8: the footer put the whole page under Art.14, the PO's own duty to disclose; the stage is the authority's
   * act (Art.6, Art.26) and the rating a third party's (Art.28). Each part names its own article, in both languages.
   */
  @Test
  void the_public_page_footer_says_which_part_rests_on_which_article() {
    String html = Pages.render(po("320500"));
    String footer = html.substring(html.indexOf("<footer>"), html.indexOf("</footer>"));
    assertThat(footer).contains("信息披露事项依据第十四条", "收费标准依据第十一条", "认定状态及其日期依据第六条、第二十六条", "第三方评价结果依据第二十八条",
        "the disclosures under Art.14", "the fee schedules under Art.11", "the stage and its dates under Art.6 and Art.26",
        "the third-party rating under Art.28").doesNotContain("第十四条公开");
  }

  /**
   * Review stop 27, item 10: a chart label breaks only where Chinese text may, before an opening bracket rather than after
   * it, never inside 比例 or before a closing mark; every baseline indicator's label keeps all its characters.
   */
  @Test
  void a_chart_label_breaks_before_a_bracket_never_inside_a_word_or_before_a_closing_mark() {
    assertThat(EvaluationReportPage.wrap("G5 第十五条、第十六条要求的符合比例（共2项）", EvaluationReportPage.LABEL_WIDTH))
        .containsExactly("G5 第十五条、第十六条要求的符合比例", "（共2项）");
    assertThat(EvaluationReportPage.wrap("O11 非排他性服务比例（含说明限制理由的）", EvaluationReportPage.LABEL_WIDTH))
        .containsExactly("O11 非排他性服务比例", "（含说明限制理由的）");
    assertThat(EvaluationReportPage.wrap("M3 第十一条要求的符合比例（共2项）", EvaluationReportPage.LABEL_WIDTH))
        .containsExactly("M3 第十一条要求的符合比例（共2项）");
    // a run with no place to break is cut, the character before a closing mark carried down with it
    assertThat(EvaluationReportPage.wrap("一二三四五）六七", 5)).containsExactly("一二三四", "五）六七");
    // in the table too, the count's bracket group is kept on one line
    assertThat(EvaluationReportPage.keepCount("第七条第（二）项要求的符合比例（共4项）"))
        .isEqualTo("第七条第（二）项要求的符合比例<span class=\"nw\">（共4项）</span>");
    assertThat(EvaluationReportPage.keepCount("收入来源数")).isEqualTo("收入来源数");
    var book = dev.clustergov.core.rules.RuleBook.standard();
    dev.clustergov.core.policy.Parameters.EVALUATION_INDICATORS.baseline().all().forEach(i -> {
      String label = i.id() + " " + i.title(book::citations).zh();
      List<String> lines = EvaluationReportPage.wrap(label, EvaluationReportPage.LABEL_WIDTH);
      assertThat(String.join("", lines).replace(" ", "")).as(label).isEqualTo(label.replace(" ", ""));
      for (int k = 1; k < lines.size(); k++) {
        assertThat(lines.get(k)).as(label).doesNotMatch("(?s)[、，。；：）)].*");
        assertThat(lines.get(k - 1) + "|" + lines.get(k)).as(label).doesNotContain("比|例");
      }
    });
  }

  @Test
  void the_public_page_numbers_fee_items_in_chinese_and_writes_each_amount_one_way() {
    var items = List.of(new ManagementViews.FeeItemView("DUES-COUNCIL", "理事单位会费", "FIXED", ManagementViews.pricingWords("FIXED"),
            new java.math.BigDecimal("20000.00"), null, null, null),
        new ManagementViews.FeeItemView("SVC-TEST", "中试验证服务费", "RANGE", ManagementViews.pricingWords("RANGE"), null,
            new java.math.BigDecimal("2000.00"), new java.math.BigDecimal("20000.00"), null));
    var fee = new ManagementViews.PublicFeeScheduleView("DUES", ManagementViews.CodeLabel.of(dev.clustergov.core.finance.FeeKind.DUES),
        "会费标准", 1, LocalDate.of(2025, 3, 1), "https://www.example.org.cn/xxgk/sfbz/hf", items);
    var p = po("320500");
    String html = Pages.render(new Views.PublicOrganizationView(p.id(), p.name(), null, null, p.stage(), p.establishedOn(), p.recognisedOn(),
        null, p.cluster(), null, List.of(), List.of(fee), null));
    assertThat(html).contains("一、<bdi>理事单位会费</bdi>", "<bdi>20,000.00元</bdi>", "二、<bdi>中试验证服务费</bdi>", "<bdi>2,000.00元至20,000.00元</bdi>")
        .doesNotContain("DUES-COUNCIL").doesNotContain("SVC-TEST").doesNotContain("20000.00").doesNotContain(">DUES<");
  }
}
