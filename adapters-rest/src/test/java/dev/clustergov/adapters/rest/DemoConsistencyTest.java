package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.rest.demo.Demo;
import dev.clustergov.adapters.rest.demo.DemoData;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationKind;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.supervision.InspectionFinding;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The demo data (演示数据) tells a story a signer could put their name to (review notes/zh-review-stop26.md): each
 * suspension rests on a record behind it, each PO has its own legal representative, nothing of a PO is dated before it was
 * proposed, and every credit code is valid, fits the kind of body it names and is of the invented block no live body holds.
 */
class DemoConsistencyTest {

  private static InMemoryClustergov memory;

  /** The named set and the generated small set, loaded once for the tests that only read them. */
  private static synchronized Clustergov demo() {
    if (memory == null) {
      memory = new InMemoryClustergov();
      Demo.loadAll(memory.ports(), DemoData.Size.SMALL);
    }
    return Clustergov.using(memory.ports());
  }

  private static List<PromotionOrganization> organizations(Clustergov gov) {
    return gov.queries().organizations(OrganizationQuery.all(OrganizationQuery.MAX_LIMIT));
  }

  /** Item 1: no PO suspended for its evaluation without an evaluation that failed, nor for a finding without one overdue. */
  @Test
  void every_suspension_rests_on_a_record_that_supports_its_reason() {
    Clustergov gov = demo();
    Map<String, String> reasons = new HashMap<>();
    Pattern id = Pattern.compile("aggregateId=(\\S+)");
    Pattern reason = Pattern.compile("data\\.reason=(.*)");
    gov.queries().events(0, Integer.MAX_VALUE).forEach(r -> {
      String canonical = r.event().canonical();
      if (canonical.contains("type=OrganizationSuspended")) {
        Matcher i = id.matcher(canonical);
        Matcher m = reason.matcher(canonical);
        assertThat(i.find() && m.find()).as(canonical).isTrue();
        reasons.put(i.group(1), m.group(1));
      }
    });
    assertThat(reasons).as("the named set's and the generated set's suspended POs").hasSizeGreaterThanOrEqualTo(2);
    reasons.forEach((po, why) -> {
      var o = gov.queries().organization(new dev.clustergov.core.organization.OrganizationId(po)).get();
      LocalDate on = o.stageChangedOn().orElseThrow();
      boolean evaluationFailed = gov.queries().evaluations(o.id()).get().stream()
          .anyMatch(e -> !e.evaluatedOn().isAfter(on) && e.rating() == Rating.NONE);
      boolean findingOverdue = gov.queries().inspections(o.id()).get().stream().anyMatch(i -> !i.overdueOn(on).isEmpty());
      if (why.contains("评价")) {
        assertThat(evaluationFailed).as(po + " suspended on " + on + " for “" + why + "” without a failed evaluation").isTrue();
      } else {
        assertThat(why).as(po).contains("逾期未整改");
        assertThat(findingOverdue).as(po + " suspended on " + on + " for “" + why + "” without an overdue finding").isTrue();
      }
    });
  }

  /** Item 2: one legal representative (法定代表人) per PO, none of two. */
  @Test
  void no_one_is_the_legal_representative_of_two_pos() {
    Map<String, String> seen = new HashMap<>();
    for (PromotionOrganization o : organizations(demo())) {
      String name = o.legalRepresentative().orElseThrow().name();
      assertThat(seen.put(name, o.name())).as(name + " represents " + o.name() + " and " + seen.get(name)).isNull();
    }
    assertThat(seen).hasSizeGreaterThan(10);
  }

