package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.Clusters;
import dev.clustergov.core.testkit.contract.ClustersContract;
import org.junit.jupiter.api.Nested;

/** {@link ClustersContract} on H2 in memory, H2 in a file and a real PostgreSQL. */
class JdbcClustersTest {
  abstract static class On extends ClustersContract {
    abstract Database database();

    @Override
    protected Clusters freshClusters() {
      return Connected.to(database()).jdbc().ports().clusters();
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
