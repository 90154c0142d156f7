package dev.clustergov.core.guideline;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.testkit.gen.DomainGens;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import org.junit.jupiter.api.Test;

/** Citations: both spellings round-trip for every clause; parse never throws. */
class CitationProperties {

  @Test
  void citation_parse_never_throws_on_any_input() {
    Property.forAll(DomainGens.citationGarbage()).tries(2000).check(raw -> Citation.parse(raw));
  }

  @Test
  void both_spellings_of_every_catalogue_clause_read_back_to_it() {
    for (Citation c : Guideline.clauses()) {
      assertThat(Citation.parse(c.format()).get()).as(c.format()).isEqualTo(c);
      assertThat(Citation.parse(c.formatChinese()).get()).as(c.formatChinese()).isEqualTo(c);
    }
    Property.forAll(DomainGens.catalogueCitations(), Gen.elements(" ", "\t", "\u3000", "")).tries(300).check((c, pad) -> {
      assertThat(Citation.parse(pad + c.format() + pad).get()).isEqualTo(c);
      assertThat(Citation.parse(pad + c.formatChinese() + pad).get()).isEqualTo(c);
      assertThat(Guideline.contains(c)).isTrue();
    });
  }

  @Test
  void both_spellings_of_any_well_shaped_citation_read_back_to_it() {
    Gen<Citation> shaped = Gen.combine(Gen.integers(1, Citation.ARTICLES), Gen.integers(0, 99), Gen.integers(0, 99),
        (a, i, p) -> new Citation(a, i, i == 0 ? 0 : p));
    Property.forAll(shaped).tries(1000).check(c -> {
      assertThat(Citation.parse(c.format()).get()).as(c.format()).isEqualTo(c);
      assertThat(Citation.parse(c.formatChinese()).get()).as(c.formatChinese()).isEqualTo(c);
    });
  }
}
