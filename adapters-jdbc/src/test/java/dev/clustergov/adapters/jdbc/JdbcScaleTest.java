package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Loading takes a bounded number of statements, however many children a PO has (no N+1). */
class JdbcScaleTest {

  abstract static class On {
    abstract Database database();

    @Test
    void loading_a_po_with_500_staff_and_seats_takes_as_many_statements_as_one_with_5() {
      Connected c = Connected.to(database());
      Ports ports = c.jdbc().ports();
      ports.clusters().save(Fixtures.cluster());
      ports.authorities().save(Fixtures.authority());
      PromotionOrganization small = ports.organizations().save(LargeOrganizations.of("org-small", 5));
      PromotionOrganization large = ports.organizations().save(LargeOrganizations.of("org-large", 500));

      long before = c.dataSource().executed();
      assertThat(ports.organizations().find(small.id())).contains(small);
      long forSmall = c.dataSource().executed() - before;
      before = c.dataSource().executed();
      assertThat(ports.organizations().find(large.id())).contains(large);
      long forLarge = c.dataSource().executed() - before;

      assertThat(forLarge).isEqualTo(forSmall);
      assertThat(forLarge).as("one query for the organization row and one per child table").isEqualTo(12);
    }

    @Test
    void a_page_of_a_listing_takes_as_many_statements_for_two_pos_as_for_two_hundred() {
      Connected c = Connected.to(database());
      Ports ports = c.jdbc().ports();
      ports.clusters().save(Fixtures.cluster());
      ports.authorities().save(Fixtures.authority());
      for (int i = 0; i < 200; i++) {
        ports.organizations().save(LargeOrganizations.of(String.format("org-%03d", i), 3));
      }

      long before = c.dataSource().executed();
      List<PromotionOrganization> two = ports.organizations().list(OrganizationQuery.all(2));
      long forTwo = c.dataSource().executed() - before;
      before = c.dataSource().executed();
      List<PromotionOrganization> many = ports.organizations().list(OrganizationQuery.all(200));
      long forMany = c.dataSource().executed() - before;

      assertThat(two).hasSize(2);
      assertThat(many).hasSize(200);
      assertThat(forMany).isEqualTo(forTwo).isEqualTo(12);
    }

    @Test
    void saving_a_po_takes_as_many_statements_for_500_staff_and_seats_as_for_5() {
      Connected c = Connected.to(database());
      Ports ports = c.jdbc().ports();
      ports.clusters().save(Fixtures.cluster());
      ports.authorities().save(Fixtures.authority());

      long before = c.dataSource().executed();
      PromotionOrganization small = ports.organizations().save(LargeOrganizations.of("org-small", 5));
      long forSmall = c.dataSource().executed() - before;
      before = c.dataSource().executed();
      ports.organizations().save(LargeOrganizations.of("org-large", 500));
      long forLarge = c.dataSource().executed() - before;
      before = c.dataSource().executed();
      ports.organizations().save(small);
      long forUpdate = c.dataSource().executed() - before;

      assertThat(forLarge).isEqualTo(forSmall);
      assertThat(forUpdate).as("update, 11 deletes, the batches").isLessThanOrEqualTo(1 + 11 + 11);
    }
  }

  @Nested
  class H2Memory extends On {
    @Override
    Database database() {
      return Database.H2_MEMORY;
    }
  }

  @Nested
  class PostgreSQL extends On {
    @Override
    Database database() {
      return Database.POSTGRESQL;
    }
  }
}
