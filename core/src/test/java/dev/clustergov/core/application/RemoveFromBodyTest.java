package dev.clustergov.core.application;

import dev.clustergov.core.application.establishment.RemoveFromBody;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class RemoveFromBodyTest {

  private final SuzhouRegistry registry = new SuzhouRegistry();
  private final Clustergov gov = registry.gov;

  private RemoveFromBody.Command remove(PromotionOrganization o, String body, String person) {
    return new RemoveFromBody.Command(o.id(), OptionalLong.of(o.version()), body == null || body.isEmpty() ? null : new BodyId(body),
        person == null ? null : new PersonId(person));
  }

  @Test
  void a_council_member_of_an_established_po_is_removed_with_one_SeatRemoved_event() {
    PromotionOrganization o = registry.established();

    var appended = registry.appendedBy(() -> gov.removeFromBody().handle(remove(o, "council", "p-liu")));

    assertThat(appended.value().version()).isEqualTo(o.version() + 1);
    assertThat(appended.value().governance().body(new BodyId("council")).orElseThrow().seatOf(new PersonId("p-liu"))).isEmpty();
    assertThat(appended.majorMatter().event().type()).isEqualTo("SeatRemoved");
    assertThat(appended.majorMatter().event().data()).containsEntry("body", "council").containsEntry("person", "p-liu");
  }

  @Test
  void removing_the_only_services_expert_of_an_established_po_is_refused_citing_Art8_2_5() {
    PromotionOrganization o = registry.established();

    assertThat(cited(registry.rejected(() -> gov.removeFromBody().handle(remove(o, "experts", "p-sun")))))
        .containsExactly("A8.2.5-expert-fields Art.8(2).5");
  }

  @Test
  void the_same_removal_on_a_proposed_po_is_accepted() {
    PromotionOrganization o = registry.proposed();

    var removed = registry.accepted(gov.removeFromBody().handle(remove(o, "experts", "p-sun")));

    assertThat(removed.governance().advisoryFields()).doesNotContain(dev.clustergov.core.governance.ExpertField.SERVICES);
  }

  @Test
  void a_bad_body_and_person_are_both_reported() {
    PromotionOrganization o = registry.established();

    assertThat(registry.malformed(() -> gov.removeFromBody().handle(remove(o, "", null))))
        .containsExactly("body:required", "person:required");
  }

  @Test
  void a_person_without_a_seat_on_the_body_is_not_found() {
    PromotionOrganization o = registry.established();

    assertThat(registry.refused(() -> gov.removeFromBody().handle(remove(o, "council", "p-sun"))))
        .isEqualTo(new Refusal.NotFound("seat", "council/p-sun"));
  }

  @Test
  void an_unknown_po_is_not_found() {
    assertThat(registry.refused(() -> gov.removeFromBody().handle(
        new RemoveFromBody.Command(new OrganizationId("org-999999"), OptionalLong.empty(), new BodyId("council"), new PersonId("p-liu")))))
        .isEqualTo(new Refusal.NotFound("organization", "org-999999"));
  }

  @Test
  void a_stale_version_is_a_conflict() {
    PromotionOrganization o = registry.established();

    assertThat(registry.refused(() -> gov.removeFromBody().handle(
        new RemoveFromBody.Command(o.id(), OptionalLong.of(1), new BodyId("council"), new PersonId("p-liu"))))).isInstanceOf(Refusal.Conflict.class);
  }
}
