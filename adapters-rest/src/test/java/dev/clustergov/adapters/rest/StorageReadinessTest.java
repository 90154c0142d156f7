package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
