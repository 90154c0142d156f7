package dev.clustergov.core.application;

import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.disclosure.ChannelKind;
import dev.clustergov.core.application.establishment.AppointToBody;
import dev.clustergov.core.application.management.PublishDisclosure;
import dev.clustergov.core.application.supervision.PublishPolicyPack;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.disclosure.Deadline;
import dev.clustergov.core.disclosure.Disclosure;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DueDisclosure;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.governance.ExpertField;

/** PublishDisclosure (Art.14) and the obligations that accepted commands create. */
class PublishDisclosureTest {

  private static final LocalDate TODAY = LocalDate.of(2025, 3, 3);
  private static final String SITE = "https://www.sznano.org.cn/xxgk/2025-1";

  private final SuzhouRegistry registry = new SuzhouRegistry();
  private final Clustergov gov = registry.gov;

  private PublishDisclosure.Command annual(PromotionOrganization o, int year, LocalDate on, String channel, String reference) {
    return new PublishDisclosure.Command(o.id(), DisclosureKind.ANNUAL_REPORT, year, null, on, ChannelKind.valueOf(channel), reference, year + "年度工作报告");
  }

  private PublishDisclosure.Command matter(PromotionOrganization o, DisclosureObligation ob, LocalDate on) {
    return new PublishDisclosure.Command(o.id(), DisclosureKind.MAJOR_MATTER, null, ob.id(), on, ChannelKind.WEBSITE, SITE, "关于理事会成员变动的公告");
  }

  private PromotionOrganization appointToCouncil(PromotionOrganization o) {
    return SuzhouRegistry.accepted(gov.appointToBody().handle(new AppointToBody.Command(o.id(), OptionalLong.of(o.version()),
        new BodyId("council"), Fixtures.seat("p-wu", "吴刚", SeatRole.VICE_CHAIR))));
  }

  private List<DisclosureObligation> obligations(PromotionOrganization o) {
    return SuzhouRegistry.accepted(gov.queries().disclosureObligations(o.id()));
  }

  @Test
  void an_annual_report_on_the_pos_website_is_published_with_one_DisclosurePublished_event() {
    PromotionOrganization o = registry.established();
    registry.memory.clock().advance(Duration.ofDays(365));

    var appended = registry.appendedBy(() -> gov.publishDisclosure().handle(annual(o, 2025, LocalDate.of(2026, 3, 1), "WEBSITE", SITE)));

    Disclosure d = appended.value();
    assertThat(d.kind()).isEqualTo(DisclosureKind.ANNUAL_REPORT);
    assertThat(d.year()).hasValue(2025);
    assertThat(d.version()).isEqualTo(1);
    var event = appended.only().event();
    assertThat(event.type()).isEqualTo("DisclosurePublished");
    assertThat(event.data()).containsEntry("organization", o.id().value()).containsEntry("kind", "ANNUAL_REPORT")
        .containsEntry("subject", "2025").containsEntry("channel", "WEBSITE").containsEntry("reference", SITE);
    assertThat(SuzhouRegistry.accepted(gov.queries().disclosures(o.id()))).containsExactly(d);
  }

  @Test
  void a_change_on_the_council_creates_an_obligation_due_in_30_days_in_the_same_unit_of_work() {
    PromotionOrganization o = registry.established();

    var appended = registry.appendedBy(() -> gov.appointToBody().handle(new AppointToBody.Command(o.id(),
        OptionalLong.of(o.version()), new BodyId("council"), Fixtures.seat("p-wu", "吴刚", SeatRole.VICE_CHAIR))));

    var arisen = appended.majorMatter();
    DisclosureObligation ob = obligations(o).get(0);
    assertThat(ob.matter()).isEqualTo("SeatAppointed.MANAGEMENT");
    assertThat(ob.eventSequence()).isEqualTo(arisen.sequence());
    assertThat(ob.arisenOn()).isEqualTo(TODAY);
    assertThat(ob.dueOn()).isEqualTo(LocalDate.of(2025, 4, 2));
    assertThat(ob.fulfilledBy()).isEmpty();
  }

  @Test
  void an_expert_added_to_the_advisory_committee_is_no_major_matter() {
    PromotionOrganization o = registry.established();

    var appended = registry.appendedBy(() -> gov.appointToBody().handle(new AppointToBody.Command(o.id(),
        OptionalLong.of(o.version()), new BodyId("experts"), Fixtures.expert("p-he", "何军", ExpertField.TECHNOLOGY))));

    assertThat(appended.types()).containsExactly("SeatAppointed");
    assertThat(obligations(o)).isEmpty();
  }

