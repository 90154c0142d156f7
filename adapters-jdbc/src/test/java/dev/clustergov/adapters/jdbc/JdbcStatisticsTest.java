package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.contract.Samples;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link JdbcClustergov#gatherStatistics} after a bulk import (统计信息, decision 0575): PostgreSQL then holds statistics
 * of the registry's tables, which it plans the what-if's reads by; H2 runs the same {@code ANALYZE}, and nothing stored
 * changes on either.
 */
class JdbcStatisticsTest {

  private static List<PromotionOrganization> imported(Connected c) {
    c.jdbc().ports().clusters().save(Samples.cluster());
    c.jdbc().ports().authorities().save(Samples.authority());
    List<PromotionOrganization> all = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      all.add(Samples.organization(String.format(Locale.ROOT, "org-%05d", i)));
    }
    return c.jdbc().saveAll(all);
  }

  @Test
  void postgresql_holds_statistics_of_the_registry_once_gathered() throws SQLException {
    Connected c = Connected.to(Database.POSTGRESQL);
    List<PromotionOrganization> saved = imported(c);

    c.jdbc().gatherStatistics();

    try (Connection con = c.dataSource().getConnection(); Statement s = con.createStatement();
        ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM pg_stats WHERE tablename IN ('organization', 'organization_founder')"
            + " AND attname IN ('cluster_id', 'stage', 'organization_id')")) {
      rs.next();
      assertThat(rs.getInt(1)).as("statistics of organization.cluster_id, .stage and organization_founder.organization_id")
          .isEqualTo(3);
    }
    assertThat(c.jdbc().ports().organizations().list(OrganizationQuery.all(500))).isEqualTo(saved);
  }

  @Test
  void h2_gathers_them_too_and_nothing_stored_changes() {
    Connected c = Connected.to(Database.H2_MEMORY);
    List<PromotionOrganization> saved = imported(c);

    c.jdbc().gatherStatistics();

    assertThat(c.jdbc().ports().organizations().list(OrganizationQuery.all(500))).isEqualTo(saved);
  }
}
