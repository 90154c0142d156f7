package dev.clustergov.adapters.jdbc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import javax.sql.DataSource;

/**
 * Whether a database's schema is already at this version's migrations (模式版本核对), told from Flyway's history table
 * alone, so that a restart over a current schema need not load and run Flyway (decision 0607). The schema is current
 * when the history holds exactly the migrations of {@link #SCRIPTS}, in order, each a successful versioned SQL
 * migration with the version, description, script name and checksum Flyway records for it — and nothing else but
 * Flyway's own markers. On any other history (no table, a pending, failed, changed, missing, repaired or unknown
 * migration, an error reading it) the answer is no, and {@link JdbcClustergov#migrate} runs Flyway as before, which
 * applies, validates or refuses as it always did.
 */
final class CurrentSchema {

  /** Where the migrations are, on the class path (Flyway's location {@code classpath:db/clustergov}). */
  static final String LOCATION = "db/clustergov";

  /**
   * Every migration of this version, in order. A new migration is added here as well as in {@link #LOCATION};
   * {@code CurrentSchemaTest} fails while the two differ.
   */
  static final List<String> SCRIPTS = List.of("V1__registries.sql", "V2__finance.sql", "V3__disclosure.sql",
      "V4__disputes_ip.sql", "V5__legal_representative.sql", "V6__operation.sql", "V7__supervision.sql",
      "V8__evaluation.sql", "V9__incentive.sql", "V10__registry_lock.sql", "V11__proposal_key.sql",
      "V12__tamper_evidence.sql", "V13__evaluator_engagement.sql", "V14__read_stamps.sql",
      "V15__evaluator_engagement_end.sql", "V16__evaluation_dossier.sql", "V17__answer_key.sql");

  /** Rows Flyway writes of its own, with no version: the history table's and a schema's creation. */
  private static final Set<String> MARKERS = Set.of("TABLE", "SCHEMA");

  private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.sql");

  /** One row of the history, as it is compared. */
  record Applied(String version, String description, String type, String script, Integer checksum, boolean success) {}

  private static final List<Applied> EXPECTED = expected();

  private CurrentSchema() {}

  /** Whether {@code dataSource}'s history records exactly this version's migrations, all applied; false on any doubt. */
  static boolean isCurrent(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT \"version\", \"description\", \"type\", \"script\", \"checksum\", \"success\" FROM \""
            + JdbcClustergov.HISTORY_TABLE + "\" ORDER BY \"installed_rank\"")) {
      List<Applied> applied = new ArrayList<>();
      while (rs.next()) {
        int checksum = rs.getInt(5);
        Applied row = new Applied(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
            rs.wasNull() ? null : checksum, rs.getBoolean(6));
        if (row.version() == null && MARKERS.contains(row.type()) && row.success()) {
          continue;
        }
        applied.add(row);
      }
      return applied.equals(EXPECTED);
    } catch (SQLException noHistoryOrUnreadable) {
      // no history table yet (an empty database), or one this check cannot read: Flyway decides, as before
      return false;
    }
  }

  /** The rows Flyway writes for {@link #SCRIPTS}. */
  static List<Applied> expected() {
    List<Applied> out = new ArrayList<>();
    for (String script : SCRIPTS) {
      Matcher m = NAME.matcher(script);
      if (!m.matches()) {
        throw new IllegalStateException("not a versioned migration's name: " + script);
      }
      out.add(new Applied(m.group(1), m.group(2).replace('_', ' '), "SQL", script, checksum(script), true));
    }
    return List.copyOf(out);
  }

  /**
   * Flyway's checksum of a migration: CRC32 over its lines as read, each without its line break, in UTF-8, the
   * byte-order mark dropped from the first; of the script as written, before its placeholders are replaced (so the
   * same on H2 and PostgreSQL). {@code CurrentSchemaTest} compares it with what Flyway records.
   */
  static int checksum(String script) {
    String path = LOCATION + "/" + script;
    InputStream in = CurrentSchema.class.getClassLoader().getResourceAsStream(path);
    if (in == null) {
      throw new IllegalStateException("migration not on the class path: " + path);
    }
    CRC32 crc = new CRC32();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      boolean first = true;
      while ((line = r.readLine()) != null) {
        if (first && line.startsWith("\uFEFF")) {
          line = line.substring(1);
        }
        first = false;
        crc.update(line.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(path, e);
    }
    return (int) crc.getValue();
  }
}
