package dev.clustergov.core.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GuidelineTest {

  @Test
  void has_thirty_one_articles_in_order() {
    assertThat(Guideline.articles()).hasSize(31);
    assertThat(Guideline.articles().map(Article::number)).containsExactlyElementsOf(List.range(1, 32));
  }

  @Test
  void has_six_chapters_with_the_guidelines_article_ranges() {
    assertThat(Chapter.values()).hasSize(6);
    assertThat(List.of(Chapter.values()).map(c -> c.firstArticle() + "-" + c.lastArticle()))
        .containsExactly("1-6", "7-8", "9-16", "17-24", "25-30", "31-31");
    for (Chapter c : Chapter.values()) {
      assertThat(Guideline.articles(c).map(Article::number))
          .containsExactlyElementsOf(List.rangeClosed(c.firstArticle(), c.lastArticle()));
    }
  }

  @Test
  void names_the_chapters_in_both_languages() {
    assertThat(List.of(Chapter.values()).map(c -> c.title().zh()))
        .containsExactly("总则", "组建", "管理", "运行", "监督", "附则");
    assertThat(Chapter.ESTABLISHMENT.title().en()).isEqualTo("Establishment");
    assertThat(Chapter.SUPERVISION.headingChinese()).isEqualTo("第五章 监督");
  }

  @Test
  void finds_no_chapter_for_an_article_the_guideline_lacks() {
    assertThat(Chapter.containing(0)).isEmpty();
    assertThat(Chapter.containing(32)).isEmpty();
    assertThat(Chapter.containing(17)).contains(Chapter.OPERATION);
  }

  @Test
  void titles_every_article_in_both_languages() {
    assertThat(Guideline.articles()).allSatisfy(a -> {
      assertThat(a.title().zh()).isNotBlank();
      assertThat(a.title().en()).isNotBlank();
    });
    assertThat(Guideline.article(7).get().title().zh()).isEqualTo("组建基本条件");
    assertThat(Guideline.article(7).get().title().en()).isEqualTo("Basic conditions for establishment");
  }

  @Test
  void article_seven_has_five_conditions() {
    assertThat(Guideline.article(7).get().items().map(Item::number)).containsExactly(1, 2, 3, 4, 5);
  }

  @Test
  void article_eight_has_organisation_type_and_structure() {
    Article art8 = Guideline.article(8).get();
    assertThat(art8.items().map(i -> i.clause().heading().get().zh())).containsExactly("组织类型", "组织架构");
  }

  @Test
  void article_eight_item_two_has_the_five_layers_as_points_one_to_five() {
    Item structure = Guideline.article(8).get().item(2).get();
    assertThat(structure.points().map(p -> p.citation().point())).containsExactly(1, 2, 3, 4, 5);
    assertThat(structure.points().map(p -> p.heading().get().zh()))
        .containsExactly("决策层", "监督层", "管理层", "执行层", "咨询层");
  }

  @Test
  void only_article_eight_item_two_has_points() {
    assertThat(Guideline.clauses().filter(c -> c.point() > 0).map(Citation::parent).distinct())
        .containsExactly(Citation.item(8, 2));
  }

  @Test
  void lists_every_clause_once_articles_then_items_then_points() {
    assertThat(Guideline.clauses()).doesNotHaveDuplicates();
    assertThat(Guideline.clauses().take(3).map(Citation::format)).containsExactly("Art.1", "Art.2", "Art.3");
    assertThat(Guideline.clauses().map(Citation::format)).containsSubsequence(
        "Art.8", "Art.8(1)", "Art.8(2)", "Art.8(2).1", "Art.8(2).5", "Art.9");
    // 31 articles + 5 items of Art.7 + 2 items and 5 points of Art.8 + 32 function items
    assertThat(Guideline.clauses()).hasSize(31 + 5 + 7 + 32);
  }

  @Test
  void each_listed_clause_is_found_under_its_own_citation() {
    for (Citation c : Guideline.clauses()) {
      assertThat(Guideline.clause(c).get().citation()).isEqualTo(c);
    }
  }

  @Test
  void keeps_the_chinese_verbatim_without_the_item_marker() {
    assertThat(Guideline.clause(Citation.item(7, 3)).get().zh())
        .startsWith("集群发展促进组织的工作人员宜根据");
    assertThat(Guideline.clause(Citation.of("Art.12")).get().zh())
        .isEqualTo("集群发展促进组织必须建立独立的财务和银行帐户，实行独立核算。");
  }

  @Test
  void every_clause_has_chinese_text_and_an_english_summary() {
    for (Citation c : Guideline.clauses()) {
      Clause clause = Guideline.clause(c).get();
      assertThat(clause.zh()).as(c.format()).isNotBlank().doesNotStartWith("（").doesNotStartWith("(");
      assertThat(clause.en()).as(c.format()).isNotBlank();
    }
  }

  @Test
  void the_modal_word_of_every_clause_stands_in_its_text_or_in_a_lead_above_it() {
    for (Citation c : Guideline.clauses()) {
      Clause clause = Guideline.clause(c).get();
      if (clause.modality() == Modality.NONE) {
        continue;
      }
      String context = clause.zh() + Guideline.clause(c.parent()).get().zh()
          + Guideline.clause(Citation.article(c.article())).get().zh();
      assertThat(clause.modality().words()).as(c.format()).anyMatch(context::contains);
    }
  }

  @Test
  void contains_only_the_clauses_of_the_guideline() {
    assertThat(Guideline.contains(Citation.point(8, 2, 5))).isTrue();
    assertThat(Guideline.contains(Citation.item(8, 3))).isFalse();
    assertThat(Guideline.contains(Citation.point(8, 1, 1))).isFalse();
    assertThat(Guideline.contains(Citation.item(1, 1))).isFalse();
    assertThat(Guideline.contains(null)).isFalse();
  }

  @Test
  void finds_no_article_outside_one_to_thirty_one() {
    assertThat(Guideline.article(0)).isEmpty();
    assertThat(Guideline.article(32)).isEmpty();
    assertThat(Guideline.article(-1)).isEmpty();
  }

  @Test
  void resolves_a_citation_in_either_spelling_to_its_clause() {
    assertThat(Guideline.resolve("Art.8(2).3").get().heading().get().en()).isEqualTo("Management layer");
    assertThat(Guideline.resolve("第八条第（二）项第3目").get().citation()).isEqualTo(Citation.point(8, 2, 3));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Art.8(9)", "Art.8(3)", "Art.8(1).1", "Art.8(2).6", "Art.1(1)", "Art.24(4)",
      "第二十一条第（五）项"})
  void resolve_refuses_a_clause_the_guideline_does_not_have_naming_the_input(String raw) {
    Violation v = Guideline.resolve(raw).getError();
    assertThat(v.code()).isEqualTo("unknown-clause");
    // review stop 28 PR2: the guideline as 《指引》, the clause in its Chinese form, no ASCII clause id inside Chinese
    assertThat(v.zh()).isEqualTo("所列条款（" + Citation.parse(raw).get().formatChinese() + "）在《指引》中不存在")
        .doesNotContainPattern("[A-Za-z]");
    assertThat(v.en()).contains(raw).contains("names no clause");
  }

  @Test
  void a_field_naming_a_clause_the_guideline_does_not_have_says_so_in_the_register_with_the_value_in_the_english() {
    // review stop 28 PR2: 「“依据”不是指引中的条款：Art.99」 — no 《》, and an ASCII clause id inside Chinese
    Violation beyond = Guideline.citation("grounds[0]", "Art.99").getError();
    assertThat(beyond.code()).isEqualTo("not-a-clause");
    assertThat(beyond.zh()).isEqualTo("该项所列条款在《指引》中不存在");
    assertThat(beyond.en()).isEqualTo("grounds[0] is not a clause of the guideline: Art.99");
    Violation absent = Guideline.citation("grounds[0]", "Art.8(9)").getError();
    assertThat(absent.zh()).isEqualTo("该项所列条款（第八条第（九）项）在《指引》中不存在");
    assertThat(absent.en()).isEqualTo("grounds[0] names Art.8(9), which is not a clause of the guideline");
    assertThat(Guideline.citation("grounds[0]", "第八条").isValid()).isTrue();
  }

  @Test
  void resolve_refuses_article_thirty_two_as_no_citation_at_all() {
    Violation v = Guideline.resolve("Art.32").getError();
    assertThat(v.zh()).contains("Art.32");
    assertThat(v.en()).contains("Art.32");
  }

  @Test
  void resolve_refuses_null_without_throwing() {
    assertThat(Guideline.resolve(null).isInvalid()).isTrue();
  }
  /**
   * Decision 0601: the catalogue's English uses the project's English terms — Art.29's 落地项目投资额 is “investment in
   * projects brought to the cluster”, as the incentive's measures and labels say, never the calque “landed project” —
   * and avoids every form the English checks refuse elsewhere (ChineseTerms.englishProblems).
   */
  @Test
  void the_catalogues_english_uses_the_projects_english_terms() {
    java.util.List<String> found = new java.util.ArrayList<>();
    for (Article a : Guideline.articles()) {
      java.util.List<dev.clustergov.core.kernel.Text> texts = new java.util.ArrayList<>();
      texts.add(a.title());
      java.util.List<Clause> clauses = new java.util.ArrayList<>();
      clauses.add(a.clause());
      a.items().forEach(i -> {
        clauses.add(i.clause());
        i.points().forEach(clauses::add);
      });
      clauses.forEach(c -> {
        texts.add(c.text());
        c.heading().forEach(texts::add);
        c.note().forEach(texts::add);
      });
      texts.forEach(t -> dev.clustergov.core.testkit.ChineseTerms.englishProblems(t.en())
          .forEach(p -> found.add("Art." + a.number() + ": " + p)));
    }
    assertThat(found).isEmpty();
    assertThat(Guideline.article(29).get().clause().text().en()).contains("investment in projects brought to the cluster");
  }
}
