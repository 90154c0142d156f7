package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The one set of migrations brings an empty H2 and an empty PostgreSQL to the same schema. */
class MigrationTest {

  @Test
  void migrates_an_empty_h2_and_an_empty_postgresql_to_the_latest_version_and_again_is_a_no_op() throws SQLException {
    for (Database db : List.of(Database.H2_MEMORY, Database.POSTGRESQL)) {
      DataSource ds = db.fresh();
      JdbcClustergov.migrate(ds);
      JdbcClustergov.migrate(ds);

      try (Connection c = ds.getConnection();
          ResultSet rs = c.createStatement().executeQuery(
              "SELECT \"version\", \"success\" FROM \"" + JdbcClustergov.HISTORY_TABLE + "\" WHERE \"version\" IS NOT NULL ORDER BY \"installed_rank\"")) {
        List<String> applied = new ArrayList<>();
        while (rs.next()) {
          applied.add(rs.getString(1) + ":" + rs.getBoolean(2));
        }
        // every migration applied and succeeded, in order: V1 registries, V2 finance (Art.9–13), V3 disclosure, V4 disputes and IP,
        // V5 the legal representative, V6 operation (members, platforms, service activities), V7 supervision,
        // V8 third-party evaluation (evaluators, evaluations), V9 incentive awards (Art.29)
        assertThat(applied).as("%s", db)
            .startsWith("1:true", "2:true", "3:true", "4:true", "5:true", "6:true", "7:true", "8:true", "9:true")
            .allMatch(v -> v.endsWith(":true"));
      }
    }
  }

  @Test
  void the_schema_on_h2_and_postgresql_has_the_same_tables_columns_keys_and_indexes() throws SQLException {
    Map<String, String> h2 = describe(JdbcClustergov.migrate(Database.H2_MEMORY.fresh()), "PUBLIC");
    Map<String, String> pg = describe(JdbcClustergov.migrate(Database.POSTGRESQL.fresh()), "public");

    assertThat(h2.keySet()).contains("organization", "organization_staff", "body_seat", "event_log", "event_head", "id_counter",
        "dispute", "dispute_step", "ip_agreement", "ip_share", "ip_signature",
        "membership", "platform", "service_activity", "activity_member", "activity_outside",
        "inspection", "inspection_finding", "sanction", "sanction_ground", "self_discipline_measure", "disciplinary_action",
        "evaluator", "evaluator_tie", "evaluator_engagement", "evaluator_engagement_end", "evaluation", "evaluation_policy", "evaluation_score",
        "evaluation_dossier", "evaluation_dossier_line", "incentive_award", "incentive_award_metric");
    assertThat(pg).isEqualTo(h2);
  }

  /**
   * Per table: columns (name, normalised type, size, scale, nullability), primary key, foreign keys
   * and the indexes the migrations declare (named ix_…). H2 also creates an index of its own for each
   * foreign key, which PostgreSQL does not; those are left out.
   */
  private static Map<String, String> describe(DataSource ds, String schema) throws SQLException {
    Map<String, String> tables = new TreeMap<>();
    try (Connection c = ds.getConnection()) {
      DatabaseMetaData md = c.getMetaData();
      List<String> names = new ArrayList<>();
      try (ResultSet rs = md.getTables(null, schema, "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          names.add(rs.getString("TABLE_NAME"));
        }
      }
      for (String table : names) {
        if (table.equalsIgnoreCase(JdbcClustergov.HISTORY_TABLE)) {
          continue; // Flyway's own
        }
        StringBuilder b = new StringBuilder();
        try (ResultSet rs = md.getColumns(null, schema, table, "%")) {
          while (rs.next()) {
            b.append(lower(rs.getString("COLUMN_NAME"))).append(' ').append(type(rs)).append(' ')
                .append(rs.getInt("NULLABLE") == DatabaseMetaData.columnNoNulls ? "not null" : "null").append('\n');
          }
        }
        TreeMap<Integer, String> pk = new TreeMap<>();
        try (ResultSet rs = md.getPrimaryKeys(null, schema, table)) {
          while (rs.next()) {
            pk.put(rs.getInt("KEY_SEQ"), lower(rs.getString("COLUMN_NAME")));
          }
        }
        b.append("primary key ").append(pk.values()).append('\n');
        TreeSet<String> fks = new TreeSet<>();
        try (ResultSet rs = md.getImportedKeys(null, schema, table)) {
          while (rs.next()) {
            fks.add(lower(rs.getString("FK_NAME")) + ": " + lower(rs.getString("FKCOLUMN_NAME")) + " -> "
                + lower(rs.getString("PKTABLE_NAME")) + "." + lower(rs.getString("PKCOLUMN_NAME")));
          }
        }
        b.append("foreign keys ").append(fks).append('\n');
        TreeMap<String, TreeMap<Integer, String>> indexes = new TreeMap<>();
        try (ResultSet rs = md.getIndexInfo(null, schema, table, false, false)) {
          while (rs.next()) {
            String name = lower(rs.getString("INDEX_NAME"));
            if (name != null && name.startsWith("ix_")) {
              indexes.computeIfAbsent(name + (rs.getBoolean("NON_UNIQUE") ? "" : " unique"), k -> new TreeMap<>())
                  .put(rs.getInt("ORDINAL_POSITION"), lower(rs.getString("COLUMN_NAME")));
            }
          }
        }
        indexes.forEach((name, cols) -> b.append("index ").append(name).append(' ').append(cols.values()).append('\n'));
        tables.put(lower(table), b.toString());
      }
    }
    return tables;
  }

  /** The JDBC type with its size where it matters: VARCHAR(64), NUMERIC(15,2), BIGINT, DATE … */
  private static String type(ResultSet rs) throws SQLException {
    int t = rs.getInt("DATA_TYPE");
    String name = java.sql.JDBCType.valueOf(t == java.sql.Types.DECIMAL ? java.sql.Types.NUMERIC : t).getName();
    return switch (name) {
      case "VARCHAR", "CHAR" -> name + "(" + rs.getInt("COLUMN_SIZE") + ")";
      case "NUMERIC" -> name + "(" + rs.getInt("COLUMN_SIZE") + "," + rs.getInt("DECIMAL_DIGITS") + ")";
      default -> name;
    };
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
