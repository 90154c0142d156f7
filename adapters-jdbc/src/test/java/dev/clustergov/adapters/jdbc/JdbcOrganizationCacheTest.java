package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import io.vavr.control.Either;
import org.junit.jupiter.api.Test;

/**
 * {@code find} keeps the POs it read (decision 0340): a kept PO is served only at the stored version, and what a
 * unit of work wrote is never kept, so a rolled-back write is never read back.
 */
class JdbcOrganizationCacheTest {

  private final Connected c = Connected.to(Database.H2_MEMORY);
  private final Ports ports = c.jdbc().ports();

  private PromotionOrganization stored() {
    ports.clusters().save(Fixtures.cluster());
    ports.authorities().save(Fixtures.authority());
    return ports.organizations().save(Fixtures.compliantOrganization());
  }

  private PromotionOrganization find() {
    return ports.organizations().find(Fixtures.ORGANIZATION_ID).orElseThrow();
  }

  @Test
  void a_po_another_server_saved_on_the_same_database_is_read_at_its_new_version() {
    PromotionOrganization saved = stored();
    assertThat(find()).isEqualTo(saved);
    Ports other = JdbcClustergov.migrateAndConnect(c.dataSource(), c.clock()).ports();

    PromotionOrganization renamed = other.organizations().save(ImmutablePromotionOrganization.copyOf(other.organizations()
        .find(Fixtures.ORGANIZATION_ID).orElseThrow()).withName("苏州市纳米新材料产业集群发展促进中心"));

    assertThat(find()).isEqualTo(renamed);
    assertThat(find().name()).isEqualTo("苏州市纳米新材料产业集群发展促进中心");
  }

  @Test
  void what_a_unit_of_work_wrote_and_rolled_back_is_never_read_afterwards() {
    PromotionOrganization saved = stored();
    assertThat(find()).isEqualTo(saved);

    Either<String, PromotionOrganization> refused = ports.unitOfWork().run(() -> {
      ports.organizations().save(ImmutablePromotionOrganization.copyOf(find()).withName("回滚的名称"));
      assertThat(find().name()).as("inside the unit, its own write").isEqualTo("回滚的名称");
      return Either.left("refused");
    });

    assertThat(refused.isLeft()).isTrue();
    Ports fresh = JdbcClustergov.migrateAndConnect(c.dataSource(), c.clock()).ports();
    assertThat(fresh.organizations().find(Fixtures.ORGANIZATION_ID)).contains(saved);
    // the committed write takes the version the rolled-back one had: its PO, not the rolled-back one, is read
    PromotionOrganization committed = ports.organizations().save(ImmutablePromotionOrganization.copyOf(saved).withName("提交的名称"));
    assertThat(committed.version()).isEqualTo(saved.version() + 1);
    assertThat(find().name()).isEqualTo("提交的名称");
    assertThat(find()).isEqualTo(committed);
  }
}
