package dev.clustergov.core.application;

import dev.clustergov.core.application.establishment.FoundingApplication;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.management.ManagementSystem;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.gen.ApplicationGens;
import dev.clustergov.core.testkit.gen.ApplicationGens.BadField;
import dev.clustergov.core.testkit.gen.OrganizationGens;
import dev.clustergov.core.testkit.property.Gen;
import dev.clustergov.core.testkit.property.Property;
import io.vavr.Tuple;
import io.vavr.collection.Seq;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Founding applications: a valid one parses to the PO it was written from; K bad fields give K violations, each on its path. */
class FoundingApplicationProperties {

  @Test
  void the_application_of_a_compliant_po_parses_back_to_that_po() {
    Property.forAll(OrganizationGens.compliant()).tries(200).check(c -> {
      PromotionOrganization o = c.organization();
      var founding = ApplicationGens.applicationOf(o).parse();
      assertThat(founding.isValid()).as(String.valueOf(founding.isInvalid() ? founding.getError() : "")).isTrue();
      PromotionOrganization expected = PromotionOrganization.builder().from(o).managementSystems(o.managementSystems().stream()
          .map(m -> new ManagementSystem(m.kind(), m.title(), m.adoptedOn(), 1)).toList()).build();
      assertThat(founding.get().applyTo(PromotionOrganization.builder().from(o)).build()).isEqualTo(expected);
    });
  }

  @Test
  void k_bad_fields_are_all_reported_at_once_each_on_its_own_path() {
    int most = ApplicationGens.badFields().size();
    var cases = Gen.integers(1, most).flatMap(k -> Gen.zip(ApplicationGens.validApplications(), ApplicationGens.badFields(k)));
    Property.forAll(cases).tries(300).check(t -> {
      FoundingApplication application = t._1;
      for (BadField bad : t._2) {
        application = bad.spoil().apply(application);
      }
      var parsed = application.parse();
      assertThat(parsed.isInvalid()).isTrue();
      Seq<Violation> violations = parsed.getError();
      assertThat(violations.size()).isGreaterThanOrEqualTo(t._2.size());
      for (BadField bad : t._2) {
        assertThat(violations.map(Violation::field)).as(bad + " in " + violations).contains(bad.path());
      }
    });
  }

  @Test
  void parse_never_throws_on_hostile_text_in_any_field() {
    Gen<String> text = dev.clustergov.core.testkit.gen.DomainGens.hostileText().map(s -> s.length() > 500 ? s.substring(0, 500) : s);
    Property.forAll(ApplicationGens.validApplications(), Gen.listOf(Gen.zip(Gen.elements(
        "name", "guidingBody", "officeAddress"), text), 1, 6)).tries(300)
        .check((a, changes) -> {
          FoundingApplication spoiled = a;
          for (var c : changes) {
            spoiled = ApplicationGens.with(spoiled, c._1, c._2);
          }
          spoiled.parse();
          // the ids and the credit code are typed: their factories, which the edge calls on text, never throw either
          for (var c : changes) {
            dev.clustergov.core.cluster.ClusterId.parse("cluster", c._2);
            dev.clustergov.core.supervision.AuthorityId.parse("authority", c._2);
            dev.clustergov.core.organization.CreditCode.parse("creditCode", c._2);
          }
        });
  }
}
