package dev.clustergov.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.incentive.IncentiveMetric;
import org.junit.jupiter.api.Test;

/**
 * The words an evaluation dimension (评价维度), a measure (计量方式) and an incentive metric (奖励依据) give as
 * {@code Labelled}: their titles, the words the reports print (decision 0598), called here in the packages PIT mutates.
 */
class LabelledPolicyWordsTest {

  @Test
  void a_dimension_s_measure_s_and_incentive_metric_s_label_is_its_title() {
    for (Dimension d : Dimension.values()) {
      assertThat(d.label()).as(d.name()).isEqualTo(d.title());
    }
    for (Measure m : Measure.values()) {
      assertThat(m.label()).as(m.name()).isEqualTo(m.title());
    }
    for (IncentiveMetric m : IncentiveMetric.values()) {
      assertThat(m.label()).as(m.name()).isEqualTo(m.title());
    }
    assertThat(Dimension.GOVERNANCE.label().zh()).isEqualTo("治理");
    assertThat(Measure.STAFF.label().zh()).isEqualTo("工作人员数");
    assertThat(IncentiveMetric.TALENT.label().en()).isEqualTo("talent attracted by number and level");
  }
}
