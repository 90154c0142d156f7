package dev.clustergov.core.application;

import dev.clustergov.core.application.general.SuspendOrganization;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class SuspendOrganizationTest {

  private final SuzhouRegistry registry = new SuzhouRegistry();
  private final Clustergov gov = registry.gov;

  private SuspendOrganization.Command suspend(PromotionOrganization o, long version, String reason) {
    return new SuspendOrganization.Command(o.id(), OptionalLong.of(version), registry.authority.id(), reason);
  }

  @Test
  void its_own_authority_suspends_a_recognised_po_recording_one_OrganizationSuspended_event() {
    PromotionOrganization o = registry.recognised();

    var appended = registry.appendedBy(() -> gov.suspendOrganization().handle(suspend(o, o.version(), "限期整改")));

    assertThat(appended.value().stage()).isEqualTo(LifecycleStage.SUSPENDED);
    assertThat(appended.value().version()).isEqualTo(o.version() + 1);
    var event = appended.majorMatter().event();
    assertThat(event.type()).isEqualTo("OrganizationSuspended");
    assertThat(event.aggregateId()).isEqualTo(o.id().value());
    assertThat(event.data()).containsEntry("from", "RECOGNISED").containsEntry("to", "SUSPENDED")
        .containsEntry("authority", registry.authority.id().value()).containsEntry("reason", "限期整改");
  }

  @Test
  void a_blank_reason_is_malformed() {
    PromotionOrganization o = registry.recognised();

    assertThat(registry.malformed(() -> gov.suspendOrganization().handle(suspend(o, o.version(), " "))))
        .containsExactly("reason:required");
  }

  @Test
  void another_citys_authority_may_not_suspend_it_citing_Art26() {
    PromotionOrganization o = registry.recognised();

    var findings = registry.rejected(() -> gov.suspendOrganization().handle(
        new SuspendOrganization.Command(o.id(), OptionalLong.of(o.version()), registry.wuxi.id(), "越权")));

    assertThat(cited(findings)).containsExactly("A26-own-authority Art.26 Art.6");
  }

  @Test
  void a_po_that_was_never_recognised_cannot_be_suspended() {
    PromotionOrganization o = registry.established();

    var findings = registry.rejected(() -> gov.suspendOrganization().handle(suspend(o, o.version(), "限期整改")));

    assertThat(cited(findings)).containsExactly("A6-lifecycle Art.6");
  }

  @Test
  void an_unknown_po_is_not_found() {
    var refusal = registry.refused(() -> gov.suspendOrganization().handle(new SuspendOrganization.Command(
        new OrganizationId("org-999999"), OptionalLong.empty(), registry.authority.id(), "限期整改")));

    assertThat(refusal).isEqualTo(new Refusal.NotFound("organization", "org-999999"));
  }

  @Test
  void a_stale_version_is_a_conflict() {
    PromotionOrganization o = registry.recognised();

    var refusal = registry.refused(() -> gov.suspendOrganization().handle(suspend(o, o.version() - 1, "限期整改")));

    assertThat(refusal).isEqualTo(new Refusal.Conflict("PromotionOrganization", o.id().value(), o.version() - 1, o.version()));
  }
}
