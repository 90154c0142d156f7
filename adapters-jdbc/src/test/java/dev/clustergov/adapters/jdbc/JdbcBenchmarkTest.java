package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.PromotionOrganization;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's bulk path writes what a load gives back, so the timing compares like with like. */
class JdbcBenchmarkTest {
  @Test
  void save_all_stores_every_po_with_its_seats_readable_at_version_one() {
    Connected c = Connected.to(Database.H2_MEMORY);
    c.jdbc().ports().clusters().save(dev.clustergov.core.testkit.fixtures.Fixtures.cluster());
    c.jdbc().ports().authorities().save(dev.clustergov.core.testkit.fixtures.Fixtures.authority());
    List<PromotionOrganization> all = JdbcBenchmark.organizations().subList(0, 50);

    List<PromotionOrganization> saved = c.jdbc().saveAll(all);

    assertThat(saved).allMatch(o -> o.version() == 1);
    for (PromotionOrganization o : all) {
      assertThat(c.jdbc().ports().organizations().find(o.id())).contains(ImmutablePromotionOrganization.copyOf(o).withVersion(1));
    }
    assertThat(c.jdbc().saveAll(saved)).allMatch(o -> o.version() == 2);
  }
}
