package dev.clustergov.adapters.rest;

import dev.clustergov.core.supervision.SanctionKind;
import dev.clustergov.core.guideline.Citation;
import java.time.LocalDate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.establishment.AmendCharter;
import dev.clustergov.core.application.establishment.AmendFoundingApplication;
import dev.clustergov.core.application.establishment.AppointToBody;
import dev.clustergov.core.application.establishment.ChangeLegalRepresentative;
import dev.clustergov.core.application.establishment.ChangeRegisteredCapital;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.establishment.RemoveFromBody;
import dev.clustergov.core.application.general.DissolveOrganization;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.application.general.ReinstateOrganization;
import dev.clustergov.core.application.general.RevokeRecognition;
import dev.clustergov.core.application.general.SuspendOrganization;
import dev.clustergov.core.application.port.RecordedEvent;
import dev.clustergov.core.application.supervision.ImposeSanction;
import dev.clustergov.core.application.supervision.LiftSanction;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import io.vavr.control.Either;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.organization.CreditCode;
import java.time.LocalDate;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.cluster.ClusterId;

/**
 * The stored format of the events of chapter 1 (总则: the registry, a PO's lifecycle) and chapter 2 (组建: founding,
 * governance, the decision layer's major changes), pinned before they became typed records: every event type these
 * commands record, in each of its variants (established with and without a credit code, a legal representative named
 * for the first time and replaced, suspended, reinstated and revoked by a lifecycle command and by a sanction), is
 * recorded through {@link Clustergov} on a fresh in-memory registry, and each line — all but its instant — must equal
 * the golden file's ({@code -Dclustergov.golden.write=true} regenerates it, as {@link EventFormatGoldenTest} does).
 */
class GeneralEstablishmentEventsGoldenTest {

  static final String GOLDEN = "/golden/general-establishment-events.txt";

  /** The event types of the two chapters, each of which the scenario must record. */
  static final Set<String> TYPES = Set.of("AuthorityRegistered", "ClusterRegistered", "OrganizationRecognised",
      "OrganizationSuspended", "OrganizationReinstated", "RecognitionRevoked", "OrganizationDissolved",
      "OrganizationProposed", "FoundingApplicationAmended", "OrganizationEstablished", "CharterAmended", "SeatAppointed",
      "SeatRemoved", "LegalRepresentativeChanged", "CapitalChanged");

  static <T> T ok(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("accepted, but was refused: %s", result.isLeft() ? result.getLeft() : null).isTrue();
    return result.get();
  }

  static FoundingApplication application(String name, String cluster, String authority, String account) {
    FoundingApplication a = Fixtures.compliantApplication();
    return new FoundingApplication(name, new ClusterId(cluster), new AuthorityId(authority), a.guidingBody(), a.founders(), a.type(), a.creditCode(),
        a.charter(), a.partyOrganization(), a.officeAddress(), a.equipment(), a.registeredCapital(), a.staff(),
        a.managementSystems(), a.incomeSources(), new FoundingApplication.BankInput(name, account, a.bankAccount().bank()),
        a.governance(), a.legalRepresentative());
  }

  static OptionalLong v(PromotionOrganization o) {
    return OptionalLong.of(o.version());
  }

