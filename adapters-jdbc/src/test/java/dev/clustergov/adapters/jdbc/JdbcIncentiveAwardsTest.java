package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.IncentiveAwards;
import dev.clustergov.core.testkit.contract.IncentiveAwardsContract;
import dev.clustergov.core.testkit.contract.Samples;
import dev.clustergov.core.testkit.contract.IncentiveSamples;
import org.junit.jupiter.api.Nested;

/** {@link IncentiveAwardsContract} (Art.29) on H2 in memory, H2 in a file and a real PostgreSQL; the sample POs are stored first (foreign keys). */
class JdbcIncentiveAwardsTest {
  abstract static class On extends IncentiveAwardsContract {
    abstract Database database();

    @Override
    protected IncentiveAwards freshIncentiveAwards() {
      Ports ports = Connected.to(database()).jdbc().ports();
      ports.clusters().save(Samples.cluster());
      ports.authorities().save(Samples.authority());
      ports.organizations().save(Samples.organization(IncentiveSamples.PO.value()));
      ports.organizations().save(Samples.organization(IncentiveSamples.OTHER_PO.value()));
      return ports.incentiveAwards();
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
