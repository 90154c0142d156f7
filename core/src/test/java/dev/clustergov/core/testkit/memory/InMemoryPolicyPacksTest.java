package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.PolicyPacks;
import dev.clustergov.core.testkit.contract.PolicyPacksContract;

class InMemoryPolicyPacksTest extends PolicyPacksContract {
  @Override
  protected PolicyPacks freshPolicyPacks() {
    return new InMemoryClustergov().policyPacks();
  }
}
