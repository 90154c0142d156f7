package dev.clustergov.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.clustergov.adapters.jdbc.JdbcClustergov;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.guideline.FunctionItem;
import io.javalin.Javalin;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * The write route's baseline of the REST load benchmark (写入基准): a bare Javalin route that, per request, writes with
 * plain JDBC in one transaction the rows and the event that recording a service activity writes (Art.17, Art.23) — the
 * activity's id from its counter, the {@code service_activity} row, its {@code activity_member} and
 * {@code activity_outside} rows, the {@code event_log} entry chained by SHA-256 to the one before under the
 * {@code event_head} row's lock, the head, and the PO's {@code organization_stamp} — into a database of the same kind,
 * opened as the server opens it, whose schema is the project's own migrations ({@link JdbcClustergov#migrate}).
 * It parses the JSON body, as the server does; it reads nothing back (no PO, no roll of members, no rule is checked):
 * what is left of the server's cost above it is the use case's reads, its rules, authentication and the answer.
 *
 * <p>The same write is served twice: {@code POST /organizations/{id}/activities} runs its transactions side by side, as
 * H2 lets them; {@code POST /one-writer/organizations/{id}/activities} runs one transaction at a time, under one fair
 * lock taken before the connection is borrowed and released after its return — what the adapter must do on H2 in a
 * file, whose store a crash tears when several transactions write it at once (decisions 0302, 0481). The benchmark
 * reports the server against both (decision 0608).
 *
 * <p>{@code java -cp clustergov-examples.jar dev.clustergov.examples.Main bare-jdbc-write PORT DATA_DIR|JDBC_URL}: {@code DATA_DIR}
 * holds an H2 database kept in a file, or {@code JDBC_URL} names a PostgreSQL database (user postgres): a copy of the
 * server's, so the PO the route writes for exists.
 * {@code GET /written} answers how many activities and events the database holds.
 */
final class BareJdbcWrite {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  /** The one writer of {@code /one-writer/…}: fair, as the adapter's {@code SingleWriter}. */
  private static final ReentrantLock ONE_WRITER = new ReentrantLock(true);
  /** The path prefix of the write served one transaction at a time. */
  static final String ONE_WRITER_PREFIX = "/one-writer";

  private BareJdbcWrite() {}

  /** The H2 database kept in {@code dir}, opened with the server's URL and pool size (adapters-rest {@code Storage.h2}). */
  static HikariDataSource h2(Path dir) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl("jdbc:h2:file:" + dir.toAbsolutePath().resolve("clustergov") + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128;WRITE_DELAY=0");
    c.setUsername("sa");
    c.setPassword("");
    c.setDriverClassName("org.h2.Driver");
    c.setPoolName("bare-jdbc");
    c.setMaximumPoolSize(16);
    return new HikariDataSource(c);
  }

