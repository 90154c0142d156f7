package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.testkit.contract.Samples;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Listing POs by cluster, authority and stage (keyset: after an id, ORDER BY id LIMIT n) and
 * {@code countInCluster} use the indexes made for them (索引使用): 3,000 organizations spread as in a
 * province's registry are written with {@code saveAll}, statistics gathered (ANALYZE), and the
 * statements the adapter actually prepares — recorded with their parameters by the test data
 * source, not copied — are run again under EXPLAIN. The plan must name the intended index and never
 * scan the organization table whole.
 *
 * <p>PostgreSQL reads a selective filter through a bitmap scan of the intended index and sorts the
 * few matching rows (for a cluster it takes either index that leads with {@code cluster_id}); for a
 * value most rows share it walks the primary key in id order instead.
 * H2 (2.5) uses the index it made for the foreign key on {@code cluster_id} / {@code authority_id}
 * rather than the migration's {@code ix_organization_cluster}, {@code ix_organization_authority}
 * and {@code ix_organization_cluster_stage}; accepted here as an index on the same leading column,
 * and reported (the migration would have to let the foreign keys reuse the ix_ indexes).
 */
class JdbcIndexUseTest {

  private static final int ORGANIZATIONS = 3_000;
  /** As in a province's registry: a cluster has a handful of POs at most (Art.2), an authority a few dozen. */
  private static final int CLUSTERS = 600;
  private static final int AUTHORITIES = 120;
  /** Most POs are recognised; revoked and dissolved ones are rare. */
  private static final LifecycleStage[] STAGES = stages(Map.of(LifecycleStage.RECOGNISED, 70, LifecycleStage.ESTABLISHED, 10,
      LifecycleStage.PROPOSED, 10, LifecycleStage.SUSPENDED, 6, LifecycleStage.REVOKED, 2, LifecycleStage.DISSOLVED, 2));

  private static LifecycleStage[] stages(Map<LifecycleStage, Integer> percent) {
    List<LifecycleStage> all = new ArrayList<>();
    percent.forEach((stage, n) -> all.addAll(java.util.Collections.nCopies(n, stage)));
    all.sort(null);
    return all.toArray(LifecycleStage[]::new);
  }

  @TestInstance(TestInstance.Lifecycle.PER_CLASS)
  abstract static class On {
    abstract Database database();

    /** What the database's plan says when it reads the whole organization table. */
    abstract String fullScan();

    /**
     * The indexes accepted where {@code intended} is meant, as a regular expression. Both indexes
     * that lead with {@code cluster_id} find a cluster's few rows; PostgreSQL, costing them alike,
     * takes {@code ix_organization_cluster_stage} and sorts the handful it finds.
     */
    String accepted(String intended) {
      return intended.equals("ix_organization_cluster") ? intended + "|ix_organization_cluster_stage" : intended;
    }

    private Connected c;

    @BeforeAll
    void thousands_of_organizations_with_statistics() throws SQLException {
      c = Connected.to(database());
      for (int k = 0; k < CLUSTERS; k++) {
        c.jdbc().ports().clusters().save(Samples.cluster(cluster(k).value()));
      }
      for (int k = 0; k < AUTHORITIES; k++) {
        c.jdbc().ports().authorities().save(Samples.authority(authority(k).value()));
      }
      Random random = new Random(20261127);
      List<PromotionOrganization> all = new ArrayList<>();
      for (int i = 0; i < ORGANIZATIONS; i++) {
        all.add(Samples.organization(String.format("org-%05d", i), cluster(random.nextInt(CLUSTERS)),
            authority(random.nextInt(AUTHORITIES)), STAGES[random.nextInt(STAGES.length)]));
      }
      c.jdbc().saveAll(all);
      try (Connection con = c.dataSource().getConnection(); Statement s = con.createStatement()) {
        s.execute("ANALYZE");
      }
    }

    private static ClusterId cluster(int k) {
      return new ClusterId("cluster-" + k);
    }

    private static AuthorityId authority(int k) {
      return new AuthorityId("authority-" + k);
    }

    private static final Optional<OrganizationId> AFTER = Optional.of(new OrganizationId("org-01500"));

    @Test
    void listing_by_cluster_uses_the_cluster_index_for_the_first_page_and_the_next() throws SQLException {
      for (Optional<OrganizationId> after : List.of(Optional.<OrganizationId>empty(), AFTER)) {
        OrganizationQuery q = new OrganizationQuery(Optional.of(cluster(3)), Optional.empty(), Optional.empty(), after, 20);
        assertListingUses("ix_organization_cluster", q);
      }
    }

    @Test
    void listing_by_authority_uses_the_authority_index_for_the_first_page_and_the_next() throws SQLException {
      for (Optional<OrganizationId> after : List.of(Optional.<OrganizationId>empty(), AFTER)) {
        OrganizationQuery q = new OrganizationQuery(Optional.empty(), Optional.of(authority(2)), Optional.empty(), after, 20);
        assertListingUses("ix_organization_authority", q);
      }
    }

