package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.ServiceActivities;
import dev.clustergov.core.testkit.contract.OperationSamples;
import dev.clustergov.core.testkit.contract.ServiceActivitiesContract;
import dev.clustergov.core.testkit.contract.Samples;
import org.junit.jupiter.api.Nested;

/** {@link ServiceActivitiesContract} on H2 in memory, H2 in a file and a real PostgreSQL; the sample POs are stored first (foreign keys). */
class JdbcServiceActivitiesTest {
  abstract static class On extends ServiceActivitiesContract {
    abstract Database database();

    @Override
    protected ServiceActivities freshActivities() {
      Ports ports = Connected.to(database()).jdbc().ports();
      ports.clusters().save(Samples.cluster());
      ports.authorities().save(Samples.authority());
      ports.organizations().save(Samples.organization(OperationSamples.PO.value()));
      ports.organizations().save(Samples.organization(OperationSamples.OTHER_PO.value()));
      return ports.activities();
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
