package dev.clustergov.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.general.RecogniseOrganization;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.general.RegisterAuthority;
import dev.clustergov.core.application.general.RegisterCluster;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import io.vavr.control.Either;
import java.util.List;
import java.util.OptionalLong;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;

/** The Suzhou nano-materials PO, recognised by its bureau, as the stage of the Chapter 3 stories. */
final class ScenarioDesk {
  final InMemoryClustergov memory = new InMemoryClustergov();
  final Clustergov gov = Clustergov.using(memory.ports());
  final PromotionOrganization po;

  ScenarioDesk() {
    var cluster = accepted(gov.registerCluster().handle(new RegisterCluster.Command("苏州市恒岳纳米新材料集群", new RegionCode("320500"), "纳米新材料", ClusterLevel.MUNICIPAL, 600)));
    Authority bureau = accepted(gov.registerAuthority().handle(new RegisterAuthority.Command("苏州市工业和信息化局", new RegionCode("320500"))));
    FoundingApplication a = Fixtures.compliantApplication();
    FoundingApplication mine = new FoundingApplication(a.name(), cluster.id(), bureau.id(), a.guidingBody(), a.founders(),
        a.type(), a.creditCode(), a.charter(), a.partyOrganization(), a.officeAddress(), a.equipment(), a.registeredCapital(), a.staff(),
        a.managementSystems(), a.incomeSources(), a.bankAccount(), a.governance());
    var proposed = accepted(gov.proposeOrganization().handle(new ProposeOrganization.Command(mine)));
    var established = accepted(gov.establishOrganization().handle(
        new EstablishOrganization.Command(proposed.id(), OptionalLong.of(proposed.version()), Fixtures.PO_CODE)));
    po = accepted(gov.recogniseOrganization().handle(
        new RecogniseOrganization.Command(established.id(), OptionalLong.of(established.version()), bureau.id())));
  }

  void daysPass(int days) {
    memory.clock().advance(java.time.Duration.ofDays(days));
  }

  static <T> T accepted(Either<Refusal, T> result) {
    assertThat(result.isRight()).as("accepted, but was refused: %s", result.isLeft() ? result.getLeft() : null).isTrue();
    return result.get();
  }

  /** "rule-id Art.n" for each finding of a refusal, after checking the refusal wrote nothing. */
  <T> List<String> refusedCiting(java.util.function.Supplier<Either<Refusal, T>> command) {
    var before = memory.snapshot();
    Either<Refusal, T> result = command.get();
    assertThat(result.isLeft()).as("refused").isTrue();
    assertThat(memory.snapshot()).as("a refusal changes nothing").isEqualTo(before);
    List<Finding> findings = ((Refusal.Rejected) result.getLeft()).rejection().findings();
    return findings.stream().map(f -> f.rule() + " " + f.citations().get(0).format()).toList();
  }

  List<String> eventTypes() {
    return memory.events().read(0, 1000).stream().map(e -> e.event().type()).toList();
  }
}
