package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Ledger;
import dev.clustergov.core.finance.FeeSchedule;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.contract.LedgerContract;

class InMemoryLedgerTest extends LedgerContract {
  private final InMemoryClustergov memory = new InMemoryClustergov();

  @Override
  protected Ledger freshLedger() {
    return memory.ledger();
  }

  @Override
  protected void storeOrganization(PromotionOrganization organization) {
    memory.organizations().save(organization);
  }

  @Override
  protected void storeFeeSchedule(FeeSchedule schedule) {
    memory.feeSchedules().save(schedule);
  }
}
