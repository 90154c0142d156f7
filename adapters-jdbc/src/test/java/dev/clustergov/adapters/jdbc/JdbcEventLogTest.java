package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.EventLog;
import dev.clustergov.core.testkit.contract.EventLogContract;
import org.junit.jupiter.api.Nested;

/** {@link EventLogContract} on H2 in memory, H2 in a file and a real PostgreSQL. */
class JdbcEventLogTest {
  abstract static class On extends EventLogContract {
    abstract Database database();

    @Override
    protected EventLog freshEventLog() {
      return Connected.to(database()).jdbc().ports().events();
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