  /** Item 10: charter, Party organisation and systems are dated on or after the proposal and not after the establishment. */
  @Test
  void nothing_of_a_po_is_dated_before_it_was_proposed() {
    for (PromotionOrganization o : organizations(demo())) {
      List<LocalDate> dates = new ArrayList<>();
      o.charter().ifPresent(c -> dates.add(c.adoptedOn()));
      o.partyOrganization().ifPresent(p -> dates.add(p.setUpOn()));
      o.managementSystems().forEach(s -> dates.add(s.adoptedOn()));
      assertThat(dates).as(o.name()).isNotEmpty().allSatisfy(d -> {
        assertThat(d).as(o.name()).isAfterOrEqualTo(o.proposedOn());
        o.establishedOn().ifPresent(e -> assertThat(d).as(o.name()).isBeforeOrEqualTo(e));
      });
    }
  }

  /**
   * Item 4: a recognised PO of the generated set has published fee standards, income of the three kinds its application
   * names, and no annual report overdue (A14-annual-report-disclosed) — the indicators that pass rest on records.
   */
  @Test
  void a_recognised_po_has_fee_standards_income_and_no_annual_report_overdue() {
    Clustergov gov = demo();
    int checked = 0;
    for (PromotionOrganization o : organizations(gov)) {
      var stage = o.stage();
      if (stage != dev.clustergov.core.organization.LifecycleStage.RECOGNISED && stage != dev.clustergov.core.organization.LifecycleStage.SUSPENDED
          || o.name().startsWith("苏州市澄湖") || o.name().startsWith("深圳市岚峰")
          || o.name().startsWith("长沙市朗晴")) {
        continue; // the named set: member units (decision 0603) but no fee standards, dues or services
      }
      checked++;
      assertThat(gov.queries().feeSchedules(o.id()).get()).as(o.name()).hasSize(2);
      var income = gov.queries().income(o.id(), new dev.clustergov.core.finance.Period(o.proposedOn(), memory.clock().today())).get();
      assertThat(income.stream().map(e -> e.kind()).collect(java.util.stream.Collectors.toSet())).as(o.name())
          .containsExactlyInAnyOrderElementsOf(o.incomeSources());
      assertThat(gov.queries().compliance(o.id()).get().findings()).as(o.name())
          .noneMatch(f -> f.rule().equals("A14-annual-report-disclosed"));
    }
    assertThat(checked).isGreaterThanOrEqualTo(2);
  }

  /** Item 11: GB 32100 check character valid, type prefix that of the body, organisation code of the invented block. */
  @Test
  void every_credit_code_is_valid_fits_its_body_and_is_invented() {
    Clustergov gov = demo();
    List<String[]> codes = new ArrayList<>(); // code, the prefix the body needs, what it is
    for (PromotionOrganization o : organizations(gov)) {
      o.creditCode().ifPresent(c -> codes.add(new String[] {c.toString(),
          o.type().orElseThrow().kind() == OrganizationKind.SOCIAL_SERVICE_AGENCY ? "52" : "51", o.name()}));
      o.founders().forEach(f -> f.creditCode().ifPresent(c -> codes.add(new String[] {c.toString(), "91", f.name()})));
      gov.queries().memberships(o.id()).get().forEach(m -> m.creditCode().ifPresent(c -> codes.add(new String[] {c.toString(),
          m.kind() == MemberKind.UNIVERSITY || m.kind() == MemberKind.RESEARCH_INSTITUTE ? "12" : m.kind() == MemberKind.SOCIAL_GROUP ? "51" : "91",
          m.name()})));
    }
    gov.queries().evaluators().forEach(e -> codes.add(new String[] {e.creditCode().toString(), "91", e.name()}));
    // the OpenAPI and imports page examples an official reads
    Pattern code = Pattern.compile("(?<![0-9A-Z])[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[A-HJ-NPQRTUWXY]{2}[0-9A-HJ-NPQRTUWXY]{8}(?![0-9A-Z])"); // an organisation code that opens with letters (not an account number)
    for (var f : List.of(Examples.class.getDeclaredFields())) {
      if (f.getType() == String.class && java.lang.reflect.Modifier.isStatic(f.getModifiers())) {
        try {
          f.setAccessible(true);
          Matcher m = code.matcher((String) f.get(null));
          while (m.find()) {
            codes.add(new String[] {m.group(), m.group().startsWith("5") ? m.group().substring(0, 2) : "91", "Examples." + f.getName()});
          }
        } catch (IllegalAccessException e) {
          throw new AssertionError(e);
        }
      }
    }
    ImportRoutes.MEMBERS.forEach(c -> {
      Matcher m = code.matcher(c.toString());
      while (m.find()) {
        codes.add(new String[] {m.group(), "91", "the imports template"});
      }
    });
    assertThat(codes).hasSizeGreaterThan(30).allSatisfy(c -> {
      assertThat(CreditCode.parse(c[0]).isValid()).as(c[2] + " " + c[0]).isTrue();
      assertThat(c[0].substring(17)).as(c[2] + " " + c[0] + ": check character").isEqualTo(
          String.valueOf(CreditCode.checkCharacter(c[0].substring(0, 17))));
      assertThat(c[0]).as(c[2] + ": type prefix").startsWith(c[1]);
      // organisation codes of the block 000…: no live body's (those of 2015 on run MA1…, MA2…; decision 0615)
      assertThat(c[0].substring(8)).as(c[2] + " " + c[0] + ": organisation code").matches("(MA|MJ|PD)000.*");
    });
  }

