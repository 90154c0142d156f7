package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.Sanctions;
import dev.clustergov.core.testkit.contract.SanctionsContract;
import dev.clustergov.core.testkit.contract.Samples;
import dev.clustergov.core.testkit.contract.SupervisionSamples;
import org.junit.jupiter.api.Nested;

/** {@link SanctionsContract} on H2 in memory, H2 in a file and a real PostgreSQL; the sample POs are stored first (foreign keys). */
class JdbcSanctionsTest {
  abstract static class On extends SanctionsContract {
    abstract Database database();

    @Override
    protected Sanctions freshSanctions() {
      Ports ports = Connected.to(database()).jdbc().ports();
      ports.clusters().save(Samples.cluster());
      ports.authorities().save(Samples.authority());
      ports.organizations().save(Samples.organization(SupervisionSamples.PO.value()));
      ports.organizations().save(Samples.organization(SupervisionSamples.OTHER_PO.value()));
      return ports.sanctions();
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
