package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;

class StorageReadinessTest {

  @TempDir
  Path data;

  @Test
  void a_storage_that_answers_and_can_write_is_ready() {
    try (Storage storage = Storage.h2(data)) {
      assertThat(storage.ready()).isTrue();
    }
  }

  @Test
  void a_storage_that_has_gone_away_is_not_ready() {
    Storage storage = Storage.h2(data);
    storage.close();
    assertThat(storage.ready()).isFalse();
  }

  /**
   * H2 closes its database when a write fails for want of room, and each pooled connection then answers "the database has
   * been closed" (90098); {@code SHUTDOWN} leaves the pool in the same state. The storage must come back by itself, with
   * what was committed before.
   */
  @Test
  void a_storage_whose_h2_database_closed_itself_opens_it_again_with_what_was_committed() throws Exception {
    try (Storage storage = Storage.h2(data)) {
      var gov = dev.clustergov.core.application.Clustergov.using(storage.ports());
      var cluster = gov.registerCluster().handle(new dev.clustergov.core.application.general.RegisterCluster.Command(
          "苏州市重开测试集群", new RegionCode("320500"), "重开测试", ClusterLevel.MUNICIPAL, 100)).get();
      Connection closing = storage.dataSourceForTests().getConnection();
      closing.createStatement().execute("SHUTDOWN");
      try {
        closing.close(); // H2 refuses even this on a connection whose database it shut down (90121); the pool evicts it
      } catch (java.sql.SQLException expected) {
        assertThat(expected.getErrorCode()).isEqualTo(org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN);
      }
      long deadline = System.nanoTime() + java.time.Duration.ofSeconds(30).toNanos();
      int notReady = 0;
      while (!storage.ready()) {
        notReady++;
        assertThat(System.nanoTime()).as("ready again within 30 s of H2 closing").isLessThan(deadline);
        Thread.sleep(20);
      }
      assertThat(storage.ports().clusters().find(cluster.id())).as("what was committed before").isPresent();
      var again = gov.registerCluster().handle(new dev.clustergov.core.application.general.RegisterCluster.Command(
          "苏州市重开测试集群二", new RegionCode("320500"), "重开测试", ClusterLevel.MUNICIPAL, 100));
      assertThat(again.isRight()).as("writes again: %s", again).isTrue();
      assertThat(notReady).as("not ready answers before the pool had opened the database again").isLessThanOrEqualTo(1);
    }
  }

  @Test
  void a_folder_without_room_is_not_ready() throws Exception {
    assertThat(Storage.hasRoom(data)).isTrue();
    assertThat(Storage.hasRoom(data.resolve("missing"))).isFalse();
    try (var files = java.nio.file.Files.list(data)) {
      assertThat(files).as("the probe is removed").isEmpty();
    }
  }

  /**
   * H2 opens read-only by itself on files it may not write; root may write any file, so the test opens it read-only by
   * asking ({@code ACCESS_MODE_DATA=r}) — the same database state the write check meets.
   */
  @Test
  void a_database_that_cannot_write_is_found_by_the_write_check() throws Exception {
    Storage.h2(data).close();
    String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("clustergov");
    try (Connection readOnly = DriverManager.getConnection(url + ";ACCESS_MODE_DATA=r", "sa", "")) {
      assertThat(Storage.writable(readOnly)).isFalse();
    }
    try (Connection writable = DriverManager.getConnection(url, "sa", "")) {
      assertThat(Storage.writable(writable)).isTrue();
    }
  }
}
