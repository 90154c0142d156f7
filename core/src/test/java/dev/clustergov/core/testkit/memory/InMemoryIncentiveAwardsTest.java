package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.IncentiveAwards;
import dev.clustergov.core.testkit.contract.IncentiveAwardsContract;

class InMemoryIncentiveAwardsTest extends IncentiveAwardsContract {
  @Override
  protected IncentiveAwards freshIncentiveAwards() {
    return new InMemoryClustergov().incentiveAwards();
  }
}