  /** The reason of each OrganizationSuspended event, by the suspended PO's id. */
  private static Map<String, String> suspensionReasons(Clustergov gov) {
    Map<String, String> reasons = new HashMap<>();
    Pattern id = Pattern.compile("aggregateId=(\\S+)");
    Pattern reason = Pattern.compile("data\\.reason=(.*)");
    gov.queries().events(0, Integer.MAX_VALUE).forEach(r -> {
      String canonical = r.event().canonical();
      if (canonical.contains("type=OrganizationSuspended")) {
        Matcher i = id.matcher(canonical);
        Matcher m = reason.matcher(canonical);
        assertThat(i.find() && m.find()).as(canonical).isTrue();
        reasons.put(i.group(1), m.group(1));
      }
    });
    return reasons;
  }

  /** Every inspection finding of both sets, with the PO it was found at. */
  private static List<Map.Entry<PromotionOrganization, InspectionFinding>> findings(Clustergov gov) {
    List<Map.Entry<PromotionOrganization, InspectionFinding>> all = new ArrayList<>();
    for (PromotionOrganization o : organizations(gov)) {
      gov.queries().inspections(o.id()).get().forEach(i -> i.findings().forEach(f -> all.add(Map.entry(o, f))));
    }
    return all;
  }

  /**
   * Review stop 27 item 1: a finding that a disclosure was late rests on one the records show late (a major matter disclosed
   * after its due day, or still undisclosed past it, before the finding was noted), and the PO's compliance says so too.
   */
  @Test
  void a_finding_of_a_late_disclosure_rests_on_a_disclosure_the_records_show_late() {
    Clustergov gov = demo();
    int checked = 0;
    for (var e : findings(gov)) {
      PromotionOrganization o = e.getKey();
      InspectionFinding f = e.getValue();
      if (!f.description().contains("重大事项")) {
        continue;
      }
      checked++;
      assertThat(gov.queries().disclosureObligations(o.id()).get()).as(o.id() + " “" + f.description() + "”: a major matter late")
          .anyMatch(ob -> ob.dueOn().isBefore(f.notedOn()) && ob.fulfilledOn().map(d -> d.isAfter(ob.dueOn())).orElse(true));
      assertThat(gov.queries().compliance(o.id()).get().findings()).as(o.id() + " “" + f.description() + "”: compliance agrees")
          .anyMatch(c -> c.rule().equals("A14-major-matter-on-time") || c.rule().equals("A14-major-matter-disclosed"));
    }
    assertThat(checked).as("findings on a major matter").isGreaterThanOrEqualTo(1);
  }

