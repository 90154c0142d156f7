package dev.clustergov.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.testkit.gen.DomainGens;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionNamesTest {

  /** GB/T 2260: the 31 province-level divisions of the mainland. */
  static final List<String> PROVINCES = List.of("110000", "120000", "130000", "140000", "150000", "210000", "220000", "230000",
      "310000", "320000", "330000", "340000", "350000", "360000", "370000", "410000", "420000", "430000", "440000", "450000",
      "460000", "500000", "510000", "520000", "530000", "540000", "610000", "620000", "630000", "640000", "650000");

  @Test
  void every_province_level_division_has_its_name_in_both_languages() {
    assertThat(PROVINCES).hasSize(31);
    for (String code : PROVINCES) {
      Text t = RegionNames.known(new RegionCode(code)).orElseThrow(() -> new AssertionError("no name for " + code));
      assertThat(t.zh()).matches("\\p{IsHan}+(省|市|自治区)");
      assertThat(t.en()).matches("[A-Z][A-Za-z ]+(Province|Municipality|Autonomous Region)");
    }
  }

  @Test
  void a_city_is_named_with_its_province_as_an_address_is_written() {
    assertThat(RegionNames.name(new RegionCode("320500"))).isEqualTo(Text.of("江苏省苏州市", "Suzhou, Jiangsu Province"));
    assertThat(RegionNames.name(new RegionCode("320508"))).isEqualTo(Text.of("江苏省苏州市姑苏区", "Gusu District, Suzhou, Jiangsu Province"));
    assertThat(RegionNames.name(new RegionCode("320000"))).isEqualTo(Text.of("江苏省", "Jiangsu Province"));
    assertThat(RegionNames.name(RegionCode.NATIONAL)).isEqualTo(Text.of("全国", "the whole country"));
  }

  @Test
  void an_unknown_code_is_shown_as_itself_plainly_labelled_never_guessed_from_its_parent() {
    assertThat(RegionNames.name(new RegionCode("320599"))).isEqualTo(Text.of("行政区划代码320599", "region code 320599"));
    assertThat(RegionNames.known(new RegionCode("320599"))).isEmpty();
  }

  @Test
  void every_city_the_fixtures_draw_from_has_its_name_and_the_table_agrees_with_it() {
    for (DomainGens.City c : DomainGens.CITIES) {
      assertThat(RegionNames.known(c.code()).map(Text::zh)).as(c.code().value()).contains(c.name() + "市");
    }
  }

  @Test
  void dates_in_text_are_written_in_words_not_iso() {
    LocalDate d = LocalDate.of(2026, 12, 7);
    assertThat(Dates.zh(d)).isEqualTo("2026年12月7日");
    assertThat(Dates.en(d)).isEqualTo("7 December 2026");
    assertThat(Dates.of(LocalDate.of(2025, 3, 1))).isEqualTo(Text.of("2025年3月1日", "1 March 2025"));
  }
}
