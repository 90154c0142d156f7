package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rule model itself — rules, guards, findings, rejections, evidence, outcomes, the report and the rule book —
 * written against hand-made rules, so that what every rule test relies on is pinned on its own.
 */
class RuleModelTest {

  /**
   * {@code Guard.of} called directly, not only from the guard classes' initialisers (decision 0605): a guard made by it
   * is broken exactly when its predicate holds, with the evidence the function gives and the clauses it was made with.
   */
  /**
   * Two authorities named where the registry knows them; one it does not know is said to be a department not entered in
   * the system, never by its id inside Chinese (decision 0600); the JSON keeps the ids either way.
   */
  @Test
  void supervising_authorities_are_named_where_known_and_said_to_be_unknown_otherwise() {
    var acting = new dev.clustergov.core.supervision.AuthorityId("authority-1");
    var supervising = new dev.clustergov.core.supervision.AuthorityId("authority-2");
    Guard.Supervising s = Guard.Supervising.named(acting, supervising,
        id -> id.equals(acting) ? java.util.Optional.of("澄江市工业和信息化局") : java.util.Optional.empty());

    assertThat(s.evidence()).extracting(Evidence::value).containsExactly("authority-1", "authority-2");
    assertThat(s.evidence()).extracting(e -> e.words().zh()).containsExactly("“澄江市工业和信息化局”", "未录入本系统的部门");
    assertThat(s.evidence()).extracting(e -> e.words().en()).containsExactly("“澄江市工业和信息化局”", "a department not entered in the system");
    assertThat(s.evidence()).extracting(e -> e.line().zh())
        .allSatisfy(line -> assertThat(dev.clustergov.core.testkit.ChineseTerms.problems(line)).isEmpty());
  }

  /**
   * The standing guard (A26-actor-standing) says who acted, on which PO and whose it is in words: the acting authority and
   * the PO's own by their names, the PO by its name, no id inside Chinese (decision 0600); the JSON keeps the ids.
   */
  @Test
  void a_refused_standing_names_the_actor_the_po_and_its_authority_in_words() {
    var acting = new dev.clustergov.core.supervision.AuthorityId("authority-1");
    var supervising = new dev.clustergov.core.supervision.AuthorityId("authority-2");
    var names = new Guard.Names(java.util.Optional.of("澄江市工业和信息化局"),
        id -> java.util.Optional.of(id.equals(acting) ? "澄江市工业和信息化局" : "澄溪市工业和信息化局"));
    Finding f = Guard.ACTOR_STANDING.check(new Guard.Standing("authority:authority-1", false, java.util.Optional.of(acting),
        java.util.Optional.empty(), false, new dev.clustergov.core.organization.OrganizationId("org-1"), supervising,
        java.util.Optional.of("澄溪市高端纺织产业集群促进会"), names)).orElseThrow();

    assertThat(f.evidence()).extracting(Evidence::value).containsExactly("authority:authority-1", "org-1", "authority-2");
    assertThat(f.evidence()).extracting(e -> e.words().zh())
        .containsExactly("工业和信息化主管部门“澄江市工业和信息化局”", "“澄溪市高端纺织产业集群促进会”", "“澄溪市工业和信息化局”");
    assertThat(f.evidence()).extracting(e -> e.words().en())
        .containsExactly("supervising authority “澄江市工业和信息化局”", "“澄溪市高端纺织产业集群促进会”", "“澄溪市工业和信息化局”");

    Finding named = Guard.ACTOR_STANDING.check(new Guard.InOwnName("authority:authority-1", java.util.Optional.of(acting), supervising,
        new Guard.Names(java.util.Optional.empty(), id -> java.util.Optional.empty()))).orElseThrow();
    assertThat(named.evidence()).extracting(e -> e.line().zh())
        .containsExactly("操作人：工业和信息化主管部门", "所指明的主管部门：未录入本系统的部门");
  }

