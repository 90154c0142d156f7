package dev.clustergov.core.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.testkit.ChineseTerms;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import org.junit.jupiter.api.Test;

/**
 * Every major matter (重大事项, Art.14) the national baseline names is said in words in both languages — the deadlines
 * feed read 应于……前公开重大事项（OrganizationSuspended，……发生）, an event type inside the Chinese (attack pass F7).
 */
class MajorMatterLabelsTest {

  @Test
  void every_matter_of_the_baseline_is_said_in_chinese_words_and_in_english() {
    Policy baseline = Fixtures.baseline();
    var keys = baseline.get(Parameters.DISCLOSURE_MAJOR_MATTERS);
    assertThat(keys).isNotEmpty();
    for (String key : keys) {
      var label = MajorMatters.label(key);
      assertThat(label.zh()).as(key).doesNotContainPattern("[A-Za-z]").isNotEqualTo("其他重大事项");
      assertThat(ChineseTerms.problems(label.zh())).as(key).isEmpty();
      assertThat(label.en()).as(key).doesNotContainPattern("\\p{IsHan}").doesNotContain(key);
    }
  }

  @Test
  void a_qualified_matter_names_its_layer_or_role_and_an_unknown_one_falls_back_plainly() {
    assertThat(MajorMatters.label("SeatAppointed.DECISION").zh()).isEqualTo("决策层人员任命");
    assertThat(MajorMatters.label("SeatAppointed.DECISION").en()).isEqualTo("appointment (decision layer)");
    assertThat(MajorMatters.label("SeatRemoved.CHAIR").zh()).isEqualTo("负责人免职");
    assertThat(MajorMatters.label("OrganizationSuspended").zh()).isEqualTo("暂停认定");
    assertThat(MajorMatters.label("LocalMatterRecorded").zh()).isEqualTo("其他重大事项");
    assertThat(MajorMatters.label("LocalMatterRecorded").en()).isEqualTo("major matter LocalMatterRecorded");
  }
}