  @Test
  void a_po_still_being_founded_owes_no_disclosure_for_its_changes() {
    PromotionOrganization o = registry.proposed();

    appointToCouncil(o);

    assertThat(obligations(o)).isEmpty();
  }

  @Test
  void a_local_pack_sets_its_own_days_and_matters() {
    SuzhouRegistry.accepted(gov.publishPolicyPack().handle(new PublishPolicyPack.Command(registry.authority.id(), LocalDate.of(2025, 1, 1), 1,
        "苏州市促进组织信息披露", "Suzhou disclosure", Map.of("disclosure.majorMatterDays", "15",
            "disclosure.majorMatters", "SeatAppointed.VICE_CHAIR"))));
    PromotionOrganization o = registry.established();

    appointToCouncil(o);

    assertThat(obligations(o)).singleElement().satisfies(ob -> {
      assertThat(ob.matter()).isEqualTo("SeatAppointed.VICE_CHAIR");
      assertThat(ob.dueOn()).isEqualTo(TODAY.plusDays(15));
    });
  }

  @Test
  void a_major_matter_disclosure_fulfils_its_obligation_and_a_later_one_is_a_correction() {
    PromotionOrganization o = appointToCouncil(registry.established());
    DisclosureObligation ob = obligations(o).get(0);
    registry.memory.clock().advance(Duration.ofDays(40));

    Disclosure first = SuzhouRegistry.accepted(gov.publishDisclosure().handle(matter(o, ob, TODAY.plusDays(35))));
    var correction = registry.appendedBy(() -> gov.publishDisclosure().handle(matter(o, ob, TODAY.plusDays(38))));

    DisclosureObligation fulfilled = obligations(o).get(0);
    assertThat(fulfilled.fulfilledBy()).contains(first.id());
    assertThat(fulfilled.fulfilledOn()).contains(TODAY.plusDays(35));
    assertThat(fulfilled.deadline(TODAY.plusDays(40))).satisfies(d -> {
      assertThat(d.status()).isEqualTo(Deadline.Status.LATE);
      assertThat(d.daysLate()).isEqualTo(5);
    });
    assertThat(correction.only().event().data()).containsEntry("correctionOf", first.id().value());
  }

  @Test
  void a_members_only_channel_is_refused_citing_art_14_and_changes_nothing() {
    PromotionOrganization o = registry.established();
    registry.memory.clock().advance(Duration.ofDays(365));

    assertThat(cited(registry.rejected(() -> gov.publishDisclosure().handle(
        annual(o, 2025, LocalDate.of(2026, 3, 1), "MEMBERS_ONLY", "会员通讯 2026年第1期")))))
        .containsExactly("A14-public-channel Art.14");
  }

  @Test
  void a_website_on_a_private_network_or_intranet_is_not_a_public_channel() {
    PromotionOrganization o = registry.established();
    registry.memory.clock().advance(Duration.ofDays(365));

    for (String address : List.of("http://192.168.1.20/xxgk", "https://oa.sznano.local/notice", "http://localhost:8080/",
        "http://10.0.0.5/", "https://intranet/notice")) {
      assertThat(cited(registry.rejected(() -> gov.publishDisclosure().handle(annual(o, 2025, LocalDate.of(2026, 3, 1), "WEBSITE", address)))))
          .as(address).containsExactly("A14-public-channel Art.14");
    }
  }

  @Test
  void a_po_cannot_fulfil_another_pos_obligation() {
    PromotionOrganization first = appointToCouncil(registry.established());
    DisclosureObligation theirs = obligations(first).get(0);
    PromotionOrganization other = registry.established();

    var findings = registry.rejected(() -> gov.publishDisclosure().handle(matter(other, theirs, TODAY)));
    assertThat(cited(findings)).containsExactly("A14-own-obligation Art.14");
    // issue 20: the two POs by their names in what a person reads, their ids only in the JSON
    var evidence = findings.get(0).evidence();
    assertThat(evidence).extracting(e -> e.value()).containsExactly(theirs.id().value(), first.id().value(), other.id().value());
    assertThat(evidence.get(1).line().zh()).endsWith("“" + first.name() + "”");
    assertThat(evidence.get(2).line().zh()).endsWith("“" + other.name() + "”");
    assertThat(evidence.get(2).line().en()).endsWith("“" + other.name() + "”");
    evidence.forEach(e -> assertThat(dev.clustergov.core.testkit.ChineseTerms.lineProblems(e.line().zh())).as(e.line().zh()).isEmpty());
  }

