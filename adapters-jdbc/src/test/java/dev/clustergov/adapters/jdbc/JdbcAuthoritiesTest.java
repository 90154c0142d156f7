package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.Authorities;
import dev.clustergov.core.testkit.contract.AuthoritiesContract;
import org.junit.jupiter.api.Nested;

/** {@link AuthoritiesContract} on H2 in memory, H2 in a file and a real PostgreSQL. */
class JdbcAuthoritiesTest {
  abstract static class On extends AuthoritiesContract {
    abstract Database database();

    @Override
    protected Authorities freshAuthorities() {
      return Connected.to(database()).jdbc().ports().authorities();
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
