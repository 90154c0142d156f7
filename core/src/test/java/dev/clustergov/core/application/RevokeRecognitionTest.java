package dev.clustergov.core.application;

import dev.clustergov.core.application.general.RevokeRecognition;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RevokeRecognitionTest {

  private final SuzhouRegistry registry = new SuzhouRegistry();
  private final Clustergov gov = registry.gov;

  private RevokeRecognition.Command revoke(PromotionOrganization o, long version, String reason) {
    return new RevokeRecognition.Command(o.id(), OptionalLong.of(version), registry.authority.id(), reason);
  }

  @Test
  void its_own_authority_revokes_a_recognised_po_recording_one_RecognitionRevoked_event() {
    PromotionOrganization o = registry.recognised();

    var appended = registry.appendedBy(() -> gov.revokeRecognition().handle(revoke(o, o.version(), "严重违规")));

    assertThat(appended.value().stage()).isEqualTo(LifecycleStage.REVOKED);
    assertThat(appended.value().version()).isEqualTo(o.version() + 1);
    var event = appended.majorMatter().event();
    assertThat(event.type()).isEqualTo("RecognitionRevoked");
    assertThat(event.data()).containsEntry("from", "RECOGNISED").containsEntry("to", "REVOKED")
        .containsEntry("authority", registry.authority.id().value()).containsEntry("reason", "严重违规");
  }

  @Test
  void a_suspended_po_can_be_revoked() {
    PromotionOrganization o = registry.suspended();

    var appended = registry.appendedBy(() -> gov.revokeRecognition().handle(revoke(o, o.version(), "整改不到位")));

    assertThat(appended.value().stage()).isEqualTo(LifecycleStage.REVOKED);
    assertThat(appended.types()).containsExactly("RecognitionRevoked", "DisclosureObligationArisen");
  }

  @Test
  void a_blank_reason_is_malformed() {
    PromotionOrganization o = registry.recognised();

    assertThat(registry.malformed(() -> gov.revokeRecognition().handle(revoke(o, o.version(), "")))).containsExactly("reason:required");
  }

  @Test
  void another_citys_authority_may_not_revoke_it_citing_Art26() {
    PromotionOrganization o = registry.recognised();

    var findings = registry.rejected(() -> gov.revokeRecognition().handle(
        new RevokeRecognition.Command(o.id(), OptionalLong.of(o.version()), registry.wuxi.id(), "越权")));

    assertThat(cited(findings)).containsExactly("A26-own-authority Art.26 Art.6");
  }

  @Test
  void a_po_that_was_never_recognised_has_no_recognition_to_revoke() {
    PromotionOrganization o = registry.established();

    assertThat(cited(registry.rejected(() -> gov.revokeRecognition().handle(revoke(o, o.version(), "严重违规")))))
        .containsExactly("A6-lifecycle Art.6");
  }

  @Test
  void an_unknown_po_is_not_found() {
    var refusal = registry.refused(() -> gov.revokeRecognition().handle(new RevokeRecognition.Command(
        new OrganizationId("org-999999"), OptionalLong.empty(), registry.authority.id(), "严重违规")));

    assertThat(refusal).isInstanceOf(Refusal.NotFound.class);
  }

  @Test
  void a_stale_version_is_a_conflict() {
    PromotionOrganization o = registry.recognised();

    assertThat(registry.refused(() -> gov.revokeRecognition().handle(revoke(o, 1, "严重违规")))).isInstanceOf(Refusal.Conflict.class);
  }
}
