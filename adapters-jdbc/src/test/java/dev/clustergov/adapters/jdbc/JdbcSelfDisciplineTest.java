package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.SelfDiscipline;
import dev.clustergov.core.testkit.contract.SelfDisciplineContract;
import dev.clustergov.core.testkit.contract.Samples;
import dev.clustergov.core.testkit.contract.SupervisionSamples;
import org.junit.jupiter.api.Nested;

/** {@link SelfDisciplineContract} on H2 in memory, H2 in a file and a real PostgreSQL; the sample POs are stored first (foreign keys). */
class JdbcSelfDisciplineTest {
  abstract static class On extends SelfDisciplineContract {
    abstract Database database();

    @Override
    protected SelfDiscipline freshSelfDiscipline() {
      Ports ports = Connected.to(database()).jdbc().ports();
      ports.clusters().save(Samples.cluster());
      ports.authorities().save(Samples.authority());
      ports.organizations().save(Samples.organization(SupervisionSamples.PO.value()));
      ports.organizations().save(Samples.organization(SupervisionSamples.OTHER_PO.value()));
      return ports.selfDiscipline();
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