  @Test
  void impossible_dates_are_refused_all_at_once() {
    PromotionOrganization o = registry.established();

    var findings = registry.rejected(() -> gov.publishDisclosure().handle(annual(o, 2025, TODAY.plusDays(1), "NEWSPAPER", "苏州日报")));

    assertThat(cited(findings)).containsExactly("A14-disclosure-date Art.14");
    assertThat(findings.get(0).evidence()).extracting(e -> e.name()).containsExactly("publishedOnAfterToday", "yearNotEnded");
  }

  @Test
  void a_po_still_being_founded_has_nothing_to_disclose() {
    PromotionOrganization o = registry.proposed();

    assertThat(cited(registry.rejected(() -> gov.publishDisclosure().handle(new PublishDisclosure.Command(o.id(), DisclosureKind.CHARTER, null, null,
        TODAY, ChannelKind.WEBSITE, SITE, "章程"))))).containsExactly("A6-lifecycle Art.6");
  }

  @Test
  void malformed_fields_are_all_reported() {
    PromotionOrganization o = registry.established();

    assertThat(registry.malformed(() -> gov.publishDisclosure().handle(new PublishDisclosure.Command(o.id(), DisclosureKind.ANNUAL_REPORT, null, new DisclosureObligationId("dob-1"),
        null, ChannelKind.WEBSITE, "www.sznano.org.cn", " "))))
        .containsExactly("year:required", "obligation:not-allowed", "publishedOn:required", "channel.reference:not-a-web-address",
            "title:required");
    // an unknown kind or channel kind is the REST adapter's to report (RoutesContract)
    assertThat(registry.malformed(() -> gov.publishDisclosure().handle(new PublishDisclosure.Command(o.id(), null, null, null,
        LocalDate.of(2201, 1, 1), null, "x", "t")))).containsExactly("kind:required", "publishedOn:date-range", "channel.kind:required");
  }

  @Test
  void an_unknown_obligation_is_not_found() {
    PromotionOrganization o = registry.established();

    assertThat(registry.refused(() -> gov.publishDisclosure().handle(new PublishDisclosure.Command(o.id(), DisclosureKind.MAJOR_MATTER, null,
        new DisclosureObligationId("dob-999"), TODAY, ChannelKind.WEBSITE, SITE, "公告")))).isEqualTo(new Refusal.NotFound("disclosureObligation", "dob-999"));
  }

  @Test
  void what_is_due_and_overdue_per_po_and_per_authority() {
    PromotionOrganization a = appointToCouncil(registry.established());   // 2025-03-03: due 2025-04-02
    PromotionOrganization b = registry.established();
    PromotionOrganization c = registry.established();
    LocalDate on = LocalDate.of(2026, 6, 10);                            // 2025 annual reports were due 2026-05-31

    List<DueDisclosure> ofA = SuzhouRegistry.accepted(gov.queries().dueDisclosures(a.id(), on));
    assertThat(ofA).extracting(DueDisclosure::kind, DueDisclosure::subject, DueDisclosure::dueOn, DueDisclosure::status, DueDisclosure::daysOverdue)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(DisclosureKind.MAJOR_MATTER, obligations(a).get(0).id().value(), LocalDate.of(2025, 4, 2), Deadline.Status.OVERDUE, 434L),
            org.assertj.core.groups.Tuple.tuple(DisclosureKind.ANNUAL_REPORT, "2025", LocalDate.of(2026, 5, 31), Deadline.Status.OVERDUE, 10L));
    List<DueDisclosure> ofAuthority = SuzhouRegistry.accepted(gov.queries().dueDisclosures(registry.authority.id(), on));
    assertThat(ofAuthority).extracting(DueDisclosure::organization).containsExactlyInAnyOrder(a.id(), a.id(), b.id(), c.id());
    assertThat(SuzhouRegistry.accepted(gov.queries().dueDisclosures(registry.wuxi.id(), on))).isEmpty();
    assertThat(SuzhouRegistry.accepted(gov.queries().dueDisclosures(a.id(), LocalDate.of(2025, 3, 20))))
        .singleElement().extracting(DueDisclosure::status).isEqualTo(Deadline.Status.DUE);
  }
}
