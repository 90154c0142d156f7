package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.PolicyPacks;
import dev.clustergov.core.testkit.contract.PolicyPacksContract;
import org.junit.jupiter.api.Nested;

/** {@link PolicyPacksContract} on H2 in memory, H2 in a file and a real PostgreSQL. */
class JdbcPolicyPacksTest {
  abstract static class On extends PolicyPacksContract {
    abstract Database database();

    @Override
    protected PolicyPacks freshPolicyPacks() {
      return Connected.to(database()).jdbc().ports().policyPacks();
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