  /**
   * The amendment guard (A6-application-keeps-supervision) and the one-authority guard (A6-one-authority-per-jurisdiction)
   * name clusters and authorities as the registry does, one it does not know by what it is; the JSON keeps the ids
   * (decision 0600).
   */
  @Test
  void the_registry_guards_name_clusters_and_authorities_in_words() {
    var mine = new dev.clustergov.core.cluster.ClusterId("cluster-1");
    var other = new dev.clustergov.core.cluster.ClusterId("cluster-9");
    var bureau = new dev.clustergov.core.supervision.AuthorityId("authority-1");
    var unknown = new dev.clustergov.core.supervision.AuthorityId("authority-9");
    Finding f = Guard.APPLICATION_KEEPS_SUPERVISION.check(new Guard.Amendment(mine, other, bureau, unknown,
        id -> id.equals(mine) ? java.util.Optional.of("澄溪市高端纺织集群") : java.util.Optional.empty(),
        id -> id.equals(bureau) ? java.util.Optional.of("澄溪市工业和信息化局") : java.util.Optional.empty())).orElseThrow();
    assertThat(f.evidence()).extracting(Evidence::value).containsExactly("cluster-1", "cluster-9", "authority-1", "authority-9");
    assertThat(f.evidence()).extracting(e -> e.words().zh())
        .containsExactly("“澄溪市高端纺织集群”", "未录入本系统的集群", "“澄溪市工业和信息化局”", "未录入本系统的部门");
    assertThat(f.evidence()).extracting(e -> e.words().en())
        .containsExactly("“澄溪市高端纺织集群”", "a cluster not entered in the system", "“澄溪市工业和信息化局”",
            "a department not entered in the system");

    Finding g = Guard.ONE_AUTHORITY_PER_JURISDICTION.check(new Guard.AuthorityEntry(new dev.clustergov.core.kernel.RegionCode("320500"),
        List.of(bureau), id -> java.util.Optional.of("澄溪市工业和信息化局"))).orElseThrow();
    assertThat(g.evidence().get(1).value()).isEqualTo("[authority-1]");
    // review stop 28 PR5: not 已录入的同一记录：“…”
    assertThat(g.evidence().get(1).name()).isEqualTo("registeredAs");
    assertThat(g.evidence().get(1).line().zh()).isEqualTo("该辖区已录入的主管部门：澄溪市工业和信息化局");
    assertThat(g.evidence().get(1).line().en()).isEqualTo("authority already entered for the jurisdiction: 澄溪市工业和信息化局");
  }

  /** Both authorities named when the registry knows both. */
  @Test
  void supervising_authorities_known_to_the_registry_are_both_named() {
    var acting = new dev.clustergov.core.supervision.AuthorityId("authority-1");
    var supervising = new dev.clustergov.core.supervision.AuthorityId("authority-2");
    Guard.Supervising s = Guard.Supervising.named(acting, supervising,
        id -> java.util.Optional.of(id.equals(acting) ? "澄江市工业和信息化局" : "澄江省工业和信息化厅"));

    assertThat(s.evidence()).extracting(Evidence::value).containsExactly("authority-1", "authority-2");
    assertThat(s.evidence()).extracting(e -> e.words().zh()).containsExactly("“澄江市工业和信息化局”", "“澄江省工业和信息化厅”");
  }

  /**
   * A PO publishing another PO's obligation is refused with both POs named as the registry knows them, the obligation's
   * holder looked up by the obligation's organization, and the ids kept as the JSON's values (A14-own-obligation).
   */
  @Test
  void a_po_fulfilling_another_s_obligation_is_refused_with_both_pos_named() {
    var mine = new dev.clustergov.core.organization.OrganizationId("org-1");
    var theirs = new dev.clustergov.core.organization.OrganizationId("org-2");
    var obligation = dev.clustergov.core.disclosure.DisclosureObligation.arising(
        new dev.clustergov.core.disclosure.DisclosureObligationId("dob-1"), theirs, "OrganizationSuspended", 7,
        java.time.LocalDate.of(2026, 3, 1), 30);
    java.util.Map<dev.clustergov.core.organization.OrganizationId, String> names =
        java.util.Map.of(mine, "澄江纳米新材料产业集群促进会", theirs, "澄江智能装备产业集群促进中心");

    Guard.Fulfilling f = Guard.Fulfilling.named(mine, java.util.Optional.of(obligation), id -> java.util.Optional.ofNullable(names.get(id)));
    Finding finding = Guard.OWN_OBLIGATION.check(f).orElseThrow();

    assertThat(finding.evidence()).extracting(Evidence::name).containsExactly("obligation", "obligationOf", "disclosingOrganization");
    assertThat(finding.evidence().subList(1, 3)).extracting(Evidence::value).containsExactly("org-2", "org-1");
    assertThat(finding.evidence().subList(1, 3)).extracting(e -> e.words().zh())
        .containsExactly("“澄江智能装备产业集群促进中心”", "“澄江纳米新材料产业集群促进会”");
    assertThat(Guard.OWN_OBLIGATION.check(Guard.Fulfilling.named(theirs, java.util.Optional.of(obligation),
        id -> java.util.Optional.ofNullable(names.get(id))))).isEmpty();
  }

