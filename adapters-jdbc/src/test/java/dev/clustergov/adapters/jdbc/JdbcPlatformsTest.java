package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.Platforms;
import dev.clustergov.core.testkit.contract.OperationSamples;
import dev.clustergov.core.testkit.contract.PlatformsContract;
import dev.clustergov.core.testkit.contract.Samples;
import org.junit.jupiter.api.Nested;

/** {@link PlatformsContract} on H2 in memory, H2 in a file and a real PostgreSQL; the sample POs are stored first (foreign keys). */
class JdbcPlatformsTest {
  abstract static class On extends PlatformsContract {
    abstract Database database();

    @Override
    protected Platforms freshPlatforms() {
      Ports ports = Connected.to(database()).jdbc().ports();
      ports.clusters().save(Samples.cluster());
      ports.authorities().save(Samples.authority());
      ports.organizations().save(Samples.organization(OperationSamples.PO.value()));
      ports.organizations().save(Samples.organization(OperationSamples.OTHER_PO.value()));
      return ports.platforms();
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
