package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.Evaluators;
import dev.clustergov.core.testkit.contract.DisputeSamples;
import dev.clustergov.core.testkit.contract.EvaluatorsContract;
import dev.clustergov.core.testkit.contract.Samples;
import org.junit.jupiter.api.Nested;

/** {@link EvaluatorsContract} on H2 in memory, H2 in a file and a real PostgreSQL; the sample POs (and evaluator) are stored first (foreign keys). */
class JdbcEvaluatorsTest {
  abstract static class On extends EvaluatorsContract {
    abstract Database database();

    @Override
    protected Evaluators freshEvaluators() {
      Ports ports = Connected.to(database()).jdbc().ports();
      ports.clusters().save(Samples.cluster());
      ports.authorities().save(Samples.authority());
      ports.organizations().save(Samples.organization(DisputeSamples.PO.value()));
      ports.organizations().save(Samples.organization(DisputeSamples.OTHER_PO.value()));
      return ports.evaluators();
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
