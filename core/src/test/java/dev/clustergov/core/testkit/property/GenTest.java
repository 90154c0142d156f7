package dev.clustergov.core.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(HarnessFlagsCleared.class) // the harness's defaults are under test: -Dclustergov.seed/tries must not change them
class GenTest {

  enum Layer { DECISION, SUPERVISION, MANAGEMENT, EXECUTION, ADVISORY }

  @Test
  void integers_stay_in_range_and_have_the_classic_edge_cases() {
    assertThat(Gen.integers(-5, 50).samples(1L, 500)).allMatch(x -> x >= -5 && x <= 50);
    assertThat(edgeValues(Gen.integers())).containsExactly(0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE);
    assertThat(edgeValues(Gen.longs(5, 50))).containsExactly(5L, 50L);
  }

  @Test
  void integers_shrink_towards_zero_or_else_the_nearest_bound() {
    assertThat(shrunk(Gen.integers(), x -> x > -1000)).isEqualTo("-1000");
    assertThat(shrunk(Gen.integers(7, 5000), x -> x > 100)).isEqualTo("7");
    assertThat(shrunk(Gen.integers(7, 5000), x -> x < 300)).isEqualTo("300");
    assertThat(shrunk(Gen.longs(Long.MIN_VALUE, -10), x -> x > -1000)).isEqualTo("-1000");
  }

  @Test
  void decimals_keep_their_scale_and_bounds() {
    BigDecimal min = new BigDecimal("-10.5");
    BigDecimal max = new BigDecimal("99999.99");

    assertThat(Gen.bigDecimals(min, max, 2).samples(2L, 300))
        .allMatch(d -> d.scale() == 2 && d.compareTo(min) >= 0 && d.compareTo(max) <= 0);
    assertThat(edgeValues(Gen.bigDecimals(min, max, 2)).stream().map(BigDecimal::toPlainString))
        .containsExactly("0.00", "0.01", "-0.01", "1.00", "-1.00", "-10.50", "99999.99");
    assertThat(shrunk(Gen.bigDecimals(min, max, 2), d -> d.compareTo(new BigDecimal("12.345")) < 0)).isEqualTo("12.35");
  }

  @Test
  void dates_stay_in_range_and_shrink_towards_the_first_day() {
    LocalDate from = LocalDate.of(2021, 3, 1);
    LocalDate to = LocalDate.of(2030, 12, 31);

    assertThat(Gen.dates(from, to).samples(3L, 300)).allMatch(d -> !d.isBefore(from) && !d.isAfter(to));
    assertThat(edgeValues(Gen.dates(from, to))).containsExactly(from, to, LocalDate.of(2024, 2, 29), LocalDate.of(2021, 12, 31));
    assertThat(shrunk(Gen.dates(from, to), d -> d.isBefore(LocalDate.of(2025, 6, 1)))).isEqualTo("2025-06-01");
  }

