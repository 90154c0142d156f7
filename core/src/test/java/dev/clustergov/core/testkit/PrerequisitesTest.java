package dev.clustergov.core.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class PrerequisitesTest {

  @Test
  void a_missing_tool_fails_the_test_in_ci_and_skips_it_elsewhere() {
    assertThatThrownBy(() -> Prerequisites.require(false, "wrk is not installed", "true"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("wrk is not installed").hasMessageContaining("no test may skip");
    assertThatThrownBy(() -> Prerequisites.require(false, "wrk is not installed", null))
        .isInstanceOf(TestAbortedException.class).hasMessageContaining("wrk is not installed");
  }

  @Test
  void a_present_tool_runs_the_test_in_ci_and_elsewhere() {
    assertThatCode(() -> Prerequisites.require(true, "wrk", "true")).doesNotThrowAnyException();
    assertThatCode(() -> Prerequisites.require(true, "wrk", null)).doesNotThrowAnyException();
  }

  @Test
  void ci_is_any_value_but_empty_false_or_zero() {
    assertThat(Prerequisites.inCi("true")).isTrue();
    assertThat(Prerequisites.inCi("1")).isTrue();
    assertThat(Prerequisites.inCi("yes")).isTrue();
    assertThat(Prerequisites.inCi(null)).isFalse();
    assertThat(Prerequisites.inCi("")).isFalse();
    assertThat(Prerequisites.inCi("false")).isFalse();
    assertThat(Prerequisites.inCi("0")).isFalse();
  }
}
