package dev.clustergov.core.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.testkit.property.Alphabet;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The explanation's canonical text (Art.28, ADR 0270): any tree, any text, reads back equal; anything else is refused. */
class ExplanationProperties {

  static final Gen<String> TEXTS = Gen.oneOf(Gen.strings(Alphabet.ANY, 0, 30),
      Gen.elements("", "|", "\\", "\\p", "a|b\\n\nc\r", "【第二十八条】"));
  static final Gen<Citation> CLAUSES = Gen.elements(Citation.article(28), Citation.item(8, 2), Citation.point(8, 2, 5),
      Citation.article(29));

  static Gen<Explanation> tree(int depth) {
    Gen<Explanation> leaf = Gen.combine(Gen.enumValues(Explanation.Kind.class), TEXTS, TEXTS, Gen.listOf(CLAUSES, 0, 3),
        (k, zh, en, c) -> Explanation.leaf(k, Text.of(zh, en), c));
    if (depth == 0) {
      return leaf;
    }
    return Gen.combine(leaf, Gen.listOf(tree(depth - 1), 0, 3),
        (l, children) -> Explanation.of(l.kind(), l.text(), l.clauses(), children));
  }

  @Test
  void any_explanation_reads_back_from_its_canonical_text() {
    Property.forAll(tree(3)).named("parse(format(e)) = e").tries(300).holds(e -> Explanation.parse(e.format()).equals(java.util.Optional.of(e)));
  }

  @Test
  void reading_never_throws_on_any_text() {
    Property.forAll(Gen.strings(Alphabet.ANY, 0, 200)).named("parse is total").tries(300).check(s -> Explanation.parse(s));
    assertThat(Explanation.parse("0|VERDICT||a|b\n2|RULE||c|d")).isEmpty();
    assertThat(Explanation.parse("0|NOPE||a|b")).isEmpty();
  }

  @Test
  void renders_one_line_a_node_indented_with_its_clauses_in_the_language() {
    Explanation e = Explanation.of(Explanation.Kind.VERDICT, Text.of("评价结果：银标", "Rating: silver"), List.of(Citation.article(28)),
        List.of(Explanation.leaf(Explanation.Kind.INDICATOR, Text.of("G2", "G2"), List.of(Citation.item(8, 2), Citation.article(15)))));
    assertThat(e.render(Language.ZH)).isEqualTo("【第二十八条】评价结果：银标\n  【第八条第（二）项、第十五条】G2\n");
    assertThat(e.render(Language.EN)).isEqualTo("[Art.28] Rating: silver\n  [Art.8(2), Art.15] G2\n");
    assertThat(e.nodes()).hasSize(2);
  }
}
