package dev.clustergov.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.establishment.CheckEstablishment;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.establishment.AmendFoundingApplication;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.ComplianceReport;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import io.vavr.control.Either;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.organization.FounderKind;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.governance.Layer;

/**
 * Chapters 1–2 as a story: founders in the Suzhou nano-materials cluster set up a promotion
 * organisation, learn what Art.7–8 still ask of them, complete their application, establish the PO,
 * and have it recognised — by their own authority only (Art.6, Art.26).
 */
class EstablishmentScenarioTest {

  private final InMemoryClustergov memory = new InMemoryClustergov();
  private final Clustergov gov = Clustergov.using(memory.ports());

  private Cluster suzhouNano;
  private Authority suzhouBureau;
  private Authority wuxiBureau;

  @Test
  void founders_in_suzhou_establish_a_promotion_organisation_and_their_own_authority_recognises_it() {
    theClusterAndTheAuthoritiesAreRegistered();

    PromotionOrganization po = theFoundersPropose(anApplicationWithoutPartyArchivesOrExperts());
    assertThat(theFoundersAreTold(whatIsMissing(po))).containsExactly(
        "A7.1-party-organisation Art.7(1)",
        "A7.4-management-systems Art.7(4)",
        "A8.2-five-layers Art.8(2) Art.7(2)",
        "A8.2.5-advisory-body Art.8(2).5",
        "A8.2.5-expert-fields Art.8(2).5");

    assertThat(theFoundersAreTold(establishingIsRefused(po))).containsExactly(
        "A7.1-party-organisation Art.7(1)",
        "A7.4-management-systems Art.7(4)",
        "A8.2-five-layers Art.8(2) Art.7(2)",
        "A8.2.5-advisory-body Art.8(2).5",
        "A8.2.5-expert-fields Art.8(2).5");

    po = theFoundersCompleteTheirApplication(po);
    po = thePoIsEstablished(po);
    assertThat(po.stage()).isEqualTo(LifecycleStage.ESTABLISHED);

    assertThat(theFoundersAreTold(anotherCitysAuthorityTriesToRecognise(po))).containsExactly("A26-own-authority Art.26 Art.6");

    po = itsOwnAuthorityRecognises(po);
    assertThat(po.stage()).isEqualTo(LifecycleStage.RECOGNISED);
    assertThat(theFinalReport(po).clear()).isTrue();
    assertThat(theEventLog()).containsExactly("ClusterRegistered", "AuthorityRegistered", "AuthorityRegistered",
        "OrganizationProposed", "FoundingApplicationAmended", "OrganizationEstablished", "OrganizationRecognised");
  }

  // ---- the story's steps -------------------------------------------------------------------------

  private void theClusterAndTheAuthoritiesAreRegistered() {
    suzhouNano = accepted(gov.registerCluster().handle(
        new RegisterCluster.Command("苏州市恒岳纳米新材料集群", new RegionCode("320500"), "纳米新材料", ClusterLevel.MUNICIPAL, 600)));
    suzhouBureau = accepted(gov.registerAuthority().handle(new RegisterAuthority.Command("苏州市工业和信息化局", new RegionCode("320500"))));
    wuxiBureau = accepted(gov.registerAuthority().handle(new RegisterAuthority.Command("无锡市工业和信息化局", new RegionCode("320200"))));
  }

  /** A leading enterprise, a research institute and an industry association, with a first draft. */
  private FoundingApplication anApplicationWithoutPartyArchivesOrExperts() {
    FoundingApplication complete = theCompleteApplication();
    assertThat(complete.founders()).extracting(FoundingApplication.FounderInput::kind)
        .containsExactly(FounderKind.LEADING_ENTERPRISE, FounderKind.RESEARCH_INSTITUTION, FounderKind.SOCIAL_GROUP);
    return new FoundingApplication(complete.name(), complete.cluster(), complete.authority(), complete.guidingBody(),
        complete.founders(), complete.type(), complete.creditCode(), complete.charter(), null, complete.officeAddress(),
        complete.equipment(), complete.registeredCapital(), complete.staff(),
        complete.managementSystems().stream().filter(s -> s.kind() != ManagementSystemKind.ARCHIVES).toList(),
        complete.incomeSources(), complete.bankAccount(),
        complete.governance().stream().filter(b -> b.layer() != Layer.ADVISORY).toList());
  }

