package dev.clustergov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.supervision.Rating;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class WalkthroughTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final Walkthrough.Result result = Walkthrough.run(new PrintStream(bytes, true, StandardCharsets.UTF_8));
  private final String printed = bytes.toString(StandardCharsets.UTF_8);

  /** Issue 20: Chinese output names records by their names and labels, never by their ids. */
  @Test
  void no_record_id_stands_in_a_chinese_line() {
    assertThat(ChineseOutput.linesWithRecordIds(printed)).isEmpty();
    assertThat(ChineseOutput.linesWithRecordIds("  org-000001 苏州市某促进会 — 已认定")).hasSize(1);
  }

  @Test
  void every_refusal_cites_the_clause_that_forbids_the_step() {
    assertThat(result.refusals()).containsExactly(
        entry("Art.6 wrong supervising authority", "A6-supervising-authority Art.6"),
        entry("Art.7-8 establishment", "A7.1-party-organisation Art.7(1)", "A7.2-capital Art.7(2)", "A7.4-management-systems Art.7(4)",
            "A8.2-charter-consensus Art.8(2)", "A8.2-five-layers Art.8(2) Art.7(2)", "A8.2.2-supervision-body Art.8(2).2",
            "A8.2.5-advisory-body Art.8(2).5", "A8.2.5-expert-fields Art.8(2).5"),
        entry("Art.26 recognition by another authority", "A26-own-authority Art.26 Art.6"),
        entry("Art.11 charge above the standard", "A11-charge-under-published-standard Art.11"),
        entry("Art.14 members-only channel", "A14-public-channel Art.14"),
        entry("Art.15 court before consultation", "A15-consultation-first Art.15"),
        entry("Art.16 shares not 100 %", "A16-benefit-shares Art.16"),
        entry("Art.17 participant no longer a member", "A17-participants-members Art.17"),
        entry("Art.23(2) brokering provided directly", "A23.2-brokered Art.23(2)"),
        entry("Art.30 what-if outside the jurisdiction", "A30-what-if-own-jurisdiction Art.30 Art.26"),
        entry("Art.26 inspection by another authority", "A26-own-supervisor Art.26 Art.25"));
  }

  private static java.util.Map.Entry<String, java.util.List<String>> entry(String label, String... cited) {
    return java.util.Map.entry(label, java.util.List.of(cited));
  }

  @Test
  void the_busy_year_is_rated_silver_for_its_seconded_hire_and_rewarded_to_the_cap_which_the_draft_halves() {
    // every indicator at gold's threshold but M4 (Art.13, market hiring): the seconded hire of Chapter 3 keeps it from gold
    assertThat(result.rating()).isEqualTo(Rating.SILVER);
    assertThat(result.belowThreshold()).containsExactly("M4 Art.13");
    // by hand: 128 activities' outcomes give 15,536,000 by the baseline's tiers (landed 1,312,000, technology 862,000,
    // supply 562,000, talent 12,800,000), held to the cap of 2,000,000; the draft's cap is 1,000,000
    assertThat(result.incentive()).isEqualTo(Money.yuan("2000000.00"));
    assertThat(result.incentiveUnderDraft()).isEqualTo(Money.yuan("1000000.00"));
    assertThat(printed).contains("LANDED_INVESTMENT 1312000.00").contains("TALENT 12800000.00")
        .contains("subtotal 15536000.00, cap 2000000.00 => 2000000.00");
  }

  @Test
  void findings_that_do_not_refuse_are_reported_with_their_clauses() {
    assertThat(result.reported()).containsEntry("Art.13 seconded hire",
        java.util.List.of("A13-open-recruitment Art.13", "A13-market-salary Art.13"));
    assertThat(result.reported().get("Art.25 rectification overdue")).containsExactly("A25-rectification-overdue Art.25 Art.26");
    assertThat(result.reported().get("Art.29 incentive withheld")).anySatisfy(s -> assertThat(s).startsWith("A29-incentive-no-sanction"));
  }

  @Test
  void a_rectification_order_withholds_incentive_and_rating_until_lifted() {
    assertThat(result.withheldUnderSanction()).isTrue();
    assertThat(result.ratingUnderSanction()).isEqualTo(Rating.NONE);
    assertThat(result.ratingAfterLifting()).isNotEqualTo(Rating.NONE);
    assertThat(result.organization().stage()).isEqualTo(LifecycleStage.RECOGNISED);
  }

  @Test
  void prints_all_six_chapters_and_each_verdict_in_chinese_and_english() {
    assertThat(printed).contains("第一章 总则 — Chapter 1 General").contains("第二章 组建").contains("第三章 管理").contains("第四章 运行")
        .contains("第五章 监督").contains("第六章 附则 — Chapter 6 Supplementary").contains("第三十一条");
    assertThat(printed).contains("- A15-consultation-first  [Art.15 第十五条]").contains("- A16-benefit-shares  [Art.16 第十六条]");
    assertThat(printed).contains("银标 silver").contains("未达金标门槛 below gold's threshold: M4 [Art.13 第十三条]").contains("【第二十八条】");
  }
}
