package dev.clustergov.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import org.junit.jupiter.api.Test;

/** Ports wired by name (端口集合的构建器): the same value as the positional form, and every missing port named at once. */
class PortsBuilderTest {

  @Test
  void a_builder_from_ports_builds_the_same_ports() {
    Ports ports = new InMemoryClustergov().ports();
    assertThat(ports.toBuilder().build()).isEqualTo(ports);
  }

  @Test
  void a_replaced_port_is_the_only_difference() {
    Ports ports = new InMemoryClustergov().ports();
    Ports other = new InMemoryClustergov().ports();
    Ports mixed = ports.toBuilder().events(other.events()).build();
    assertThat(mixed.events()).isSameAs(other.events());
    assertThat(mixed.clusters()).isSameAs(ports.clusters());
    assertThat(mixed.evaluations()).isSameAs(ports.evaluations());
  }

  @Test
  void every_port_not_given_is_named_at_once() {
    Ports ports = new InMemoryClustergov().ports();
    assertThatThrownBy(() -> Ports.builder().clusters(ports.clusters()).events(ports.events()).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("authorities").hasMessageContaining("organizations").hasMessageContaining("evaluations")
        .hasMessageNotContaining("clusters,").hasMessageNotContaining("events,");
    assertThatThrownBy(() -> Ports.builder().build()).hasMessage("ports not given: clusters, authorities, organizations, "
        + "policyPacks, events, clock, ids, unitOfWork, disputes, ipAgreements, disclosures, disclosureObligations, ledger, "
        + "feeSchedules, memberships, platforms, activities, inspections, selfDiscipline, sanctions, incentiveAwards, evaluators, "
        + "evaluations");
  }
}
