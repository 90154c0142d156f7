package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.rules.Rule;
import dev.clustergov.core.rules.RuleBook;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** What the dashboard page prints from its view, row by row (review stop 28, decision 0632). */
class DashboardPageTextTest {

  static Dashboard.Figure figure(String key, long n) {
    return new Dashboard.Figure(key, n, "#" + key);
  }

  /**
   * P4: the clauses most often failed showed Art.14's three rules by the article's heading, three times the same words, with
   * the ASCII ids inside the Chinese cell. Each rule now has its own row, its own words, its id in a column of its own.
   */
  @Test
  void each_failed_rule_has_its_own_row_with_its_own_words_and_its_id_apart() {
    List<String> rules = List.of("A14-annual-report-disclosed", "A14-annual-report-on-time", "A14-major-matter-on-time");
    StringBuilder b = new StringBuilder();
    DashboardPage.failedClauses(b, List.of(new Dashboard.FailedClause("Art.14", "第十四条", 14, "/guideline/articles/14", rules,
        figure("failed-Art.14", 2), List.of(new Dashboard.PoRef("org-000001", "苏州市澄湖纳米新材料产业集群促进会", "authority-000003")))));
    String html = b.toString();
    assertThat(html).doesNotContain("集群发展促进组织实行信息披露制度");
    assertThat(html.split("<tr", -1)).hasSize(1 + 1 + rules.size()); // the header row and one row per rule
    assertThat(html).contains("<td><a href=\"/rules/A14-annual-report-on-time\"><bdi>年度报告宜按政策规定的期限披露</bdi></a><br>"
        + "<span class=\"en\"><bdi>Each annual report should be disclosed by the policy&#39;s due day</bdi></span></td>"
        + "<td><code class=\"en\"><a href=\"/rules/A14-annual-report-on-time\"><bdi>A14-annual-report-on-time</bdi></a></code></td>");
    assertThat(html).contains("<td rowspan=\"3\"><a class=\"fig\"");
    // no id in a Chinese text: once the links' targets and the id column are taken out, no rule id is left
    assertThat(html.replaceAll("href=\"[^\"]*\"", "").replaceAll("<code class=\"en\">.*?</code>", "")).doesNotContain("A14-");
  }

  /** Review stop 28 E4: the note on withheld ratings is an English sentence a reader can parse, saying what the Chinese says. */
  @Test
  void the_note_on_withheld_ratings_reads_as_one_sentence() {
    assertThat(DashboardPage.WITHHELD_NOTE).contains("依据适用的政策参数暂停适用（参照第二十九条），不计入有效。")
        .contains("Ratings still within their validity but withheld under the policy parameters applied — by a sanction in force or by the "
            + "suspension or revocation of recognition — are not counted as in force (see Art.29).")
        .doesNotContain("withholds by the policy");
  }

  /** Review stop 28 P10: an incentive's amount on the dashboard is written as every amount is, grouped with two decimals. */
  @Test
  void amounts_on_the_dashboard_are_grouped() {
    assertThat(DashboardPage.grouped("58774334.00")).isEqualTo("58,774,334.00");
    assertThat(DashboardPage.grouped("700000")).isEqualTo("700,000.00");
    assertThat(DashboardPage.grouped("0.50")).isEqualTo("0.50");
  }

  /**
   * Review stop 28 P9: the coverage table printed the Guideline's half-width “;” and “, ” beside full-width “；”. Every item is
   * shown with full-width punctuation and without its closing mark; the catalogue keeps the original.
   */
  @Test
  void function_items_are_shown_with_full_width_punctuation_and_no_closing_mark() {
    assertThat(DashboardPage.itemWords("通过联合参展、对外考察等形式, 代表行业开展对外交流合作;")).isEqualTo("通过联合参展、对外考察等形式，代表行业开展对外交流合作");
    assertThat(DashboardPage.itemWords("组织集群成员参加展览展示、沙龙论坛、创新创业、比赛竞赛等活动;")).endsWith("比赛竞赛等活动");
    for (dev.clustergov.core.guideline.Function f : dev.clustergov.core.guideline.Function.values()) {
      for (var i : f.items()) {
        assertThat(DashboardPage.itemWords(i.zh())).as(i.citation().format()).doesNotContainPattern("[,;:]").doesNotEndWith("；").doesNotEndWith("。")
            .isNotBlank();
      }
    }
    // the catalogue keeps the Guideline's own typesetting
    assertThat(dev.clustergov.core.guideline.Function.values()).anySatisfy(f -> assertThat(f.items()).anySatisfy(i -> assertThat(i.zh()).contains(", ")));
  }

  /** Every rule's own words are its own: no two rules of one clause print the same, and the Chinese holds no ASCII word. */
  @Test
  void no_two_rules_of_one_clause_are_shown_with_the_same_words() {
    Map<Citation, Set<String>> seen = new TreeMap<>(java.util.Comparator.comparing(Citation::format));
    for (Rule r : RuleBook.standard().rules()) {
      var words = DashboardPage.ruleWords(r.id());
      assertThat(words.zh()).as(r.id()).isNotBlank().doesNotContainPattern("[A-Za-z]{2,}");
      for (Citation c : r.clauses()) {
        assertThat(seen.computeIfAbsent(c, x -> new HashSet<>()).add(words.zh())).as(r.id() + " under " + c.format() + ": " + words.zh()).isTrue();
      }
    }
  }
}
