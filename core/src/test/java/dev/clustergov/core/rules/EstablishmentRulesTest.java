package dev.clustergov.core.rules;

import static dev.clustergov.core.testkit.fixtures.Fixtures.TODAY;
import static dev.clustergov.core.testkit.fixtures.Fixtures.baseline;
import static dev.clustergov.core.testkit.fixtures.Fixtures.compliantDossier;
import static dev.clustergov.core.testkit.fixtures.Fixtures.compliantOrganization;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.governance.Body;
import dev.clustergov.core.governance.BodyForm;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.governance.Governance;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.governance.Person;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.governance.Seat;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.organization.Charter;
import dev.clustergov.core.organization.ConsortiumComponent;
import dev.clustergov.core.organization.Facilities;
import dev.clustergov.core.organization.OrganizationKind;
import dev.clustergov.core.organization.OrganizationType;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each rule of Chapters 1–2 on both sides: it passes on a compliant PO and fails when its clause is broken. */
class EstablishmentRulesTest {

  static List<Rule> rules() {
    return EstablishmentRules.ALL;
  }

  @ParameterizedTest
  @MethodSource("rules")
  void every_rule_passes_on_a_po_that_meets_every_condition(Rule rule) {
    assertThat(rule.evaluate(compliantDossier(), baseline(), TODAY).passed()).as(rule.id()).isTrue();
  }

  @ParameterizedTest
  @MethodSource("rules")
  void every_rule_cites_a_clause_of_the_catalogue_and_speaks_both_languages(Rule rule) {
    assertThat(rule.clauses()).allSatisfy(c -> assertThat(dev.clustergov.core.guideline.Guideline.contains(c)).as(c.format()).isTrue());
    assertThat(rule.message().zh()).isNotBlank();
    assertThat(rule.message().en()).isNotBlank();
    assertThat(rule.id()).startsWith("A" + rule.clauses().get(0).article());
  }

  private static Outcome evaluate(Rule rule, UnaryOperator<ImmutableBuilder> change) {
    return rule.evaluate(Fixtures.dossier(change.apply(new ImmutableBuilder(compliantOrganization())).build()), baseline(), TODAY);
  }

  /** A tiny helper so each test changes one thing of the compliant PO. */
  static final class ImmutableBuilder {
    final dev.clustergov.core.organization.ImmutablePromotionOrganization.Builder b;

    ImmutableBuilder(PromotionOrganization o) {
      b = PromotionOrganization.builder().from(o);
    }

    ImmutableBuilder with(UnaryOperator<dev.clustergov.core.organization.ImmutablePromotionOrganization.Builder> f) {
      f.apply(b);
      return this;
    }

    PromotionOrganization build() {
      return b.build();
    }
  }

  private static Outcome breaking(Rule rule, UnaryOperator<dev.clustergov.core.organization.ImmutablePromotionOrganization.Builder> f) {
    return evaluate(rule, x -> x.with(f));
  }

  private static PromotionOrganization withGovernance(UnaryOperator<Governance> f) {
    PromotionOrganization o = compliantOrganization();
    return PromotionOrganization.builder().from(o).governance(f.apply(o.governance())).build();
  }

  private static Outcome onGovernance(Rule rule, UnaryOperator<Governance> f) {
    return rule.evaluate(Fixtures.dossier(withGovernance(f)), baseline(), TODAY);
  }

  private static Governance without(Governance g, Layer layer) {
    return new Governance(g.bodies().stream().filter(b -> b.layer() != layer).toList());
  }

  // ---- Art.2 ---------------------------------------------------------------------------------

  @Test
  void fails_without_any_founder() {
    assertThat(breaking(EstablishmentRules.FOUNDERS, b -> b.founders(List.of())).failed()).isTrue();
  }

  @Test
  void fails_without_a_guiding_government_body() {
    assertThat(breaking(EstablishmentRules.GOVERNMENT_GUIDANCE, b -> b.guidingBody(Optional.empty())).failed()).isTrue();
  }

