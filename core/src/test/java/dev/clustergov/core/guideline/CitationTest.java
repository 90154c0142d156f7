package dev.clustergov.core.guideline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.vavr.control.Validation;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class CitationTest {

  @Test
  void formats_a_point_in_english_as_the_scheme_writes_it() {
    assertThat(Citation.point(8, 2, 3).format()).isEqualTo("Art.8(2).3");
  }

  @Test
  void formats_a_point_in_chinese_as_the_guideline_writes_it() {
    assertThat(Citation.point(8, 2, 3).formatChinese()).isEqualTo("第八条第（二）项第3目");
  }

  @Test
  void formats_two_digit_articles_in_chinese_numerals() {
    assertThat(Citation.item(21, 3).formatChinese()).isEqualTo("第二十一条第（三）项");
    assertThat(Citation.article(10).formatChinese()).isEqualTo("第十条");
    assertThat(Citation.article(30).formatChinese()).isEqualTo("第三十条");
  }

  @Test
  void both_spellings_round_trip_for_every_clause_of_the_catalogue() {
    assertThat(Guideline.clauses()).hasSize(75);
    for (Citation c : Guideline.clauses()) {
      assertThat(Citation.parse(c.format()).get()).as(c.format()).isEqualTo(c);
      assertThat(Citation.parse(c.formatChinese()).get()).as(c.formatChinese()).isEqualTo(c);
    }
  }

  @Test
  void parses_half_width_and_full_width_brackets_alike() {
    assertThat(Citation.parse("第八条第（二）项第3目").get()).isEqualTo(Citation.point(8, 2, 3));
    assertThat(Citation.parse("第八条第(二)项第3目").get()).isEqualTo(Citation.point(8, 2, 3));
  }

  @Test
  void ignores_whitespace_around_a_citation() {
    assertThat(Citation.parse("  Art.7(3)\n").get()).isEqualTo(Citation.item(7, 3));
    assertThat(Citation.parse("\u3000第七条\t").get()).isEqualTo(Citation.article(7));
  }

  static Stream<String> odd() {
    return Stream.of(null, "", " ", "Art.0", "Art.32", "Art.99", "第三十二条", "第〇条", "十十", "第十十条",
        "第十〇条", "第一十条", "第九十九条", "Art.8(0)", "Art.8(2).0", "第八条第（〇）项", "Art.8(", "Art.8(2",
        "Art.8(2).", "Art.-1", "Art.8(-2)", "Art.123", "art.8", "Art. 8", "Art.8 (2)", "Art.８", "第八条第（二）项第３目",
        "第八条第（二项", "第八条第二项", "（二）", "Art.8(2).3.1", "Art.8(2)(3)", "Art.2147483648",
        "第" + "十".repeat(10_000) + "条", "Art." + "9".repeat(100_000), "x".repeat(1_000_000),
        "😀", "Art.8😀", "第八条😀", "\u0000", "Art.8\u0000", "\uD800", "Art.\uDC00");
  }

  @ParameterizedTest
  @MethodSource("odd")
  void parse_never_throws_on_odd_input(String raw) {
    assertThatCode(() -> Citation.parse(raw)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"Art.0", "Art.32", "第三十二条", "十十", "第十十条", "第十〇条", "第一十条", "Art.8(0)",
      "Art.8(2).0", "第八条第（〇）项", "😀", "Art.8 (2)", ""})
  void refuses_what_is_no_citation(String raw) {
    Validation<?, Citation> v = Citation.parse(raw);
    assertThat(v.isInvalid()).as(raw).isTrue();
  }

  @Test
  void refuses_null_with_a_violation_not_an_exception() {
    assertThat(Citation.parse(null).getError().code()).isEqualTo("citation");
  }

  @Test
  void quotes_a_very_long_input_only_in_part() {
    var v = Citation.parse("x".repeat(1_000_000)).getError();
    assertThat(v.en()).hasSizeLessThan(200).contains("…");
    assertThat(v.zh()).hasSizeLessThan(200);
  }

  @Test
  void never_cuts_an_emoji_in_half_when_quoting() {
    var v = Citation.parse("😀".repeat(100)).getError();
    assertThat(v.en()).contains("😀".repeat(Citation.ECHO)).doesNotContain("😀".repeat(Citation.ECHO + 1));
    assertThat(v.en().chars().filter(ch -> Character.isSurrogate((char) ch)).count() % 2).isZero();
  }

  @Test
  void quotes_the_input_in_both_languages() {
    var v = Citation.parse("Art.0").getError();
    assertThat(v.zh()).contains("Art.0");
    assertThat(v.en()).contains("Art.0");
  }

  @Test
  void an_article_covers_its_items_and_points() {
    Citation art8 = Citation.article(8);
    assertThat(art8.covers(Citation.item(8, 2))).isTrue();
    assertThat(art8.covers(Citation.point(8, 2, 3))).isTrue();
    assertThat(art8.covers(art8)).isTrue();
    assertThat(art8.covers(Citation.article(9))).isFalse();
  }

  @Test
  void an_item_covers_its_points_but_not_its_siblings_or_its_article() {
    Citation item = Citation.item(8, 2);
    assertThat(item.covers(Citation.point(8, 2, 5))).isTrue();
    assertThat(item.covers(Citation.item(8, 1))).isFalse();
    assertThat(item.covers(Citation.article(8))).isFalse();
    assertThat(item.covers(Citation.item(7, 2))).isFalse();
  }

  @Test
  void a_point_covers_only_itself() {
    assertThat(Citation.point(8, 2, 3).covers(Citation.point(8, 2, 3))).isTrue();
    assertThat(Citation.point(8, 2, 3).covers(Citation.point(8, 2, 4))).isFalse();
  }

  @Test
  void the_parent_of_a_point_is_its_item_and_of_an_item_its_article() {
    assertThat(Citation.point(8, 2, 3).parent()).isEqualTo(Citation.item(8, 2));
    assertThat(Citation.item(8, 2).parent()).isEqualTo(Citation.article(8));
    assertThat(Citation.article(8).parent()).isEqualTo(Citation.article(8));
  }

  @Test
  void every_clause_is_covered_by_its_parent() {
    for (Citation c : Guideline.clauses()) {
      assertThat(c.parent().covers(c)).as(c.format()).isTrue();
      assertThat(Guideline.contains(c.parent())).as(c.format()).isTrue();
    }
  }

  @Test
  void orders_citations_as_the_guideline_does() {
    assertThat(Guideline.clauses().toJavaList()).isSorted();
    assertThat(Citation.point(8, 2, 5)).isLessThan(Citation.article(9));
  }

  @Test
  void chinese_numerals_convert_both_ways_from_one_to_ninety_nine() {
    for (int n = 1; n <= 99; n++) {
      assertThat(Citation.chinese(Citation.chinese(n))).as("%d", n).isEqualTo(n);
    }
  }
}
