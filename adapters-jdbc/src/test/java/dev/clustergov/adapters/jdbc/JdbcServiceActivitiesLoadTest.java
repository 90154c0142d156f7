package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.testkit.contract.OperationSamples;
import dev.clustergov.core.testkit.contract.Samples;
import dev.clustergov.core.testkit.gen.OperationGens;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The activities of a PO in a period are read in a fixed number of statements however many there are
 * (no query per activity), and read back exactly as generated — items over all 32, outcomes, participants.
 */
class JdbcServiceActivitiesLoadTest {

  @Test
  void a_years_activities_take_three_statements_whether_there_are_four_or_four_hundred_and_come_back_whole() {
    Connected c = Connected.to(Database.H2_MEMORY);
    Ports ports = c.jdbc().ports();
    ports.clusters().save(Samples.cluster());
    ports.authorities().save(Samples.authority());
    ports.organizations().save(Samples.organization(OperationSamples.PO.value()));
    Period year = new Period(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31));
    List<MembershipId> members = List.of(new MembershipId("member-1"), new MembershipId("member-2"), new MembershipId("member-3"));
    List<ServiceActivity> stored = new ArrayList<>();
    var gen = OperationGens.activities(OperationSamples.PO, members, year, 400, 400).generate(new java.util.SplittableRandom(6), 30).value();
    for (ServiceActivity a : gen) {
      ServiceActivity saved = ports.activities().save(a);
      stored.add(saved);
      if (stored.size() == 4) {
        assertThat(statements(c, year)).isEqualTo(3);
      }
    }

    assertThat(statements(c, year)).as("the same three statements for 400").isEqualTo(3);
    List<ServiceActivity> read = ports.activities().of(OperationSamples.PO, year);
    assertThat(read).containsExactlyInAnyOrderElementsOf(stored);
    assertThat(read).isSortedAccordingTo(java.util.Comparator.comparing(ServiceActivity::heldOn).thenComparing(ServiceActivity::id));
  }

  private static int statements(Connected c, Period year) {
    return c.dataSource().preparedDuring(() -> c.jdbc().ports().activities().of(OperationSamples.PO, year)).size();
  }
}
