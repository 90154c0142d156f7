package dev.clustergov.core.whatif;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Rule;
import dev.clustergov.core.rules.RuleBook;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.testkit.gen.RegistryGens;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Policy cases (政策测试, Art.30) compared with what came, on the whatif package's own {@link PolicyCases} (the
 * application's {@code PolicyCasesTest} runs them through the use case): a case expecting what came has no mismatch,
 * each wrong expectation is one mismatch naming it, its clause and both values, and a rule id the book does not know
 * is malformed. What "came" is taken from a first run with nothing expected; which rating, total and incentive a
 * dossier gets is {@code StandingTest}'s and the incentive tests' business.
 */
class PolicyCasesRunTest {

  static final RuleBook BOOK = RuleBook.standard();

  static PolicyCase expecting(Dossier d, PolicyCase.Expectation e) {
    return new PolicyCase("案例", d.organization().id(), RegistryGens.DAY, Optional.empty(), e);
  }

  @Test
  void a_case_expecting_what_came_passes_and_each_wrong_expectation_is_one_mismatch_with_its_clause() {
    Dossier d = RegistryGens.dossiers(20, 5).stream()
        .filter(x -> !PolicyCases.run(expecting(x, PolicyCase.Expectation.nothing()), x, WhatIfTest.IN_FORCE, BOOK).findings().isEmpty())
        .findFirst().orElseThrow();
    CaseVerdict came = PolicyCases.run(expecting(d, PolicyCase.Expectation.nothing()), d, WhatIfTest.IN_FORCE, BOOK);
    assertThat(came.mismatches()).isEmpty();
    assertThat(came.on()).isEqualTo(RegistryGens.DAY);
    String failing = came.findings().get(0).rule();
    String passing = BOOK.rules().stream().map(Rule::id).filter(id -> came.findings().stream().noneMatch(f -> f.rule().equals(id)))
        .findFirst().orElseThrow();

    CaseVerdict right = PolicyCases.run(expecting(d, new PolicyCase.Expectation(Optional.of(came.rating()),
        Optional.of(came.total().setScale(came.total().scale() + 2)), Optional.of(came.eligible()), Optional.of(came.incentive()),
        List.of(failing), List.of(passing))), d, WhatIfTest.IN_FORCE, BOOK);
    assertThat(right.mismatches()).isEmpty();
    assertThat(right.passed()).isTrue();

    Rating otherRating = came.rating() == Rating.GOLD ? Rating.BRONZE : Rating.GOLD;
    BigDecimal otherTotal = came.total().add(BigDecimal.ONE);
    Money otherIncentive = came.incentive().equals(Money.yuan("12345.67")) ? Money.yuan("1.00") : Money.yuan("12345.67");
    CaseVerdict wrong = PolicyCases.run(expecting(d, new PolicyCase.Expectation(Optional.of(otherRating), Optional.of(otherTotal),
        Optional.of(!came.eligible()), Optional.of(otherIncentive), List.of(passing), List.of(failing))), d, WhatIfTest.IN_FORCE, BOOK);
    assertThat(wrong.passed()).isFalse();
    assertThat(wrong.mismatches()).extracting(CaseVerdict.Mismatch::expectation)
        .containsExactly("rating", "total", "eligible", "incentive", "failing[0]", "passing[0]");
    assertThat(wrong.mismatches()).extracting(CaseVerdict.Mismatch::expected).containsExactly(otherRating.name(),
        otherTotal.toPlainString(), String.valueOf(!came.eligible()), otherIncentive.toString(), passing + " fails", failing + " passes");
    assertThat(wrong.mismatches()).extracting(CaseVerdict.Mismatch::actual).containsExactly(came.rating().name(),
        came.total().toPlainString(), String.valueOf(came.eligible()), came.incentive().toString(),
        String.join(", ", came.findings().stream().map(Finding::rule).toList()), "fails");
    assertThat(wrong.mismatches().get(0).citations()).containsExactly(Citation.article(28));
    assertThat(wrong.mismatches().get(1).citations()).containsExactly(Citation.article(28));
    assertThat(wrong.mismatches().get(2).citations()).containsExactly(Citation.article(29));
    assertThat(wrong.mismatches().get(3).citations()).containsExactly(Citation.article(29));
    assertThat(wrong.mismatches().get(4).citations()).isEqualTo(BOOK.rule(passing).orElseThrow().clauses());
    assertThat(wrong.mismatches().get(0).message().en())
        .isEqualTo("the rating should be " + otherRating.title().en() + "; it is " + came.rating().title().en());
    assertThat(wrong.mismatches().get(5).message().en()).startsWith("rule " + failing + " should not fail; it fails: ");
    assertThat(wrong.mismatches().get(2).message().en()).isEqualTo(came.eligible()
        ? "should not be eligible for an incentive; it is" : "should be eligible for an incentive; it is not");
    assertThat(wrong.mismatches().get(2).message().zh()).isEqualTo(came.eligible() ? "不应符合激励条件，实际符合" : "应符合激励条件，实际不符合");
  }

  @Test
  void a_case_naming_a_rule_the_book_does_not_have_is_malformed() {
    assertThat(PolicyCases.knows(BOOK, BOOK.rules().get(0).id())).isTrue();
    assertThat(PolicyCases.knows(BOOK, "A99-no-such-rule")).isFalse();
    Dossier d = RegistryGens.dossiers(1, 5).get(0);
    var e = new PolicyCase.Expectation(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        List.of("A99-no-such-rule"), List.of());
    assertThatThrownBy(() -> PolicyCases.run(expecting(d, e), d, WhatIfTest.IN_FORCE, BOOK))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no rule A99-no-such-rule");
  }
}
