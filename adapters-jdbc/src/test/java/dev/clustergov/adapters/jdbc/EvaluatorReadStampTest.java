package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.EvaluatorReadStamp;
import dev.clustergov.core.kernel.DomainEvent;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.EvaluatorEngagement;
import dev.clustergov.core.supervision.EvaluatorId;
import dev.clustergov.core.testkit.contract.DisputeSamples;
import dev.clustergov.core.testkit.contract.EvaluatorSamples;
import dev.clustergov.core.testkit.contract.Samples;
import dev.clustergov.core.testkit.memory.SettableClock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * An evaluator's version with a PO's read stamp (评价机构读取戳, decision 0606), on H2 in memory, H2 in a file and a real
 * PostgreSQL: one statement, and what the two reads it replaces — {@code Evaluators.version} and {@code EventLog.stamp} —
 * return at the same moment, after each kind of change: none registered, registered, engaged, the engagement ended, an
 * event about the PO's own record and one about its parts.
 */
class EvaluatorReadStampTest {

  abstract static class On {
    abstract Database database();

    @Test
    void reads_the_evaluators_version_and_the_pos_stamp_in_one_statement_as_the_two_reads_return_them() {
      Connected c = Connected.to(database());
      Ports ports = c.jdbc().ports();
      ports.clusters().save(Samples.cluster());
      ports.authorities().save(Samples.authority());
      ports.organizations().save(Samples.organization(DisputeSamples.PO.value()));
      ports.organizations().save(Samples.organization(DisputeSamples.OTHER_PO.value()));
      OrganizationId po = DisputeSamples.PO;
      EvaluatorId id = new EvaluatorId("evaluator-s");

      EvaluatorReadStamp none = readAsTheTwoReads(c, po, id, "none registered");
      assertThat(none.evaluator()).isEmpty();

      Evaluator registered = ports.evaluators().save(EvaluatorSamples.tied(id.value(), "12320500MB0000011"));
      EvaluatorReadStamp r = readAsTheTwoReads(c, po, id, "registered");
      assertThat(r.evaluator()).contains(registered.version());
      assertThat(r.organization().registry()).as("a write without an event advances the registry's stamp").isGreaterThan(none.organization().registry());

      var authority = Samples.authority().id();
      Evaluator engaged = ports.evaluators().save(registered.with(new EvaluatorEngagement(po, authority, LocalDate.of(2025, 1, 1),
          LocalDate.of(2025, 12, 31))));
      EvaluatorReadStamp e = readAsTheTwoReads(c, po, id, "engaged");
      assertThat(e.evaluator()).contains(engaged.version()).isNotEqualTo(r.evaluator());

      Evaluator ended = ports.evaluators().save(engaged.withEnded(0, new EvaluatorEngagement.Ending(LocalDate.of(2025, 6, 1), authority,
          "委托终止；ended")));
      EvaluatorReadStamp x = readAsTheTwoReads(c, po, id, "the engagement ended");
      assertThat(x.evaluator()).contains(ended.version()).isNotEqualTo(e.evaluator());

      ports.events().append(List.of(DomainEvent.of("Renamed", "organization", po.value(), SettableClock.DEFAULT_START, Map.of())));
      EvaluatorReadStamp own = readAsTheTwoReads(c, po, id, "an event of the PO's own record");
      assertThat(own.organization().organization()).isGreaterThan(x.organization().organization());
      ports.events().append(List.of(DomainEvent.of("ActivityRecorded", "service-activity", "activity-1", SettableClock.DEFAULT_START,
          Map.of("organization", po.value()))));
      EvaluatorReadStamp part = readAsTheTwoReads(c, po, id, "an event about one of the PO's parts");
      assertThat(part.organization().organization()).isGreaterThan(own.organization().organization());
      assertThat(part.evaluator()).isEqualTo(x.evaluator());

      // another PO's stamp and an unknown evaluator, beside a known one
      readAsTheTwoReads(c, DisputeSamples.OTHER_PO, id, "another PO");
      readAsTheTwoReads(c, new OrganizationId("org-404"), new EvaluatorId("evaluator-404"), "neither stored");
    }

    /** The read in one statement, compared with the two reads it replaces, made just after it with nothing written between. */
    private static EvaluatorReadStamp readAsTheTwoReads(Connected c, OrganizationId po, EvaluatorId id, String when) {
      Ports ports = c.jdbc().ports();
      long before = c.dataSource().executed();
      EvaluatorReadStamp both = ports.events().stamp(po, id).orElseThrow();
      long statements = c.dataSource().executed() - before;
      assertThat(statements).as("statements, " + when).isEqualTo(1);
      assertThat(both.evaluator()).as("the evaluator's version, " + when).isEqualTo(ports.evaluators().version(id));
      assertThat(both.organization()).as("the PO's read stamp, " + when).isEqualTo(ports.events().stamp(po).orElseThrow());
      return both;
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
