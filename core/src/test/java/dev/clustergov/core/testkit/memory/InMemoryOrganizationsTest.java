package dev.clustergov.core.testkit.memory;

import dev.clustergov.core.application.port.Organizations;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.testkit.contract.OrganizationsContract;

class InMemoryOrganizationsTest extends OrganizationsContract {
  private final InMemoryClustergov memory = new InMemoryClustergov();

  @Override
  protected Organizations freshOrganizations() {
    return memory.organizations();
  }

  @Override
  protected void storeCluster(Cluster cluster) {
    memory.clusters().save(cluster);
  }

  @Override
  protected void storeAuthority(Authority authority) {
    memory.authorities().save(authority);
  }
}
