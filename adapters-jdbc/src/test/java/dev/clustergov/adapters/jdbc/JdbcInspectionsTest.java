package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.Inspections;
import dev.clustergov.core.testkit.contract.InspectionsContract;
import dev.clustergov.core.testkit.contract.Samples;
import dev.clustergov.core.testkit.contract.SupervisionSamples;
import org.junit.jupiter.api.Nested;

/** {@link InspectionsContract} on H2 in memory, H2 in a file and a real PostgreSQL; the sample POs are stored first (foreign keys). */
class JdbcInspectionsTest {
  abstract static class On extends InspectionsContract {
    abstract Database database();

    @Override
    protected Inspections freshInspections() {
      Ports ports = Connected.to(database()).jdbc().ports();
      ports.clusters().save(Samples.cluster());
      ports.authorities().save(Samples.authority());
      ports.organizations().save(Samples.organization(SupervisionSamples.PO.value()));
      ports.organizations().save(Samples.organization(SupervisionSamples.OTHER_PO.value()));
      return ports.inspections();
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
