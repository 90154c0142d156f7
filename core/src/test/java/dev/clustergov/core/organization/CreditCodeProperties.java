package dev.clustergov.core.organization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.testkit.gen.DomainGens;
import dev.clustergov.core.testkit.property.Property;
import org.junit.jupiter.api.Test;

/** Unified social credit codes (GB 32100-2015): parse never throws, reads back, refuses every single-character error. */
class CreditCodeProperties {

  @Test
  void credit_code_parse_never_throws_on_any_input() {
    Property.forAll(DomainGens.hostileText()).tries(1000).check(raw -> CreditCode.parse(raw));
  }

  @Test
  void credit_code_parse_reads_back_its_value() {
    Property.forAll(DomainGens.creditCodes()).tries(1000)
        .check(c -> assertThat(CreditCode.parse(c.value()).get()).isEqualTo(c));
  }

  @Test
  void credit_code_parse_refuses_a_changed_character_a_wrong_length_and_forbidden_letters() {
    Property.forAll(DomainGens.invalidCreditCodes()).tries(1000)
        .check(raw -> assertThat(CreditCode.parse("creditCode", raw).getError().field()).as(raw).isEqualTo("creditCode"));
  }
}
