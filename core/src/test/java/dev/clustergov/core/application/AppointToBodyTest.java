package dev.clustergov.core.application;

import dev.clustergov.core.application.establishment.AppointToBody;
import dev.clustergov.core.application.establishment.CheckEstablishment;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.establishment.FoundingApplication.SeatInput;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.governance.SeatRole;

class AppointToBodyTest {

  private final SuzhouRegistry registry = new SuzhouRegistry();
  private final Clustergov gov = registry.gov;

  /** 王芳 chairs the board of supervisors (监事会) in the fixtures. */
  private static final SeatInput SUPERVISOR_ON_COUNCIL = Fixtures.seat("p-wang", "王芳", SeatRole.MEMBER);

  private AppointToBody.Command appoint(PromotionOrganization o, String body, SeatInput seat) {
    return new AppointToBody.Command(o.id(), OptionalLong.of(o.version()), body == null ? null : new BodyId(body), seat);
  }

  @Test
  void a_new_council_member_of_an_established_po_is_appointed_with_one_SeatAppointed_event() {
    PromotionOrganization o = registry.established();

    var appended = registry.appendedBy(() -> gov.appointToBody().handle(appoint(o, "council", Fixtures.seat("p-wu", "吴刚", SeatRole.VICE_CHAIR))));

    assertThat(appended.value().version()).isEqualTo(o.version() + 1);
    assertThat(appended.value().governance().body(new BodyId("council")).orElseThrow().seatOf(new PersonId("p-wu"))).isPresent();
    var event = appended.majorMatter().event();
    assertThat(event.type()).isEqualTo("SeatAppointed");
    assertThat(event.data()).containsEntry("body", "council").containsEntry("person", "p-wu").containsEntry("role", "VICE_CHAIR");
  }

  @Test
  void a_supervisor_may_not_join_the_council_of_an_established_po_citing_Art8_2_2() {
    PromotionOrganization o = registry.established();

    assertThat(cited(registry.rejected(() -> gov.appointToBody().handle(appoint(o, "council", SUPERVISOR_ON_COUNCIL)))))
        .containsExactly("A8.2.2-supervisor-separation Art.8(2).2");
  }

  @Test
  void the_same_appointment_on_a_proposed_po_is_accepted_and_left_to_the_establishment_check() {
    PromotionOrganization o = registry.proposed();

    var appointed = registry.accepted(gov.appointToBody().handle(appoint(o, "council", SUPERVISOR_ON_COUNCIL)));

    assertThat(appointed.governance().body(new BodyId("council")).orElseThrow().seatOf(new PersonId("p-wang"))).isPresent();
    assertThat(cited(gov.checkEstablishment().handle(new CheckEstablishment.Query(o.id())).get().blockingFindings()))
        .containsExactly("A8.2.2-supervisor-separation Art.8(2).2");
  }

  @Test
  void a_bad_body_and_seat_are_all_reported() {
    PromotionOrganization o = registry.established();

    assertThat(registry.malformed(() -> gov.appointToBody().handle(appoint(o, null, new SeatInput(new PersonId("p-x"), "", null,
        java.util.Arrays.asList((ExpertField) null))))))
        .containsExactly("body:required", "seat.name:required", "seat.role:required", "seat.fields[0]:required");
    // an unknown role or field (seat.role:enum, seat.fields[0]:enum): EstablishmentFieldsTest
  }

  @Test
  void a_missing_seat_is_malformed() {
    PromotionOrganization o = registry.established();

    assertThat(registry.malformed(() -> gov.appointToBody().handle(appoint(o, "council", null)))).containsExactly("seat:required");
  }

  @Test
  void a_body_the_po_does_not_have_is_not_found() {
    PromotionOrganization o = registry.established();

    assertThat(registry.refused(() -> gov.appointToBody().handle(appoint(o, "board", Fixtures.seat("p-wu", "吴刚", SeatRole.MEMBER)))))
        .isEqualTo(new Refusal.NotFound("body", "board"));
  }

  @Test
  void an_unknown_po_is_not_found() {
    assertThat(registry.refused(() -> gov.appointToBody().handle(new AppointToBody.Command(new OrganizationId("org-999999"),
        OptionalLong.empty(), new BodyId("council"), Fixtures.seat("p-wu", "吴刚", SeatRole.MEMBER)))))
        .isEqualTo(new Refusal.NotFound("organization", "org-999999"));
  }

  @Test
  void a_stale_version_is_a_conflict() {
    PromotionOrganization o = registry.established();

    assertThat(registry.refused(() -> gov.appointToBody().handle(new AppointToBody.Command(o.id(), OptionalLong.of(1), new BodyId("council"),
        Fixtures.seat("p-wu", "吴刚", SeatRole.MEMBER))))).isInstanceOf(Refusal.Conflict.class);
  }
}
