package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.IdSource;
import dev.clustergov.core.testkit.contract.IdSourceContract;
import org.junit.jupiter.api.Nested;

/** {@link IdSourceContract} on H2 in memory, H2 in a file and a real PostgreSQL. */
class JdbcIdsTest {
  abstract static class On extends IdSourceContract {
    abstract Database database();

    @Override
    protected IdSource freshIds() {
      return Connected.to(database()).jdbc().ports().ids();
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
