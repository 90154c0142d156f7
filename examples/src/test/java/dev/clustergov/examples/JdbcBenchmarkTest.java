package dev.clustergov.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.adapters.jdbc.JdbcClustergov;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.examples.JdbcBenchmark.Databases;
import dev.clustergov.examples.JdbcBenchmark.Engine;
import dev.clustergov.examples.JdbcBenchmark.Fresh;
import dev.clustergov.examples.JdbcBenchmark.Result;
import dev.clustergov.examples.JdbcBenchmark.Sizes;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** The benchmark's code path on H2 with tiny sizes, so that it cannot rot; and its raw batch writes what saveAll writes. */
class JdbcBenchmarkTest {

  @Test
  void runs_both_measurements_on_h2_and_prints_a_line_for_each() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    List<Result> results = JdbcBenchmark.run(List.of(Engine.H2), new Sizes(5, 1, 2, List.of(10, 20), 1),
        new PrintStream(bytes, true, StandardCharsets.UTF_8));

    assertThat(results).extracting(Result::organizations).containsExactly(10, 20);
    assertThat(results).allSatisfy(r -> {
      assertThat(r.engine()).isEqualTo(Engine.H2);
      assertThat(r.roundTripMs()).isPositive();
      assertThat(r.adapterMs()).isPositive();
      assertThat(r.rawMs()).isPositive();
      assertThat(r.ratio()).isEqualTo(r.rawMs() / r.adapterMs());
    });
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("H2: H2 2.")
        .contains("H2 (a) round trip (load + save) of a PO with 5 staff and 5 seats:")
        .contains("H2 (b) bulk insert of 10 POs with bodies, seats and expert fields (180 rows): adapter saveAll")
        .contains("H2 (b) bulk insert of 20 POs with bodies, seats and expert fields (360 rows): adapter saveAll")
        .contains("adapter/raw");
  }

  @Test
  void the_raw_batch_writes_exactly_the_rows_save_all_writes() {
    List<PromotionOrganization> all = JdbcBenchmark.bulkOrganizations(7);
    try (Databases dbs = Databases.start(Engine.H2); Fresh byAdapter = dbs.fresh(); Fresh byHand = dbs.fresh()) {
      JdbcClustergov jdbc = JdbcBenchmark.registries(byAdapter.dataSource());
      jdbc.saveAll(all);
      JdbcBenchmark.registries(byHand.dataSource());
      JdbcBenchmark.rawBatch(byHand.dataSource(), all);

      Map<String, List<String>> written = dump(byAdapter.dataSource());
      assertThat(written.get("organization")).hasSize(7);
      assertThat(written.get("body_seat")).hasSize(7 * 9);
      assertThat(written.get("seat_expert_field")).hasSize(7 * 3);
      assertThat(dump(byHand.dataSource())).isEqualTo(written);
      assertThat(jdbc.ports().organizations().find(all.get(0).id())).isPresent();
    }
  }

  @Test
  void an_unknown_database_is_named_and_exits_with_2() {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(new String[] {"jdbc-benchmark", "oracle"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(err, true, StandardCharsets.UTF_8));

    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown database: oracle");
  }

  /** Every row of every table of the schema, as text, sorted, by table. */
  private static Map<String, List<String>> dump(DataSource ds) {
    Map<String, List<String>> tables = new TreeMap<>();
    try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs = c.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
        while (rs.next()) {
          names.add(rs.getString("TABLE_NAME").toLowerCase());
        }
      }
      for (String table : names) {
        if (table.equals(JdbcClustergov.HISTORY_TABLE)) {
          continue; // Flyway's history holds timings
        }
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
          ResultSetMetaData md = rs.getMetaData();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
              row.append(md.getColumnName(i)).append('=').append(rs.getString(i)).append(' ');
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        tables.put(table, rows);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return tables;
  }
}
