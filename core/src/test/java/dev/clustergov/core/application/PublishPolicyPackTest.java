package dev.clustergov.core.application;

import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.supervision.PublishPolicyPack;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.supervision.AuthorityId;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.kernel.RegionCode;

class PublishPolicyPackTest {

  private final SuzhouRegistry registry = new SuzhouRegistry();
  private final Clustergov gov = registry.gov;

  private PublishPolicyPack.Command pack(AuthorityId by, LocalDate from, Integer version, Map<String, String> values) {
    return new PublishPolicyPack.Command(by, from, version, "苏州市集群促进组织政策", "Suzhou cluster PO policy", values);
  }

  @Test
  void an_authority_publishes_a_dated_versioned_pack_for_its_jurisdiction_with_one_event() {
    var appended = registry.appendedBy(() -> gov.publishPolicyPack().handle(
        pack(registry.authority.id(), LocalDate.of(2025, 1, 1), 1, Map.of("cluster.maxRecognisedOrganizations", "2"))));

    var published = appended.value();
    assertThat(published.jurisdiction()).isEqualTo(registry.cluster.region());
    assertThat(published.effectiveFrom()).isEqualTo(LocalDate.of(2025, 1, 1));
    assertThat(published.version()).isEqualTo(1);
    var event = appended.only().event();
    assertThat(event.type()).isEqualTo("PolicyPackPublished");
    assertThat(event.aggregateId()).isEqualTo("320500@1");
    assertThat(event.data()).containsEntry("cluster.maxRecognisedOrganizations", "2").containsEntry("jurisdiction", "320500")
        .containsEntry("version", "1").containsEntry("effectiveFrom", "2025-01-01");
    assertThat(gov.queries().policyFor(registry.cluster.id(), LocalDate.of(2025, 3, 3)).get()
        .get(Parameters.CLUSTER_MAX_RECOGNISED_ORGANIZATIONS)).isEqualTo(2);
  }

  @Test
  void every_problem_with_the_header_is_listed() {
    assertThat(registry.malformed(() -> gov.publishPolicyPack().handle(new PublishPolicyPack.Command(
        registry.authority.id(), LocalDate.of(1900, 1, 1), 0, " ", null, Map.of()))))
        .containsExactly("effectiveFrom:date-range", "version:range", "titleZh:required", "titleEn:required");
    assertThat(registry.malformed(() -> gov.publishPolicyPack().handle(new PublishPolicyPack.Command(
        registry.authority.id(), null, 1, "x", "x", Map.of()))))
        .containsExactly("effectiveFrom:required");
  }

  @Test
  void every_bad_value_is_listed() {
    var violations = registry.malformed(() -> gov.publishPolicyPack().handle(pack(registry.authority.id(), LocalDate.of(2025, 1, 1), 1,
        Map.of("cluster.maxRecognisedOrganizations", "0", "advisory.minimumExpertFields", "many"))));

    assertThat(violations).hasSize(2);
  }

  @Test
  void a_version_already_taken_with_other_values_is_malformed() {
    registry.accepted(gov.publishPolicyPack().handle(pack(registry.authority.id(), LocalDate.of(2025, 1, 1), 1,
        Map.of("cluster.maxRecognisedOrganizations", "2"))));

    assertThat(registry.malformed(() -> gov.publishPolicyPack().handle(pack(registry.authority.id(), LocalDate.of(2025, 1, 1), 1,
        Map.of("cluster.maxRecognisedOrganizations", "3"))))).contains("version:version-taken");
  }

  @Test
  void the_same_pack_published_twice_is_a_conflict() {
    var command = pack(registry.authority.id(), LocalDate.of(2025, 1, 1), 1, Map.of("cluster.maxRecognisedOrganizations", "2"));
    registry.accepted(gov.publishPolicyPack().handle(command));

    assertThat(registry.refused(() -> gov.publishPolicyPack().handle(command))).isInstanceOf(Refusal.Conflict.class);
  }

  @Test
  void a_national_authority_does_not_publish_local_packs_citing_Art30() {
    var ministry = registry.accepted(gov.registerAuthority().handle(new RegisterAuthority.Command("工业和信息化部", new RegionCode("000000"))));

    assertThat(cited(registry.rejected(() -> gov.publishPolicyPack().handle(pack(ministry.id(), LocalDate.of(2025, 1, 1), 1, Map.of())))))
        .containsExactly("A30-local-policy Art.30");
  }

  @Test
  void an_unknown_authority_is_not_found() {
    assertThat(registry.refused(() -> gov.publishPolicyPack().handle(pack(SuzhouRegistry.unknownAuthority(), LocalDate.of(2025, 1, 1), 1, Map.of()))))
        .isEqualTo(new Refusal.NotFound("authority", "authority-999999"));
  }

