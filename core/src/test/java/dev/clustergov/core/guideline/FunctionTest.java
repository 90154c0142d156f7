package dev.clustergov.core.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.clustergov.core.kernel.Violation;
import io.vavr.collection.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FunctionTest {

  @Test
  void there_are_the_seven_functions_of_article_three_in_its_order() {
    assertThat(List.of(Function.values()).map(f -> f.title().zh())).containsExactly(
        "引导集群战略方向", "促进集群沟通交流", "促进集群政企对接", "促进集群协同创新", "促进集群开放融合",
        "提供集群服务阵地", "促进集群自律规范");
    String art3 = Guideline.resolve("Art.3").get().zh();
    assertThat(Function.values()).allSatisfy(f -> assertThat(art3).contains(f.title().zh()));
  }

  @Test
  void each_function_is_spelled_out_in_articles_eighteen_to_twenty_four() {
    assertThat(List.of(Function.values()).map(f -> f.article().number())).containsExactly(18, 19, 20, 21, 22, 23, 24);
    assertThat(Function.ofArticle(21)).contains(Function.COLLABORATIVE_INNOVATION);
    assertThat(Function.ofArticle(17)).isEmpty();
  }

  @Test
  void the_functions_have_five_five_five_four_five_five_three_items() {
    assertThat(List.of(Function.values()).map(f -> f.items().size())).containsExactly(5, 5, 5, 4, 5, 5, 3);
    assertThat(FunctionItem.all()).hasSize(32);
  }

  @Test
  void every_function_item_is_an_item_clause_of_its_article_with_its_text() {
    for (FunctionItem i : FunctionItem.all()) {
      assertThat(i.citation()).isEqualTo(Citation.item(i.function().article().number(), i.number()));
      assertThat(i.clause().zh()).isEqualTo(i.zh());
      assertThat(i.en()).isNotBlank();
    }
  }

  @Test
  void parses_a_function_item_from_its_citation() {
    FunctionItem item = FunctionItem.parse("Art.23(2)").get();
    assertThat(item.function()).isEqualTo(Function.SERVICE_BASE);
    assertThat(item.number()).isEqualTo(2);
    assertThat(item.zh()).startsWith("为集群成员在投融资");
    assertThat(FunctionItem.parse("第二十一条第（三）项").get()).isEqualTo(Function.COLLABORATIVE_INNOVATION.item(3).get());
  }

  @Test
  void every_function_item_round_trips_through_its_citation() {
    for (FunctionItem i : FunctionItem.all()) {
      assertThat(FunctionItem.parse(i.citation().format()).get()).isEqualTo(i);
      assertThat(FunctionItem.parse(i.citation().formatChinese()).get()).isEqualTo(i);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"Art.18", "Art.7(2)", "Art.8(2).1", "Art.24(4)", "Art.21(5)", "Art.17"})
  void refuses_a_clause_that_is_no_function_item_naming_the_input(String raw) {
    Violation v = FunctionItem.parse(raw).getError();
    assertThat(v.code()).isEqualTo("not-a-function-item");
    assertThat(v.zh()).contains(raw);
    assertThat(v.en()).contains(raw);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "Art.0", "Art.32", "十十", "😀"})
  void refuses_what_is_no_citation_without_throwing(String raw) {
    assertThat(FunctionItem.parse(raw).isInvalid()).isTrue();
  }

  @Test
  void parse_survives_null() {
    assertThatCode(() -> FunctionItem.parse(null)).doesNotThrowAnyException();
    assertThat(FunctionItem.parse(null).isInvalid()).isTrue();
  }
}