  @Test
  void a_guard_made_by_of_is_broken_exactly_when_its_predicate_holds() {
    Guard<Integer> atMostTen = Guard.of("T-at-most-ten", List.of(Citation.article(8)),
        Text.of("不得超过十", "must not exceed ten"), n -> n > 10, n -> List.of(Evidence.of("value", n)));

    assertThat(atMostTen.check(10)).isEmpty();
    Finding finding = atMostTen.check(11).orElseThrow();
    assertThat(finding.rule()).isEqualTo("T-at-most-ten");
    assertThat(finding.citations()).containsExactly(Citation.article(8));
    assertThat(finding.severity()).isEqualTo(Severity.BLOCKING);
    assertThat(finding.evidence()).containsExactly(Evidence.of("value", 11));
  }

  static final Citation A7_1 = Citation.item(7, 1);
  static final Citation A8_2_3 = Citation.point(8, 2, 3);

  static Rule passing(String id) {
    return Rule.define(id, A7_1, Severity.BLOCKING, "通过", "passes", (d, p) -> Outcome.pass(Evidence.of("x", 1)));
  }

  static Rule failing(String id, Severity severity) {
    return Rule.define(id, A7_1, severity, "不通过", "fails", (d, p) -> Outcome.fail(Evidence.of("x", 2)));
  }

  // ---- Rule ---------------------------------------------------------------------------------------

  @Test
  void a_rule_defined_without_a_date_holds_from_establishment_and_ignores_the_date() {
    Rule r = Rule.define("R-1", A7_1, Severity.ADVISORY, "中文", "English", (d, p) -> Outcome.fail(Evidence.of("seen", "yes")));
    assertThat(r.id()).isEqualTo("R-1");
    assertThat(r.clauses()).containsExactly(A7_1);
    assertThat(r.severity()).isEqualTo(Severity.ADVISORY);
    assertThat(r.stages()).isEqualTo(Set.of(LifecycleStage.ESTABLISHED, LifecycleStage.RECOGNISED, LifecycleStage.SUSPENDED));
    assertThat(r.message()).isEqualTo(Text.of("中文", "English"));
    assertThat(r.evaluate(Fixtures.compliantDossier(), Fixtures.baseline(), null).evidence())
        .containsExactly(new Evidence("seen", "yes"));
  }

  @Test
  void a_dated_rule_is_given_the_date() {
    Rule r = Rule.defineDated("R-2", A7_1, Severity.BLOCKING, "中文", "English", (d, p, date) -> Outcome.pass(Evidence.of("on", date)));
    assertThat(r.stages()).isEqualTo(LifecycleStage.OPERATING);
    assertThat(r.evaluate(Fixtures.compliantDossier(), Fixtures.baseline(), Fixtures.TODAY).evidence())
        .containsExactly(new Evidence("on", Fixtures.TODAY.toString()));
  }

  @Test
  void at_changes_only_the_stages_and_also_citing_adds_clauses_after_the_first() {
    Rule r = passing("R-3");
    Rule later = r.at(LifecycleStage.RECOGNISED, LifecycleStage.SUSPENDED);
    assertThat(later.stages()).isEqualTo(EnumSet.of(LifecycleStage.RECOGNISED, LifecycleStage.SUSPENDED));
    assertThat(later.appliesAt(LifecycleStage.ESTABLISHED)).isFalse();
    assertThat(later.appliesAt(LifecycleStage.RECOGNISED)).isTrue();
    assertThat(later.id()).isEqualTo("R-3");
    Rule more = r.alsoCiting(A8_2_3);
    assertThat(more.clauses()).containsExactly(A7_1, A8_2_3);
    assertThat(more.stages()).isEqualTo(r.stages());
  }

