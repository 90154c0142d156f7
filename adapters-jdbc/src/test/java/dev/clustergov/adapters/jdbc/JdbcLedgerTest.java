package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.finance.FeeSchedule;
import dev.clustergov.core.application.port.Ledger;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.contract.LedgerContract;
import dev.clustergov.core.testkit.contract.Samples;
import org.junit.jupiter.api.Nested;

/** {@link LedgerContract} on H2 in memory, H2 in a file and a real PostgreSQL. */
class JdbcLedgerTest {
  abstract static class On extends LedgerContract {
    abstract Database database();

    private Ports ports;

    @Override
    protected Ledger freshLedger() {
      ports = Connected.to(database()).jdbc().ports();
      ports.clusters().save(Samples.cluster());
      ports.authorities().save(Samples.authority());
      return ports.ledger();
    }

    @Override
    protected void storeOrganization(PromotionOrganization organization) {
      ports.organizations().save(organization);
    }

    @Override
    protected void storeFeeSchedule(FeeSchedule schedule) {
      ports.feeSchedules().save(schedule);
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