    @Test
    void listing_by_a_rare_stage_uses_the_stage_index_for_the_first_page_and_the_next() throws SQLException {
      for (Optional<OrganizationId> after : List.of(Optional.<OrganizationId>empty(), AFTER)) {
        OrganizationQuery q = new OrganizationQuery(Optional.empty(), Optional.empty(), Optional.of(LifecycleStage.REVOKED),
            after, 20);
        assertListingUses("ix_organization_stage", q);
      }
    }

    /**
     * When most rows match (70 % are recognised), walking the primary key in id order and keeping
     * the matching rows finds a page after reading about limit / 0.7 rows, and a planner may
     * rightly prefer that to the stage index: an index either way, never the whole table.
     */
    @Test
    void listing_by_a_common_stage_walks_an_index_in_id_order() throws SQLException {
      for (Optional<OrganizationId> after : List.of(Optional.<OrganizationId>empty(), AFTER)) {
        OrganizationQuery q = new OrganizationQuery(Optional.empty(), Optional.empty(), Optional.of(LifecycleStage.RECOGNISED),
            after, 20);
        assertListingUses("ix_organization_stage|pk_organization|PRIMARY_KEY_\\w+", q);
      }
    }

    @Test
    void counting_in_a_cluster_by_stage_uses_the_cluster_and_stage_index() throws SQLException {
      int[] count = new int[1];
      TestDataSource.Sent sent = organizationStatement(() -> count[0] = c.jdbc().ports().organizations()
          .countInCluster(cluster(5), LifecycleStage.RECOGNISED, new OrganizationId("org-00000")));
      assertThat(sent.sql()).contains("COUNT(*)");
      assertThat(count[0]).isPositive();

      String plan = explain(sent);
      assertThat(plan).as("%s%n%s", sent.sql(), plan).containsPattern(indexNamed(accepted("ix_organization_cluster_stage")))
          .doesNotContainIgnoringCase(fullScan());
    }

    private void assertListingUses(String index, OrganizationQuery q) throws SQLException {
      List<PromotionOrganization> page = new ArrayList<>();
      TestDataSource.Sent sent = organizationStatement(() -> page.addAll(c.jdbc().ports().organizations().list(q)));
      if (q.after().isEmpty()) {
        assertThat(page).as("the first page of a value that occurs").isNotEmpty();
      }
      assertThat(sent.sql()).contains("ORDER BY id LIMIT");
      if (q.after().isPresent()) {
        assertThat(sent.sql()).contains("id > ");
      }

      String plan = explain(sent);
      assertThat(plan).as("%s%n%s", sent.sql(), plan).containsPattern(indexNamed(accepted(index)))
          .doesNotContainIgnoringCase(fullScan());
    }

    /** The one statement on the organization table itself (not a child table) that {@code work} prepared. */
    private TestDataSource.Sent organizationStatement(Runnable work) {
      List<TestDataSource.Sent> sent = c.dataSource().preparedDuring(work).stream()
          .filter(s -> s.sql().contains("FROM organization "))
          .toList();
      assertThat(sent).hasSize(1);
      return sent.get(0);
    }

    /** The plan of the statement as sent, with the same parameters, as one text. */
    private String explain(TestDataSource.Sent sent) throws SQLException {
      try (Connection con = c.dataSource().getConnection(); PreparedStatement ps = con.prepareStatement("EXPLAIN " + sent.sql())) {
        sent.bindTo(ps);
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = ps.executeQuery()) {
          while (rs.next()) {
            plan.append(rs.getString(1)).append('\n');
          }
        }
        return plan.toString();
      }
    }

    /** The index's name as a whole word, in any case (H2 prints {@code PUBLIC.IX_…}), so that _cluster is not _cluster_stage. */
    private static Pattern indexNamed(String name) {
      return Pattern.compile("(?i)\\b(" + name + ")\\b");
    }
  }

  @Nested
  class PostgreSQL extends On {
    @Override
    Database database() {
      return Database.POSTGRESQL;
    }

    @Override
    String fullScan() {
      return "Seq Scan on organization";
    }

  }

  @Nested
  class H2 extends On {
    @Override
    Database database() {
      return Database.H2_MEMORY;
    }

    @Override
    String fullScan() {
      return "ORGANIZATION.tableScan";
    }

    @Override
    String accepted(String intended) {
      return switch (intended) {
        case "ix_organization_cluster", "ix_organization_cluster_stage" -> super.accepted(intended) + "|FK_ORGANIZATION_CLUSTER_INDEX_\\w+";
        case "ix_organization_authority" -> intended + "|FK_ORGANIZATION_AUTHORITY_INDEX_\\w+";
        default -> intended;
      };
    }
  }
}
