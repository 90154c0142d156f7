package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.establishment.EstablishOrganization;
import dev.clustergov.core.application.establishment.ProposeOrganization;
import dev.clustergov.core.application.port.ReadStamp;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.memory.SettableClock;
import java.time.ZoneId;
import java.util.List;
import java.util.OptionalLong;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * The read stamp (读取戳) as another server instance sees it (decisions 0420, 0612): read as one plain JDBC statement, in
 * auto-commit on a connection of its own, it shows a write the first instance acknowledged at once, whatever the second
 * instance read before; inside a read snapshot it is read on the snapshot's connection.
 */
class ReadStampTest {

  @Test
  void one_statement_sees_another_instances_acknowledged_write() {
    JdbcDataSource shared = new JdbcDataSource();
    shared.setURL("jdbc:h2:mem:read-stamp-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1" + Database.H2_LOCK_TIMEOUT);
    TestDataSource first = new TestDataSource(shared);
    TestDataSource second = new TestDataSource(shared);
    SettableClock clock = SettableClock.at(Fixtures.TODAY.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    JdbcClustergov writer = JdbcClustergov.migrateAndConnect(first, clock);
    JdbcClustergov reader = JdbcClustergov.migrateAndConnect(second, clock);
    writer.ports().clusters().save(Fixtures.cluster());
    writer.ports().authorities().save(Fixtures.authority());
    Clustergov gov = Clustergov.using(writer.ports());

    PromotionOrganization proposed = gov.proposeOrganization()
        .handle(new ProposeOrganization.Command(Fixtures.compliantApplication())).get();
    ReadStamp before = stampOnce(second, reader, proposed);
    assertThat(before.organization()).as("the proposal's event set the PO's stamp").isPositive();

    gov.establishOrganization()
        .handle(new EstablishOrganization.Command(proposed.id(), OptionalLong.empty(), Fixtures.PO_CODE)).get();
    ReadStamp after = stampOnce(second, reader, proposed);
    assertThat(after.organization()).as("the other instance's acknowledged write is seen by the next stamp read")
        .isGreaterThan(before.organization());
    assertThat(after.registry()).as("establishing changes the PO's own record, which other dossiers read")
        .isGreaterThan(before.registry());
    assertThat(after).isEqualTo(writer.ports().events().stamp(proposed.id()).orElseThrow());

    // inside a read snapshot, the stamp is read in the snapshot: still one statement, on its connection
    long executed = second.executed();
    ReadStamp inRead = reader.ports().unitOfWork().read(() -> reader.ports().events().stamp(proposed.id()).orElseThrow());
    assertThat(inRead).isEqualTo(after);
    assertThat(second.executed() - executed).as("the snapshot's opening statements and the stamp's").isLessThanOrEqualTo(2);
  }

  /** Reads the stamp through {@code instance}, checking that it costs exactly one statement, the stamp's. */
  private static ReadStamp stampOnce(TestDataSource ds, JdbcClustergov instance, PromotionOrganization po) {
    ReadStamp[] read = new ReadStamp[1];
    long executed = ds.executed();
    List<TestDataSource.Sent> sent = ds.preparedDuring(() -> read[0] = instance.ports().events().stamp(po.id()).orElseThrow());
    assertThat(ds.executed() - executed).as("one statement").isEqualTo(1);
    assertThat(sent).singleElement().satisfies(s -> assertThat(s.sql()).contains("organization_stamp"));
    return read[0];
  }
}
