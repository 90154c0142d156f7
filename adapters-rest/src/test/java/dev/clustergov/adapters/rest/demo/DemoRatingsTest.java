package dev.clustergov.adapters.rest.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.Explanation;
import dev.clustergov.core.supervision.IndicatorScore;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Issue 20 item 3: the server's {@code --demo} reads as a real province's set could (演示数据的评价等级与成员单位). Its rated POs are
 * not all 银标: the ratings the library computes from each PO's records (RecordEvaluation, the evaluation engine over the
 * baseline's indicators and gates, Art.28) spread over 金标, 银标 and 铜标, and a rating is withheld (未评定等级) only where a
 * clause requires it — a blocking finding or a sanction in force (Art.25, Art.29). And the named POs the README lists have
 * member units (成员单位, Art.17) and disclosures (信息披露, Art.14) dated within their story.
 */
class DemoRatingsTest {

  private static InMemoryClustergov memory;
  private static Map<String, String> named;

  /** What {@code --demo} loads (the named set, then the generated DEMO set), once for the tests that only read it. */
  private static synchronized Clustergov demo() {
    if (memory == null) {
      memory = new InMemoryClustergov();
      Demo.loadAll(memory.ports(), DemoData.Size.DEMO);
      named = new Demo(memory.ports()).load(); // idempotent: the ids of the named set, nothing written
    }
    return Clustergov.using(memory.ports());
  }

  @Test
  void the_rated_pos_spread_over_gold_silver_and_bronze_and_a_rating_is_withheld_only_for_a_clause() {
    Clustergov gov = demo();
    Map<Rating, List<String>> spread = new EnumMap<>(Rating.class);
    for (PromotionOrganization o : gov.queries().organizations(OrganizationQuery.all(OrganizationQuery.MAX_LIMIT))) {
      List<Evaluation> evaluations = gov.queries().evaluations(o.id()).get();
      if (evaluations.isEmpty()) {
        continue;
      }
      Evaluation latest = evaluations.stream().max(Comparator.comparing(Evaluation::evaluatedOn)).orElseThrow();
      spread.computeIfAbsent(latest.rating(), r -> new ArrayList<>()).add(o.id().value() + " " + latest.totalPercent());
      List<Explanation.Kind> why = latest.trace().orElseThrow().nodes().stream().map(Explanation::kind).toList();
      if (latest.rating() == Rating.NONE) {
        // withheld: a finding against a binding requirement or a sanction in force stands, and the trace says which
        assertThat(why).as(o.id() + " rated 未评定等级 without a finding or a sanction").containsAnyOf(Explanation.Kind.FINDING,
            Explanation.Kind.SANCTION);
      } else {
        assertThat(why).as(o.id() + " rated " + latest.rating() + " with a finding or sanction").doesNotContain(
            Explanation.Kind.FINDING, Explanation.Kind.SANCTION);
      }
      if (latest.rating() == Rating.GOLD) {
        assertThat(latest.scores()).as(o.id() + ": gold with every indicator at its threshold").allMatch(IndicatorScore::atThreshold);
      }
    }
    System.out.println("DEMO RATINGS: " + spread);
    assertThat(spread).as("the demo's ratings, by rating").containsKeys(Rating.GOLD, Rating.SILVER, Rating.BRONZE, Rating.NONE);
    assertThat(spread.get(Rating.SILVER).size()).as("silver the most common, not the only one").isLessThan(
        spread.values().stream().mapToInt(List::size).sum() - 2);
  }

  @Test
  void every_named_po_that_was_established_has_member_units_and_disclosures_dated_within_its_story() {
    Clustergov gov = demo();
    LocalDate today = memory.clock().today();
    int established = 0;
    for (String id : named.values().stream().filter(v -> v.startsWith("org-")).toList()) {
      PromotionOrganization o = gov.queries().organization(new OrganizationId(id)).get();
      var members = gov.queries().memberships(o.id()).get();
      var disclosures = gov.queries().disclosures(o.id()).get();
      if (o.establishedOn().isEmpty()) {
        // a PO still being founded (or whose founding ended) discloses nothing and has no member units yet (Art.6, Art.14)
        assertThat(disclosures).as(o.name()).isEmpty();
        continue;
      }
      established++;
      LocalDate from = o.establishedOn().get();
      assertThat(members).as(o.name() + ": member units").hasSizeGreaterThanOrEqualTo(5).allSatisfy(m -> {
        assertThat(m.joinedOn()).as(o.name() + " " + m.name()).isAfterOrEqualTo(from).isBeforeOrEqualTo(today);
        assertThat(m.creditCode()).as(o.name() + " " + m.name()).isPresent();
      });
      assertThat(disclosures).as(o.name() + ": disclosures").isNotEmpty().allSatisfy(d ->
          assertThat(d.publishedOn()).as(o.name() + " " + d.title()).isAfterOrEqualTo(from).isBeforeOrEqualTo(today));
      // every major matter of the PO that fell due is disclosed (Art.14)
      assertThat(gov.queries().disclosureObligations(o.id()).get()).as(o.name() + ": major matters")
          .allSatisfy(ob -> assertThat(ob.fulfilledBy().isPresent() || ob.dueOn().isAfter(today)).as(ob.toString()).isTrue());
    }
    assertThat(established).as("the named POs that were established (recognised, suspended, established, revoked)").isEqualTo(4);
  }
}