  /**
   * Review stop 27 item 2: a suspension's reason says only what was done — a rectification order it names is on record,
   * decided no later than the suspension.
   */
  @Test
  void a_suspension_names_a_rectification_order_only_where_one_is_recorded() {
    Clustergov gov = demo();
    Map<String, String> reasons = suspensionReasons(gov);
    assertThat(reasons).hasSizeGreaterThanOrEqualTo(2);
    reasons.forEach((po, why) -> {
      var o = gov.queries().organization(new dev.clustergov.core.organization.OrganizationId(po)).get();
      LocalDate on = o.stageChangedOn().orElseThrow();
      if (why.contains("责令")) {
        assertThat(gov.queries().sanctions(o.id()).get()).as(po + " suspended on " + on + " for “" + why + "”: the order on record")
            .anyMatch(s -> s.kind() == SanctionKind.RECTIFICATION_ORDER && !s.decidedOn().isAfter(on));
      }
    });
  }

  /** What 第九条 lists: the systems a finding under Art.9 may name (档案管理 is Art.7(4)'s). */
  private static final List<String> ART9_SYSTEMS = List.of("人事管理", "行政管理", "财务管理", "业务管理", "保密安全管理");

  /**
   * Review stop 27 items 3 and 13: each inspection finding names what its clause lists (Art.9: one of its five systems and
   * not 档案管理; Art.14: a disclosure), and the findings are not one sentence repeated — none is more than a third of them.
   */
  @Test
  void every_finding_names_what_its_clause_lists_and_the_findings_differ() {
    List<Map.Entry<PromotionOrganization, InspectionFinding>> all = findings(demo());
    assertThat(all).as("findings").hasSizeGreaterThanOrEqualTo(4);
    assertThat(all).allSatisfy(e -> {
      InspectionFinding f = e.getValue();
      String what = e.getKey().id() + " " + f.clause() + " “" + f.description() + "”";
      if (f.clause().equals(Citation.of("Art.9"))) {
        assertThat(ART9_SYSTEMS).as(what).anyMatch(f.description()::contains);
        assertThat(f.description()).as(what).doesNotContain("档案管理");
      } else {
        assertThat(f.clause()).as(what + ": a clause this test knows").isEqualTo(Citation.of("Art.14"));
        assertThat(f.description()).as(what).contains("披露");
      }
    });
    Map<String, Long> times = all.stream().collect(java.util.stream.Collectors.groupingBy(e -> e.getValue().description(),
        java.util.stream.Collectors.counting()));
    assertThat(times.values()).as("how often each finding's sentence is used: " + times).allMatch(n -> n * 3 <= all.size());
  }

  /** Review stop 27 item 13: an evaluator is engaged some weeks before it evaluates, not on the day it records the evaluation. */
  @Test
  void every_evaluation_follows_its_evaluators_engagement_by_weeks() {
    Clustergov gov = demo();
    int checked = 0;
    for (PromotionOrganization o : organizations(gov)) {
      for (var e : gov.queries().evaluations(o.id()).get()) {
        checked++;
        var evaluator = gov.queries().evaluators().stream().filter(v -> v.id().equals(e.evaluator())).findFirst().orElseThrow();
        assertThat(evaluator.engagementsFor(o.id())).as(o.id() + " " + e.id() + " evaluated on " + e.evaluatedOn())
            .anyMatch(g -> g.covers(e.evaluatedOn()) && !g.from().isAfter(e.evaluatedOn().minusDays(14)));
      }
    }
    assertThat(checked).as("evaluations").isGreaterThanOrEqualTo(2);
  }

