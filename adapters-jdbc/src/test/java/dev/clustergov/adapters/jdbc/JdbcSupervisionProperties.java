package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.testkit.contract.Samples;
import dev.clustergov.core.testkit.contract.SupervisionSamples;
import dev.clustergov.core.testkit.gen.SupervisionGens;
import dev.clustergov.core.testkit.property.Property;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Generated inspections and sanctions (Art.25–29) come back from the database equal to what was saved,
 * and so does an update that replaces every finding or ground, on H2 and on a real PostgreSQL.
 */
class JdbcSupervisionProperties {

  abstract static class On {
    abstract Database database();

    private final AtomicInteger ids = new AtomicInteger();

    private Ports ports() {
      Ports ports = Connected.to(database()).jdbc().ports();
      ports.clusters().save(Samples.cluster());
      ports.authorities().save(Samples.authority());
      ports.organizations().save(Samples.organization(SupervisionSamples.PO.value()));
      return ports;
    }

    @Test
    void an_inspection_saved_and_replaced_loads_back_equal() {
      Ports ports = ports();
      Property.forAll(SupervisionGens.inspections("inspection-x", SupervisionSamples.PO, Samples.AUTHORITY),
              SupervisionGens.inspections("inspection-x", SupervisionSamples.PO, Samples.AUTHORITY))
          .tries(40).check((first, second) -> {
            String id = "inspection-" + ids.incrementAndGet();
            Inspection saved = ports.inspections().save(new Inspection(new dev.clustergov.core.supervision.InspectionId(id), 0,
                first.organization(), first.authority(), first.openedOn(), first.subject(), first.findings()));
            assertThat(ports.inspections().find(saved.id())).contains(saved);
            Inspection replaced = ports.inspections().save(new Inspection(saved.id(), saved.version(), second.organization(),
                second.authority(), second.openedOn(), second.subject(), second.findings()));
            assertThat(ports.inspections().find(saved.id())).contains(replaced);
          });
    }

    @Test
    void a_sanction_saved_and_replaced_loads_back_equal() {
      Ports ports = ports();
      Property.forAll(SupervisionGens.sanctions("sanction-x", SupervisionSamples.PO, Samples.AUTHORITY),
              SupervisionGens.sanctions("sanction-x", SupervisionSamples.PO, Samples.AUTHORITY))
          .tries(40).check((first, second) -> {
            String id = "sanction-" + ids.incrementAndGet();
            Sanction saved = ports.sanctions().save(new Sanction(new dev.clustergov.core.supervision.SanctionId(id), 0,
                first.organization(), first.authority(), first.kind(), first.decidedOn(), first.grounds(), first.reason(),
                first.rectifyBy(), first.liftedOn()));
            assertThat(ports.sanctions().find(saved.id())).contains(saved);
            Sanction replaced = ports.sanctions().save(new Sanction(saved.id(), saved.version(), second.organization(),
                second.authority(), second.kind(), second.decidedOn(), second.grounds(), second.reason(), second.rectifyBy(),
                second.liftedOn()));
            assertThat(ports.sanctions().find(saved.id())).contains(replaced);
          });
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
  class PostgreSQL extends On {
    @Override
    Database database() {
      return Database.POSTGRESQL;
    }
  }
}
