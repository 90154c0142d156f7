package dev.clustergov.core.testkit.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(HarnessFlagsCleared.class) // the harness's defaults are under test: -Dclustergov.seed/tries must not change them
class PropertyTest {

  @Test
  void shrinks_an_integer_counter_example_to_the_boundary() {
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> Property.forAll(Gen.integers()).holds(x -> x < 100));

    assertThat(error.getMessage()).contains("shrunk value:   100  (");
  }

  @Test
  void shrinks_a_list_counter_example_to_the_single_smallest_element() {
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> Property.forAll(Gen.listOf(Gen.integers(0, 1000), 0, 30))
            .holds(list -> list.stream().allMatch(x -> x < 10)));

    assertThat(error.getMessage()).contains("shrunk value:   [10]  (");
  }

  @Test
  void shrinks_a_string_with_a_control_character_to_that_single_character() {
    Alphabet lettersControlsDigits = Alphabet.ASCII_LETTERS.or(Alphabet.CONTROL, Alphabet.DIGITS);
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> Property.forAll(Gen.strings(lettersControlsDigits, 0, 30))
            .holds(s -> s.codePoints().noneMatch(Character::isISOControl)));

    assertThat(error.getMessage()).contains("shrunk value:   \"\\u0000\"  (");
  }

  @Test
  void shrinks_each_of_two_values_to_its_own_boundary() {
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> Property.forAll(Gen.integers(0, 1000), Gen.integers(0, 1000)).holds((a, b) -> a < 10 || b < 20));

    assertThat(error.getMessage()).contains("shrunk value:   (10, 20)  (");
  }

  @Test
  void reports_name_values_steps_seed_and_how_to_reproduce_with_the_original_failure_as_cause() {
    AssertionError error = catchThrowableOfType(AssertionError.class,
        () -> Property.forAll(Gen.integers(0, 10_000)).named("small numbers").seed(42L).tries(500)
            .check(x -> assertThat(x).isLessThan(1000)));

    assertThat(error.getMessage())
        .contains("Property 'small numbers' falsified on try ", "seed 42", "original value: ",
            "shrunk value:   1000  (", " shrink steps)", "-Dclustergov.seed=42", "Expecting actual:")
        .doesNotContain("original value: 1000\n");
    assertThat(error.getCause()).isInstanceOf(AssertionError.class).hasMessageNotContaining("1000\n  to be less");
    assertThat(error.getSuppressed()).singleElement().satisfies(s -> assertThat(s.getMessage()).contains("1000"));
  }

  @Test
  void tries_edge_cases_before_random_values() {
    List<Integer> seen = new ArrayList<>();

    Property.forAll(Gen.integers()).tries(10).check(seen::add);

    assertThat(seen).hasSize(10).startsWith(0, 1, -1, Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  @Test
  void a_passing_property_runs_exactly_the_configured_number_of_tries() {
    AtomicInteger runs = new AtomicInteger();

    Property.forAll(Gen.strings(0, 10)).tries(37).check(s -> runs.incrementAndGet());

    assertThat(runs).hasValue(37);
  }

  @Test
  void the_default_is_two_hundred_tries_and_the_tries_system_property_multiplies_or_replaces_it() {
    AtomicInteger runs = new AtomicInteger();
    Property.forAll(Gen.longs()).check(x -> runs.incrementAndGet());
    assertThat(runs).hasValue(200);

    assertThat(withSystemProperty("clustergov.tries", "3x", () -> countTries(10))).isEqualTo(30);
    assertThat(withSystemProperty("clustergov.tries", "7", () -> countTries(10))).isEqualTo(7);
  }

  @Test
  void the_same_seed_gives_the_same_values_and_another_seed_others() {
    Gen<List<Integer>> lists = Gen.listOf(Gen.integers());

    assertThat(lists.samples(7L, 50)).isEqualTo(lists.samples(7L, 50)).isNotEqualTo(lists.samples(8L, 50));
    assertThat(valuesSeen(Property.forAll(lists).seed(3L))).isEqualTo(valuesSeen(Property.forAll(lists).seed(3L)));
  }

  @Test
  void without_a_seed_the_name_fixes_it_and_the_seed_system_property_overrides_the_name() {
    Gen<Long> longs = Gen.longs();

    assertThat(valuesSeen(Property.forAll(longs).named("a"))).isEqualTo(valuesSeen(Property.forAll(longs).named("a")))
        .isNotEqualTo(valuesSeen(Property.forAll(longs).named("b")));
    assertThat(withSystemProperty("clustergov.seed", "99", () -> valuesSeen(Property.forAll(longs).named("a"))))
        .isEqualTo(valuesSeen(Property.forAll(longs).seed(99L)));
  }

  @Test
  void a_filter_that_rejects_everything_fails_with_a_clear_error() {
    assertThatThrownBy(() -> Property.forAll(Gen.integers(0, 10).filter(x -> x > 100)).check(x -> {}))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("could not generate a value")
        .hasMessageContaining("Gen.filter rejected 100 values in a row")
        .hasMessageContaining("seed ");
  }

  private static List<Object> valuesSeen(Property<?> property) {
    List<Object> seen = new ArrayList<>();
    property.tries(50).check(seen::add);
    return seen;
  }

  private static int countTries(int tries) {
    AtomicInteger runs = new AtomicInteger();
    Property.forAll(Gen.integers()).tries(tries).check(x -> runs.incrementAndGet());
    return runs.get();
  }

  private static <R> R withSystemProperty(String key, String value, java.util.function.Supplier<R> body) {
    String before = System.getProperty(key);
    System.setProperty(key, value);
    try {
      return body.get();
    } finally {
      if (before == null) {
        System.clearProperty(key);
      } else {
        System.setProperty(key, before);
      }
    }
  }
}