  static List<String> chapterEvents() {
    InMemoryClustergov memory = new InMemoryClustergov();
    Clustergov gov = Clustergov.using(memory.ports());
    Cluster cluster = ok(gov.registerCluster().handle(
        new RegisterCluster.Command("苏州市恒岳纳米新材料集群", new RegionCode("320500"), "纳米新材料", ClusterLevel.MUNICIPAL, 600)));
    Authority suzhou = ok(gov.registerAuthority().handle(new RegisterAuthority.Command("苏州市工业和信息化局", new RegionCode("320500"))));
    ok(gov.registerAuthority().handle(new RegisterAuthority.Command("无锡市工业和信息化局", new RegionCode("320200"))));
    ok(gov.registerCluster().handle(new RegisterCluster.Command("无锡市昱岑物联网集群", new RegionCode("320200"), "物联网", ClusterLevel.PROVINCIAL, 1200)));
    String c = cluster.id().value();
    String a = suzhou.id().value();
    AuthorityId by = suzhou.id();

    // A: proposed, amended, established with a credit code, recognised; its governance and constitution change
    PromotionOrganization poA = ok(gov.proposeOrganization().handle(new ProposeOrganization.Command(
        application("苏州市纳米新材料产业集群促进会", c, a, "32250199883600001234"))));
    poA = ok(gov.amendFoundingApplication().handle(new AmendFoundingApplication.Command(poA.id(), v(poA),
        application("苏州市纳米新材料产业集群发展促进会", c, a, "32250199883600001234"))));
    poA = ok(gov.establishOrganization().handle(new EstablishOrganization.Command(poA.id(), v(poA), Fixtures.PO_CODE)));
    poA = ok(gov.recogniseOrganization().handle(new RecogniseOrganization.Command(poA.id(), v(poA), by)));
    poA = ok(gov.appointToBody().handle(new AppointToBody.Command(poA.id(), v(poA), new BodyId("council"),
        Fixtures.seat("p-wu", "吴刚", SeatRole.MEMBER))));
    poA = ok(gov.removeFromBody().handle(new RemoveFromBody.Command(poA.id(), v(poA), new BodyId("council"), new PersonId("p-wu"))));
    poA = ok(gov.changeLegalRepresentative().handle(new ChangeLegalRepresentative.Command(poA.id(), v(poA), new BodyId("council"),
        new PersonId("p-zhang"), "张伟")));
    poA = ok(gov.changeLegalRepresentative().handle(new ChangeLegalRepresentative.Command(poA.id(), v(poA), new BodyId("assembly"),
        new PersonId("p-li"), "李娜", LocalDate.parse("2025-03-03"))));
    poA = ok(gov.amendCharter().handle(new AmendCharter.Command(poA.id(), v(poA), new BodyId("assembly"),
        new FoundingApplication.CharterInput(LocalDate.parse("2025-03-01"), List.of("产业研究与规划咨询", "技术创新协同服务", "会展与对外交流", "产业人才培训"),
            List.of("苏州纳衡科技有限公司", "苏州澄远纳米技术研究所", "苏州市澄湖纳米产业协会")), LocalDate.parse("2025-03-03"))));
    poA = ok(gov.changeRegisteredCapital().handle(new ChangeRegisteredCapital.Command(poA.id(), v(poA), new BodyId("assembly"),
        Money.yuan("600000.00"))));
    // suspended and reinstated by the lifecycle's commands, then by a sanction and its lifting, then revoked by one
    poA = ok(gov.suspendOrganization().handle(new SuspendOrganization.Command(poA.id(), v(poA), by, "年度检查发现问题，限期整改")));
    poA = ok(gov.reinstateOrganization().handle(new ReinstateOrganization.Command(poA.id(), v(poA), by, "整改完成")));
    Sanction suspension = ok(gov.imposeSanction().handle(new ImposeSanction.Command(poA.id(), OptionalLong.empty(), by,
        SanctionKind.SUSPENSION, List.of(Citation.of("Art.29")), "重大事项未按期披露，暂停认定", null, LocalDate.of(2025, 3, 3))));
    ok(gov.liftSanction().handle(new LiftSanction.Command(poA.id(), suspension.id(), OptionalLong.empty(), by,
        null, "已整改")));
    ok(gov.imposeSanction().handle(new ImposeSanction.Command(poA.id(), OptionalLong.empty(), by,
        SanctionKind.REVOCATION, List.of(Citation.of("Art.29")), "严重违规，撤销认定", null, null)));

    // B: established without a credit code, then dissolved by its members
    PromotionOrganization poB = ok(gov.proposeOrganization().handle(new ProposeOrganization.Command(
        application("苏州市纳米新材料产业集群第二促进会", c, a, "32250199883600005678"))));
    poB = ok(gov.establishOrganization().handle(new EstablishOrganization.Command(poB.id(), v(poB), null)));
    ok(gov.dissolveOrganization().handle(new DissolveOrganization.Command(poB.id(), v(poB), "成员大会决议注销")));

    // C: recognised, then its recognition revoked by the lifecycle's command
    PromotionOrganization poC = ok(gov.proposeOrganization().handle(new ProposeOrganization.Command(
        application("苏州市纳米新材料产业集群第三促进会", c, a, "32250199883600009012"))));
    poC = ok(gov.establishOrganization().handle(new EstablishOrganization.Command(poC.id(), v(poC),
        Fixtures.code("51320500MJ0000003"))));
    poC = ok(gov.recogniseOrganization().handle(new RecogniseOrganization.Command(poC.id(), v(poC), by)));
    ok(gov.revokeRecognition().handle(new RevokeRecognition.Command(poC.id(), v(poC), by, "整改不到位")));

    List<String> lines = new ArrayList<>();
    for (RecordedEvent r : memory.ports().events().read(0, 10_000)) {
      lines.add(r.sequence() + " " + r.event().canonical().replaceAll("(?m)^at=.*\\n", "").replace("\n", " | "));
    }
    return lines;
  }

  @Test
  void the_general_and_establishment_chapters_events_keep_their_recorded_format() throws IOException {
    List<String> actual = chapterEvents();
    if (Boolean.getBoolean("clustergov.golden.write")) {
      Files.writeString(Path.of("src/test/resources" + GOLDEN), String.join("\n", actual) + "\n", StandardCharsets.UTF_8);
    }
    Set<String> types = new TreeSet<>();
    actual.forEach(line -> types.add(line.replaceAll("^\\d+ type=([A-Za-z]+) .*$", "$1")));
    assertThat(types).as("every event type of the two chapters is recorded").containsAll(TYPES);
    List<String> expected;
    try (InputStream in = getClass().getResourceAsStream(GOLDEN)) {
      assertThat(in).as("golden file " + GOLDEN).isNotNull();
      expected = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
    }
    for (int i = 0; i < Math.min(actual.size(), expected.size()); i++) {
      assertThat(actual.get(i)).as("event line " + (i + 1)).isEqualTo(expected.get(i));
    }
    assertThat(actual).hasSameSizeAs(expected);
  }
}
