package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.InspectionFinding;
import dev.clustergov.core.supervision.InspectionId;
import dev.clustergov.core.supervision.MeasureId;
import dev.clustergov.core.supervision.MeasureKind;
import dev.clustergov.core.supervision.Rectification;
import dev.clustergov.core.supervision.SelfDisciplineMeasure;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Both sides of each supervision rule: A25-rectification-overdue fails exactly when some finding is open
 * after its deadline; A24.1-self-discipline fails exactly when a PO recognised at least the policy's months
 * before the day has no measure in force that day.
 */
class SupervisionRulesTest {

  static final LocalDate TODAY = Fixtures.TODAY;

  static Inspection inspection(List<InspectionFinding> findings) {
    return new Inspection(new InspectionId("inspection-1"), 1, Fixtures.ORGANIZATION_ID, new AuthorityId("authority-suzhou"),
        TODAY.minusDays(100), "检查", findings);
  }

  static InspectionFinding finding(int n, int deadlineFromToday, Integer rectifiedFromToday) {
    return new InspectionFinding(n, TODAY.minusDays(90), Citation.article(9), "问题" + n, TODAY.plusDays(deadlineFromToday),
        rectifiedFromToday == null ? Optional.empty()
            : Optional.of(new Rectification(TODAY.plusDays(rectifiedFromToday), "已整改", "文号" + n)));
  }

  static Outcome overdue(List<InspectionFinding> findings) {
    Dossier d = Dossier.builder().from(Fixtures.compliantDossier()).inspections(List.of(inspection(findings))).build();
    return SupervisionRules.RECTIFICATION_OVERDUE.evaluate(d, Fixtures.baseline(), TODAY);
  }

  /** Review stop 28 R3: not “one still open after it is listed …”, which reads as a clause (a garden path). */
  @Test
  void the_english_of_a25_says_what_is_listed_after_what() {
    assertThat(SupervisionRules.RECTIFICATION_OVERDUE.message().en()).isEqualTo(
        "A problem found by an inspection is rectified by its deadline: one still open after its deadline is listed as a finding on the PO");
    assertThat(SupervisionRules.RECTIFICATION_OVERDUE.message().zh()).isEqualTo("监督检查发现的问题应在整改期限内整改完毕：逾期未整改的，列为该集群发展促进组织的问题");
  }

  @Test
  void an_open_finding_past_its_deadline_fails_and_one_due_today_or_rectified_passes() {
    assertThat(overdue(List.of()).failed()).isFalse();
    assertThat(overdue(List.of(finding(1, 0, null))).failed()).as("due today").isFalse();
    assertThat(overdue(List.of(finding(1, -1, -5))).failed()).as("rectified in time").isFalse();
    assertThat(overdue(List.of(finding(1, -10, -2))).failed()).as("rectified late: closed now").isFalse();
    Outcome o = overdue(List.of(finding(1, 5, null), finding(2, -1, null)));
    assertThat(o.failed()).isTrue();
    assertThat(o.evidence().get(0).value()).contains("inspection-1#2").doesNotContain("#1");
  }

  /**
   * A25's words for a problem an inspection found (review stop 27 item 17): a subject that says it is an inspection is named
   * as it is, 监督检查 said once; any other is quoted, with 监督检查 after it.
   */
  @Test
  void a_problem_is_named_by_its_inspection_s_day_and_subject_with_the_word_inspection_said_once() {
    List<InspectionFinding> two = List.of(finding(1, 5, null), finding(2, -1, null));
    InspectionFinding second = two.get(1);
    Inspection named = new Inspection(new InspectionId("inspection-2"), 1, Fixtures.ORGANIZATION_ID, new AuthorityId("authority-suzhou"),
        LocalDate.of(2026, 8, 20), "2026年度专项监督检查", two);
    Inspection subjectOnly = new Inspection(new InspectionId("inspection-3"), 1, Fixtures.ORGANIZATION_ID,
        new AuthorityId("authority-suzhou"), LocalDate.of(2026, 8, 20), "财务管理", two);

    // review stop 28 P12 and E5: no 的-chain, the day in brackets; the English without the Chinese title
    assertThat(SupervisionRules.finding(named, second).zh()).isEqualTo("2026年度专项监督检查（2026年8月20日）第2项问题");
    assertThat(SupervisionRules.finding(subjectOnly, second).zh()).isEqualTo("“财务管理”监督检查（2026年8月20日）第2项问题");
    assertThat(SupervisionRules.finding(subjectOnly, second).en()).isEqualTo("problem 2 of the inspection of 20 August 2026");
    assertThat(SupervisionRules.finding(named, second).en()).isEqualTo("problem 2 of the inspection of 20 August 2026");
  }

  @Test
  void the_overdue_rule_fails_exactly_when_some_finding_is_open_past_its_deadline() {
    Gen<List<InspectionFinding>> findings = Gen.listOf(Gen.combine(Gen.integers(-20, 20), Gen.integers(-1, 20),
            (deadline, rectified) -> new int[] {deadline, rectified}), 0, 5)
        .map(pairs -> {
          var out = new java.util.ArrayList<InspectionFinding>();
          for (int i = 0; i < pairs.size(); i++) {
            int[] p = pairs.get(i);
            // rectified < 0 means open; otherwise rectified that many days after the finding was noted (never before)
            out.add(new InspectionFinding(i + 1, TODAY.minusDays(90), Citation.article(9), "问题", TODAY.plusDays(p[0]),
                p[1] < 0 ? Optional.empty() : Optional.of(new Rectification(TODAY.minusDays(90 - p[1]), "已整改", "文号"))));
          }
          return out;
        });
    Property.forAll(findings).check(list -> {
      boolean broken = list.stream().anyMatch(f -> f.rectification().isEmpty() && TODAY.isAfter(f.rectifyBy()));
      assertThat(overdue(list).failed()).isEqualTo(broken);
    });
  }

