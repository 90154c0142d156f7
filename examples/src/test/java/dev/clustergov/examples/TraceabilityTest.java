package dev.clustergov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.guideline.Guideline;
import dev.clustergov.core.rules.RuleBook;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TraceabilityTest {

  static List<String> printed() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"traceability"}, new PrintStream(bytes, true, StandardCharsets.UTF_8), System.err);
    assertThat(code).isZero();
    return bytes.toString(StandardCharsets.UTF_8).lines().toList();
  }

  @Test
  void prints_one_line_per_clause_in_catalogue_order() {
    List<String> lines = printed();
    assertThat(lines).hasSize(Guideline.clauses().size());
    assertThat(lines.stream().map(l -> l.substring(0, l.indexOf('\t'))).toList())
        .containsExactlyElementsOf(Guideline.clauses().map(c -> c.format()));
  }

  @Test
  void art_7_1_lists_the_party_organisation_rule() {
    assertThat(printed()).contains("Art.7(1)\tA7.1-party-organisation");
  }

  @Test
  void art_1_has_nothing_after_the_tab() {
    assertThat(printed().get(0)).isEqualTo("Art.1\t");
  }

  @Test
  void a_clause_enforced_by_several_rules_and_guards_lists_them_comma_separated() {
    assertThat(printed()).contains("Art.6\t" + String.join(",", RuleBook.standard().idsCiting(
        dev.clustergov.core.guideline.Citation.article(6))));
    assertThat(printed().stream().filter(l -> l.startsWith("Art.6\t")).findFirst().orElseThrow())
        .contains("A6-supervising-authority").contains("A26-own-authority").contains("A6-lifecycle");
  }

  @Test
  void every_rule_of_the_standard_book_appears_in_the_table() {
    String table = String.join("\n", printed());
    RuleBook.standard().rules().forEach(r -> assertThat(table).contains(r.id()));
  }
}
