package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The guards of chapter 2 (组建, Art.2, 6–8, 14) on both sides: over generated situations each guard gives a finding
 * exactly when an oracle written from its clause says the clause is broken, with the evidence of the breach under the
 * keys the REST problems show.
 */
class EstablishmentGuardProperties {

  private static final Gen<LifecycleStage> STAGES = Gen.enumValues(LifecycleStage.class);
  private static final Gen<OrganizationId> ORGANIZATION = Gen.elements(new OrganizationId("org-000001"),
      new OrganizationId("org-000002"), new OrganizationId("org-000003"), new OrganizationId("org-000004"));
  private static final Gen<ClusterId> CLUSTER = Gen.elements(new ClusterId("cluster-000001"), new ClusterId("cluster-000002"));
  private static final Gen<AuthorityId> AUTHORITY = Gen.elements(new AuthorityId("authority-000001"),
      new AuthorityId("authority-000002"));
  private static final Gen<BodyId> BODY = Gen.elements(new BodyId("assembly"), new BodyId("council"), new BodyId("nowhere"));
  private static final Gen<LocalDate> DATES = Gen.dates(LocalDate.of(2024, 12, 25), LocalDate.of(2025, 1, 10));

  private static List<String> evidence(Finding f) {
    return f.evidence().stream().map(Evidence::toString).toList();
  }

  private static void same(Finding f, Guard<?> guard) {
    assertThat(f.rule()).isEqualTo(guard.id());
    assertThat(f.citations()).isEqualTo(guard.clauses());
    assertThat(f.message()).isEqualTo(guard.message());
    assertThat(f.severity()).isEqualTo(Severity.BLOCKING);
  }

  // ---- A7-application-open --------------------------------------------------------------------

  @Test
  void a_founding_application_is_amended_only_while_the_po_is_proposed() {
    Property.forAll(STAGES).named("A7-application-open both sides").check(stage -> {
      Optional<Finding> found = Guard.APPLICATION_OPEN.check(new Guard.Amending(stage));
      // 组建条件在筹建阶段申报: 筹建 is the first stage, before 组建
      assertThat(found.isPresent()).isEqualTo(stage.ordinal() != 0);
      found.ifPresent(f -> {
        same(f, Guard.APPLICATION_OPEN);
        assertThat(evidence(f)).containsExactly("stage=" + stage.name());
      });
    });
  }

  // ---- A6-application-keeps-supervision -------------------------------------------------------

  @Test
  void an_amendment_is_refused_exactly_when_it_names_another_cluster_or_another_authority() {
    Property.forAll(Gen.zip(CLUSTER, CLUSTER), Gen.zip(AUTHORITY, AUTHORITY)).named("A6-application-keeps-supervision both sides")
        .check((clusters, authorities) -> {
          Guard.Amendment a = new Guard.Amendment(clusters._1, clusters._2, authorities._1, authorities._2);
          boolean handedOn = !clusters._1.value().equals(clusters._2.value()) || !authorities._1.value().equals(authorities._2.value());
          Optional<Finding> found = Guard.APPLICATION_KEEPS_SUPERVISION.check(a);
          assertThat(found.isPresent()).isEqualTo(handedOn);
          found.ifPresent(f -> {
            same(f, Guard.APPLICATION_KEEPS_SUPERVISION);
            assertThat(evidence(f)).containsExactly("cluster=" + clusters._1.value(), "amendedCluster=" + clusters._2.value(),
                "supervisingAuthority=" + authorities._1.value(), "amendedAuthority=" + authorities._2.value());
          });
        });
  }

  // ---- A2-one-credit-code ---------------------------------------------------------------------

  @Test
  void a_credit_code_is_refused_exactly_when_another_po_holds_it() {
    CreditCode code = CreditCode.parse(Fixtures.PO_CREDIT_CODE).get();
    Property.forAll(ORGANIZATION, Gen.setOf(ORGANIZATION, 0, 3)).named("A2-one-credit-code both sides").check((filing, holders) -> {
      List<OrganizationId> held = List.copyOf(holders);
      List<String> others = new ArrayList<>();
      for (OrganizationId h : held) {
        if (!h.value().equals(filing.value())) {
          others.add(h.value());
        }
      }
      Optional<Finding> found = Guard.ONE_CREDIT_CODE.check(new Guard.CreditCodeFiling(filing, code, held));
      assertThat(found.isPresent()).isEqualTo(!others.isEmpty());
      found.ifPresent(f -> {
        same(f, Guard.ONE_CREDIT_CODE);
        assertThat(evidence(f)).containsExactly("creditCode=" + code.value(), "heldBy=" + others);
      });
    });
  }

  // ---- A7.2-name-unique-in-cluster ------------------------------------------------------------

  private static final Gen<String> NAMES = Gen.elements("苏州市纳米新材料产业集群促进会", " 苏州市纳米新材料产业集群促进会 ",
      "无锡市昱岑物联网产业集群促进会");
  private static final Gen<Guard.Named> REGISTERED = Gen.combine(ORGANIZATION, NAMES, STAGES, Guard.Named::new);

