package dev.clustergov.core.scenario;

import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.disclosure.ChannelKind;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.establishment.AppointToBody;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.management.PublishDisclosure;
import dev.clustergov.core.application.supervision.PublishPolicyPack;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.application.establishment.CheckEstablishment;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.disclosure.Deadline;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DueDisclosure;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Severity;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import io.vavr.control.Either;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.governance.SeatRole;

/**
 * Art.14 as a story: 集群发展促进组织实行信息披露制度，通过公开渠道面向社会公开重大事项、年度报告等.
 * The Suzhou nano-materials PO changes its council; the law says it must tell the public within 30
 * days. Its secretariat first posts the notice to members only — which is not disclosure — then on
 * its website, five days late. Its 2025 annual report is missed; the authority's list of what its POs
 * owe shows it overdue, the compliance check reports both, and, because Suzhou has made the annual
 * report binding, the PO is not recognised until it publishes.
 */
class DisclosureScenarioTest {

  private final InMemoryClustergov memory = new InMemoryClustergov(Instant.parse("2025-03-03T01:00:00Z"));
  private final Clustergov gov = Clustergov.using(memory.ports());

  @Test
  void a_promotion_organisation_discloses_its_major_matters_and_annual_reports_through_public_channels() {
    Cluster cluster = ok(gov.registerCluster().handle(new RegisterCluster.Command("苏州市恒岳纳米新材料集群", new RegionCode("320500"), "纳米新材料", ClusterLevel.MUNICIPAL, 600)));
    Authority bureau = ok(gov.registerAuthority().handle(new RegisterAuthority.Command("苏州市工业和信息化局", new RegionCode("320500"))));
    ok(gov.publishPolicyPack().handle(new PublishPolicyPack.Command(bureau.id(), java.time.LocalDate.of(2025, 1, 1), 1, "苏州市信息披露要求",
        "Suzhou disclosure rules", Map.of("rules.bindingAdvisories", "A14-annual-report-disclosed"))));
    var a = Fixtures.compliantApplication();
    var application = new dev.clustergov.core.application.establishment.FoundingApplication(a.name(), cluster.id(), bureau.id(),
        a.guidingBody(), a.founders(), a.type(), a.creditCode(), a.charter(), a.partyOrganization(), a.officeAddress(), a.equipment(),
        a.registeredCapital(), a.staff(), a.managementSystems(), a.incomeSources(), a.bankAccount(), a.governance());
    PromotionOrganization po = ok(gov.proposeOrganization().handle(new ProposeOrganization.Command(application)));
    po = ok(gov.establishOrganization().handle(new EstablishOrganization.Command(po.id(), OptionalLong.of(po.version()), Fixtures.PO_CODE)));

    // 2025-03-03: the council gains a vice-chair — a major matter, due for disclosure by 2025-04-02
    po = ok(gov.appointToBody().handle(new AppointToBody.Command(po.id(), OptionalLong.of(po.version()), new BodyId("council"),
        Fixtures.seat("p-wu", "吴刚", SeatRole.VICE_CHAIR))));
    DisclosureObligation councilChange = ok(gov.queries().disclosureObligations(po.id())).get(0);
    assertThat(councilChange.dueOn()).isEqualTo(LocalDate.of(2025, 4, 2));

    // a notice to members only is not a public channel (Art.14), and nothing is recorded
    memory.clock().advance(Duration.ofDays(35));
    Refusal membersOnly = gov.publishDisclosure().handle(new PublishDisclosure.Command(po.id(), DisclosureKind.MAJOR_MATTER, null,
        councilChange.id(), LocalDate.of(2025, 4, 7), ChannelKind.MEMBERS_ONLY, "会员通讯", "理事会成员变动")).getLeft();
    assertThat(((Refusal.Rejected) membersOnly).rejection().findings()).extracting(Finding::rule).containsExactly("A14-public-channel");

    // on the website, five days after the due day
    ok(gov.publishDisclosure().handle(new PublishDisclosure.Command(po.id(), DisclosureKind.MAJOR_MATTER, null, councilChange.id(),
        LocalDate.of(2025, 4, 7), ChannelKind.WEBSITE, "https://www.sznano.org.cn/xxgk/lsh", "关于理事会成员变动的公告")));

    // 2026-06-10: the 2025 annual report, due 2026-05-31, has not been published
    memory.clock().set(Instant.parse("2026-06-10T01:00:00Z"));
    List<DueDisclosure> owed = ok(gov.queries().dueDisclosures(bureau.id(), LocalDate.of(2026, 6, 10)));
    assertThat(owed).singleElement().satisfies(d -> {
      assertThat(d.subject()).isEqualTo("2025");
      assertThat(d.status()).isEqualTo(Deadline.Status.OVERDUE);
      assertThat(d.daysOverdue()).isEqualTo(10);
    });
    var report = ok(gov.checkEstablishment().handle(new CheckEstablishment.Query(po.id())));
    assertThat(report.findings()).filteredOn(f -> f.rule().startsWith("A14"))
        .extracting(Finding::rule, Finding::severity).containsExactly(
            org.assertj.core.groups.Tuple.tuple("A14-major-matter-on-time", Severity.ADVISORY),
            org.assertj.core.groups.Tuple.tuple("A14-annual-report-disclosed", Severity.BLOCKING));

    // Suzhou made the annual report binding: no recognition until it is published
    PromotionOrganization current = po;
    Refusal refused = gov.recogniseOrganization().handle(new RecogniseOrganization.Command(current.id(), OptionalLong.of(current.version()), bureau.id())).getLeft();
    assertThat(((Refusal.Rejected) refused).rejection().findings()).extracting(Finding::rule).containsExactly("A14-annual-report-disclosed");

    ok(gov.publishDisclosure().handle(new PublishDisclosure.Command(po.id(), DisclosureKind.ANNUAL_REPORT, 2025, null, LocalDate.of(2026, 6, 10),
        ChannelKind.AUTHORITY_PLATFORM, "https://www.chinanpo.gov.cn/nb/2025", "2025年度工作报告")));
    assertThat(ok(gov.queries().dueDisclosures(bureau.id(), LocalDate.of(2026, 6, 10)))).isEmpty();
    // published: recognition goes ahead; that it was ten days late stays on the record, as advice
    PromotionOrganization recognised = ok(gov.recogniseOrganization().handle(
        new RecogniseOrganization.Command(current.id(), OptionalLong.of(current.version()), bureau.id())));
    assertThat(ok(gov.checkEstablishment().handle(new CheckEstablishment.Query(recognised.id()))).findings())
        .filteredOn(f -> f.rule().startsWith("A14")).extracting(Finding::rule, f -> f.evidence().get(0).value()).containsExactly(
            org.assertj.core.groups.Tuple.tuple("A14-major-matter-on-time", "[" + councilChange.id() + " SeatAppointed.MANAGEMENT due 2025-04-02: LATE 5 days]"),
            org.assertj.core.groups.Tuple.tuple("A14-annual-report-on-time", "[2025 due 2026-05-31: LATE 10 days]"));
    assertThat(ok(gov.queries().disclosures(po.id()))).hasSize(2);
  }

  private static <T> T ok(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("accepted, but was refused: %s", result.isLeft() ? result.getLeft() : null).isTrue();
    return result.get();
  }
}
