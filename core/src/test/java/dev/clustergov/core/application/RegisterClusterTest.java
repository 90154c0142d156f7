package dev.clustergov.core.application;

import dev.clustergov.core.application.general.RegisterCluster;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.kernel.RegionCode;

class RegisterClusterTest {

  private final InMemoryClustergov memory = new InMemoryClustergov();
  private final Clustergov gov = Clustergov.using(memory.ports());

  @Test
  void registers_a_cluster_with_a_generated_id_and_one_ClusterRegistered_event() {
    var result = gov.registerCluster().handle(new RegisterCluster.Command("苏州市恒岳纳米新材料集群", new RegionCode("320500"), "纳米新材料", ClusterLevel.MUNICIPAL, 600));

    var cluster = result.get();
    assertThat(cluster.id().value()).isEqualTo("cluster-000001");
    assertThat(cluster.level()).isEqualTo(ClusterLevel.MUNICIPAL);
    assertThat(cluster.version()).isEqualTo(1);
    var events = memory.events().read(0, 10);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).sequence()).isEqualTo(1);
    assertThat(events.get(0).event().type()).isEqualTo("ClusterRegistered");
    assertThat(events.get(0).event().data()).containsEntry("name", "苏州市恒岳纳米新材料集群").containsEntry("region", "320500")
        .containsEntry("level", "MUNICIPAL").containsEntry("enterprises", "600");
  }

  @Test
  void every_malformed_field_is_reported_at_once_and_nothing_is_written() {
    var before = memory.snapshot();

    var result = gov.registerCluster().handle(new RegisterCluster.Command(" ", null, null, null, -1));

    assertThat(result.getLeft()).isInstanceOf(Refusal.Malformed.class);
    assertThat(((Refusal.Malformed) result.getLeft()).violations()).extracting(v -> v.field() + ":" + v.code())
        .containsExactly("name:required", "region:required", "industry:required", "level:required", "enterprises:range");
    // a region code that is not one (region:region-code) and an unknown level (level:enum): EstablishmentFieldsTest
    assertThat(memory.snapshot()).isEqualTo(before);
  }
}
