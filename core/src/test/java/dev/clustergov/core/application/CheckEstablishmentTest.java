package dev.clustergov.core.application;

import dev.clustergov.core.application.establishment.CheckEstablishment;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.management.ManagementSystemKind;

class CheckEstablishmentTest {

  private final SuzhouRegistry registry = new SuzhouRegistry();
  private final Clustergov gov = registry.gov;

  @Test
  void a_complete_proposed_po_gets_a_clear_report_for_establishment_and_nothing_is_written() {
    var o = registry.proposed();
    var before = registry.memory.snapshot();

    var report = gov.checkEstablishment().handle(new CheckEstablishment.Query(o.id())).get();

    assertThat(report.assessedFor()).isEqualTo(LifecycleStage.ESTABLISHED);
    assertThat(report.clear()).isTrue();
    assertThat(registry.memory.snapshot()).isEqualTo(before);
  }

  @Test
  void an_incomplete_application_lists_what_is_missing_with_its_clauses() {
    var o = registry.propose(registry.application(d -> {
      d.partyOrganization = null;
      d.withoutSystem(ManagementSystemKind.ARCHIVES);
    }));

    var report = gov.checkEstablishment().handle(new CheckEstablishment.Query(o.id())).get();

    assertThat(cited(report.blockingFindings()))
        .containsExactly("A7.1-party-organisation Art.7(1)", "A7.4-management-systems Art.7(4)");
  }

  @Test
  void an_established_po_without_a_credit_code_is_told_it_cannot_yet_be_recognised() {
    var o = registry.proposed();
    o = registry.accepted(gov.establishOrganization().handle(new EstablishOrganization.Command(o.id(), OptionalLong.empty(), null)));

    var report = gov.checkEstablishment().handle(new CheckEstablishment.Query(o.id())).get();

    assertThat(report.assessedFor()).isEqualTo(LifecycleStage.RECOGNISED);
    assertThat(cited(report.blockingFindings())).containsExactly("A2-legal-person Art.2");
  }

  @Test
  void an_unknown_po_is_not_found() {
    assertThat(gov.checkEstablishment().handle(new CheckEstablishment.Query(new OrganizationId("org-999999"))).getLeft())
        .isEqualTo(new Refusal.NotFound("organization", "org-999999"));
  }
}
