package dev.clustergov.core.guideline;

import static dev.clustergov.core.guideline.Modality.ENCOURAGE;
import static dev.clustergov.core.guideline.Modality.MAY;
import static dev.clustergov.core.guideline.Modality.NONE;
import static dev.clustergov.core.guideline.Modality.SHALL;
import static dev.clustergov.core.guideline.Modality.SHOULD;
import static dev.clustergov.core.guideline.Modality.SUPPORT;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ModalityTest {

  static Stream<Arguments> readings() {
    return Stream.of(
        Arguments.of("Art.1", NONE), Arguments.of("Art.2", NONE), Arguments.of("Art.3", NONE),
        Arguments.of("Art.4", NONE), Arguments.of("Art.5", SHALL),
        Arguments.of("Art.7", SHALL), Arguments.of("Art.7(1)", SHALL), Arguments.of("Art.7(2)", SHALL),
        Arguments.of("Art.7(3)", SHOULD), Arguments.of("Art.7(4)", SHALL), Arguments.of("Art.7(5)", SHALL),
        Arguments.of("Art.8", SHALL), Arguments.of("Art.8(1)", MAY), Arguments.of("Art.8(2)", SHALL),
        Arguments.of("Art.8(2).1", SHALL), Arguments.of("Art.8(2).5", SHALL),
        Arguments.of("Art.9", SHALL), Arguments.of("Art.10", SHALL), Arguments.of("Art.11", SHALL),
        Arguments.of("Art.12", SHALL), Arguments.of("Art.15", SHALL), Arguments.of("Art.16", SHALL),
        Arguments.of("Art.18", SHALL), Arguments.of("Art.23(2)", SHALL),
        Arguments.of("Art.27", ENCOURAGE), Arguments.of("Art.28", SUPPORT), Arguments.of("Art.29", ENCOURAGE),
        Arguments.of("Art.30", ENCOURAGE), Arguments.of("Art.31", NONE));
  }

  @ParameterizedTest(name = "{0} reads as {1}")
  @MethodSource("readings")
  void reads_the_modal_word_of_the_original(String citation, Modality expected) {
    assertThat(Guideline.resolve(citation).get().modality()).isEqualTo(expected);
  }

  @Test
  void only_shall_binds() {
    assertThat(Stream.of(Modality.values()).filter(Modality::binding)).containsExactly(SHALL);
  }

  @Test
  void article_seven_item_three_says_yi_so_staffing_is_advisory() {
    Clause staff = Guideline.resolve("Art.7(3)").get();
    assertThat(staff.zh()).contains("宜");
    assertThat(staff.binding()).isFalse();
  }

  @Test
  void article_ten_is_a_prohibition_read_as_shall_with_a_note() {
    Clause property = Guideline.resolve("Art.10").get();
    assertThat(property.zh()).contains("不得");
    assertThat(property.note().get().zh()).contains("不得");
    assertThat(property.note().get().en()).contains("prohibition");
  }

  @Test
  void article_fifteen_binds_the_system_and_leaves_escalation_optional() {
    Clause disputes = Guideline.resolve("Art.15").get();
    assertThat(disputes.modality()).isEqualTo(SHALL);
    assertThat(disputes.zh()).contains("应当建立").contains("可以依法");
    assertThat(disputes.note().get().zh()).contains("可以");
  }

  @Test
  void article_twenty_nine_encourages_and_notes_its_framing_word() {
    assertThat(Guideline.resolve("Art.29").get().note().get().zh()).contains("注重").contains("鼓励");
  }

  @Test
  void each_modality_names_its_chinese_words() {
    assertThat(SHALL.words()).contains("应", "应当", "必须", "要");
    assertThat(SHOULD.words()).containsExactly("宜");
    assertThat(ENCOURAGE.words()).containsExactly("鼓励");
    assertThat(SUPPORT.words()).containsExactly("支持");
    assertThat(MAY.words()).containsExactly("可以");
    assertThat(NONE.words()).isEmpty();
  }
}