  @Test
  void a_name_is_refused_exactly_when_another_live_po_of_the_cluster_bears_it() {
    Property.forAll(Gen.zip(ORGANIZATION, NAMES, CLUSTER), Gen.listOf(REGISTERED, 0, 4)).named("A7.2-name-unique-in-cluster both sides")
        .check((filed, registered) -> {
          List<String> same = new ArrayList<>();
          for (Guard.Named r : registered) {
            boolean live = r.stage() != LifecycleStage.REVOKED && r.stage() != LifecycleStage.DISSOLVED;
            if (live && !r.id().value().equals(filed._1.value()) && r.name().trim().equals(filed._2.trim())) {
              same.add(r.id().value());
            }
          }
          Optional<Finding> found = Guard.NAME_UNIQUE_IN_CLUSTER.check(new Guard.Naming(filed._1, filed._2, filed._3, registered));
          assertThat(found.isPresent()).isEqualTo(!same.isEmpty());
          found.ifPresent(f -> {
            same(f, Guard.NAME_UNIQUE_IN_CLUSTER);
            assertThat(evidence(f)).containsExactly("name=" + filed._2, "cluster=" + filed._3.value(), "registeredAs=" + same);
          });
        });
  }

  // ---- A8.2.1-decision-layer-decides and A8-major-matter-decision -----------------------------

  private static final Gen<Guard.Decision> DECISIONS = Gen.combine(Gen.elements("decidedBy", "adoptedBy"), BODY,
      Gen.optional(Gen.enumValues(Layer.class)), Guard.Decision::new);

  @Test
  void the_charter_and_the_capital_are_decided_only_by_a_body_of_the_decision_layer() {
    Property.forAll(DECISIONS).named("A8.2.1-decision-layer-decides both sides").check(d -> {
      // 决策层……负责审议章程修改等重大事项
      boolean decisionLayer = d.layer().isPresent() && d.layer().get().name().equals("DECISION");
      Optional<Finding> found = Guard.DECISION_LAYER_DECIDES.check(d);
      assertThat(found.isPresent()).isEqualTo(!decisionLayer);
      found.ifPresent(f -> {
        same(f, Guard.DECISION_LAYER_DECIDES);
        assertThat(evidence(f)).containsExactly(d.field() + "=" + d.body().value(),
            "layer=" + (d.layer().isPresent() ? d.layer().get().name() : "none"));
      });
    });
  }

  @Test
  void a_major_matter_is_decided_only_by_a_body_of_the_decision_or_the_management_layer() {
    Property.forAll(DECISIONS).named("A8-major-matter-decision both sides").check(d -> {
      // 重大事项由决策层决定，决策层职权以外的重大事项由管理层决定
      boolean deciding = d.layer().isPresent() && List.of("DECISION", "MANAGEMENT").contains(d.layer().get().name());
      Optional<Finding> found = Guard.MAJOR_MATTER_DECISION.check(d);
      assertThat(found.isPresent()).isEqualTo(!deciding);
      found.ifPresent(f -> {
        same(f, Guard.MAJOR_MATTER_DECISION);
        assertThat(evidence(f)).containsExactly(d.field() + "=" + d.body().value(),
            "layer=" + (d.layer().isPresent() ? d.layer().get().name() : "none"));
      });
    });
  }

  @Test
  void a_decision_is_read_from_the_pos_governance_by_its_body() {
    var governance = Fixtures.compliantOrganization().governance();
    assertThat(Guard.Decision.by("decidedBy", new BodyId("assembly"), governance).layer()).contains(Layer.DECISION);
    assertThat(Guard.Decision.by("decidedBy", new BodyId("council"), governance).layer()).contains(Layer.MANAGEMENT);
    assertThat(Guard.Decision.by("decidedBy", new BodyId("nowhere"), governance).layer()).isEmpty();
  }

  // ---- A14-decision-date ----------------------------------------------------------------------

  @Test
  void the_day_of_a_decision_is_refused_exactly_when_it_is_after_today_or_before_the_po_was_proposed() {
    Property.forAll(DATES, DATES, DATES).named("A14-decision-date both sides").check((decidedOn, today, proposedOn) -> {
      long day = decidedOn.toEpochDay();
      boolean broken = day > today.toEpochDay() || day < proposedOn.toEpochDay();
      Optional<Finding> found = Guard.DECISION_DATE.check(new Guard.Decided(decidedOn, today, proposedOn));
      assertThat(found.isPresent()).isEqualTo(broken);
      found.ifPresent(f -> {
        same(f, Guard.DECISION_DATE);
        assertThat(evidence(f)).containsExactly("decidedOn=" + decidedOn, "today=" + today, "organizationProposedOn=" + proposedOn);
      });
    });
  }
}