  @Test
  void a_rule_or_guard_without_a_clause_is_refused() {
    assertThatThrownBy(() -> new Rule("R-4", List.of(), Severity.BLOCKING, LifecycleStage.OPERATING, Text.of("a", "b"),
        (d, p, date) -> Outcome.pass())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("R-4");
    assertThatThrownBy(() -> new Guard<>("G-1", List.of(), Text.of("a", "b"), x -> java.util.Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("G-1");
  }

  @Test
  void a_rule_enforces_a_clause_when_the_clause_covers_one_it_cites() {
    Rule r = passing("R-5").alsoCiting(A8_2_3);
    assertThat(r.enforces(Citation.article(8))).isTrue();
    assertThat(r.enforces(Citation.item(8, 2))).isTrue();
    assertThat(r.enforces(Citation.point(8, 2, 4))).isFalse();
    assertThat(r.enforces(Citation.article(9))).isFalse();
  }

  // ---- Guard --------------------------------------------------------------------------------------

  @Test
  void a_guards_finding_is_blocking_cites_its_clauses_and_carries_the_evidence() {
    Guard<Object> g = new Guard<>("G-2", List.of(A7_1, A8_2_3), Text.of("中", "en"), x -> java.util.Optional.empty());
    Finding f = g.finding(new Evidence("a", "1"), new Evidence("b", "2"));
    assertThat(f).isEqualTo(new Finding("G-2", List.of(A7_1, A8_2_3), Severity.BLOCKING, Text.of("中", "en"),
        List.of(new Evidence("a", "1"), new Evidence("b", "2"))));
    assertThat(g.enforces(Citation.article(8))).isTrue();
    assertThat(g.enforces(Citation.article(7))).isTrue();
    assertThat(g.enforces(Citation.item(7, 2))).isFalse();
  }

  // ---- Finding and Rejection ----------------------------------------------------------------------

  @Test
  void a_finding_renders_its_citations_message_rule_and_evidence_in_either_language() {
    Finding f = new Finding("R-6", List.of(A7_1, A8_2_3), Severity.ADVISORY, Text.of("须设党组织", "a Party organisation"),
        List.of(new Evidence("partyOrganization", "none")));
    assertThat(f.render(Language.EN)).isEqualTo("[Art.7(1), Art.8(2).3] a Party organisation (R-6) Evidence (Party organization form): none");
    assertThat(f.render(Language.ZH)).isEqualTo("【第七条第（一）项、第八条第（二）项第3目】须设党组织，证据（党组织形式）：无");
    assertThat(f.toString()).isEqualTo(f.render(Language.EN));
    assertThat(f.blocking()).isFalse();
    Finding bare = new Finding("R-7", List.of(A7_1), Severity.BLOCKING, Text.of("中", "en"), List.of());
    assertThat(bare.render(Language.EN)).isEqualTo("[Art.7(1)] en (R-7)");
    assertThat(bare.render(Language.ZH)).isEqualTo("【第七条第（一）项】中");
    assertThat(bare.blocking()).isTrue();
  }

  @Test
  void a_rejection_lists_every_finding_and_needs_one() {
    Finding a = new Finding("R-8", List.of(A7_1), Severity.BLOCKING, Text.of("甲", "a"), List.of());
    Finding b = new Finding("R-9", List.of(A7_1), Severity.BLOCKING, Text.of("乙", "b"), List.of());
    Rejection r = Rejection.of("EstablishOrganization", a, b);
    assertThat(r.findings()).containsExactly(a, b);
    assertThat(r.render(Language.EN)).isEqualTo(
        "The operation “establish the PO” was rejected: [Art.7(1)] a (R-8); [Art.7(1)] b (R-9)");
    assertThat(r.render(Language.ZH)).isEqualTo("“组建”操作未通过：【第七条第（一）项】甲；【第七条第（一）项】乙");
    assertThat(r.toString()).isEqualTo(r.render(Language.EN));
    assertThatThrownBy(() -> Rejection.of("Establish")).isInstanceOf(IllegalArgumentException.class);
  }

  // ---- Evidence and Outcome -----------------------------------------------------------------------

  @Test
  void evidence_is_equal_by_name_and_text_whether_made_now_or_lazily() {
    Evidence now = new Evidence("n", "42");
    assertThat(now.name()).isEqualTo("n");
    assertThat(now).isEqualTo(Evidence.of("n", 42)).isEqualTo(Evidence.lazily("n", () -> 42));
    assertThat(now).hasSameHashCodeAs(Evidence.lazily("n", () -> "42"));
    assertThat(now.hashCode()).isEqualTo(31 * "n".hashCode() + "42".hashCode());
    assertThat(now).isNotEqualTo(new Evidence("n", "43")).isNotEqualTo(new Evidence("m", "42")).isNotEqualTo("n=42");
    assertThat(now.toString()).isEqualTo("n=42");
  }

  @Test
  void pass_fail_and_not_applicable_are_told_apart() {
    Outcome pass = Outcome.pass();
    Outcome fail = Outcome.fail(Evidence.of("x", 1));
    Outcome na = Outcome.notApplicable("政策未启用", "policy off");
    assertThat(pass.passed()).isTrue();
    assertThat(pass.failed()).isFalse();
    assertThat(fail.passed()).isFalse();
    assertThat(fail.failed()).isTrue();
    assertThat(na.passed()).isFalse();
    assertThat(na.failed()).isFalse();
    assertThat(na.evidence()).containsExactly(new Evidence("notApplicable", "policy off"));
    assertThatThrownBy(() -> Outcome.fail()).isInstanceOf(IllegalArgumentException.class);
    assertThat(Outcome.when(true, Evidence.of("x", 1)).passed()).isTrue();
    assertThat(Outcome.when(false, Evidence.of("x", 1)).failed()).isTrue();
    assertThat(Outcome.unless(List.of("a"), "problems").evidence()).containsExactly(new Evidence("problems", "[a]"));
    assertThat(Outcome.unless(List.of(), "problems").passed()).isTrue();
  }

  @Test
  void severities_have_their_labels() {
    assertThat(Severity.BLOCKING.label()).isEqualTo(Text.of("约束性", "binding"));
    assertThat(Severity.ADVISORY.label()).isEqualTo(Text.of("提示性", "advisory"));
  }

  // ---- ComplianceReport and RuleBook --------------------------------------------------------------

  @Test
  void a_report_is_clear_only_without_a_blocking_finding() {
    RuleBook advisoryOnly = RuleBook.of(List.of(passing("P-1"), failing("F-1", Severity.ADVISORY)));
    ComplianceReport ok = advisoryOnly.assess(Fixtures.compliantDossier(), Fixtures.baseline(), Fixtures.TODAY, LifecycleStage.RECOGNISED);
    assertThat(ok.findings()).extracting(Finding::rule).containsExactly("F-1");
    assertThat(ok.blockingFindings()).isEmpty();
    assertThat(ok.clear()).isTrue();

    RuleBook blocking = RuleBook.of(List.of(passing("P-1"), failing("F-2", Severity.BLOCKING)));
    ComplianceReport no = blocking.assess(Fixtures.compliantDossier(), Fixtures.baseline(), Fixtures.TODAY, LifecycleStage.RECOGNISED);
    assertThat(no.blockingFindings()).extracting(Finding::rule).containsExactly("F-2");
    assertThat(no.clear()).isFalse();
    assertThat(no.outcomeOf("F-2")).hasValueSatisfying(a -> assertThat(a.outcome().failed()).isTrue());
    assertThat(no.outcomeOf("P-1")).hasValueSatisfying(a -> assertThat(a.outcome().passed()).isTrue());
    assertThat(no.outcomeOf("nope")).isEmpty();
  }

  @Test
  void a_rule_book_refuses_a_duplicate_id_and_names_the_rules_citing_exactly_a_clause() {
    assertThatThrownBy(() -> RuleBook.of(List.of(passing("D-1"), passing("D-1"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("D-1");
    Rule onArt8 = Rule.define("C-1", A8_2_3, Severity.BLOCKING, "甲", "a", (d, p) -> Outcome.pass());
    RuleBook book = RuleBook.of(List.of(passing("C-0"), onArt8));
    assertThat(book.citing(A8_2_3)).containsExactly(onArt8);
    assertThat(book.citing(Citation.article(8))).as("exactly that clause, not a part of it").isEmpty();
    assertThat(book.enforcing(Citation.article(8))).containsExactly(onArt8);
    assertThat(book.rule("C-1")).contains(onArt8);
    assertThat(book.rules()).extracting(Rule::id).containsExactly("C-0", "C-1");
  }

  @Test
  void the_standard_book_names_every_rule_and_guard_citing_a_clause() {
    assertThat(RuleBook.standard().citing(Citation.article(16))).extracting(Rule::id).containsExactly("A16-ip-system");
    assertThat(RuleBook.standard().idsCiting(Citation.article(16))).containsExactly("A16-ip-system", "A16-signs-for-itself",
        "A16-parties", "A16-duties", "A16-ownership", "A16-use-rights", "A16-benefit-shares", "A16-signatures",
        "A16-signature-date", "A16-one-pending-revision");
  }
}
