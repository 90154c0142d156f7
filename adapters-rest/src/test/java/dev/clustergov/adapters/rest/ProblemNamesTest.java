package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The names a problem gives to records: never a code type name (review stop 27 item 16). */
class ProblemNamesTest {

  /** Every type name the core's use cases and the stores give a version conflict. */
  static final List<String> CONFLICT_TYPES = List.of("PromotionOrganization", "FeeSchedule", "Dispute", "Evaluator", "Inspection",
      "Sanction", "Membership", "Platform", "IpAgreement", "LedgerEntry", "PolicyPack", "ServiceActivity", "Disclosure",
      "DisclosureObligation", "Authority", "SelfDisciplineMeasure", "DisciplinaryAction", "IncentiveAward", "Evaluation", "Cluster");

  @Test
  void every_record_a_conflict_concerns_is_named_in_words_in_both_languages() {
    for (String type : CONFLICT_TYPES) {
      var name = ProblemNames.record(type);
      assertThat(name.zh()).as(type).isNotEqualTo("记录").doesNotContainPattern("[A-Za-z]");
      assertThat(name.en()).as(type).isNotEqualTo("record").doesNotContain(type).matches("[a-z][a-z -]*|IP agreement|PO");
    }
    assertThat(ProblemNames.record("PromotionOrganization").zh()).isEqualTo("集群发展促进组织");
  }

  @Test
  void a_rejection_says_there_is_a_problem_of_non_compliance_and_that_its_clauses_follow() {
    // review stop 28 PR4: not 「1项问题不符合约束性要求，已附所依据的条款」 (the problem does not breach the requirement)
    var recognise = dev.clustergov.core.rules.CommandName.of("RecogniseOrganization");
    var one = ApiError.rejected(recognise, 1);
    assertThat(one.zh()).isEqualTo("“认定”操作未通过：存在1项不符合约束性要求的问题，所依据的条款附后。");
    assertThat(one.en()).endsWith(" was rejected: there is 1 finding against a binding requirement; its clause follows.");
    var two = ApiError.rejected(recognise, 2);
    assertThat(two.zh()).isEqualTo("“认定”操作未通过：存在2项不符合约束性要求的问题，所依据的条款附后。");
    assertThat(two.en()).endsWith(" was rejected: there are 2 findings against binding requirements; their clauses follow.");
  }

  /**
   * Review stop 28 E8: the English problem details quote in curly quotes, as every other English text does — the 422 of
   * every command, a 403 with its principle, a 409 — never ASCII quotes (The operation "recognise the PO").
   */
  @Test
  void the_english_problem_details_quote_in_curly_quotes() {
    java.util.List<String> details = new java.util.ArrayList<>();
    for (String command : ProblemNames.commands()) {
      details.add(ApiError.rejected(dev.clustergov.core.rules.CommandName.of(command), 1).en());
      details.add(ApiError.rejected(dev.clustergov.core.rules.CommandName.of(command), 3).en());
    }
    details.add(ApiError.changed("PromotionOrganization", 1, 2, false).en());
    details.add(ApiError.forbidden(dev.clustergov.core.kernel.Text.of("甲", "Only the PO's own supervising authority may do this"),
        dev.clustergov.core.kernel.Text.of("落实“谁主管、谁负责”原则", "the principle “whoever is in charge is responsible”"),
        java.util.List.of(dev.clustergov.core.guideline.Citation.article(26))).detail.en());
    assertThat(details).hasSizeGreaterThan(20).allSatisfy(d -> assertThat(d).doesNotContain("\""));
    assertThat(ApiError.rejected(dev.clustergov.core.rules.CommandName.of("RecogniseOrganization"), 1).en())
        .startsWith("The operation “recognise the PO” was rejected");
  }

  @Test
  void a_stale_version_is_said_without_a_type_name_or_an_id() {
    var t = ApiError.changed("PromotionOrganization", 1, 5, false);
    assertThat(t.zh()).isEqualTo("该集群发展促进组织的记录已被修改（当前为第5版，请求依据的是第1版），请重新读取后再办理");
    assertThat(t.en()).isEqualTo("This PO's record has changed (it is now at version 5; the request was based on version 1); "
        + "read it again before acting");
    // a type nobody named: a general word, still no code name
    var unknown = ApiError.changed("SomethingNew", 2, 3, true);
    assertThat(unknown.zh()).isEqualTo("该记录已被修改（当前为第3版，请求头“If-Match”给出的是第2版），请重新读取后再办理");
    assertThat(unknown.en()).startsWith("This record has changed (it is now at version 3;").doesNotContain("SomethingNew");
  }
}
