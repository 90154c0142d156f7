package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.testkit.contract.StoredWhatIfContract;
import org.junit.jupiter.api.Nested;

/** {@link StoredWhatIfContract} on H2 in memory, H2 in a file and a real PostgreSQL: the stored what-if against the in-memory one. */
class JdbcStoredWhatIfTest {
  abstract static class On extends StoredWhatIfContract {
    abstract Database database();

    @Override
    protected Ports freshPorts() {
      return Connected.to(database()).jdbc().ports();
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
