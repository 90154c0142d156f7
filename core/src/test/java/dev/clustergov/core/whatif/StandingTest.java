package dev.clustergov.core.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.evaluation.EvaluationEngine;
import dev.clustergov.core.policy.ParameterValues;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.rules.RuleBook;
import dev.clustergov.core.testkit.gen.RegistryGens;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StandingTest {

  @Test
  void the_what_ifs_standing_gives_the_evaluation_engines_rating_and_total() {
    RuleBook book = RuleBook.standard();
    Gen<Policy> policies = Gen.elements(WhatIfTest.IN_FORCE,
        WhatIfTest.draft(ParameterValues.empty().with(Parameters.EVALUATION_SILVER_PERCENT, new BigDecimal("40"))),
        WhatIfTest.draft(ParameterValues.empty().with(Parameters.SANCTION_BLOCKS_RATING,
            io.vavr.collection.TreeSet.of(dev.clustergov.core.supervision.SanctionKind.values()))));
    Property.forAll(Gen.longs(), policies).tries(30).check((seed, policy) -> {
      for (var d : RegistryGens.dossiers(15, seed)) {
        var engine = EvaluationEngine.evaluate(d, policy, RegistryGens.DAY, book);
        var standing = Standing.of(d, policy, RegistryGens.DAY, book, false);
        assertThat(standing.rating()).as(d.organization().id().value()).isEqualTo(engine.rating());
        assertThat(standing.total()).isEqualByComparingTo(engine.totalPercent());
        assertThat(standing.findings().stream().filter(f -> f.blocking()).map(f -> f.rule()).sorted().toList())
            .isEqualTo(engine.blockingFindings().stream().map(f -> f.rule()).sorted().toList());
      }
    });
  }

  @Test
  void facts_gathered_under_the_pack_in_force_serve_a_draft_that_changes_only_the_scoring() {
    RuleBook book = RuleBook.standard();
    Policy draft = WhatIfTest.draft(ParameterValues.empty().with(Parameters.EVALUATION_SILVER_PERCENT, new BigDecimal("40"))
        .with(Parameters.EVALUATION_GOLD_PERCENT, new BigDecimal("70")));
    Property.forAll(Gen.longs()).tries(20).check(seed -> {
      for (var d : RegistryGens.dossiers(15, seed)) {
        var snapshot = dev.clustergov.core.evaluation.Snapshot.of(d, RegistryGens.DAY);
        var facts = new Standing.Facts();
        Standing.of(snapshot, WhatIfTest.IN_FORCE, RegistryGens.DAY, book, facts);
        assertThat(Standing.of(snapshot, draft, RegistryGens.DAY, book, facts))
            .isEqualTo(Standing.of(snapshot, draft, RegistryGens.DAY, book));
      }
    });
  }

  /**
   * Judged on an earlier day (up to fourteen months back, into the year the generated activities are held in), an
   * unsnapshotted dossier gives the engine's rating and total on that day, and the same standing as its snapshot.
   */
  @Test
  void a_dossier_judged_on_an_earlier_day_counts_only_what_was_recorded_by_then() {
    RuleBook book = RuleBook.standard();
    Property.forAll(Gen.longs(), Gen.integers(1, 14)).tries(20).check((seed, monthsBack) -> {
      java.time.LocalDate day = RegistryGens.DAY.minusMonths(monthsBack);
      for (var d : RegistryGens.dossiers(10, seed)) {
        var engine = EvaluationEngine.evaluate(d, WhatIfTest.IN_FORCE, day, book);
        var standing = Standing.of(d, WhatIfTest.IN_FORCE, day, book, false);
        assertThat(standing.rating()).as(d.organization().id().value() + " on " + day).isEqualTo(engine.rating());
        assertThat(standing.total()).isEqualByComparingTo(engine.totalPercent());
        assertThat(Standing.of(dev.clustergov.core.evaluation.Snapshot.of(d, day), WhatIfTest.IN_FORCE, day, book, true))
            .isEqualTo(standing);
      }
    });
  }

  /**
   * Decision 0609: the what-if and the evaluation engine judge an IP agreement by the same day — the day before its last
   * needed signature neither counts it (A16-ip-system blocks), on that day both do.
   */
  @Test
  void the_what_if_and_the_engine_count_an_ip_agreement_from_the_same_day() {
    RuleBook book = RuleBook.standard();
    var o = dev.clustergov.core.testkit.fixtures.Fixtures.organization(dev.clustergov.core.organization.LifecycleStage.RECOGNISED);
    var without = dev.clustergov.core.organization.ImmutablePromotionOrganization.copyOf(o).withManagementSystems(o.managementSystems()
        .stream().filter(s -> s.kind() != dev.clustergov.core.management.ManagementSystemKind.IP_MANAGEMENT).toList());
    var agreement = dev.clustergov.core.testkit.contract.DisputeSamples.amendedHalfSigned("ip-1", without.id());
    var d = dev.clustergov.core.rules.Dossier.builder().from(dev.clustergov.core.testkit.fixtures.Fixtures.dossier(without))
        .ipAgreements(List.of(agreement)).build();
    java.time.LocalDate inForce = agreement.inForceSince().orElseThrow();
    for (var day : List.of(inForce.minusDays(1), inForce)) {
      var engine = EvaluationEngine.evaluate(d, WhatIfTest.IN_FORCE, day, book);
      var standing = Standing.of(d, WhatIfTest.IN_FORCE, day, book, false);
      boolean engineBlocks = engine.blockingFindings().stream().anyMatch(f -> f.rule().equals("A16-ip-system"));
      boolean whatIfBlocks = standing.findings().stream().anyMatch(f -> f.blocking() && f.rule().equals("A16-ip-system"));
      assertThat(engineBlocks).as("engine on " + day).isEqualTo(day.isBefore(inForce));
      assertThat(whatIfBlocks).as("what-if on " + day).isEqualTo(engineBlocks);
    }
  }

  /**
   * A RULES indicator scores the share of its named rules that apply and pass, by hand here: a rule the book lacks is
   * left out, not counted as failing; rules that all fail give 0; none applicable gives 100.
   */
  @Test
  void a_rules_indicator_counts_only_the_rules_the_book_has_that_apply() {
    RuleBook standard = RuleBook.standard();
    var indicators = WhatIfTest.IN_FORCE.get(Parameters.EVALUATION_INDICATORS).all().toJavaList();
    var rulesIndicator = indicators.stream().filter(i -> i.measure() == dev.clustergov.core.policy.Measure.RULES).findFirst()
        .orElseThrow();
    java.util.Set<String> named = new java.util.HashSet<>(rulesIndicator.arguments());
    for (var d : RegistryGens.dossiers(30, 5)) {
      var snapshot = dev.clustergov.core.evaluation.Snapshot.of(d, RegistryGens.DAY);
      // the book without the first named rule that applies and passes, and the book without all that pass
      java.util.List<dev.clustergov.core.rules.Rule> passing = new java.util.ArrayList<>();
      long applicable = 0;
      for (String id : rulesIndicator.arguments()) {
        var o = standard.rule(id).orElseThrow().evaluate(snapshot, WhatIfTest.IN_FORCE, RegistryGens.DAY);
        if (o.passed() || o.failed()) {
          applicable++;
        }
        if (o.passed()) {
          passing.add(standard.rule(id).orElseThrow());
        }
      }
      if (passing.isEmpty()) {
        continue;
      }
      for (var dropped : List.of(passing.subList(0, 1), passing)) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        dropped.forEach(r -> ids.add(r.id()));
        RuleBook less = RuleBook.of(standard.rules().stream().filter(r -> !ids.contains(r.id())).toList());
        long stillApplicable = applicable - ids.size();
        long stillPassing = passing.size() - ids.size();
        BigDecimal expected = stillApplicable == 0 ? new BigDecimal("100")
            : BigDecimal.valueOf(stillPassing * 100).divide(BigDecimal.valueOf(stillApplicable), 2, java.math.RoundingMode.DOWN);
        var engine = EvaluationEngine.evaluate(snapshot, WhatIfTest.IN_FORCE, RegistryGens.DAY, less);
        var score = engine.scores().stream().filter(x -> x.indicator().equals(rulesIndicator.id())).findFirst().orElseThrow();
        assertThat(score.measured()).as(d.organization().id().value() + " without " + ids).isEqualByComparingTo(expected);
        var standing = Standing.of(snapshot, WhatIfTest.IN_FORCE, RegistryGens.DAY, less);
        assertThat(standing.total()).isEqualByComparingTo(engine.totalPercent());
      }
      assertThat(named).isNotEmpty();
    }
  }

  /**
   * A step taken after the day tells the record from its snapshot: a dispute raised sixty days before the day and in
   * consultation on it, resolved by consultation five days after it, is overdue on the day (A15-consultation-overdue,
   * Art.15) only as the snapshot reads it. An unsnapshotted dossier is judged as its snapshot; read as recorded, the
   * resolution would already count.
   */
  @Test
  void a_step_taken_after_the_day_is_not_read_on_the_day() {
    RuleBook book = RuleBook.standard();
    java.time.LocalDate day = RegistryGens.DAY;
    var dispute = new dev.clustergov.core.dispute.Dispute(new dev.clustergov.core.dispute.DisputeId("dispute-1"), 0,
        dev.clustergov.core.testkit.fixtures.Fixtures.ORGANIZATION_ID, "会费分摊", List.of("甲", "乙"), List.of(
            step(dev.clustergov.core.dispute.StepKind.RAISED, day.minusDays(60), dev.clustergov.core.dispute.Capacity.MEMBER),
            step(dev.clustergov.core.dispute.StepKind.CONSULTATION_OPENED, day.minusDays(50), dev.clustergov.core.dispute.Capacity.SECRETARIAT),
            step(dev.clustergov.core.dispute.StepKind.RESOLVED_BY_CONSULTATION, day.plusDays(5), dev.clustergov.core.dispute.Capacity.SECRETARIAT)));
    var dossier = dev.clustergov.core.rules.ImmutableDossier.copyOf(dev.clustergov.core.testkit.fixtures.Fixtures.compliantDossier())
        .withPeriod(EvaluationEngine.periodEnding(day)).withDisputes(dispute);

    var standing = Standing.of(dossier, WhatIfTest.IN_FORCE, day, book, false);
    assertThat(standing.findings()).extracting(f -> f.rule()).contains("A15-consultation-overdue");
    assertThat(standing).isEqualTo(Standing.of(dev.clustergov.core.evaluation.Snapshot.of(dossier, day), WhatIfTest.IN_FORCE, day, book));
    assertThat(Standing.of(dossier, WhatIfTest.IN_FORCE, day, book, true).findings()).extracting(f -> f.rule())
        .as("the record as it stands now: resolved").doesNotContain("A15-consultation-overdue");
  }

  private static dev.clustergov.core.dispute.Step step(dev.clustergov.core.dispute.StepKind kind, java.time.LocalDate on,
      dev.clustergov.core.dispute.Capacity capacity) {
    return new dev.clustergov.core.dispute.Step(kind, on, "陈静", capacity, java.util.Optional.empty(), java.util.Optional.empty());
  }
}
