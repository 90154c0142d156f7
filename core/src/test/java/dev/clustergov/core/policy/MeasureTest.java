package dev.clustergov.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What each evaluation measure (评价指标的计量方式, Art.28) counts: a share (比例) is a percentage, an amount (额) is in
 * yuan, everything else is a count (a note in brackets after the title aside) — so the unit a report prints beside a measured value agrees with the measure's title.
 */
class MeasureTest {

  @Test
  void a_share_is_a_percentage_an_amount_is_in_yuan_and_the_rest_are_counts() {
    for (Measure m : Measure.values()) {
      // the title's head: a note in full-width brackets after it (（含说明限制理由的）) qualifies what is counted, not the unit
      String head = m.title().zh().replaceFirst("（[^（）]*）$", "");
      Measure.Unit expected = head.endsWith("比例") ? Measure.Unit.PERCENT
          : head.endsWith("额") ? Measure.Unit.YUAN : Measure.Unit.COUNT;
      assertThat(m.unit()).as(m.name()).isEqualTo(expected);
      assertThat(m.title().en().startsWith("share of")).as(m.name()).isEqualTo(m.unit() == Measure.Unit.PERCENT);
    }
    assertThat(Measure.MEMBER_PARTICIPATION.unit()).isEqualTo(Measure.Unit.PERCENT);
    assertThat(Measure.LANDED_INVESTMENT.unit()).isEqualTo(Measure.Unit.YUAN);
    assertThat(Measure.TALENTS.unit()).isEqualTo(Measure.Unit.COUNT);
  }
}
