package dev.clustergov.core.application;

import dev.clustergov.core.application.establishment.ChangeLegalRepresentative;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import static dev.clustergov.core.application.SuzhouRegistry.accepted;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static dev.clustergov.core.application.SuzhouRegistry.ruleIds;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.governance.Person;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.RuleBook;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.governance.BodyId;

/** 变更法定代表人: decided by the decision or management layer (Art.8(2).1, 8(2).3), a major matter to disclose (Art.14). */
class ChangeLegalRepresentativeTest {

  final SuzhouRegistry registry = new SuzhouRegistry();
  final Clustergov gov = registry.gov;

  ChangeLegalRepresentative.Command change(PromotionOrganization o, String decidedBy) {
    return new ChangeLegalRepresentative.Command(o.id(), OptionalLong.of(o.version()), new BodyId(decidedBy), new PersonId("p-zhang"), "张伟");
  }

  @Test
  void a_change_decided_by_the_council_names_the_new_representative_and_creates_an_obligation_due_in_30_days() {
    PromotionOrganization o = registry.established();

    var appended = registry.appendedBy(() -> gov.changeLegalRepresentative().handle(change(o, "council")));

    PromotionOrganization changed = appended.value();
    assertThat(changed.legalRepresentative()).hasValue(new Person(new PersonId("p-zhang"), "张伟"));
    assertThat(changed.version()).isEqualTo(o.version() + 1);
    assertThat(registry.stored(o.id())).isEqualTo(changed);
    var event = appended.majorMatter().event();
    assertThat(event.type()).isEqualTo("LegalRepresentativeChanged");
    assertThat(event.data()).containsEntry("person", "p-zhang").containsEntry("name", "张伟")
        .containsEntry("decidedBy", "council").doesNotContainKey("previousPerson");
    List<DisclosureObligation> obligations = accepted(gov.queries().disclosureObligations(o.id()));
    assertThat(obligations).hasSize(1);
    assertThat(obligations.get(0).matter()).isEqualTo("LegalRepresentativeChanged");
    assertThat(obligations.get(0).dueOn()).isEqualTo(obligations.get(0).arisenOn().plusDays(30));
    assertThat(obligations.get(0).dueOn()).isEqualTo(LocalDate.of(2025, 4, 2));
  }

  @Test
  void a_second_change_by_the_assembly_records_the_old_and_the_new_representative() {
    PromotionOrganization o = accepted(gov.changeLegalRepresentative().handle(change(registry.recognised(), "council")));
    var appended = registry.appendedBy(() -> gov.changeLegalRepresentative().handle(new ChangeLegalRepresentative.Command(
        o.id(), OptionalLong.of(o.version()), new BodyId("assembly"), new PersonId("p-li"), "李娜")));
    assertThat(appended.value().legalRepresentative().map(Person::name)).hasValue("李娜");
    assertThat(appended.majorMatter().event().data()).containsEntry("previousPerson", "p-zhang")
        .containsEntry("previousName", "张伟").containsEntry("person", "p-li").containsEntry("name", "李娜");
  }

  @Test
  void a_suspended_po_may_change_its_legal_representative() {
    PromotionOrganization o = registry.suspended();
    assertThat(accepted(gov.changeLegalRepresentative().handle(change(o, "assembly"))).legalRepresentative()).isPresent();
  }

  @Test
  void a_founding_application_may_name_the_legal_representative() {
    PromotionOrganization o = registry.propose(registry.application(d ->
        d.legalRepresentative = new FoundingApplication.PersonInput(new PersonId("p-chen"), "陈静")));
    assertThat(o.legalRepresentative()).hasValue(new Person(new PersonId("p-chen"), "陈静"));
    assertThat(registry.proposed().legalRepresentative()).isEmpty();
    assertThat(registry.malformed(() -> gov.proposeOrganization().handle(new ProposeOrganization.Command(
        registry.application(d -> d.legalRepresentative = new FoundingApplication.PersonInput(null, " "))))))
        .extracting(v -> v.substring(0, v.indexOf(':')))
        .containsExactlyInAnyOrder("legalRepresentative.person", "legalRepresentative.name");
  }

  @Test
  void a_malformed_command_lists_every_violation_and_changes_nothing() {
    PromotionOrganization o = registry.established();
    List<String> violations = registry.malformed(() -> gov.changeLegalRepresentative().handle(
        new ChangeLegalRepresentative.Command(o.id(), OptionalLong.empty(), null, null, "\u0000")));
    assertThat(violations).extracting(v -> v.substring(0, v.indexOf(':')))
        .containsExactlyInAnyOrder("decidedBy", "person", "name");
  }

  @Test
  void a_body_outside_the_decision_and_management_layers_cannot_decide_it_citing_Art8_2_1_and_8_2_3() {
    PromotionOrganization o = registry.established();
    for (String body : List.of("secretariat", "supervisors", "experts", "no-such-body")) {
      assertThat(cited(registry.rejected(() -> gov.changeLegalRepresentative().handle(change(o, body)))))
          .as(body).containsExactly("A8-major-matter-decision Art.8(2).1 Art.8(2).3");
    }
  }

  @Test
  void the_decision_guard_is_in_the_rule_books_guards() {
    assertThat(RuleBook.standard().guards()).extracting(g -> g.id()).contains("A8-major-matter-decision");
  }

  @Test
  void a_po_that_is_not_operating_is_refused_by_the_lifecycle_with_every_finding_at_once() {
    // one registry per PO: two POs of the fixtures would share a bank account (Art.12)
    for (var stage : List.<java.util.function.Function<SuzhouRegistry, PromotionOrganization>>of(
        SuzhouRegistry::proposed, SuzhouRegistry::revoked)) {
      SuzhouRegistry r = new SuzhouRegistry();
      PromotionOrganization o = stage.apply(r);
      assertThat(ruleIds(r.rejected(() -> r.gov.changeLegalRepresentative().handle(change(o, "council")))))
          .as(o.stage().name()).containsExactly("A6-lifecycle");
    }
    PromotionOrganization dissolved = registry.dissolved();
    assertThat(ruleIds(registry.rejected(() -> gov.changeLegalRepresentative().handle(change(dissolved, "secretariat")))))
        .containsExactlyInAnyOrder("A6-lifecycle", "A8-major-matter-decision");
  }

  @Test
  void a_stale_version_is_a_conflict_and_an_unknown_po_is_not_found() {
    PromotionOrganization o = registry.established();
    accepted(gov.changeLegalRepresentative().handle(change(o, "council")));
    assertThat(registry.refused(() -> gov.changeLegalRepresentative().handle(change(o, "council"))))
        .isInstanceOf(Refusal.Conflict.class);
    assertThat(registry.refused(() -> gov.changeLegalRepresentative().handle(new ChangeLegalRepresentative.Command(
        new dev.clustergov.core.organization.OrganizationId("org-404"), OptionalLong.empty(), new BodyId("council"), new PersonId("p-zhang"), "张伟"))))
        .isInstanceOf(Refusal.NotFound.class);
  }
}
