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

class PublishPolicyPackTest {

  private final SuzhouRegistry registry = new SuzhouRegistry();
  private final Clustergov gov = registry.gov;

  private PublishPolicyPack.Command pack(AuthorityId by, String from, Integer version, Map<String, String> values) {
    return new PublishPolicyPack.Command(by, from, version, "苏州市集群促进组织政策", "Suzhou cluster PO policy", values);
  }

  @Test
  void an_authority_publishes_a_dated_versioned_pack_for_its_jurisdiction_with_one_event() {
    var appended = registry.appendedBy(() -> gov.publishPolicyPack().handle(
        pack(registry.authority.id(), "2025-01-01", 1, Map.of("cluster.maxRecognisedOrganizations", "2"))));

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
        registry.authority.id(), "2025-13-01", 0, " ", null, Map.of()))))
        .containsExactly("effectiveFrom:date", "version:range", "titleZh:required", "titleEn:required");
  }

  @Test
  void every_bad_value_is_listed() {
    var violations = registry.malformed(() -> gov.publishPolicyPack().handle(pack(registry.authority.id(), "2025-01-01", 1,
        Map.of("cluster.maxRecognisedOrganizations", "0", "advisory.minimumExpertFields", "many"))));

    assertThat(violations).hasSize(2);
  }

  @Test
  void a_version_already_taken_with_other_values_is_malformed() {
    registry.accepted(gov.publishPolicyPack().handle(pack(registry.authority.id(), "2025-01-01", 1,
        Map.of("cluster.maxRecognisedOrganizations", "2"))));

    assertThat(registry.malformed(() -> gov.publishPolicyPack().handle(pack(registry.authority.id(), "2025-01-01", 1,
        Map.of("cluster.maxRecognisedOrganizations", "3"))))).contains("version:version-taken");
  }

  @Test
  void the_same_pack_published_twice_is_a_conflict() {
    var command = pack(registry.authority.id(), "2025-01-01", 1, Map.of("cluster.maxRecognisedOrganizations", "2"));
    registry.accepted(gov.publishPolicyPack().handle(command));

    assertThat(registry.refused(() -> gov.publishPolicyPack().handle(command))).isInstanceOf(Refusal.Conflict.class);
  }

  @Test
  void a_national_authority_does_not_publish_local_packs_citing_Art30() {
    var ministry = registry.accepted(gov.registerAuthority().handle(new RegisterAuthority.Command("工业和信息化部", "000000")));

    assertThat(cited(registry.rejected(() -> gov.publishPolicyPack().handle(pack(ministry.id(), "2025-01-01", 1, Map.of())))))
        .containsExactly("A30-local-policy Art.30");
  }

  @Test
  void an_unknown_authority_is_not_found() {
    assertThat(registry.refused(() -> gov.publishPolicyPack().handle(pack(SuzhouRegistry.unknownAuthority(), "2025-01-01", 1, Map.of()))))
        .isEqualTo(new Refusal.NotFound("authority", "authority-999999"));
  }
}
