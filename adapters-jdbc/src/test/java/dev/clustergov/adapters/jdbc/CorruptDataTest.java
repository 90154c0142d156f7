package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.testkit.contract.Samples;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Rows the domain refuses are reported as corruption, naming table, key and problem; never repaired or dropped. */
class CorruptDataTest {

  abstract static class On {
    abstract Database database();

    private Connected c;
    private Ports ports;

    private void storeCompliantPo() {
      c = Connected.to(database());
      ports = c.jdbc().ports();
      ports.clusters().save(Fixtures.cluster());
      ports.authorities().save(Fixtures.authority());
      ports.organizations().save(Fixtures.compliantOrganization());
    }

    @Test
    void a_bad_region_code_in_a_cluster_row_is_reported_naming_table_and_key() {
      storeCompliantPo();
      Tables.execute(c.dataSource(), "UPDATE cluster SET region = '990000' WHERE id = ?", Fixtures.CLUSTER_ID.value());

      CorruptData e = catchThrowableOfType(CorruptData.class, () -> ports.clusters().find(Fixtures.CLUSTER_ID));

      assertThat(e.table()).isEqualTo("cluster");
      assertThat(e.key()).isEqualTo(Fixtures.CLUSTER_ID.value());
      assertThat(e.getMessage()).contains("region");
      assertThat(catchThrowableOfType(CorruptData.class, () -> ports.clusters().all())).isNotNull();
    }

    @Test
    void an_unknown_enum_constant_in_a_child_row_and_a_negative_amount_are_both_reported() {
      storeCompliantPo();
      Tables.execute(c.dataSource(), "UPDATE organization_staff SET category = 'JANITOR' WHERE organization_id = ? AND position = 2",
          Fixtures.ORGANIZATION_ID.value());
      Tables.execute(c.dataSource(), "UPDATE organization SET registered_capital = -1 WHERE id = ?", Fixtures.ORGANIZATION_ID.value());

      CorruptData e = catchThrowableOfType(CorruptData.class, () -> ports.organizations().find(Fixtures.ORGANIZATION_ID));

      assertThat(e.problems()).extracting(CorruptData.Problem::table, CorruptData.Problem::key)
          .contains(org.assertj.core.groups.Tuple.tuple("organization", Fixtures.ORGANIZATION_ID.value()),
              org.assertj.core.groups.Tuple.tuple("organization_staff", Fixtures.ORGANIZATION_ID.value() + "#2"));
      assertThat(e.getMessage()).contains("JANITOR").contains("registered_capital");
      assertThat(catchThrowableOfType(CorruptData.class, () -> ports.organizations().list(OrganizationQuery.all(10))))
          .as("a listing does not skip the bad PO").isNotNull();
    }

    @Test
    void a_bad_credit_code_is_reported() {
      storeCompliantPo();
      Tables.execute(c.dataSource(), "UPDATE organization SET credit_code = '91320500MA1N2B3C4X' WHERE id = ?",
          Fixtures.ORGANIZATION_ID.value());

      CorruptData e = catchThrowableOfType(CorruptData.class, () -> ports.organizations().find(Fixtures.ORGANIZATION_ID));

      assertThat(e.table()).isEqualTo("organization");
      assertThat(e.getMessage()).contains("credit_code");
    }

    @Test
    void a_bad_legal_representative_id_and_a_name_without_an_id_are_reported() {
      storeCompliantPo();
      Tables.execute(c.dataSource(), "UPDATE organization SET legal_representative_id = '-not an id', legal_representative_name = '张伟'"
          + " WHERE id = ?", Fixtures.ORGANIZATION_ID.value());

      CorruptData e = catchThrowableOfType(CorruptData.class, () -> ports.organizations().find(Fixtures.ORGANIZATION_ID));
      assertThat(e.table()).isEqualTo("organization");
      assertThat(e.getMessage()).contains("legal_representative_id");

      Tables.execute(c.dataSource(), "UPDATE organization SET legal_representative_id = NULL WHERE id = ?",
          Fixtures.ORGANIZATION_ID.value());
      assertThat(catchThrowableOfType(CorruptData.class, () -> ports.organizations().find(Fixtures.ORGANIZATION_ID)).getMessage())
          .contains("legal_representative_id");
    }

    @Test
    void a_bad_jurisdiction_and_an_unknown_parameter_of_a_policy_pack_are_reported() {
      c = Connected.to(database());
      c.jdbc().ports().policyPacks().publish(Samples.policyPack(Samples.SUZHOU, 1));
      Tables.execute(c.dataSource(), "UPDATE policy_value SET param_key = 'no.such.parameter'");

      CorruptData e = catchThrowableOfType(CorruptData.class, () -> c.jdbc().ports().policyPacks().all());

      assertThat(e.table()).isEqualTo("policy_pack");
      assertThat(e.key()).isEqualTo("320500@1");
    }

    @Test
    void an_amendment_stored_as_proposed_before_the_revision_before_took_effect_is_reported() {
      storeCompliantPo();
      var agreement = dev.clustergov.core.testkit.contract.DisputeSamples.amendedHalfSigned("ip-1", Fixtures.ORGANIZATION_ID);
      ports.ipAgreements().save(agreement);
      // revision 1 took effect on DAY + 2 (decision 0609): revision 2 cannot have been proposed on DAY + 1
      Tables.execute(c.dataSource(), "UPDATE ip_revision SET proposed_on = ? WHERE agreement_id = 'ip-1' AND revision = 2",
          java.sql.Date.valueOf(dev.clustergov.core.testkit.contract.DisputeSamples.DAY.plusDays(1)));

      CorruptData e = catchThrowableOfType(CorruptData.class, () -> ports.ipAgreements().find(agreement.id()));

      assertThat(e.table()).isEqualTo("ip_agreement");
      assertThat(e.key()).isEqualTo("ip-1");
      assertThat(e.getMessage()).contains("revision 2 was proposed before revision 1 took effect");
    }

    @Test
    void an_event_payload_that_is_not_a_canonical_event_is_reported_by_the_reader() {
      c = Connected.to(database());
      c.jdbc().ports().events().append(java.util.List.of(Samples.event("org-001", 1)));
      Tables.execute(c.dataSource(), "UPDATE event_log SET payload = 'garbage' WHERE seq = 1");

      CorruptData e = catchThrowableOfType(CorruptData.class, () -> c.jdbc().ports().events().read(0, 10));

      assertThat(e.table()).isEqualTo("event_log");
      assertThat(e.key()).isEqualTo("1");
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
