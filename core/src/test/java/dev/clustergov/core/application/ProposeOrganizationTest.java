package dev.clustergov.core.application;

import dev.clustergov.core.application.establishment.FoundingApplication;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import static dev.clustergov.core.application.SuzhouRegistry.cited;
import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.establishment.FoundingApplication.BodyInput;
import dev.clustergov.core.application.establishment.FoundingApplication.FounderInput;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import dev.clustergov.core.organization.FounderKind;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.supervision.AuthorityId;

class ProposeOrganizationTest {

  private final SuzhouRegistry registry = new SuzhouRegistry();
  private final Clustergov gov = registry.gov;

  private ProposeOrganization.Command propose(FoundingApplication a) {
    return new ProposeOrganization.Command(a);
  }

  @Test
  void founders_propose_a_po_that_is_stored_as_proposed_with_one_OrganizationProposed_event() {
    var appended = registry.appendedBy(() -> gov.proposeOrganization().handle(propose(registry.application())));

    var o = appended.value();
    assertThat(o.stage()).isEqualTo(LifecycleStage.PROPOSED);
    assertThat(o.version()).isEqualTo(1);
    assertThat(o.proposedOn()).isEqualTo(registry.memory.clock().today());
    assertThat(o.cluster()).isEqualTo(registry.cluster.id());
    assertThat(registry.stored(o.id())).isEqualTo(o);
    var event = appended.only().event();
    assertThat(event.type()).isEqualTo("OrganizationProposed");
    assertThat(event.data()).containsEntry("cluster", registry.cluster.id().value())
        .containsEntry("authority", registry.authority.id().value()).containsEntry("founders", "3")
        .containsEntry("name", "苏州市纳米新材料产业集群促进会");
  }

  @Test
  void an_incomplete_application_may_still_be_proposed() {
    var o = registry.propose(registry.application(d -> {
      d.partyOrganization = null;
      d.withoutSystem(ManagementSystemKind.ARCHIVES);
    }));

    assertThat(o.stage()).isEqualTo(LifecycleStage.PROPOSED);
    assertThat(o.partyOrganization()).isEmpty();
  }

  @Test
  void three_malformed_fields_give_three_violations_with_their_paths() {
    var bad = registry.application(d -> {
      d.name = " ";
      List<FounderInput> founders = new ArrayList<>(d.founders);
      founders.set(1, new FounderInput("苏州澄远纳米技术研究所", null, null));
      d.founders = founders;
      List<BodyInput> bodies = new ArrayList<>(d.governance);
      BodyInput council = bodies.get(2);
      bodies.set(2, new BodyInput(council.id(), council.layer(), council.form(), council.name(),
          List.of(Fixtures.seat("p-zhang", "张伟", null), council.seats().get(1))));
      d.governance = bodies;
    });

    assertThat(registry.malformed(() -> gov.proposeOrganization().handle(propose(bad))))
        .containsExactly("name:required", "founders[1].kind:required", "governance[2].seats[0].role:required");
    // an unknown constant (founders[1].kind:enum, governance[2].seats[0].role:enum) is the REST adapter's to report:
    // EstablishmentFieldsTest
  }

  @Test
  void an_unregistered_cluster_is_not_found() {
    var refusal = registry.refused(() -> gov.proposeOrganization().handle(propose(
        registry.application(d -> d.cluster = new ClusterId("cluster-999999")))));

    assertThat(refusal).isEqualTo(new Refusal.NotFound("cluster", "cluster-999999"));
  }

  @Test
  void an_authority_whose_jurisdiction_does_not_cover_the_cluster_is_rejected_citing_Art6() {
    var findings = registry.rejected(() -> gov.proposeOrganization().handle(propose(
        registry.application(d -> d.authority = registry.wuxi.id()))));

    assertThat(cited(findings)).containsExactly("A6-supervising-authority Art.6");
  }

  @Test
  void an_unregistered_authority_is_rejected_citing_Art6() {
    var findings = registry.rejected(() -> gov.proposeOrganization().handle(propose(
        registry.application(d -> d.authority = new AuthorityId("authority-999999")))));

    assertThat(cited(findings)).containsExactly("A6-supervising-authority Art.6");
  }
}
