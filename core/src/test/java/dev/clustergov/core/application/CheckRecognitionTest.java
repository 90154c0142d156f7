package dev.clustergov.core.application;

import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.establishment.CheckEstablishment;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.general.CheckRecognition;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.ComplianceReport;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** The recognition report (认定条件核查, Art.6): what recognition will ask, before the authority acts. */
class CheckRecognitionTest {

  private final SuzhouRegistry registry = new SuzhouRegistry();
  private final Clustergov gov = registry.gov;

  private ComplianceReport report(PromotionOrganization o) {
    return SuzhouRegistry.accepted(gov.checkRecognition().handle(new CheckRecognition.Query(o.id())));
  }

  private RecogniseOrganization.Command recognise(PromotionOrganization o) {
    return new RecogniseOrganization.Command(o.id(), OptionalLong.of(o.version()), registry.authority.id());
  }

  /** Established without a credit code, as the second PO of a cluster that has its one, and without Art.15's and Art.16's systems. */
  private PromotionOrganization establishedButNotRecognisable() {
    registry.recognised();
    var o = registry.propose(registry.application(d -> {
      d.name = "苏州市纳米新材料产业创新联盟";
      d.withoutSystem(ManagementSystemKind.DISPUTE_RESOLUTION);
      d.withoutSystem(ManagementSystemKind.IP_MANAGEMENT);
    }));
    return registry.accepted(gov.establishOrganization().handle(new EstablishOrganization.Command(o.id(), OptionalLong.empty(), null)));
  }

  @Test
  void a_po_recognition_will_refuse_is_told_exactly_the_findings_it_is_then_refused_with_and_the_report_writes_nothing() {
    var o = establishedButNotRecognisable();
    var before = registry.memory.snapshot();

    var report = report(o);

    assertThat(registry.memory.snapshot()).isEqualTo(before);
    assertThat(report.assessedFor()).isEqualTo(LifecycleStage.RECOGNISED);
    assertThat(cited(report.blockingFindings())).containsExactlyInAnyOrder("A2-legal-person Art.2",
        "A2-one-recognised-per-cluster Art.2", "A15-dispute-system Art.15", "A16-ip-system Art.16");
    assertThat(registry.rejected(() -> gov.recogniseOrganization().handle(recognise(o))))
        .containsExactlyElementsOf(report.blockingFindings());
  }

  @Test
  void a_proposed_po_whose_establishment_report_is_clear_sees_what_recognition_asks_beyond_it() {
    var o = registry.propose(registry.application(d -> d.withoutSystem(ManagementSystemKind.DISPUTE_RESOLUTION)));
    assertThat(SuzhouRegistry.accepted(gov.checkEstablishment().handle(new CheckEstablishment.Query(o.id()))).clear()).isTrue();

    assertThat(cited(report(o).blockingFindings())).containsExactlyInAnyOrder("A2-legal-person Art.2", "A15-dispute-system Art.15");
  }

  @Test
  void a_po_recognition_will_accept_gets_a_clear_report_and_is_then_recognised() {
    var o = registry.established();

    var report = report(o);

    assertThat(report.clear()).isTrue();
    assertThat(report.assessments()).isNotEmpty().allSatisfy(a -> assertThat(a.rule().clauses()).isNotEmpty());
    assertThat(SuzhouRegistry.accepted(gov.recogniseOrganization().handle(recognise(o))).stage()).isEqualTo(LifecycleStage.RECOGNISED);
  }

  @Test
  void an_unknown_po_is_not_found() {
    assertThat(gov.checkRecognition().handle(new CheckRecognition.Query(new OrganizationId("org-999999"))).getLeft())
        .isEqualTo(new Refusal.NotFound("organization", "org-999999"));
  }
}
