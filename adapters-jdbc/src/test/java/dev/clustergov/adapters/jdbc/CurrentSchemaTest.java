package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A restart over a current schema leaves Flyway out (decision 0607); every other history still goes to Flyway, which
 * applies, validates or refuses as before.
 */
class CurrentSchemaTest {

  private static final String HISTORY = "\"" + JdbcClustergov.HISTORY_TABLE + "\"";

  @Test
  void the_list_of_migrations_is_the_folder_of_migrations_in_order() throws IOException, URISyntaxException {
    Path folder = Path.of(CurrentSchema.class.getClassLoader().getResource(CurrentSchema.LOCATION).toURI());
    List<String> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.map(p -> p.getFileName().toString())
          .sorted(java.util.Comparator.comparingInt((String n) -> Integer.parseInt(n.substring(1, n.indexOf("__"))))).toList();
    }
    assertThat(CurrentSchema.SCRIPTS).isEqualTo(files);
  }

  @Test
  void what_it_expects_is_what_flyway_records_on_h2_and_postgresql_and_then_migrate_runs_no_flyway() throws SQLException {
    for (Database db : List.of(Database.H2_MEMORY, Database.POSTGRESQL)) {
      DataSource ds = db.fresh();
      assertThat(CurrentSchema.isCurrent(ds)).as("%s: an empty database", db).isFalse();
      int before = JdbcClustergov.FLYWAY_RUNS.get();
      JdbcClustergov.migrate(ds);
      assertThat(JdbcClustergov.FLYWAY_RUNS.get()).as("%s: an empty database is migrated by Flyway", db).isEqualTo(before + 1);

      // the checksums, descriptions and names Flyway wrote, compared with those computed without it
      assertThat(recorded(ds)).as("%s", db).isEqualTo(CurrentSchema.expected());
      assertThat(CurrentSchema.isCurrent(ds)).as("%s: just migrated", db).isTrue();

      JdbcClustergov.migrate(ds);
      JdbcClustergov.migrateAndConnect(ds, () -> java.time.Instant.parse("2026-12-08T00:00:00Z"));
      assertThat(JdbcClustergov.FLYWAY_RUNS.get()).as("%s: a current schema is not given to Flyway", db).isEqualTo(before + 1);
    }
  }

  @Test
  void a_changed_migration_still_reaches_flyway_which_refuses_it_as_before() throws SQLException {
    DataSource ds = JdbcClustergov.migrate(Database.H2_MEMORY.fresh());
    execute(ds, "UPDATE " + HISTORY + " SET \"checksum\" = \"checksum\" + 1 WHERE \"version\" = '12'");
    assertThat(CurrentSchema.isCurrent(ds)).isFalse();
    int before = JdbcClustergov.FLYWAY_RUNS.get();
    assertThatThrownBy(() -> JdbcClustergov.migrate(ds)).hasMessageContaining("checksum mismatch").hasMessageContaining("12");
    assertThat(JdbcClustergov.FLYWAY_RUNS.get()).isEqualTo(before + 1);
  }

  @Test
  void a_pending_migration_is_applied_by_flyway() throws SQLException {
    DataSource ds = JdbcClustergov.migrate(Database.H2_MEMORY.fresh());
    execute(ds, "DROP TABLE answer_key");
    execute(ds, "DELETE FROM " + HISTORY + " WHERE \"version\" = '17'");
    assertThat(CurrentSchema.isCurrent(ds)).isFalse();
    JdbcClustergov.migrate(ds);
    assertThat(CurrentSchema.isCurrent(ds)).isTrue();
    execute(ds, "SELECT COUNT(*) FROM answer_key");
  }

  @Test
  void a_failed_an_unknown_or_a_foreign_row_is_a_doubt_left_to_flyway() throws SQLException {
    DataSource failed = JdbcClustergov.migrate(Database.H2_MEMORY.fresh());
    execute(failed, "UPDATE " + HISTORY + " SET \"success\" = FALSE WHERE \"version\" = '17'");
    assertThat(CurrentSchema.isCurrent(failed)).as("a failed migration").isFalse();

    DataSource newer = JdbcClustergov.migrate(Database.H2_MEMORY.fresh());
    execute(newer, "INSERT INTO " + HISTORY + " (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", \"checksum\","
        + " \"installed_by\", \"execution_time\", \"success\") VALUES (100, '18', 'from a newer release', 'SQL', 'V18__from_a_newer_release.sql',"
        + " 1, 'sa', 1, TRUE)");
    assertThat(CurrentSchema.isCurrent(newer)).as("a migration of a newer release").isFalse();

    DataSource baseline = JdbcClustergov.migrate(Database.H2_MEMORY.fresh());
    execute(baseline, "UPDATE " + HISTORY + " SET \"type\" = 'BASELINE' WHERE \"version\" = '1'");
    assertThat(CurrentSchema.isCurrent(baseline)).as("a baseline instead of a migration").isFalse();
  }

  private static List<CurrentSchema.Applied> recorded(DataSource ds) throws SQLException {
    List<CurrentSchema.Applied> out = new ArrayList<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT \"version\", \"description\", \"type\", \"script\", \"checksum\", \"success\" FROM " + HISTORY
            + " WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
      while (rs.next()) {
        out.add(new CurrentSchema.Applied(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getInt(5), rs.getBoolean(6)));
      }
    }
    return out;
  }

  private static void execute(DataSource ds, String sql) throws SQLException {
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }
}