  static Outcome selfDiscipline(Optional<LocalDate> recognisedOn, List<LocalDate> adopted) {
    PromotionOrganization o = PromotionOrganization.builder().from(Fixtures.compliantOrganization()).recognisedOn(recognisedOn).build();
    var measures = new java.util.ArrayList<SelfDisciplineMeasure>();
    for (int i = 0; i < adopted.size(); i++) {
      measures.add(new SelfDisciplineMeasure(new MeasureId("measure-" + i), 1, o.id(), MeasureKind.CONVENTION, "公约", new BodyId("assembly"),
          adopted.get(i)));
    }
    Dossier d = Dossier.builder().from(Fixtures.dossier(o)).selfDisciplineMeasures(measures).build();
    return SupervisionRules.SELF_DISCIPLINE.evaluate(d, Fixtures.baseline(), TODAY);
  }

  @Test
  void a_po_recognised_for_the_policys_months_without_a_measure_in_force_fails_and_with_one_passes() {
    // Art.24(1) is a duty of the operating PO: the same 12 months (operation.functionLookbackMonths) as Art.18–24 (decision 0617)
    Optional<LocalDate> longAgo = Optional.of(TODAY.minusMonths(12));
    assertThat(selfDiscipline(longAgo, List.of()).failed()).as("recognised exactly 12 months ago").isTrue();
    assertThat(selfDiscipline(longAgo, List.of(TODAY.plusDays(1))).failed()).as("adopted only tomorrow").isTrue();
    assertThat(selfDiscipline(longAgo, List.of(TODAY)).failed()).isFalse();
    assertThat(selfDiscipline(longAgo, List.of(TODAY.minusDays(400))).failed()).isFalse();
    Outcome young = selfDiscipline(Optional.of(TODAY.minusMonths(12).plusDays(1)), List.of());
    assertThat(young).as("one day short of 12 months").isInstanceOf(Outcome.NotApplicable.class);
    assertThat(selfDiscipline(Optional.of(TODAY.minusDays(1)), List.of())).as("recognised yesterday").isInstanceOf(Outcome.NotApplicable.class);
    assertThat(selfDiscipline(Optional.of(TODAY), List.of())).as("recognised today").isInstanceOf(Outcome.NotApplicable.class);
    assertThat(selfDiscipline(Optional.empty(), List.of())).as("not yet recognised").isInstanceOf(Outcome.NotApplicable.class);
  }

  @Test
  void the_self_discipline_rule_is_not_applicable_exactly_when_a_function_rule_is_not() {
    // the recognition preview and compliance say the same for A24.1 as for A24: one period, one reason
    Rule function = RuleBook.standard().rule("A24-function-performed").orElseThrow();
    for (LocalDate on : List.of(TODAY, TODAY.minusDays(1), TODAY.minusDays(40), TODAY.minusMonths(12).plusDays(1))) {
      Outcome own = selfDiscipline(Optional.of(on), List.of());
      PromotionOrganization o = PromotionOrganization.builder().from(Fixtures.compliantOrganization()).recognisedOn(Optional.of(on)).build();
      Outcome ofFunction = function.evaluate(Fixtures.dossier(o), Fixtures.baseline(), TODAY);
      assertThat(own).as("recognised on " + on).isInstanceOf(Outcome.NotApplicable.class);
      assertThat(ofFunction).as("recognised on " + on).isInstanceOf(Outcome.NotApplicable.class);
      assertThat(((Outcome.NotApplicable) own).reason()).isEqualTo(((Outcome.NotApplicable) ofFunction).reason());
    }
    for (LocalDate on : List.of(TODAY.minusMonths(12), TODAY.minusMonths(13))) {
      assertThat(selfDiscipline(Optional.of(on), List.of()).failed()).as("recognised on " + on).isTrue();
    }
  }

  @Test
  void the_self_discipline_rule_is_blocking_cites_art24_1_alone_and_applies_to_recognised_and_suspended_pos() {
    // Art.27 says 鼓励: an encouragement is no ground of a binding finding (review stop 27, item 4)
    assertThat(SupervisionRules.SELF_DISCIPLINE.severity()).isEqualTo(Severity.BLOCKING);
    assertThat(SupervisionRules.SELF_DISCIPLINE.clauses()).extracting(Citation::format).containsExactly("Art.24(1)");
    assertThat(SupervisionRules.SELF_DISCIPLINE.stages()).containsExactlyInAnyOrder(
        dev.clustergov.core.organization.LifecycleStage.RECOGNISED, dev.clustergov.core.organization.LifecycleStage.SUSPENDED);
    assertThat(SupervisionRules.RECTIFICATION_OVERDUE.clauses()).extracting(Citation::format).containsExactly("Art.25", "Art.26");
  }
}
