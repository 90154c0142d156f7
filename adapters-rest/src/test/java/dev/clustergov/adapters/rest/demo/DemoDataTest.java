package dev.clustergov.adapters.rest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataTest {

  private static final String CHINESE_NAME = "[\\p{IsHan}]{2,4}";

  private final InMemoryClustergov memory = new InMemoryClustergov();
  private final Clustergov gov = Clustergov.using(memory.ports());

  private List<PromotionOrganization> organizations() {
    return gov.queries().organizations(OrganizationQuery.all(OrganizationQuery.MAX_LIMIT));
  }

  @Test
  void the_small_set_has_a_po_in_every_lifecycle_stage_in_real_cities() {
    DemoData.Created created = DemoData.generate(memory.ports(), DemoData.Size.SMALL, 7L);
    Set<LifecycleStage> stages = EnumSet.noneOf(LifecycleStage.class);
    organizations().forEach(o -> stages.add(o.stage()));
    assertThat(stages).containsExactlyInAnyOrder(LifecycleStage.values());
    Set<String> cities = DemoNames.CITIES.stream().map(DemoNames.City::code).collect(Collectors.toSet());
    // the four of the plan, and the cluster of the recognised one's city where other founders propose their PO (decision 0627)
    assertThat(gov.queries().clusters()).hasSize(5).allSatisfy(c -> assertThat(cities).contains(c.region().value()));
    assertThat(created.organizations()).hasSameSizeAs(organizations());
    assertThat(created.memberships()).isNotEmpty();
    assertThat(created.platforms()).isNotEmpty();
    assertThat(created.disclosures()).isNotEmpty();
    assertThat(created.disputes()).as("one settled by consultation, one the thin record left without (decision 0602)").hasSize(2);
    assertThat(created.ipAgreements()).hasSize(1);
    assertThat(created.inspections()).as("one an overdue finding behind the suspension").hasSize(3);
    assertThat(created.evaluations()).hasSize(2);
    assertThat(created.evaluators()).as("one per province").hasSize(4);
    assertThat(created.sanctions()).hasSize(1);
  }

  /** Each PO names its legal representative (法定代表人), the chair of its council, as the public page shows. */
  @Test
  void every_po_names_the_chair_of_its_council_as_its_legal_representative() {
    DemoData.generate(memory.ports(), DemoData.Size.SMALL, 7L);
    assertThat(organizations()).isNotEmpty().allSatisfy(o -> {
      var chair = o.governance().in(dev.clustergov.core.governance.Layer.MANAGEMENT).get(0).seats().stream()
          .filter(seat -> seat.role() == dev.clustergov.core.governance.SeatRole.CHAIR).findFirst().orElseThrow().person();
      assertThat(o.legalRepresentative()).as(o.name()).contains(chair);
    });
  }

  @Test
  void on_an_empty_registry_jiangsu_and_suzhou_are_authorities_2_and_3_as_the_readme_says() {
    DemoData.generate(memory.ports(), DemoData.Size.SMALL, 1L);
    assertThat(gov.queries().authorities()).extracting(a -> a.id().value() + " " + a.name()).startsWith(
        "authority-000001 工业和信息化部", "authority-000002 江苏省工业和信息化厅", "authority-000003 苏州市工业和信息化局");
  }

  /** The server's generated set, built once for the tests that only read it. */
  private static InMemoryClustergov demo;
  private static DemoData.Created demoCreated;

  private static synchronized Clustergov demo() {
    if (demo == null) {
      demo = new InMemoryClustergov();
      demoCreated = DemoData.generate(demo.ports(), DemoData.Size.DEMO, 2025L);
    }
    return Clustergov.using(demo.ports());
  }

  @Test
  void names_are_chinese_and_none_repeats_where_it_must_not() {
    Clustergov gov = demo();
    List<PromotionOrganization> all = gov.queries().organizations(OrganizationQuery.all(OrganizationQuery.MAX_LIMIT));
    assertThat(all.stream().map(PromotionOrganization::name).collect(Collectors.toSet())).hasSameSizeAs(all);
    assertThat(gov.queries().clusters().stream().map(c -> c.name()).collect(Collectors.toSet())).hasSameSizeAs(gov.queries().clusters())
        .hasSizeGreaterThan(12);
    for (PromotionOrganization o : all) {
      assertThat(o.name()).matches("\\p{IsHan}+市\\p{IsHan}+(产业集群)\\p{IsHan}+");
      Set<String> people = new HashSet<>();
      o.governance().bodies().forEach(b -> b.seats().forEach(s -> {
        assertThat(s.person().name()).matches(CHINESE_NAME);
        people.add(s.person().id().value() + "=" + s.person().name());
      }));
      // one name per person, one person per name
      assertThat(people.stream().map(p -> p.substring(p.indexOf('=') + 1)).collect(Collectors.toSet())).hasSameSizeAs(
          people.stream().map(p -> p.substring(0, p.indexOf('='))).collect(Collectors.toSet()));
      var members = gov.queries().memberships(o.id()).get();
      assertThat(members.stream().map(m -> m.name()).collect(Collectors.toSet())).hasSameSizeAs(members);
      assertThat(members).allSatisfy(m -> assertThat(m.name()).matches("[\\p{IsHan}（）0-9]+"));
    }
  }

  /**
   * Review item 14 (decision 0627): a cluster has one PO (Art.2, Art.6): no PO is proposed in a cluster while another PO of it
   * is recognised (or its recognition suspended); only after a revocation may founders start again.
   */
  @Test
  void no_po_is_proposed_in_a_cluster_whose_po_is_recognised() {
    Clustergov gov = demo();
    List<PromotionOrganization> all = organizations(gov);
    int extras = 0;
    for (PromotionOrganization o : all) {
      for (PromotionOrganization other : all) {
        if (other == o || !other.cluster().equals(o.cluster()) || other.recognisedOn().isEmpty()) {
          continue;
        }
        boolean revokedBefore = other.stage() == LifecycleStage.REVOKED && other.stageChangedOn().get().isBefore(o.proposedOn());
        assertThat(o.proposedOn().isBefore(other.recognisedOn().get()) || revokedBefore)
            .as(o.name() + " proposed on " + o.proposedOn() + " in the cluster of " + other.name() + ", recognised on "
                + other.recognisedOn().get() + " (" + other.stage() + ")").isTrue();
      }
      if (o.stage() == LifecycleStage.PROPOSED || o.stage() == LifecycleStage.ESTABLISHED) {
        extras++;
      }
    }
    assertThat(extras).as("POs being founded or established, waiting for recognition").isGreaterThanOrEqualTo(4);
  }

  private static List<PromotionOrganization> organizations(Clustergov gov) {
    return gov.queries().organizations(OrganizationQuery.all(OrganizationQuery.MAX_LIMIT));
  }

  @Test
  void the_same_seed_gives_the_same_registry_and_another_seed_another() {
    InMemoryClustergov other = new InMemoryClustergov();
    InMemoryClustergov third = new InMemoryClustergov();
    DemoData.generate(memory.ports(), DemoData.Size.SMALL, 42L);
    DemoData.generate(other.ports(), DemoData.Size.SMALL, 42L);
    DemoData.generate(third.ports(), DemoData.Size.SMALL, 43L);
    assertThat(other.snapshot()).isEqualTo(memory.snapshot());
    assertThat(names(third)).isNotEqualTo(names(memory));
  }

  private static Set<String> names(InMemoryClustergov m) {
    Set<String> names = new TreeSet<>();
    Clustergov.using(m.ports()).queries().organizations(OrganizationQuery.all(500))
        .forEach(o -> o.governance().bodies().forEach(b -> b.seats().forEach(s -> names.add(s.person().name()))));
    return names;
  }

  @Test
  void generating_the_same_set_again_writes_nothing() {
    DemoData.generate(memory.ports(), DemoData.Size.SMALL, 9L);
    var before = memory.snapshot();
    DemoData.Created again = DemoData.generate(memory.ports(), DemoData.Size.SMALL, 9L);
    assertThat(again.isEmpty()).isTrue();
    assertThat(memory.snapshot()).isEqualTo(before);
  }

  @Test
  void every_recognised_po_assesses_without_a_blocking_finding_but_the_one_under_a_rectification_order() {
    Clustergov gov = demo();
    assertThat(demoCreated.sanctions()).hasSize(1);
    int recognised = 0;
    for (PromotionOrganization o : gov.queries().organizations(OrganizationQuery.all(OrganizationQuery.MAX_LIMIT))) {
      if (o.stage() != LifecycleStage.RECOGNISED) {
        continue;
      }
      recognised++;
      List<Sanction> inForce = gov.queries().sanctions(o.id()).get().stream().filter(s -> s.liftedOn().isEmpty()).toList();
      List<Finding> blocking = gov.queries().compliance(o.id()).get().blockingFindings();
      if (inForce.isEmpty()) {
        assertThat(blocking).as(o.id() + " " + o.name() + ": " + blocking).isEmpty();
        // a year of services on every function item, with outcomes
        var activities = gov.queries().activities(o.id(), new dev.clustergov.core.finance.Period(o.proposedOn(), demo.clock().today())).get();
        assertThat(activities.stream().map(a -> a.item()).collect(Collectors.toSet())).hasSize(FunctionItem.all().size());
        assertThat(activities).anySatisfy(a -> assertThat(a.outcomes().isNone()).isFalse());
      } else {
        assertThat(blocking).extracting(Finding::rule).containsExactly("A25-rectification-overdue");
      }
    }
    assertThat(recognised).isGreaterThan(5);
  }

  /**
   * Review stop 27 item 9: each service activity's title is one written for the function item it is filed under (a series
   * of the PO's city and industry, numbered 第n期), not a title rotating past the items — so a 供需对接会 is never filed under
   * Art.19(4), nor a training under Art.22(2).
   */
  @Test
  void every_activity_is_titled_for_the_function_item_it_is_filed_under() {
    DemoData.generate(memory.ports(), DemoData.Size.SMALL, 7L);
    assertThat(DemoData.TITLES.keySet()).as("a list for every function item").isEqualTo(
        FunctionItem.all().toJavaList().stream().map(f -> f.citation().format()).collect(Collectors.toSet()));
    int checked = 0;
    for (PromotionOrganization o : organizations()) {
      var period = new dev.clustergov.core.finance.Period(o.proposedOn(), memory.clock().today());
      for (var a : gov.queries().activities(o.id(), period).get()) {
        checked++;
        String base = a.title().replaceFirst("（第\\d+期）$", "");
        assertThat(DemoData.TITLES.get(a.item().citation().format())).as(a.id() + " " + a.item().citation().format() + " “" + a.title() + "”")
            .anyMatch(base::endsWith);
      }
    }
    assertThat(checked).as("activities").isGreaterThanOrEqualTo(30);
  }
}
