package dev.clustergov.core.incentive;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** An incentive award's identifier (激励奖励标识): parsed from a request, ordered and written as its value. */
class IncentiveAwardIdTest {

  @Test
  void an_award_id_parses_orders_and_writes_as_its_value() {
    assertThat(IncentiveAwardId.parse("award", "award-000002").get()).isEqualTo(new IncentiveAwardId("award-000002"));
    assertThat(IncentiveAwardId.parse("award", "").isInvalid()).isTrue();
    assertThat(IncentiveAwardId.parse("award", "").getError().field()).isEqualTo("award");
    assertThat(new IncentiveAwardId("award-000001").compareTo(new IncentiveAwardId("award-000002"))).isNegative();
    assertThat(new IncentiveAwardId("award-000002").compareTo(new IncentiveAwardId("award-000001"))).isPositive();
    assertThat(new IncentiveAwardId("award-000001").compareTo(new IncentiveAwardId("award-000001"))).isZero();
    assertThat(new IncentiveAwardId("award-000001")).hasToString("award-000001");
  }
}