  /**
   * Review stop 27 item 6: a 临时党支部 is the founding period's; an established PO's Party organisation is its 党支部, and
   * only a PO still being founded (or whose founding ended) keeps a provisional one.
   */
  @Test
  void only_a_po_being_founded_has_a_provisional_party_branch() {
    int established = 0;
    int founding = 0;
    for (PromotionOrganization o : organizations(demo())) {
      if (o.partyOrganization().isEmpty()) {
        continue;
      }
      String party = o.partyOrganization().get().name();
      if (o.establishedOn().isPresent()) {
        established++;
        assertThat(party).as(o.id() + " " + o.name() + ", established on " + o.establishedOn().get()).isEqualTo(o.name() + "党支部");
      } else {
        founding++;
        assertThat(party).as(o.id() + " " + o.name() + ", being founded").isEqualTo(o.name() + "临时党支部");
      }
    }
    assertThat(established).as("established POs with a Party organisation").isGreaterThanOrEqualTo(5);
    assertThat(founding).as("POs being founded with a Party organisation").isGreaterThanOrEqualTo(1);
  }

  /**
   * Review stop 27 item 12: no real body pays an invented PO (an appropriation's payer names no 财政局, 财政厅 or 人民政府 of a
   * real place) — and item 19: the decision body the demo names is a 成员大会 (its members are 成员单位), not a 会员大会.
   */
  @Test
  void no_real_office_pays_a_po_and_its_assembly_is_a_members_congress() {
    Clustergov gov = demo();
    int payers = 0;
    int assemblies = 0;
    for (PromotionOrganization o : organizations(gov)) {
      for (var e : gov.queries().income(o.id(), new dev.clustergov.core.finance.Period(o.proposedOn(), memory.clock().today())).get()) {
        payers++;
        assertThat(e.payer()).as(o.id() + " " + e.id() + " " + e.kind()).doesNotContain("财政局", "财政厅", "人民政府");
      }
      for (var b : o.governance().bodies()) {
        if (b.form() == dev.clustergov.core.governance.BodyForm.MEMBER_CONGRESS) {
          assemblies++;
          assertThat(b.name()).as(o.id() + " " + o.name() + ": its decision body").isEqualTo("成员大会");
        }
      }
    }
    assertThat(payers).as("income entries").isGreaterThanOrEqualTo(5);
    assertThat(assemblies).as("members' congresses").isGreaterThanOrEqualTo(5);
  }

  /**
   * Review item 6 (decision 0628): the README's example founding application (adapters-rest/examples/founding-application.json)
   * names its decision body of form MEMBER_CONGRESS 成员大会, as the demo does: its members are 成员单位, not 会员.
   */
  @Test
  void the_example_founding_application_names_its_members_congress_as_the_demo_does() throws Exception {
    var application = new com.fasterxml.jackson.databind.ObjectMapper().readTree(Examples.FOUNDING_APPLICATION);
    List<String> congresses = new ArrayList<>();
    application.path("governance").forEach(b -> {
      if (b.path("form").asText().equals("MEMBER_CONGRESS")) {
        congresses.add(b.path("name").asText());
      }
    });
    assertThat(congresses).containsExactly("成员大会");
  }

  /**
   * Review item 19 (decision 0627): the founders of an established PO (its leading enterprise, research institute and social
   * group) are member units (成员单位) of it, joined on the day it was established, the founding day; and its member units did
   * not all join on one day.
   */
  @Test
  void the_founders_of_an_established_po_are_its_member_units_from_the_founding_day() {
    Clustergov gov = demo();
    int checked = 0;
    for (PromotionOrganization o : organizations(gov)) {
      if (o.establishedOn().isEmpty()) {
        continue;
      }
      checked++;
      var roll = gov.queries().memberships(o.id()).get();
      for (var f : o.founders()) {
        assertThat(roll).as(o.name() + ": founder " + f.name()).anySatisfy(m -> {
          assertThat(m.name()).isEqualTo(f.name());
          assertThat(m.joinedOn()).isEqualTo(o.establishedOn().get());
        });
      }
      if (roll.size() > o.founders().size()) {
        assertThat(roll.stream().map(m -> m.joinedOn()).distinct().count()).as(o.name() + ": joining days").isGreaterThan(1);
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(8);
  }
}
