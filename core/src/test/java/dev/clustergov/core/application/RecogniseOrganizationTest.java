package dev.clustergov.core.application;

import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.supervision.PublishPolicyPack;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static dev.clustergov.core.application.SuzhouRegistry.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.AuthorityId;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.organization.CreditCode;

class RecogniseOrganizationTest {

  private final SuzhouRegistry registry = new SuzhouRegistry();
  private final Clustergov gov = registry.gov;

  private RecogniseOrganization.Command recognise(PromotionOrganization o, AuthorityId by) {
    return new RecogniseOrganization.Command(o.id(), OptionalLong.of(o.version()), by);
  }

  /** A second PO in the same cluster, with another name. */
  private PromotionOrganization secondEstablished() {
    // a second PO with its own name and its own account (Art.12)
    return registry.establish(registry.propose(registry.application(d -> {
      d.name = "苏州市纳米新材料产业创新联盟";
      d.bankAccount = new dev.clustergov.core.application.establishment.FoundingApplication.BankInput(d.name, "32250199883600009999", "澄信银行苏州分行");
    })));
  }

  @Test
  void its_own_authority_recognises_an_established_po_with_one_event() {
    PromotionOrganization o = registry.established();

    var appended = registry.appendedBy(() -> gov.recogniseOrganization().handle(recognise(o, registry.authority.id())));

    assertThat(appended.value().stage()).isEqualTo(LifecycleStage.RECOGNISED);
    assertThat(appended.value().recognisedOn()).contains(registry.memory.clock().today());
    assertThat(appended.value().version()).isEqualTo(o.version() + 1);
    var event = appended.only().event();
    assertThat(event.type()).isEqualTo("OrganizationRecognised");
    assertThat(event.data()).containsEntry("authority", registry.authority.id().value())
        .containsEntry("from", "ESTABLISHED").containsEntry("to", "RECOGNISED");
  }

  @Test
  void another_citys_authority_is_refused_citing_Art26() {
    PromotionOrganization o = registry.established();

    assertThat(cited(registry.rejected(() -> gov.recogniseOrganization().handle(recognise(o, registry.wuxi.id())))))
        .containsExactly("A26-own-authority Art.26 Art.6");
  }

  @Test
  void a_po_without_a_credit_code_is_not_yet_a_legal_person_and_cannot_be_recognised() {
    PromotionOrganization o = registry.accepted(gov.establishOrganization().handle(
        new EstablishOrganization.Command(registry.proposed().id(), OptionalLong.empty(), null)));

    assertThat(cited(registry.rejected(() -> gov.recogniseOrganization().handle(recognise(o, registry.authority.id())))))
        .containsExactly("A2-legal-person Art.2");
  }

  @Test
  void a_proposed_po_by_the_wrong_authority_gets_every_blocking_finding_at_once() {
    PromotionOrganization o = registry.proposed();

    assertThat(ruleIds(registry.rejected(() -> gov.recogniseOrganization().handle(recognise(o, registry.wuxi.id())))))
        .containsExactlyInAnyOrder("A26-own-authority", "A6-lifecycle", "A2-legal-person");
  }

  @Test
  void a_second_po_in_the_same_cluster_is_refused_under_the_national_baseline() {
    registry.recognised();
    PromotionOrganization second = secondEstablished();

    assertThat(cited(registry.rejected(() -> gov.recogniseOrganization().handle(recognise(second, registry.authority.id())))))
        .containsExactly("A2-one-recognised-per-cluster Art.2");
  }

  /** Decision 0630: the refusal names the PO that holds the cluster's place, by its name in both languages, not by its id. */
  @Test
  void the_refusal_names_the_po_that_holds_the_clusters_place() {
    PromotionOrganization first = registry.recognised();
    PromotionOrganization second = secondEstablished();

    var evidence = registry.rejected(() -> gov.recogniseOrganization().handle(recognise(second, registry.authority.id()))).get(0).evidence();
    assertThat(evidence).extracting(e -> e.line().zh()).contains("同一集群已认定的其他集群发展促进组织数：1（“" + first.name() + "”）");
    assertThat(evidence).extracting(e -> e.line().en()).contains("other recognised POs of the same cluster: 1 (“" + first.name() + "”)");
    assertThat(evidence).extracting(e -> e.line().zh() + e.line().en()).noneMatch(l -> l.contains(first.id().value()));
  }

  @Test
  void a_suspended_po_keeps_the_clusters_place_so_a_second_is_refused_while_it_is_suspended() {
    registry.suspended();
    PromotionOrganization second = secondEstablished();

    assertThat(cited(registry.rejected(() -> gov.recogniseOrganization().handle(recognise(second, registry.authority.id())))))
        .containsExactly("A2-one-recognised-per-cluster Art.2");
  }

  @Test
  void a_second_po_in_the_same_cluster_is_recognised_where_the_local_pack_allows_two() {
    registry.recognised();
    PromotionOrganization second = secondEstablished();
    registry.accepted(gov.publishPolicyPack().handle(new PublishPolicyPack.Command(registry.authority.id(), java.time.LocalDate.of(2025, 1, 1), 1,
        "苏州市集群促进组织政策", "Suzhou cluster PO policy", Map.of("cluster.maxRecognisedOrganizations", "2"))));

    var recognised = registry.accepted(gov.recogniseOrganization().handle(recognise(second, registry.authority.id())));

    assertThat(recognised.stage()).isEqualTo(LifecycleStage.RECOGNISED);
  }

  @Test
  void recognising_cannot_stand_in_for_reinstating_a_suspended_po() {
    PromotionOrganization o = registry.suspended();

    assertThat(cited(registry.rejected(() -> gov.recogniseOrganization().handle(recognise(o, registry.authority.id())))))
        .containsExactly("A6-lifecycle Art.6");
  }

  @Test
  void an_unknown_po_is_not_found() {
    assertThat(registry.refused(() -> gov.recogniseOrganization().handle(new RecogniseOrganization.Command(
        new OrganizationId("org-999999"), OptionalLong.empty(), registry.authority.id()))))
        .isEqualTo(new Refusal.NotFound("organization", "org-999999"));
  }

  @Test
  void a_stale_version_is_a_conflict() {
    PromotionOrganization o = registry.established();

    assertThat(registry.refused(() -> gov.recogniseOrganization().handle(
        new RecogniseOrganization.Command(o.id(), OptionalLong.of(1), registry.authority.id()))))
        .isEqualTo(new Refusal.Conflict("PromotionOrganization", o.id().value(), 1, 2));
  }
}
