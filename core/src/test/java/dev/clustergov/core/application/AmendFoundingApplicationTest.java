package dev.clustergov.core.application;

import dev.clustergov.core.application.establishment.AmendFoundingApplication;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.general.RegisterAuthority;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import java.math.BigDecimal;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.finance.IncomeKind;

class AmendFoundingApplicationTest {

  private final SuzhouRegistry registry = new SuzhouRegistry();
  private final Clustergov gov = registry.gov;

  private AmendFoundingApplication.Command amend(PromotionOrganization o, FoundingApplication a) {
    return new AmendFoundingApplication.Command(o.id(), OptionalLong.of(o.version()), a);
  }

  @Test
  void a_proposed_po_amends_its_application_one_version_on_with_one_event() {
    PromotionOrganization o = registry.propose(registry.application(d -> d.partyOrganization = null));

    var appended = registry.appendedBy(() -> gov.amendFoundingApplication().handle(amend(o, registry.application(
        d -> d.registeredCapital = Money.yuan("800000.00")))));

    assertThat(appended.value().version()).isEqualTo(o.version() + 1);
    assertThat(appended.value().partyOrganization()).isPresent();
    assertThat(appended.value().registeredCapital().yuan()).isEqualByComparingTo("800000.00");
    assertThat(appended.value().proposedOn()).isEqualTo(o.proposedOn());
    var event = appended.only().event();
    assertThat(event.type()).isEqualTo("FoundingApplicationAmended");
    assertThat(event.data()).containsEntry("version", String.valueOf(o.version() + 1));
  }

  @Test
  void every_malformed_field_is_reported() {
    PromotionOrganization o = registry.proposed();

    var violations = registry.malformed(() -> gov.amendFoundingApplication().handle(amend(o, registry.application(d -> {
      // a negative capital and an unknown income source are the REST adapter's to report (EstablishmentFieldsTest)
      d.incomeSources = java.util.Arrays.asList(IncomeKind.SERVICE_INCOME, null);
      d.officeAddress = "苏州\u0000";
      d.staff = java.util.Arrays.asList(d.staff.get(0), null);
    }))));

    assertThat(violations).containsExactlyInAnyOrder("officeAddress:control-character", "incomeSources[1]:required",
        "staff[1]:required");
  }

  @Test
  void once_established_the_application_is_closed_citing_Art7() {
    PromotionOrganization o = registry.established();

    assertThat(cited(registry.rejected(() -> gov.amendFoundingApplication().handle(amend(o, registry.application())))))
        .containsExactly("A7-application-open Art.7");
  }

  @Test
  void an_amendment_naming_another_authority_is_rejected_citing_Art6_the_po_stays_with_its_supervisor() {
    PromotionOrganization o = registry.proposed();

    // one that does not even cover the cluster, and one that does (the province): neither takes the PO over
    assertThat(cited(registry.rejected(() -> gov.amendFoundingApplication().handle(amend(o,
        registry.application(d -> d.authority = registry.wuxi.id()))))))
        .containsExactly("A6-application-keeps-supervision Art.6");
    var jiangsu = SuzhouRegistry.accepted(gov.registerAuthority().handle(new RegisterAuthority.Command("江苏省工业和信息化厅", new RegionCode("320000"))));
    assertThat(cited(registry.rejected(() -> gov.amendFoundingApplication().handle(amend(o,
        registry.application(d -> d.authority = jiangsu.id()))))))
        .containsExactly("A6-application-keeps-supervision Art.6");
    assertThat(gov.queries().organization(o.id()).get().authority()).isEqualTo(registry.authority.id());
  }

  @Test
  void an_unknown_po_is_not_found() {
    assertThat(registry.refused(() -> gov.amendFoundingApplication().handle(new AmendFoundingApplication.Command(
        new OrganizationId("org-999999"), OptionalLong.empty(), registry.application()))))
        .isEqualTo(new Refusal.NotFound("organization", "org-999999"));
  }

  @Test
  void a_stale_version_is_a_conflict() {
    PromotionOrganization o = registry.proposed();
    registry.accepted(gov.amendFoundingApplication().handle(amend(o, registry.application())));

    assertThat(registry.refused(() -> gov.amendFoundingApplication().handle(amend(o, registry.application()))))
        .isEqualTo(new Refusal.Conflict("PromotionOrganization", o.id().value(), 1, 2));
  }
}
