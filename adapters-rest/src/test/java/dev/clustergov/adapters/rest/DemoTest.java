package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.adapters.rest.demo.DemoData;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 5, unit = TimeUnit.MINUTES) // a server over HTTP
class DemoTest {

  @Test
  void the_demo_has_clusters_in_five_provinces_and_pos_in_every_lifecycle_stage() {
    Clustergov gov = Clustergov.using(new InMemoryClustergov().ports());
    new Demo(gov).load();
    Set<String> provinces = new java.util.TreeSet<>();
    gov.queries().clusters().forEach(c -> provinces.add(c.region().value().substring(0, 2)));
    assertThat(provinces).containsExactlyInAnyOrder("32", "44", "34", "43", "61");
    Set<LifecycleStage> stages = EnumSet.noneOf(LifecycleStage.class);
    gov.queries().organizations(OrganizationQuery.all(500)).forEach(o -> stages.add(o.stage()));
    assertThat(stages).containsExactlyInAnyOrder(LifecycleStage.values());
  }

  @Test
  void loading_the_demo_again_changes_nothing() {
    InMemoryClustergov memory = new InMemoryClustergov();
    Clustergov gov = Clustergov.using(memory.ports());
    var first = new Demo(gov).load();
    var before = memory.snapshot();
    var second = new Demo(gov).load();
    assertThat(second).isEqualTo(first);
    assertThat(memory.snapshot()).isEqualTo(before);
  }

  /** Every fate, few members and activities: what the H2 test needs, and quick on a busy machine. */
  private static final DemoData.Size TINY = new DemoData.Size(4, 0, 3, 6);

  @Test
  void the_servers_demo_keeps_the_readme_ids_adds_a_generated_set_and_loads_once_on_h2() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("clustergov-demo-h2-");
    try (Storage storage = Storage.h2(dir)) {
      Clustergov gov = Clustergov.using(storage.ports());
      Demo.bootstrap(gov);
      String first = Demo.loadAll(storage.ports(), TINY);
      assertThat(first).contains("generated demo data: ").contains("4 clusters");
      assertThat(gov.queries().authority(new dev.clustergov.core.supervision.AuthorityId("authority-000002")).get().name())
          .isEqualTo("江苏省工业和信息化厅");
      assertThat(gov.queries().authority(new dev.clustergov.core.supervision.AuthorityId("authority-000003")).get().name())
          .isEqualTo("苏州市工业和信息化局");
      assertThat(gov.queries().cluster(new dev.clustergov.core.cluster.ClusterId("cluster-000006")).get().name())
          .as("the README's founding-application.json names it").isEqualTo("苏州市澄湖生物医药及高端医疗器械集群");
      assertThat(gov.queries().organization(new dev.clustergov.core.organization.OrganizationId("org-000001")).get().name())
          .isEqualTo("苏州市纳米新材料产业集群促进会");
      assertThat(gov.queries().clusters()).hasSize(10);
      long events = gov.queries().events(0, Integer.MAX_VALUE).size();
      assertThat(Demo.loadAll(storage.ports(), TINY)).contains("generated demo data: already there");
      assertThat(gov.queries().events(0, Integer.MAX_VALUE)).hasSize((int) events);
    }
  }
}
