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
}
