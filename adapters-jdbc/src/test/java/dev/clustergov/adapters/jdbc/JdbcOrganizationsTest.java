package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.Organizations;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.testkit.contract.OrganizationsContract;
import org.junit.jupiter.api.Nested;

/** {@link OrganizationsContract} on H2 in memory, H2 in a file and a real PostgreSQL. */
class JdbcOrganizationsTest {
  abstract static class On extends OrganizationsContract {
    abstract Database database();

    private Ports ports;

    @Override
    protected Organizations freshOrganizations() {
      ports = Connected.to(database()).jdbc().ports();
      return ports.organizations();
    }

    @Override
    protected void storeCluster(Cluster cluster) {
      ports.clusters().save(cluster);
    }

    @Override
    protected void storeAuthority(Authority authority) {
      ports.authorities().save(authority);
    }
  }

  @Nested
  class H2Memory extends On {
    @Override
    Database database() {
      return Database.H2_MEMORY;
    }
  }

  @Nested
  class H2File extends On {
    @Override
    Database database() {
      return Database.H2_FILE;
    }
  }

  @Nested
  class PostgreSQL extends On {
    @Override
    Database database() {
      return Database.POSTGRESQL;
    }
  }
}
