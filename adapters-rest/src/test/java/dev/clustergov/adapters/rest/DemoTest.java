package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

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
}
