package dev.clustergov.core.application;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.kernel.Violation;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.organization.CreditCode;

/** A founding application (组建申请) filled in by name: the same value as the positional form, parsed the same way. */
class FoundingApplicationBuilderTest {

  @Test
  void built_by_name_it_equals_the_positional_application_and_parses_alike() {
    FoundingApplication positional = new SuzhouRegistry().application();
    FoundingApplication byName = positional.toBuilder().build();
    assertThat(byName).isEqualTo(positional);
    assertThat(byName.parse().isValid()).isTrue();
    assertThat(positional.toBuilder().name("苏州纳米新材料产业集群促进会").build().name()).isEqualTo("苏州纳米新材料产业集群促进会");
  }

  @Test
  void what_is_left_out_is_reported_with_every_other_problem() {
    FoundingApplication partial = new SuzhouRegistry().application().toBuilder().name(null).cluster(null).build();
    var fields = partial.parse().getError().map(Violation::field).toJavaList();
    // a credit code that is not one is the REST adapter's (or the host's) to report: EstablishmentFieldsTest
    assertThat(fields).contains("name", "cluster");
    assertThat(FoundingApplication.builder().build().parse().getError().map(Violation::field).toJavaList()).contains("name", "cluster", "authority");
  }
}
