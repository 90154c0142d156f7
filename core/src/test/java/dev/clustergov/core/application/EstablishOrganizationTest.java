package dev.clustergov.core.application;

import dev.clustergov.core.application.establishment.EstablishOrganization;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.organization.CreditCode;

class EstablishOrganizationTest {

  private final SuzhouRegistry registry = new SuzhouRegistry();
  private final Clustergov gov = registry.gov;

  private EstablishOrganization.Command establish(PromotionOrganization o, String code) {
    return new EstablishOrganization.Command(o.id(), OptionalLong.of(o.version()), code == null ? null : CreditCode.parse(code).get());
  }

  @Test
  void a_po_meeting_Art7_and_Art8_is_established_with_its_credit_code_and_one_event() {
    PromotionOrganization o = registry.proposed();

    var appended = registry.appendedBy(() -> gov.establishOrganization().handle(establish(o, Fixtures.PO_CREDIT_CODE)));

    var established = appended.value();
    assertThat(established.stage()).isEqualTo(LifecycleStage.ESTABLISHED);
    assertThat(established.version()).isEqualTo(o.version() + 1);
    assertThat(established.establishedOn()).contains(registry.memory.clock().today());
    assertThat(established.creditCode()).map(Object::toString).contains(Fixtures.PO_CREDIT_CODE);
    var event = appended.only().event();
    assertThat(event.type()).isEqualTo("OrganizationEstablished");
    assertThat(event.data()).containsEntry("from", "PROPOSED").containsEntry("to", "ESTABLISHED")
        .containsEntry("creditCode", Fixtures.PO_CREDIT_CODE);
  }

  @Test
  void without_a_party_organisation_and_archives_system_both_clauses_are_listed() {
    PromotionOrganization o = registry.propose(registry.application(d -> {
      d.partyOrganization = null;
      d.withoutSystem(ManagementSystemKind.ARCHIVES);
    }));

    var findings = registry.rejected(() -> gov.establishOrganization().handle(establish(o, Fixtures.PO_CREDIT_CODE)));

    assertThat(cited(findings)).containsExactly("A7.1-party-organisation Art.7(1)", "A7.4-management-systems Art.7(4)");
  }

  @Test
  void an_established_po_cannot_be_established_again() {
    PromotionOrganization o = registry.established();

    assertThat(cited(registry.rejected(() -> gov.establishOrganization().handle(establish(o, null)))))
        .containsExactly("A6-lifecycle Art.6");
  }

  @Test
  void an_unknown_po_is_not_found() {
    assertThat(registry.refused(() -> gov.establishOrganization().handle(
        new EstablishOrganization.Command(new OrganizationId("org-999999"), OptionalLong.empty(), null))))
        .isEqualTo(new Refusal.NotFound("organization", "org-999999"));
  }

  @Test
  void a_stale_version_is_a_conflict() {
    PromotionOrganization o = registry.proposed();

    assertThat(registry.refused(() -> gov.establishOrganization().handle(
        new EstablishOrganization.Command(o.id(), OptionalLong.of(7), null))))
        .isEqualTo(new Refusal.Conflict("PromotionOrganization", o.id().value(), 7, 1));
  }
}
