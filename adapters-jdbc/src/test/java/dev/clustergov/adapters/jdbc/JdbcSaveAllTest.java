package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.governance.Governance;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.contract.Samples;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The bulk path ({@link JdbcClustergov#saveAll}) writes what a load gives back. The benchmark that
 * times it against a raw JDBC batch is {@code jdbc-benchmark} in the examples module.
 */
class JdbcSaveAllTest {

  /** {@code n} sample POs with the fixture's governance (bodies, seats, expert fields) and no founders. */
  private static List<PromotionOrganization> organizations(int n) {
    Governance governance = Fixtures.organization(LifecycleStage.PROPOSED).governance();
    List<PromotionOrganization> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(ImmutablePromotionOrganization.copyOf(Samples.organization(String.format("org-%05d", i),
              Fixtures.CLUSTER_ID, Fixtures.AUTHORITY_ID, LifecycleStage.PROPOSED))
          .withFounders(List.of())
          .withGovernance(governance));
    }
    return all;
  }

  @Test
  void save_all_stores_every_po_with_its_seats_readable_at_version_one() {
    Connected c = Connected.to(Database.H2_MEMORY);
    c.jdbc().ports().clusters().save(Fixtures.cluster());
    c.jdbc().ports().authorities().save(Fixtures.authority());
    List<PromotionOrganization> all = organizations(50);

    List<PromotionOrganization> saved = c.jdbc().saveAll(all);

    assertThat(saved).allMatch(o -> o.version() == 1);
    for (PromotionOrganization o : all) {
      assertThat(c.jdbc().ports().organizations().find(o.id())).contains(ImmutablePromotionOrganization.copyOf(o).withVersion(1));
    }
    assertThat(c.jdbc().saveAll(saved)).allMatch(o -> o.version() == 2);
  }
}
