package dev.clustergov.core.application;

import dev.clustergov.core.application.general.ReinstateOrganization;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ReinstateOrganizationTest {

  private final SuzhouRegistry registry = new SuzhouRegistry();
  private final Clustergov gov = registry.gov;

  private ReinstateOrganization.Command reinstate(PromotionOrganization o, long version, String reason) {
    return new ReinstateOrganization.Command(o.id(), OptionalLong.of(version), registry.authority.id(), reason);
  }

  @Test
  void its_own_authority_reinstates_a_suspended_po_recording_one_OrganizationReinstated_event() {
    PromotionOrganization o = registry.suspended();

    var appended = registry.appendedBy(() -> gov.reinstateOrganization().handle(reinstate(o, o.version(), "整改完成")));

    assertThat(appended.value().stage()).isEqualTo(LifecycleStage.RECOGNISED);
    assertThat(appended.value().version()).isEqualTo(o.version() + 1);
    var event = appended.majorMatter().event();
    assertThat(event.type()).isEqualTo("OrganizationReinstated");
    assertThat(event.data()).containsEntry("from", "SUSPENDED").containsEntry("to", "RECOGNISED")
        .containsEntry("authority", registry.authority.id().value()).containsEntry("reason", "整改完成");
  }

  @Test
  void a_blank_reason_is_malformed() {
    PromotionOrganization o = registry.suspended();

    assertThat(registry.malformed(() -> gov.reinstateOrganization().handle(reinstate(o, o.version(), null))))
        .containsExactly("reason:required");
  }

  @Test
  void another_citys_authority_may_not_reinstate_it_citing_Art26() {
    PromotionOrganization o = registry.suspended();

    var findings = registry.rejected(() -> gov.reinstateOrganization().handle(
        new ReinstateOrganization.Command(o.id(), OptionalLong.of(o.version()), registry.wuxi.id(), "整改完成")));

    assertThat(cited(findings)).containsExactly("A26-own-authority Art.26 Art.6");
  }

  @Test
  void a_po_that_is_not_suspended_cannot_be_reinstated() {
    PromotionOrganization o = registry.recognised();

    var findings = registry.rejected(() -> gov.reinstateOrganization().handle(reinstate(o, o.version(), "整改完成")));

    assertThat(cited(findings)).containsExactly("A6-lifecycle Art.6");
  }

  @Test
  void reinstating_cannot_stand_in_for_recognising_an_established_po() {
    PromotionOrganization o = registry.established();

    var findings = registry.rejected(() -> gov.reinstateOrganization().handle(reinstate(o, o.version(), "整改完成")));

    assertThat(cited(findings)).containsExactly("A6-lifecycle Art.6");
  }

  @Test
  void an_unknown_po_is_not_found() {
    var refusal = registry.refused(() -> gov.reinstateOrganization().handle(new ReinstateOrganization.Command(
        new OrganizationId("org-999999"), OptionalLong.empty(), registry.authority.id(), "整改完成")));

    assertThat(refusal).isEqualTo(new Refusal.NotFound("organization", "org-999999"));
  }

  @Test
  void a_stale_version_is_a_conflict() {
    PromotionOrganization o = registry.suspended();

    var refusal = registry.refused(() -> gov.reinstateOrganization().handle(reinstate(o, o.version() - 1, "整改完成")));

    assertThat(refusal).isInstanceOf(Refusal.Conflict.class);
  }
}
