package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.FeeSchedules;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.contract.FeeSchedulesContract;

class InMemoryFeeSchedulesTest extends FeeSchedulesContract {
  private final InMemoryClustergov memory = new InMemoryClustergov();

  @Override
  protected FeeSchedules freshFeeSchedules() {
    return memory.feeSchedules();
  }

  @Override
  protected void storeOrganization(PromotionOrganization organization) {
    memory.organizations().save(organization);
  }
}