  @Test
  void a_recognised_po_without_a_credit_code_is_not_a_legal_person() {
    assertThat(breaking(EstablishmentRules.LEGAL_PERSON, b -> b.creditCode(Optional.empty())).failed()).isTrue();
  }

  @Test
  void a_second_recognised_po_in_one_cluster_breaks_the_baseline_limit_of_one() {
    Dossier crowded = Dossier.of(compliantOrganization(), Fixtures.cluster(), Optional.of(Fixtures.authority()), 1);
    Outcome o = EstablishmentRules.ONE_PER_CLUSTER.evaluate(crowded, baseline(), TODAY);
    assertThat(o.failed()).isTrue();
    assertThat(o.evidence()).contains(Evidence.of("recognisedPeersInCluster", 1), Evidence.of("policyMaximum", 1));
    // the stated rule and the stated facts agree: 1 other of a maximum of 1 is not fewer than the maximum (review stop 27, item 5)
    assertThat(EstablishmentRules.ONE_PER_CLUSTER.message().zh()).contains("同一集群已认定的其他集群发展促进组织数须少于政策规定的上限")
        .doesNotContain("不得多于");
    assertThat(EstablishmentRules.ONE_PER_CLUSTER.message().en()).contains("the cluster's other recognised POs must be fewer than the policy's maximum");
    assertThat(o.evidence()).extracting(e -> e.line().zh()).contains("同一集群已认定的其他集群发展促进组织数：1", "政策规定的上限：1");
  }

  @Test
  void a_local_pack_may_allow_two_recognised_pos_per_cluster() {
    Policy two = overlay(Map.of("cluster.maxRecognisedOrganizations", "2"));
    Dossier crowded = Dossier.of(compliantOrganization(), Fixtures.cluster(), Optional.of(Fixtures.authority()), 1);
    assertThat(EstablishmentRules.ONE_PER_CLUSTER.evaluate(crowded, two, TODAY).passed()).isTrue();
  }

