package dev.clustergov.adapters.rest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * A smaller share of hostile requests on the server's default storage (H2 through HikariCP and the JDBC
 * adapter): after each refused request the event log's head and every table's row count and checksum are
 * what they were.
 */
class H2HostileRequestsTest extends HostileRequestsContract {

  private String url;
  private Connection reader;

  @Override
  protected Backend backend() throws Exception {
    Path dir = Files.createTempDirectory("clustergov-hostile-h2-");
    Storage storage = Storage.h2(dir);
    url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("clustergov") + ";DB_CLOSE_ON_EXIT=FALSE";
    return Backend.of("h2", storage, () -> {
      if (reader != null) {
        reader.close();
      }
    });
  }

  @Override
  protected int requests() {
    return Integer.getInteger("clustergov.hostile.h2.requests", 1_500);
  }

  /** Every table of the schema (found, not listed: a new table is included) → its row count and an order-free checksum. */
  @Override
  protected Object state() throws Exception {
    if (reader == null) {
      reader = DriverManager.getConnection(url, "sa", "");
    }
    List<String> tables = new ArrayList<>();
    try (ResultSet rs = reader.getMetaData().getTables(null, "PUBLIC", "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        tables.add(rs.getString("TABLE_NAME"));
      }
    }
    if (tables.size() < 20) {
      throw new AssertionError("the schema was not found: " + tables);
    }
    Map<String, String> state = new TreeMap<>();
    for (String table : tables) {
      long rows = 0;
      byte[] sum = new byte[32];
      try (var st = reader.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
        int columns = rs.getMetaData().getColumnCount();
        while (rs.next()) {
          rows++;
          MessageDigest row = MessageDigest.getInstance("SHA-256");
          for (int c = 1; c <= columns; c++) {
            row.update(String.valueOf(rs.getObject(c)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            row.update((byte) 0);
          }
          byte[] d = row.digest();
          for (int i = 0; i < 32; i++) {
            sum[i] += d[i]; // a sum of row digests: the same whatever order the rows come in
          }
        }
      }
      state.put(table, rows + " rows " + HexFormat.of().formatHex(sum));
    }
    state.put("(event log head)", String.valueOf(backend.ports().events().last()));
    return state;
  }
}
