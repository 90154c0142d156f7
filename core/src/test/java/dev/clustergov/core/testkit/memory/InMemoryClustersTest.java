package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Clusters;
import dev.clustergov.core.testkit.contract.ClustersContract;

class InMemoryClustersTest extends ClustersContract {
  @Override
  protected Clusters freshClusters() {
    return new InMemoryClustergov().clusters();
  }
}