  /** A PostgreSQL database at {@code url} (user postgres), opened with the server's pool size (adapters-rest {@code Storage.postgres}). */
  static HikariDataSource postgres(String url) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(url);
    c.setUsername("postgres");
    c.setDriverClassName("org.postgresql.Driver");
    c.setPoolName("bare-jdbc");
    c.setMaximumPoolSize(16);
    return new HikariDataSource(c);
  }

  static Javalin start(int port, DataSource ds) {
    JdbcClustergov.migrate(ds); // the real schema: the project's migrations, nothing when they are current
    return Javalin.create(cfg -> {
      cfg.startup.showJavalinBanner = false;
      cfg.startup.showOldJavalinVersionWarning = false;
      cfg.routes.post("/organizations/{id}/activities", ctx -> {
        String id = write(ds, ctx.pathParam("id"), JSON.readTree(ctx.bodyAsBytes()));
        ctx.status(201).contentType("application/json").result("{\"id\":\"" + id + "\"}");
      });
      cfg.routes.post(ONE_WRITER_PREFIX + "/organizations/{id}/activities", ctx -> {
        JsonNode body = JSON.readTree(ctx.bodyAsBytes());
        String id;
        ONE_WRITER.lock();
        try {
          id = write(ds, ctx.pathParam("id"), body);
        } finally {
          ONE_WRITER.unlock();
        }
        ctx.status(201).contentType("application/json").result("{\"id\":\"" + id + "\"}");
      });
      cfg.routes.get("/written", ctx -> ctx.contentType("application/json").result(JSON.writeValueAsString(written(ds))));
      cfg.routes.get("/ready", ctx -> ctx.result("ok"));
    }).start("127.0.0.1", port);
  }

  /** How many service activities and events the database holds, counted in one statement (one snapshot). */
  static Map<String, Long> written(DataSource ds) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT (SELECT COUNT(*) FROM service_activity), (SELECT COUNT(*) FROM event_log)");
        ResultSet rs = s.executeQuery()) {
      rs.next();
      return Map.of("activities", rs.getLong(1), "events", rs.getLong(2));
    }
  }

  /** One activity, its child rows, its event and the PO's stamp, in one transaction; its id. */
  static String write(DataSource ds, String organization, JsonNode body) throws SQLException {
    var parsed = FunctionItem.parse(body.path("item").asText());
    if (parsed.isInvalid()) {
      throw new IllegalArgumentException(parsed.getError().toString());
    }
    Citation item = parsed.get().citation();
    String title = body.path("title").asText();
    LocalDate heldOn = body.hasNonNull("heldOn") ? LocalDate.parse(body.get("heldOn").asText()) : LocalDate.now(ZONE);
    String delivery = body.path("delivery").asText();
    boolean open = body.path("openToAllMembers").asBoolean();
    JsonNode outcomes = body.path("outcomes");
    BigDecimal landed = new BigDecimal(outcomes.path("landedInvestment").asText("0")).setScale(2);
    JsonNode talents = outcomes.path("talents");
    List<String> members = new ArrayList<>();
    body.path("memberParticipants").forEach(m -> members.add(m.asText()));
    List<String> outside = new ArrayList<>();
    body.path("outsideParticipants").forEach(m -> outside.add(m.asText()));
    try (Connection c = ds.getConnection()) {
      c.setAutoCommit(false);
      try {
        try (PreparedStatement s = c.prepareStatement("UPDATE id_counter SET last_value = last_value + 1 WHERE kind = ?")) {
          s.setString(1, "activity");
          if (s.executeUpdate() == 0) {
            try (PreparedStatement first = c.prepareStatement("INSERT INTO id_counter (kind, last_value) VALUES (?, 1)")) {
              first.setString(1, "activity");
              first.executeUpdate();
            }
          }
        }
        long n;
        try (PreparedStatement s = c.prepareStatement("SELECT last_value FROM id_counter WHERE kind = ?")) {
          s.setString(1, "activity");
          try (ResultSet rs = s.executeQuery()) {
            rs.next();
            n = rs.getLong(1);
          }
        }
        String id = String.format("activity-%06d", n);
        Object[] row = {id, 1L, organization, item.article(), item.item(), title, heldOn, delivery, open ? 1 : 0, null, landed, BigDecimal.ZERO.setScale(2),
            BigDecimal.ZERO.setScale(2), talents.path("LEADING").asInt(), talents.path("HIGH_LEVEL").asInt(),
            talents.path("HIGHLY_SKILLED").asInt(), talents.path("GENERAL").asInt()};
        try (PreparedStatement s = c.prepareStatement("INSERT INTO service_activity (id, version, organization_id, item_article, item_number,"
            + " title, held_on, delivery, open_to_all, closed_reason, landed_investment, technology_transactions, supply_contracts,"
            + " talents_leading, talents_high_level, talents_highly_skilled, talents_general)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
          for (int i = 0; i < row.length; i++) {
            if (row[i] == null) {
              s.setNull(i + 1, Types.VARCHAR);
            } else {
              s.setObject(i + 1, row[i]);
            }
          }
          s.executeUpdate();
        }
        children(c, "INSERT INTO activity_member (activity_id, position, membership_id) VALUES (?, ?, ?)", id, members);
        children(c, "INSERT INTO activity_outside (activity_id, position, name) VALUES (?, ?, ?)", id, outside);
        long seq;
        String prev;
        try (PreparedStatement s = c.prepareStatement("SELECT last_seq, last_hash FROM event_head WHERE id = 1 FOR UPDATE");
            ResultSet rs = s.executeQuery()) {
          rs.next();
          seq = rs.getLong(1) + 1;
          prev = rs.getString(2);
        }
        Map<String, String> data = new TreeMap<>();
        data.put("organization", organization);
        data.put("item", item.format());
        data.put("title", title);
        data.put("heldOn", heldOn.toString());
        data.put("delivery", delivery);
        data.put("memberParticipants", String.join(",", members));
        data.put("outsideParticipants", String.join(",", outside));
        data.put("openToAllMembers", Boolean.toString(open));
        data.put("landedInvestment", landed.toPlainString());
        data.put("talents", talents.toString());
        StringBuilder payload = new StringBuilder("type=ServiceActivityRecorded\naggregate=serviceActivity/").append(id).append('\n');
        data.forEach((k, v) -> payload.append(k).append('=').append(v).append('\n'));
        StringBuilder state = new StringBuilder("service_activity");
        for (Object v : row) {
          state.append('\u0000').append(v);
        }
        outside.forEach(o -> state.append('\u0000').append(o));
        members.forEach(m -> state.append('\u0000').append(m));
        String stateHash = sha256(state.toString());
        String hash = sha256((prev == null ? "" : prev) + "\n" + seq + "\n" + payload + "\u0000" + stateHash);
        try (PreparedStatement s = c.prepareStatement("INSERT INTO event_log (seq, payload, prev_hash, hash, state_hash) VALUES (?, ?, ?, ?, ?)")) {
          s.setLong(1, seq);
          s.setString(2, payload.toString());
          s.setString(3, prev);
          s.setString(4, hash);
          s.setString(5, stateHash);
          s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE event_head SET last_seq = ?, last_hash = ?, registry_stamp = registry_stamp + ?"
            + " WHERE id = 1")) {
          s.setLong(1, seq);
          s.setString(2, hash);
          s.setLong(3, 0);
          s.executeUpdate();
        }
        try (PreparedStatement s = c.prepareStatement("UPDATE organization_stamp SET stamp = ? WHERE organization_id = ?")) {
          s.setLong(1, seq);
          s.setString(2, organization);
          s.executeUpdate();
        }
        c.commit();
        return id;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    }
  }

  /** Child rows by position, in one batch (the adapter batches them too). */
  private static void children(Connection c, String sql, String id, List<String> values) throws SQLException {
    if (values.isEmpty()) {
      return;
    }
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        s.setString(1, id);
        s.setInt(2, i);
        s.setString(3, values.get(i));
        s.addBatch();
      }
      s.executeBatch();
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  static int run(List<String> args, java.io.PrintStream err) {
    if (args.size() != 2) {
      err.println("usage: bare-jdbc-write PORT DATA_DIR|JDBC_URL");
      return Main.USAGE;
    }
    try {
      String where = args.get(1);
      start(Integer.parseInt(args.get(0)), where.startsWith("jdbc:postgresql:") ? postgres(where) : h2(Path.of(where)));
      return 0;
    } catch (RuntimeException e) {
      err.println("bare-jdbc-write: " + e.getMessage());
      return Main.USAGE;
    }
  }
}