  @Test
  void strings_count_code_points_and_keep_to_their_alphabet() {
    assertThat(Gen.strings(Alphabet.CJK_IDEOGRAPHS, 2, 5).samples(4L, 200))
        .allMatch(s -> s.codePointCount(0, s.length()) >= 2 && s.codePointCount(0, s.length()) <= 5)
        .allMatch(s -> s.codePoints().allMatch(c -> c >= 0x4E00 && c <= 0x9FFF));
    assertThat(Gen.strings(Alphabet.EMOJI, 1, 3).samples(5L, 100))
        .allMatch(s -> s.length() == 2 * s.codePointCount(0, s.length()));
    assertThat(Gen.strings(Alphabet.WHITESPACE, 1, 4).samples(6L, 100))
        .allMatch(s -> s.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c)));
    assertThat(Gen.strings(Alphabet.of("甲乙"), 3, 3).samples(7L, 50)).allMatch(s -> s.matches("[甲乙]{3}"));
    assertThat(edgeValues(Gen.strings(Alphabet.ASCII_LETTERS_DIGITS, 0, 8))).containsExactly("", "a", "b", "9");
  }

  @Test
  void map_keeps_shrinking_through_the_source() {
    assertThat(shrunk(Gen.integers(0, 10_000).map(x -> x * 2), y -> y < 100)).isEqualTo("100");
  }

  @Test
  void flatMap_shrinks_the_first_value_then_the_dependent_one() {
    Gen<List<String>> lists = Gen.integers(1, 8).flatMap(n -> Gen.listOf(Gen.constant("x"), n, n));

    assertThat(shrunk(lists, list -> list.size() < 3)).isEqualTo("[\"x\", \"x\", \"x\"]");
  }

  @Test
  void lists_and_sets_keep_their_sizes_and_sets_their_elements_distinct() {
    assertThat(Gen.listOf(Gen.integers(), 2, 6).samples(8L, 200)).allMatch(l -> l.size() >= 2 && l.size() <= 6);
    assertThat(Gen.setOf(Gen.integers(0, 20), 3, 5).samples(9L, 200)).allMatch(s -> s.size() >= 3 && s.size() <= 5);
    assertThat(edgeValues(Gen.listOf(Gen.booleans(), 0, 3))).containsExactly(List.of(), List.of(false), List.of(true));
    assertThat(shrunk(Gen.setOf(Gen.integers(0, 1000), 0, 20), s -> s.stream().allMatch(x -> x < 10))).isEqualTo("[10]");
  }

  @Test
  void choices_draw_from_every_option_and_shrink_towards_the_first() {
    assertThat(Set.copyOf(Gen.enumValues(Layer.class).samples(10L, 200))).containsExactlyInAnyOrder(Layer.values());
    assertThat(Set.copyOf(Gen.oneOf(Gen.constant("a"), Gen.constant("b")).samples(11L, 100))).containsExactlyInAnyOrder("a", "b");
    assertThat(Gen.frequency(1, Gen.constant(1), 9, Gen.constant(2)).samples(12L, 1000)).filteredOn(x -> x == 1).hasSizeBetween(50, 160);
    assertThat(Gen.optional(Gen.integers()).samples(13L, 200)).contains(Optional.empty()).anyMatch(Optional::isPresent);
    assertThat(shrunk(Gen.optional(Gen.integers()), o -> false)).isEqualTo("Optional.empty");
    assertThat(shrunk(Gen.optional(Gen.integers()), Optional::isEmpty)).isEqualTo("Optional[0]");
    assertThat(shrunk(Gen.elements("a", "b", "c"), s -> s.equals("a"))).isEqualTo("\"b\"");
  }

  @Test
  void combine_builds_records_and_shrinks_each_part() {
    record Span(int from, int length) {}
    Gen<Span> spans = Gen.combine(Gen.integers(0, 100), Gen.integers(1, 100), Span::new);

    assertThat(shrunk(spans, s -> s.from() + s.length() <= 50)).isEqualTo("Span[from=0, length=51]");
  }

  @Test
  void filter_keeps_only_accepted_values_also_while_shrinking() {
    assertThat(Gen.integers(0, 100).filter(x -> x % 3 == 0).samples(14L, 200)).allMatch(x -> x % 3 == 0);
    assertThat(shrunk(Gen.integers(0, 1000).filter(x -> x % 3 == 0), x -> x < 50)).isEqualTo("51");
  }

  private static <T> List<T> edgeValues(Gen<T> gen) {
    return gen.edgeCases().stream().map(Shrinkable::value).toList();
  }

  private static <T> String shrunk(Gen<T> gen, Predicate<T> property) {
    AssertionError error = catchThrowableOfType(AssertionError.class, () -> Property.forAll(gen).holds(property));
    assertThat(error).as("property should fail").isNotNull();
    return error.getMessage().replaceAll("(?s).*shrunk value:   (.*?)  \\(\\d+ shrink steps.*", "$1");
  }
}
