package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Memberships;
import dev.clustergov.core.testkit.contract.MembershipsContract;

class InMemoryMembershipsTest extends MembershipsContract {
  @Override
  protected Memberships freshMemberships() {
    return new InMemoryClustergov().memberships();
  }
}