  /**
   * Decision 0630: the evidence names the cluster's other recognised POs by name, in both languages, on both sides of the
   * rule — never by id; the JSON's text stays the count.
   */
  @Test
  void the_evidence_names_the_other_recognised_pos_by_name_whether_the_rule_fails_or_passes() {
    String name = "苏州市澄湖纳米新材料产业集群促进会";
    Dossier crowded = Dossier.builder().from(Dossier.of(compliantOrganization(), Fixtures.cluster(), Optional.of(Fixtures.authority()), 1))
        .recognisedPeers(List.of(new Dossier.Peer(new dev.clustergov.core.organization.OrganizationId("org-000003"), name))).build();
    Outcome fails = EstablishmentRules.ONE_PER_CLUSTER.evaluate(crowded, baseline(), TODAY);
    Outcome passes = EstablishmentRules.ONE_PER_CLUSTER.evaluate(crowded, overlay(Map.of("cluster.maxRecognisedOrganizations", "2")), TODAY);
    assertThat(fails.failed()).isTrue();
    assertThat(passes.passed()).isTrue();
    for (Outcome o : List.of(fails, passes)) {
      assertThat(o.evidence()).extracting(e -> e.line().zh()).contains("同一集群已认定的其他集群发展促进组织数：1（“" + name + "”）");
      assertThat(o.evidence()).extracting(e -> e.line().en()).contains("other recognised POs of the same cluster: 1 (“" + name + "”)");
      assertThat(o.evidence()).extracting(e -> e.line().zh() + e.line().en()).noneMatch(l -> l.contains("org-"));
      // the JSON's stable text is the count, as before
      assertThat(o.evidence()).contains(Evidence.of("recognisedPeersInCluster", 1));
    }
    // a dossier whose names are not its count, or that names the PO itself, is not a dossier
    var self = compliantOrganization();
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dossier.builder()
        .from(Dossier.of(self, Fixtures.cluster(), Optional.of(Fixtures.authority()), 2))
        .recognisedPeers(List.of(new Dossier.Peer(new dev.clustergov.core.organization.OrganizationId("org-000003"), name))).build())
        .isInstanceOf(IllegalStateException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> Dossier.builder()
        .from(Dossier.of(self, Fixtures.cluster(), Optional.of(Fixtures.authority()), 1))
        .recognisedPeers(List.of(new Dossier.Peer(self.id(), self.name()))).build())
        .isInstanceOf(IllegalStateException.class);
  }

  // ---- Art.6 ---------------------------------------------------------------------------------

  @Test
  void fails_when_the_authority_does_not_cover_the_cluster_region() {
    Authority nanjing = new Authority(Fixtures.AUTHORITY_ID, 0, "南京市工业和信息化局", new RegionCode("320100"));
    Dossier d = Dossier.of(compliantOrganization(), Fixtures.cluster(), Optional.of(nanjing), 0);
    assertThat(EstablishmentRules.SUPERVISING_AUTHORITY.evaluate(d, baseline(), TODAY).failed()).isTrue();
  }

  @Test
  void a_provincial_authority_covers_a_cluster_in_one_of_its_cities() {
    Authority jiangsu = new Authority(Fixtures.AUTHORITY_ID, 0, "江苏省工业和信息化厅", new RegionCode("320000"));
    Dossier d = Dossier.of(compliantOrganization(), Fixtures.cluster(), Optional.of(jiangsu), 0);
    assertThat(EstablishmentRules.SUPERVISING_AUTHORITY.evaluate(d, baseline(), TODAY).passed()).isTrue();
  }

  @Test
  void fails_when_the_authority_is_not_registered() {
    Dossier d = Dossier.of(compliantOrganization(), Fixtures.cluster(), Optional.empty(), 0);
    assertThat(EstablishmentRules.SUPERVISING_AUTHORITY.evaluate(d, baseline(), TODAY).failed()).isTrue();
  }

  // ---- Art.7 ---------------------------------------------------------------------------------

  @Test
  void fails_without_a_party_organisation() {
    assertThat(breaking(EstablishmentRules.PARTY_ORGANISATION, b -> b.partyOrganization(Optional.empty())).failed()).isTrue();
  }

  @Test
  void a_name_too_short_or_without_chinese_is_not_standard() {
    assertThat(breaking(EstablishmentRules.NAME, b -> b.name("促进会")).failed()).isTrue();
    assertThat(breaking(EstablishmentRules.NAME, b -> b.name("Suzhou Nano Cluster Association")).failed()).isTrue();
  }

  @Test
  void only_a_national_cluster_po_may_be_named_china() {
    PromotionOrganization o = PromotionOrganization.builder().from(compliantOrganization()).name("中国纳米新材料产业集群促进会").build();
    assertThat(EstablishmentRules.NAME.evaluate(Fixtures.dossier(o), baseline(), TODAY).failed()).isTrue();
    Cluster national = new Cluster(Fixtures.CLUSTER_ID, 0, "苏州市恒岳纳米新材料集群", Fixtures.SUZHOU, "纳米新材料", ClusterLevel.NATIONAL, 600);
    Dossier d = Dossier.of(o, national, Optional.of(Fixtures.authority()), 0);
    assertThat(EstablishmentRules.NAME.evaluate(d, baseline(), TODAY).passed()).isTrue();
  }

  @Test
  void fails_without_a_charter_or_with_no_business_scope() {
    assertThat(breaking(EstablishmentRules.CHARTER, b -> b.charter(Optional.empty())).failed()).isTrue();
    assertThat(breaking(EstablishmentRules.CHARTER,
        b -> b.charter(new Charter(TODAY, List.of(), compliantOrganization().charter().get().consentingFounders()))).failed()).isTrue();
  }

  @Test
  void fails_without_a_fixed_office_or_without_equipment() {
    assertThat(breaking(EstablishmentRules.FACILITIES, b -> b.facilities(new Facilities(Optional.empty(), List.of("电脑")))).failed()).isTrue();
    assertThat(breaking(EstablishmentRules.FACILITIES, b -> b.facilities(new Facilities(Optional.of("某路1号"), List.of()))).failed()).isTrue();
  }

  @Test
  void local_capital_below_30000_yuan_fails_and_at_30000_passes() {
    assertThat(breaking(EstablishmentRules.CAPITAL, b -> b.registeredCapital(Money.yuan("29999.99"))).failed()).isTrue();
    assertThat(breaking(EstablishmentRules.CAPITAL, b -> b.registeredCapital(Money.yuan("30000.00"))).passed()).isTrue();
    assertThat(breaking(EstablishmentRules.CAPITAL, b -> b.registeredCapital(Money.ZERO)).failed()).isTrue();
  }

  @Test
  void a_national_cluster_po_needs_100000_yuan() {
    Cluster national = new Cluster(Fixtures.CLUSTER_ID, 0, "x集群", Fixtures.SUZHOU, "纳米", ClusterLevel.NATIONAL, 600);
    PromotionOrganization o = PromotionOrganization.builder().from(compliantOrganization()).registeredCapital(Money.yuan("99999.99")).build();
    assertThat(EstablishmentRules.CAPITAL.evaluate(Dossier.of(o, national, Optional.of(Fixtures.authority()), 0), baseline(), TODAY).failed()).isTrue();
    PromotionOrganization enough = PromotionOrganization.builder().from(o).registeredCapital(Money.yuan("100000")).build();
    assertThat(EstablishmentRules.CAPITAL.evaluate(Dossier.of(enough, national, Optional.of(Fixtures.authority()), 0), baseline(), TODAY).passed()).isTrue();
  }

  @Test
  void staff_without_auxiliary_staff_is_an_advisory_finding() {
    var o = compliantOrganization();
    var staff = o.staff().stream().filter(s -> s.category() != StaffCategory.AUXILIARY).toList();
    Outcome out = breaking(EstablishmentRules.STAFF_CATEGORIES, b -> b.staff(staff));
    assertThat(out.failed()).isTrue();
    assertThat(EstablishmentRules.STAFF_CATEGORIES.severity()).isEqualTo(Severity.ADVISORY);
  }

  @Test
  void nine_staff_for_a_cluster_of_600_enterprises_is_below_the_baseline_of_ten() {
    var o = compliantOrganization();
    assertThat(breaking(EstablishmentRules.STAFF_HEADCOUNT, b -> b.staff(o.staff().subList(0, 9))).failed()).isTrue();
    assertThat(EstablishmentRules.STAFF_HEADCOUNT.severity()).isEqualTo(Severity.ADVISORY);
  }

  @Test
  void a_local_pack_can_make_the_staffing_advisory_binding() {
    Policy binding = overlay(Map.of("rules.bindingAdvisories", "A7.3-staff-headcount"));
    assertThat(EstablishmentRules.STAFF_HEADCOUNT.severityUnder(binding)).isEqualTo(Severity.BLOCKING);
    assertThat(EstablishmentRules.STAFF_HEADCOUNT.severityUnder(baseline())).isEqualTo(Severity.ADVISORY);
  }

  @Test
  void fails_when_the_archives_system_is_missing() {
    var systems = compliantOrganization().managementSystems().stream().filter(s -> s.kind() != ManagementSystemKind.ARCHIVES).toList();
    Outcome out = breaking(EstablishmentRules.FOUNDING_SYSTEMS, b -> b.managementSystems(systems));
    assertThat(out.failed()).isTrue();
    assertThat(out.evidence().toString()).contains("ARCHIVES");
  }

  @Test
  void fails_without_any_income_source() {
    assertThat(breaking(EstablishmentRules.INCOME, b -> b.incomeSources(Set.of())).failed()).isTrue();
  }

  // ---- Art.8 ---------------------------------------------------------------------------------

  @Test
  void fails_without_an_organisation_type() {
    assertThat(breaking(EstablishmentRules.ORGANIZATION_TYPE, b -> b.type(Optional.empty())).failed()).isTrue();
  }

  @Test
  void a_consortium_needs_two_components_none_itself_a_consortium() {
    var one = new OrganizationType(OrganizationKind.CONSORTIUM, List.of(new ConsortiumComponent("甲", OrganizationKind.SOCIAL_GROUP)));
    var nested = new OrganizationType(OrganizationKind.CONSORTIUM, List.of(new ConsortiumComponent("甲", OrganizationKind.SOCIAL_GROUP),
        new ConsortiumComponent("乙", OrganizationKind.CONSORTIUM)));
    var good = new OrganizationType(OrganizationKind.CONSORTIUM, List.of(new ConsortiumComponent("甲", OrganizationKind.SOCIAL_GROUP),
        new ConsortiumComponent("乙", OrganizationKind.RESEARCH_INSTITUTE)));
    assertThat(breaking(EstablishmentRules.ORGANIZATION_TYPE, b -> b.type(one)).failed()).isTrue();
    assertThat(breaking(EstablishmentRules.ORGANIZATION_TYPE, b -> b.type(nested)).failed()).isTrue();
    assertThat(breaking(EstablishmentRules.ORGANIZATION_TYPE, b -> b.type(good)).passed()).isTrue();
  }

  @Test
  void a_charter_without_one_founders_consent_was_not_reached_by_common_consultation() {
    Charter c = compliantOrganization().charter().get();
    Charter partial = new Charter(c.adoptedOn(), c.businessScope(), Set.of("苏州纳衡科技有限公司"));
    Outcome out = breaking(EstablishmentRules.CHARTER_CONSENSUS, b -> b.charter(partial));
    assertThat(out.failed()).isTrue();
    assertThat(out.evidence().toString()).contains("苏州市澄湖纳米产业协会");
  }

  @Test
  void each_missing_layer_fails_five_layers_and_its_own_point() {
    Map<Layer, Rule> own = Map.of(Layer.DECISION, EstablishmentRules.DECISION_BODY, Layer.SUPERVISION, EstablishmentRules.SUPERVISION_BODY,
        Layer.MANAGEMENT, EstablishmentRules.MANAGEMENT_BODY, Layer.EXECUTION, EstablishmentRules.EXECUTION_BODY,
        Layer.ADVISORY, EstablishmentRules.ADVISORY_BODY);
    for (Layer layer : Layer.values()) {
      assertThat(onGovernance(EstablishmentRules.FIVE_LAYERS, g -> without(g, layer)).failed()).as(layer.name()).isTrue();
      assertThat(onGovernance(own.get(layer), g -> without(g, layer)).failed()).as(layer.name()).isTrue();
      own.forEach((other, rule) -> {
        if (other != layer) {
          assertThat(onGovernance(rule, g -> without(g, layer)).passed()).as(layer + " / " + other).isTrue();
        }
      });
    }
  }

  @Test
  void a_council_placed_in_the_decision_layer_is_not_a_permitted_form() {
    Body wrong = new Body(new BodyId("assembly"), Layer.DECISION, BodyForm.COUNCIL, "理事会", List.of());
    assertThat(onGovernance(EstablishmentRules.DECISION_BODY, g -> without(g, Layer.DECISION).with(wrong)).failed()).isTrue();
    Body other = new Body(new BodyId("assembly"), Layer.DECISION, BodyForm.OTHER_RECOGNISED, "成员代表会议", List.of());
    assertThat(onGovernance(EstablishmentRules.DECISION_BODY, g -> without(g, Layer.DECISION).with(other)).passed()).isTrue();
  }

  @Test
  void the_management_department_may_serve_the_execution_layer_as_the_original_says() {
    Body dept = new Body(new BodyId("secretariat"), Layer.EXECUTION, BodyForm.MANAGEMENT_DEPARTMENT, "综合管理部", List.of());
    assertThat(onGovernance(EstablishmentRules.EXECUTION_BODY, g -> without(g, Layer.EXECUTION).with(dept)).passed()).isTrue();
  }

  @Test
  void a_supervisor_who_sits_on_the_council_breaks_the_separation() {
    Outcome out = onGovernance(EstablishmentRules.SUPERVISOR_SEPARATION, g -> {
      Body council = g.body(new BodyId("council")).get();
      return g.with(council.withSeat(new Seat(new Person(new PersonId("p-wang"), "王芳"), SeatRole.MEMBER, Set.of())));
    });
    assertThat(out.failed()).isTrue();
    assertThat(out.evidence().toString()).contains("p-wang");
  }

  @Test
  void the_separation_is_not_applicable_when_a_local_pack_switches_it_off() {
    Policy off = overlay(Map.of("governance.supervisorManagerSeparation", "false"));
    assertThat(EstablishmentRules.SUPERVISOR_SEPARATION.evaluate(compliantDossier(), off, TODAY))
        .isInstanceOf(Outcome.NotApplicable.class);
  }

  @Test
  void an_advisory_layer_missing_the_services_field_or_with_a_non_expert_fails() {
    Outcome missing = onGovernance(EstablishmentRules.EXPERTS, g -> {
      Body experts = g.body(new BodyId("experts")).get();
      return g.with(experts.withoutSeat(new PersonId("p-sun")));
    });
    assertThat(missing.failed()).isTrue();
    assertThat(missing.evidence().toString()).contains("SERVICES");
    Outcome layman = onGovernance(EstablishmentRules.EXPERTS, g -> {
      Body experts = g.body(new BodyId("experts")).get();
      return g.with(experts.withSeat(new Seat(new Person(new PersonId("p-wu"), "吴刚"), SeatRole.MEMBER, Set.of())));
    });
    assertThat(layman.failed()).isTrue();
    Outcome extra = onGovernance(EstablishmentRules.EXPERTS, g -> {
      Body experts = g.body(new BodyId("experts")).get();
      return g.with(experts.withSeat(new Seat(new Person(new PersonId("p-wu"), "吴刚"), SeatRole.EXPERT, Set.of(ExpertField.LAW))));
    });
    assertThat(extra.passed()).isTrue();
  }

  // ---- the rule book -------------------------------------------------------------------------

  @Test
  void the_rule_book_answers_which_rules_enforce_an_article() {
    RuleBook book = RuleBook.standard();
    assertThat(book.enforcing(Citation.article(8))).extracting(Rule::id)
        .contains("A8.1-organization-type", "A8.2-five-layers", "A8.2.5-expert-fields")
        .doesNotContain("A7.1-party-organisation");
    assertThat(book.enforcing(Citation.of("Art.7(2)"))).extracting(Rule::id)
        .contains("A7.2-name", "A7.2-capital", "A8.2-five-layers");
  }

  @Test
  void every_clause_of_articles_2_6_7_and_8_that_states_a_condition_has_a_rule() {
    RuleBook book = RuleBook.standard();
    for (String clause : List.of("Art.2", "Art.6", "Art.7(1)", "Art.7(2)", "Art.7(3)", "Art.7(4)", "Art.7(5)",
        "Art.8(1)", "Art.8(2)", "Art.8(2).1", "Art.8(2).2", "Art.8(2).3", "Art.8(2).4", "Art.8(2).5")) {
      assertThat(book.idsCiting(Citation.of(clause))).as(clause).isNotEmpty();
    }
  }

  @Test
  void a_report_lists_every_outcome_and_only_blocking_findings_block() {
    var o = compliantOrganization();
    var d = Fixtures.dossier(PromotionOrganization.builder().from(o).staff(o.staff().subList(0, 2)).build());
    ComplianceReport report = RuleBook.standard().assess(d, baseline(), TODAY, o.stage());
    assertThat(report.assessments()).hasSize((int) RuleBook.standard().rules().stream().filter(r -> r.appliesAt(o.stage())).count());
    assertThat(report.findings()).extracting(Finding::rule).contains("A7.3-staff-headcount", "A7.3-staff-categories");
    assertThat(report.clear()).isTrue();
    assertThat(report.policy()).isNotEmpty();
  }

  static Policy overlay(Map<String, String> values) {
    PolicyPack pack = PolicyPack.parse(Fixtures.SUZHOU, LocalDate.of(2026, 1, 1), 1, Text.of("苏州试点", "Suzhou pilot"), values)
        .toEither().getOrElseThrow(e -> new IllegalStateException(e.toString()));
    return PolicyResolver.resolve(List.of(pack), Fixtures.SUZHOU, TODAY);
  }
}
