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
    var ports = new InMemoryClustergov().ports();
    Clustergov gov = Clustergov.using(ports);
    new Demo(ports).load();
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
    var first = new Demo(memory.ports()).load();
    var before = memory.snapshot();
    var second = new Demo(memory.ports()).load();
    assertThat(second).isEqualTo(first);
    assertThat(memory.snapshot()).isEqualTo(before);
  }

  /**
   * The seven named POs (the README's ids) name the chair of their council as legal representative (法定代表人), and their
   * days are plausible: established about 30 days after the proposal, recognised after that, a status changed later still,
   * not all on one day; one dissolved while proposed reads 已终止筹建, never 已注销 (Guard A6-lifecycle).
   */
  @Test
  void the_named_pos_name_a_legal_representative_and_their_days_follow_one_another() {
    InMemoryClustergov memory = new InMemoryClustergov();
    Clustergov gov = Clustergov.using(memory.ports());
    new Demo(memory.ports()).load();
    java.time.LocalDate today = memory.ports().clock().today();
    var pos = gov.queries().organizations(OrganizationQuery.all(500));
    assertThat(pos).hasSize(7);
    Set<java.time.LocalDate> days = new java.util.TreeSet<>();
    for (var o : pos) {
      var chair = o.governance().in(dev.clustergov.core.governance.Layer.MANAGEMENT).get(0).seats().stream()
          .filter(seat -> seat.role() == dev.clustergov.core.governance.SeatRole.CHAIR).findFirst().orElseThrow().person();
      assertThat(o.legalRepresentative()).as(o.name()).contains(chair);
      assertThat(o.proposedOn()).as(o.name()).isBefore(today);
      days.add(o.proposedOn());
      o.establishedOn().ifPresent(e -> {
        assertThat(java.time.temporal.ChronoUnit.DAYS.between(o.proposedOn(), e)).as(o.name()).isBetween(25L, 40L);
        days.add(e);
      });
      o.recognisedOn().ifPresent(r -> {
        assertThat(r).as(o.name()).isAfter(o.establishedOn().orElseThrow());
        days.add(r);
      });
      o.stageChangedOn().ifPresent(c -> {
        assertThat(c).as(o.name()).isAfter(o.recognisedOn().orElse(o.proposedOn())).isBefore(today);
        days.add(c);
      });
      if (o.stage() == LifecycleStage.DISSOLVED) {
        assertThat(o.establishedOn()).as(o.name()).isEmpty();
        assertThat(o.stageLabel().zh()).as(o.name()).isEqualTo("已终止筹建");
      }
    }
    assertThat(days).as("the days of the named set").hasSizeGreaterThan(10);
    assertThat(gov.queries().organization(new dev.clustergov.core.organization.OrganizationId("org-000001")).get().name())
        .isEqualTo("苏州市澄湖纳米新材料产业集群促进会");
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
          .isEqualTo("苏州市澄湖纳米新材料产业集群促进会");
      assertThat(gov.queries().clusters()).hasSize(10);
      long events = gov.queries().events(0, Integer.MAX_VALUE).size();
      assertThat(Demo.loadAll(storage.ports(), TINY)).contains("generated demo data: already there");
      assertThat(gov.queries().events(0, Integer.MAX_VALUE)).hasSize((int) events);
    }
  }
}
