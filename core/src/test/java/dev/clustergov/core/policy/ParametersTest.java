package dev.clustergov.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.kernel.Violation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ParametersTest {

  @Test
  void every_parameter_constant_is_in_the_registry() throws IllegalAccessException {
    var constants = new java.util.ArrayList<Parameter<?>>();
    for (Field f : Parameters.class.getFields()) {
      if (Modifier.isStatic(f.getModifiers()) && f.getType() == Parameter.class) {
        constants.add((Parameter<?>) f.get(null));
      }
    }
    assertThat(constants).hasSize(Parameters.all().size());
    assertThat(Parameters.all()).containsExactlyInAnyOrderElementsOf(constants);
  }

  @Test
  void finds_each_parameter_by_its_key_and_nothing_by_an_unknown_key() {
    for (Parameter<?> p : Parameters.all()) {
      assertThat(Parameters.byKey(p.key()).get()).isSameAs(p);
    }
    assertThat(Parameters.byKey("capital.minimum.galactic").isEmpty()).isTrue();
  }

  @Test
  void every_parameter_cites_a_clause_and_describes_itself_in_both_languages() {
    for (Parameter<?> p : Parameters.all()) {
      assertThat(p.clauses()).as(p.key()).isNotEmpty();
      assertThat(p.description().zh()).as(p.key()).isNotBlank();
      assertThat(p.description().en()).as(p.key()).isNotBlank();
    }
    assertThat(Parameters.CAPITAL_MINIMUM_NATIONAL.clauses().head().format()).isEqualTo("Art.7(2)");
    assertThat(Parameters.ADVISORY_REQUIRED_EXPERT_FIELDS.clauses().head().format()).isEqualTo("Art.8(2).5");
  }

  @Test
  void keys_are_the_documented_stable_keys() {
    assertThat(Parameters.all().map(Parameter::key)).containsExactlyInAnyOrder(Arrays.asList(
        "capital.minimum.national", "capital.minimum.local", "staffing.tiers", "staffing.requireAllCategories",
        "advisory.requiredExpertFields", "advisory.minimumExpertFields", "governance.supervisorManagerSeparation",
        "income.minimumSources", "cluster.maxRecognisedOrganizations", "rules.bindingAdvisories",
        "charter.minimumBusinessScopeItems", "dispute.consultationMaxDays", "disclosure.majorMatterDays", "disclosure.annualReportDue",
        "disclosure.annualReportEstablishedBy",
        "disclosure.majorMatters", "employment.salaryTolerancePercent",
        "incentive.rates.landedInvestment", "incentive.rates.technologyTransactions", "incentive.rates.supplyContracts",
        "incentive.talentAmounts", "incentive.cap.perPeriod", "incentive.cap.landedInvestment",
        "incentive.cap.technologyTransactions", "incentive.cap.supplyContracts", "incentive.cap.talent",
        "incentive.requireFiveLayers", "incentive.minimumActiveFunctions", "incentive.minimumRating",
        "incentive.requireRecognition",
                "sanction.blocksRating", "sanction.blocksIncentives",
        "evaluation.indicators", "evaluation.goldPercent", "evaluation.silverPercent", "evaluation.goldEveryThreshold",
        "evaluation.validityMonths", "evaluation.coolingOffMonths",
        "operation.functionLookbackMonths").toArray(String[]::new));
  }

  @Test
  void the_conditions_between_parameters_are_the_three_the_packs_must_meet_each_reading_its_own_parameters() {
    assertThat(Parameters.consistency().map(Consistency::code)).containsExactly(
        "capital-local-above-national", "evaluation-weights-total", "evaluation-gold-below-silver");
    assertThat(Parameters.consistency().map(c -> c.reads().map(Parameter::key).mkString("+"))).containsExactly(
        "capital.minimum.local+capital.minimum.national", "evaluation.indicators",
        "evaluation.goldPercent+evaluation.silverPercent");
    // the list is the one the packs are checked against: each condition alone finds what the whole check finds
    ParameterValues bad = ParameterValues.parse(java.util.Map.of("capital.minimum.local", "200000",
        "capital.minimum.national", "100000", "evaluation.goldPercent", "70", "evaluation.silverPercent", "80")).get();
    assertThat(Parameters.consistency().flatMap(c -> c.check(bad)).map(Violation::code))
        .containsExactlyElementsOf(Parameters.inconsistencies(bad).map(Violation::code))
        .containsExactly("capital-local-above-national", "evaluation-gold-below-silver");
  }
}