  private FoundingApplication theCompleteApplication() {
    FoundingApplication a = Fixtures.compliantApplication();
    return new FoundingApplication(a.name(), suzhouNano.id(), suzhouBureau.id(), a.guidingBody(),
        a.founders(), a.type(), a.creditCode(), a.charter(), a.partyOrganization(), a.officeAddress(), a.equipment(),
        a.registeredCapital(), a.staff(), a.managementSystems(), a.incomeSources(), a.bankAccount(), a.governance());
  }

  private PromotionOrganization theFoundersPropose(FoundingApplication application) {
    return accepted(gov.proposeOrganization().handle(new ProposeOrganization.Command(application)));
  }

  private List<Finding> whatIsMissing(PromotionOrganization po) {
    return accepted(gov.checkEstablishment().handle(new CheckEstablishment.Query(po.id()))).blockingFindings();
  }

  private List<Finding> establishingIsRefused(PromotionOrganization po) {
    return rejected(gov.establishOrganization().handle(
        new EstablishOrganization.Command(po.id(), OptionalLong.of(po.version()), Fixtures.PO_CODE)));
  }

  private PromotionOrganization theFoundersCompleteTheirApplication(PromotionOrganization po) {
    return accepted(gov.amendFoundingApplication().handle(
        new AmendFoundingApplication.Command(po.id(), OptionalLong.of(po.version()), theCompleteApplication())));
  }

  private PromotionOrganization thePoIsEstablished(PromotionOrganization po) {
    return accepted(gov.establishOrganization().handle(
        new EstablishOrganization.Command(po.id(), OptionalLong.of(po.version()), Fixtures.PO_CODE)));
  }

  private List<Finding> anotherCitysAuthorityTriesToRecognise(PromotionOrganization po) {
    return rejected(gov.recogniseOrganization().handle(
        new RecogniseOrganization.Command(po.id(), OptionalLong.of(po.version()), wuxiBureau.id())));
  }

  private PromotionOrganization itsOwnAuthorityRecognises(PromotionOrganization po) {
    return accepted(gov.recogniseOrganization().handle(
        new RecogniseOrganization.Command(po.id(), OptionalLong.of(po.version()), suzhouBureau.id())));
  }

  private ComplianceReport theFinalReport(PromotionOrganization po) {
    return accepted(gov.checkEstablishment().handle(new CheckEstablishment.Query(po.id())));
  }

  // ---- reading the outcome -----------------------------------------------------------------------

  /** Each finding as "rule Art.x(y)…", the way the founders would read it with the guideline at hand. */
  private static List<String> theFoundersAreTold(List<Finding> findings) {
    return findings.stream()
        .map(f -> f.rule() + " " + String.join(" ", f.citations().stream().map(Citation::format).toList()))
        .toList();
  }

  private List<String> theEventLog() {
    return memory.events().read(0, 100).stream().map(e -> e.event().type()).toList();
  }

  private static <T> T accepted(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("accepted, but: %s", result.isLeft() ? result.getLeft() : null).isTrue();
    return result.get();
  }

  /** A rejection by the guideline that wrote nothing. */
  private List<Finding> rejected(Either<Refusal, ?> result) {
    assertThat(result.isLeft()).as("rejected, but was accepted").isTrue();
    assertThat(result.getLeft()).isInstanceOf(Refusal.Rejected.class);
    return ((Refusal.Rejected) result.getLeft()).rejection().findings();
  }
}
