package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.Step;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.testkit.contract.DisputeSamples;
import dev.clustergov.core.testkit.contract.SupervisionSamples;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Two helpers the use cases read beside the rules: the disputes still open (Art.15: a resolved or closed dispute is
 * final) and the number of findings past their rectification deadline (Art.25: 整改期限内整改完毕).
 */
class OpenDisputesAndOverdueFindingsTest {

  static final OrganizationId OWN = Fixtures.ORGANIZATION_ID;

  @Test
  void a_raised_dispute_is_open_and_a_closed_or_resolved_one_is_not() {
    Dispute raised = DisputeSamples.raised("d-1", OWN);
    Dispute resolved = DisputeSamples.raised("d-2", OWN)
        .with(new Step(StepKind.CONSULTATION_OPENED, LocalDate.of(2025, 3, 4), "陈静", Capacity.SECRETARIAT, Optional.empty(), Optional.empty()))
        .with(new Step(StepKind.RESOLVED_BY_CONSULTATION, LocalDate.of(2025, 3, 5), "陈静", Capacity.SECRETARIAT, Optional.empty(), Optional.of("达成一致")));
    Dispute closed = DisputeSamples.closedAfterArbitration("d-3");
    closed = new Dispute(closed.id(), closed.version(), OWN, closed.subject(), closed.parties(), closed.steps());
    Dossier d = Dossier.builder().from(Fixtures.compliantDossier()).disputes(List.of(raised, resolved, closed)).build();
    assertThat(DisputeRules.open(d)).containsExactly(raised);
  }

  @Test
  void a_finding_is_overdue_only_after_its_rectification_day_and_only_while_open() {
    // finding 1 is rectified; finding 2 is open and due on 2025-05-31 (SupervisionSamples.withFindings)
    Inspection i = SupervisionSamples.withFindings("i-1");
    LocalDate due = LocalDate.of(2025, 5, 31);
    assertThat(SupervisionRules.overdue(List.of(i), due)).isZero();
    assertThat(SupervisionRules.overdue(List.of(i), due.plusDays(1))).isEqualTo(1);
    assertThat(SupervisionRules.overdue(List.of(i, SupervisionSamples.withFindings("i-2")), due.plusDays(1))).isEqualTo(2);
    assertThat(SupervisionRules.overdue(List.of(), due.plusDays(1))).isZero();
  }
}
