package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.supervision.RunWhatIf;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.finance.BankAccount;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.contract.StoredWhatIfContract;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.whatif.WhatIfReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * {@link StoredWhatIfContract} on H2 in memory, H2 in a file and a real PostgreSQL: the stored what-if against the
 * in-memory one; and the statements it takes to read the registry (decision 0575).
 */
class JdbcStoredWhatIfTest {
  /** The registry of the statement count: two pages of 500 and a partial third. */
  static final int REGISTRY = 1_019;
  /**
   * The statements of one page, whatever its size: the organizations and their eleven child tables, the peers of the
   * page's clusters in two stages, the holders of its bank accounts, sixteen bulk reads of the dossiers' other parts
   * and the authority; a few more to spare. A statement per PO would be hundreds.
   */
  static final int PER_PAGE = 35;

  abstract static class On extends StoredWhatIfContract {
    abstract Database database();

    /** The page the what-if reads the registry in on this database. */
    abstract int page();

    @Override
    protected Ports freshPorts() {
      return Connected.to(database()).jdbc().ports();
    }

    @Test
    void the_what_if_reads_the_registry_in_pages_of_a_fixed_number_of_statements() {
      Connected c = Connected.to(database());
      Ports ports = c.jdbc().ports();
      ports.authorities().save(Fixtures.authority());
      PromotionOrganization template = Fixtures.organization(LifecycleStage.RECOGNISED);
      BankAccount account = template.bankAccount().orElseThrow();
      List<PromotionOrganization> registry = new ArrayList<>();
      for (int i = 0; i < REGISTRY; i++) {
        Cluster cluster = Fixtures.cluster();
        ClusterId id = new ClusterId(String.format(Locale.ROOT, "cluster-%05d", i));
        ports.clusters().save(new Cluster(id, 0, cluster.name() + i, cluster.region(), cluster.industry(), cluster.level(),
            cluster.enterprises()));
        registry.add(ImmutablePromotionOrganization.copyOf(template)
            .withId(new OrganizationId(String.format(Locale.ROOT, "org-%05d", i))).withCluster(id)
            .withBankAccount(Optional.of(new BankAccount(account.holder(), String.format(Locale.ROOT, "3220%012d", i),
                account.bank()))));
      }
      c.jdbc().saveAll(registry);

      long before = c.dataSource().executed();
      WhatIfReport report = Clustergov.using(ports).runWhatIf().handle(new RunWhatIf.Command(Fixtures.AUTHORITY_ID, null, null,
          null, null, null, null, Map.of("evaluation.goldPercent", "85", "evaluation.silverPercent", "70")))
          .getOrElseThrow(r -> new AssertionError(r.toString()));
      long statements = c.dataSource().executed() - before;

      int pages = (REGISTRY + page() - 1) / page();
      assertThat(statements).as("%d statements for %d pages of %d", statements, pages, page())
          .isBetween((long) pages, (long) pages * PER_PAGE + 10);
      assertThat(ports.organizations().registryPage()).isEqualTo(page());
      assertThat(report.summary().organizations()).isEqualTo(REGISTRY);
    }
  }

  @Nested
  class H2Memory extends On {
    @Override
    Database database() {
      return Database.H2_MEMORY;
    }

    @Override
    int page() {
      return 64;
    }
  }

  @Nested
  class H2File extends On {
    @Override
    Database database() {
      return Database.H2_FILE;
    }

    @Override
    int page() {
      return 64;
    }
  }

  @Nested
  class PostgreSQL extends On {
    @Override
    Database database() {
      return Database.POSTGRESQL;
    }

    @Override
    int page() {
      return 500;
    }
  }
}
