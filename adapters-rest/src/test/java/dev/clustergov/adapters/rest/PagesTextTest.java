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

  /** Issue 20: the report's policy versions in words in each language, not the stored {@code 000000 v1 from 2023-12-01}. */
  @Test
  void the_reports_policy_versions_are_in_words_in_each_language() {
    assertThat(EvaluationReportPage.policyVersion("000000 v1 from 2023-12-01"))
        .isEqualTo("<bdi>国家基准政策参数第1版（2023年12月1日起施行）</bdi> <span class=\"en\">version 1 of the national baseline policy pack, in force from "
            + "1 December 2023</span>");
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
    assertThat(html).contains("《" + dev.clustergov.core.guideline.Guideline.TITLE.zh() + "》第十四条")
        .contains("Art.14 of the " + dev.clustergov.core.guideline.Guideline.TITLE.en());
  }
}
