package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.IpAgreements;
import dev.clustergov.core.testkit.contract.IpAgreementsContract;

class InMemoryIpAgreementsTest extends IpAgreementsContract {
  @Override
  protected IpAgreements freshIpAgreements() {
    return new InMemoryClustergov().ipAgreements();
  }
}