  @Test
  void a_pack_whose_major_matters_name_recorded_event_types_is_published() {
    var published = registry.accepted(gov.publishPolicyPack().handle(pack(registry.authority.id(), LocalDate.of(2025, 1, 1), 1,
        Map.of("disclosure.majorMatters", "OrganizationSuspended,SeatAppointed.DECISION,IncentiveGranted"))));

    assertThat(published.values().get(Parameters.DISCLOSURE_MAJOR_MATTERS).get())
        .containsExactly("IncentiveGranted", "OrganizationSuspended", "SeatAppointed.DECISION");
  }

  @Test
  void a_major_matter_named_by_a_type_no_command_records_is_a_pack_problem_listed_with_the_others_citing_Art14() {
    var refusal = registry.refused(() -> gov.publishPolicyPack().handle(pack(registry.authority.id(), LocalDate.of(2025, 1, 1), 1,
        Map.of("disclosure.majorMatters", "OrganizationSuspended,OrganisationSuspended,SeatApointed.CHAIR",
            "cluster.maxRecognisedOrganizations", "0"))));

    assertThat(refusal).isInstanceOf(Refusal.Malformed.class);
    var violations = ((Refusal.Malformed) refusal).violations();
    assertThat(violations).extracting(v -> v.field() + ":" + v.code()).containsExactlyInAnyOrder(
        "cluster.maxRecognisedOrganizations:out-of-range", "disclosure.majorMatters:unknown-event-type",
        "disclosure.majorMatters:unknown-event-type");
    assertThat(violations).filteredOn(v -> v.code().equals("unknown-event-type"))
        .extracting(v -> v.en()).allSatisfy(en -> assertThat(en).contains("(Art.14)"))
        .anySatisfy(en -> assertThat(en).startsWith("'OrganisationSuspended' is not an event type"))
        .anySatisfy(en -> assertThat(en).startsWith("'SeatApointed.CHAIR' is not an event type"));
    assertThat(violations).filteredOn(v -> v.code().equals("unknown-event-type"))
        .extracting(v -> v.zh()).allSatisfy(zh -> assertThat(zh).contains("（第十四条）"));
  }

  @Test
  void a_major_matter_qualified_by_a_layer_or_role_its_events_never_carry_is_a_pack_problem_too() {
    // a misspelt role, a layer on an event that carries none, a reserved type with a qualifier: none would ever match
    // (SeatRemoved.EXPERT is a role seats carry, so it is no problem)
    var refusal = registry.refused(() -> gov.publishPolicyPack().handle(pack(registry.authority.id(), LocalDate.of(2025, 1, 1), 1,
        Map.of("disclosure.majorMatters", "SeatAppointed.CHIAR,OrganizationSuspended.DECISION,NameChanged.CHAIR,SeatRemoved.EXPERT"))));

    assertThat(refusal).isInstanceOf(Refusal.Malformed.class);
    var violations = ((Refusal.Malformed) refusal).violations();
    assertThat(violations).extracting(v -> v.field() + ":" + v.code()).containsExactly("disclosure.majorMatters:unknown-event-type",
        "disclosure.majorMatters:unknown-event-type", "disclosure.majorMatters:unknown-event-type");
    assertThat(violations).extracting(v -> v.en())
        .anySatisfy(en -> assertThat(en).startsWith("'SeatAppointed.CHIAR' qualifies the event type by a layer or role its events never carry"))
        .anySatisfy(en -> assertThat(en).startsWith("'OrganizationSuspended.DECISION' qualifies"))
        .anySatisfy(en -> assertThat(en).startsWith("'NameChanged.CHAIR' qualifies"))
        .allSatisfy(en -> assertThat(en).endsWith("(Art.14)"));
    assertThat(violations).extracting(v -> v.zh()).allSatisfy(zh -> assertThat(zh).endsWith("（第十四条）"));
    // the qualifiers seats and platforms carry are major matters a pack may name
    registry.accepted(gov.publishPolicyPack().handle(pack(registry.authority.id(), LocalDate.of(2025, 1, 1), 1,
        Map.of("disclosure.majorMatters", "SeatAppointed.EXPERT,SeatRemoved.SUPERVISION,PlatformRegistered"))));
  }

  @Test
  void an_unrecorded_major_matter_is_listed_with_the_problems_found_against_the_published_packs() {
    registry.accepted(gov.publishPolicyPack().handle(pack(registry.authority.id(), LocalDate.of(2025, 1, 1), 1,
        Map.of("cluster.maxRecognisedOrganizations", "2"))));

    assertThat(registry.malformed(() -> gov.publishPolicyPack().handle(pack(registry.authority.id(), LocalDate.of(2025, 1, 1), 1,
        Map.of("cluster.maxRecognisedOrganizations", "3", "disclosure.majorMatters", "NoSuchThingHappened")))))
        .containsExactlyInAnyOrder("version:version-taken", "disclosure.majorMatters:unknown-event-type");
  }
}
