package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.FeeSchedules;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.contract.FeeSchedulesContract;
import dev.clustergov.core.testkit.contract.Samples;
import org.junit.jupiter.api.Nested;

/** {@link FeeSchedulesContract} on H2 in memory, H2 in a file and a real PostgreSQL. */
class JdbcFeeSchedulesTest {
  abstract static class On extends FeeSchedulesContract {
    abstract Database database();

    private Ports ports;

    @Override
    protected FeeSchedules freshFeeSchedules() {
      ports = Connected.to(database()).jdbc().ports();
      ports.clusters().save(Samples.cluster());
      ports.authorities().save(Samples.authority());
      return ports.feeSchedules();
    }

    @Override
    protected void storeOrganization(PromotionOrganization organization) {
      ports.organizations().save(organization);
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
