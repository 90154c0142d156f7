package dev.clustergov.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.guideline.Guideline;
import dev.clustergov.core.guideline.Modality;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A rule's severity comes from its clause's modal word (GUIDELINE.md): 应/应当/必须/要 make it blocking,
 * 宜/鼓励/支持/可以 advisory. Where a clause has no modal word, or says 可以 about what is permitted, the
 * rule's severity is a decision written down here with its reason, so a new rule cannot slip by.
 */
class SeverityFollowsTheModalWordTest {

  /** Rules whose blocking severity does not come from a 应-word, and why. */
  static final Map<String, String> DECIDED = Map.of(
      "A2-founders", "Art.2 defines what a PO is: a body founded by no unit is not a PO at all",
      "A2-government-guidance", "Art.2 defines a PO as founded under government guidance",
      "A2-legal-person", "Art.2 defines a PO as a third-party legal person",
      "A2-one-recognised-per-cluster", "Art.2 places a PO in one specific cluster; the number is policy (Art.30)",
      "A6-supervising-authority", "Art.6: recognition is the act of the local authority; without one the step cannot happen",
      "A8.1-organization-type", "Art.8(1) says 可以 to list the permitted types; being one of them is the condition of Art.8's 应具备",
      "A25-rectification-overdue", "Art.25 states the supervisory model without a modal word; the deadline is the own "
          + "authority's order under Art.26 and the finding cites a clause the PO broke and has not remedied in time (decision 0261)");

  /** Rules that are advisory although their clause binds, because the part they check is not in the clause. */
  static final Map<String, String> DECIDED_ADVISORY = Map.of(
      "A15-consultation-overdue", "Art.15 binds the PO to have consultation, but sets no time limit: the policy's days "
          + "are this library's prompt (decision 0242), so a late consultation is reported, not blocked");

  @Test
  void every_rule_is_blocking_exactly_when_its_first_clause_binds_or_a_recorded_decision_says_so() {
    for (Rule rule : RuleBook.standard().rules()) {
      Citation clause = rule.clauses().get(0);
      Modality modality = Guideline.clause(clause).map(c -> c.modality()).getOrElseThrow(() -> new AssertionError(clause));
      if (DECIDED_ADVISORY.containsKey(rule.id())) {
        assertThat(rule.severity()).as(rule.id() + ": " + DECIDED_ADVISORY.get(rule.id())).isEqualTo(Severity.ADVISORY);
        assertThat(modality.binding()).as(rule.id() + " is listed as advisory by decision but its clause does not bind").isTrue();
      } else if (DECIDED.containsKey(rule.id())) {
        assertThat(rule.severity()).as(rule.id() + ": " + DECIDED.get(rule.id())).isEqualTo(Severity.BLOCKING);
        assertThat(modality.binding()).as(rule.id() + " is listed as a decision but its clause binds anyway").isFalse();
      } else {
        assertThat(rule.severity()).as(rule.id() + " on " + clause + " (" + modality + ")")
            .isEqualTo(modality.binding() ? Severity.BLOCKING : Severity.ADVISORY);
      }
    }
  }

  /** A binding modal word in a rule's Chinese: 应/应当/须/必须, not the 应 of 相应、响应、对应、供应、适应、反应 or 应用. */
  static final java.util.regex.Pattern BINDING_WORD = java.util.regex.Pattern.compile("(?<!相|响|对|供|适|反)应(?!用)|须");

  @Test
  void an_advisory_rule_on_a_clause_that_does_not_bind_says_no_binding_word() {
    // a reader of 公文 takes 应 as a duty: a 提示性 rule says 宜, or states what the guideline states (review stop 27, item 8)
    for (Rule rule : RuleBook.standard().rules()) {
      Modality modality = Guideline.clause(rule.clauses().get(0)).map(c -> c.modality()).getOrElseThrow(() -> new AssertionError(rule.id()));
      if (rule.severity() == Severity.ADVISORY && !modality.binding()) {
        assertThat(BINDING_WORD.matcher(rule.message().zh()).find()).as(rule.id() + ": " + rule.message().zh()).isFalse();
      }
    }
    assertThat(BINDING_WORD.matcher("重大事项应在政策规定的天数内公开").find()).isTrue();
    assertThat(BINDING_WORD.matcher("宜配备相应的专业技术人员").find()).isFalse();
  }
}
