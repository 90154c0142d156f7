package dev.clustergov.adapters.jdbc;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jdbi.v3.core.Handle;

/**
 * The stored state of an aggregate as one hash (聚合状态摘要), so that an event can vouch for the state it produced
 * (decision 0372): the aggregate's root row and its child rows, each row rendered as {@code table|column=value|…}
 * with every column of the table in the schema's order, the value as the database's own
 * {@code CAST(column AS VARCHAR)} text ({@code \N} for NULL, with {@code \}, {@code |}, {@code =} and line breaks
 * escaped), the lines sorted and joined by {@code \n}; the hash is SHA-256 of that text in UTF-8, lower-case hex.
 * The text is read with one {@code UNION ALL} statement per aggregate.
 *
 * <p>Which aggregates: those whose rows are written only by commands that record an event about that same aggregate.
 * Not hashed (their events carry no state hash): {@code ledger} (its id is the PO's, and its entries grow without
 * bound), {@code policyPack} (keyed by jurisdiction and version, not by the event's id), and any type not listed here.
 */
final class AggregateStates {

  /** A table of an aggregate: its rows are those whose {@code key} column equals the aggregate's id. */
  private record Part(String table, String key) {}

  private static final Map<String, List<Part>> AGGREGATES = aggregates();

  private static Map<String, List<Part>> aggregates() {
    Map<String, List<Part>> m = new LinkedHashMap<>();
    m.put("cluster", List.of(new Part("cluster", "id")));
    m.put("authority", List.of(new Part("authority", "id")));
    m.put("organization", List.of(new Part("organization", "id"), new Part("organization_founder", "organization_id"),
        new Part("consortium_component", "organization_id"), new Part("charter_scope_item", "organization_id"),
        new Part("charter_consent", "organization_id"), new Part("organization_equipment", "organization_id"),
        new Part("organization_staff", "organization_id"), new Part("management_system", "organization_id"),
        new Part("income_source", "organization_id"), new Part("governance_body", "organization_id"),
        new Part("body_seat", "organization_id"), new Part("seat_expert_field", "organization_id")));
    m.put("membership", List.of(new Part("membership", "id")));
    m.put("platform", List.of(new Part("platform", "id")));
    m.put("serviceActivity", List.of(new Part("service_activity", "id"), new Part("activity_member", "activity_id"),
        new Part("activity_outside", "activity_id")));
    m.put("disclosure", List.of(new Part("disclosure", "id")));
    m.put("dispute", List.of(new Part("dispute", "id"), new Part("dispute_party", "dispute_id"), new Part("dispute_step", "dispute_id")));
    m.put("ipAgreement", List.of(new Part("ip_agreement", "id"), new Part("ip_revision", "agreement_id"),
        new Part("ip_party", "agreement_id"), new Part("ip_duty", "agreement_id"), new Part("ip_ownership", "agreement_id"),
        new Part("ip_use_right", "agreement_id"), new Part("ip_share", "agreement_id"), new Part("ip_signature", "agreement_id")));
    m.put("feeSchedule", List.of(new Part("fee_schedule", "id"), new Part("fee_edition", "schedule_id"),
        new Part("fee_item", "schedule_id"), new Part("fee_tier", "schedule_id")));
    m.put("inspection", List.of(new Part("inspection", "id"), new Part("inspection_finding", "inspection_id")));
    m.put("sanction", List.of(new Part("sanction", "id"), new Part("sanction_ground", "sanction_id")));
    m.put("selfDisciplineMeasure", List.of(new Part("self_discipline_measure", "id")));
    m.put("disciplinaryAction", List.of(new Part("disciplinary_action", "id")));
    m.put("evaluator", List.of(new Part("evaluator", "id"), new Part("evaluator_tie", "evaluator_id"),
        new Part("evaluator_engagement", "evaluator_id"), new Part("evaluator_engagement_end", "evaluator_id")));
    m.put("evaluation", List.of(new Part("evaluation", "id"), new Part("evaluation_policy", "evaluation_id"),
        new Part("evaluation_score", "evaluation_id"), new Part("evaluation_dossier", "evaluation_id"),
        new Part("evaluation_dossier_line", "evaluation_id")));
    m.put("incentiveAward", List.of(new Part("incentive_award", "id"), new Part("incentive_award_metric", "award_id")));
    return Collections.unmodifiableMap(m);
  }

  /** One statement per aggregate type, built from the schema's columns when the adapter connects. */
  private final Map<String, String> queries;
  /** Each hashed table's columns, lower case, in the schema's order. */
  private final Map<String, List<String>> columnNames;

  private AggregateStates(Map<String, String> queries, Map<String, List<String>> columnNames) {
    this.queries = Map.copyOf(queries);
    this.columnNames = Map.copyOf(columnNames);
  }

  /** Reads the columns of every hashed table once (database metadata, no statement) and builds the queries. */
  static AggregateStates of(DataSource dataSource) {
    Map<String, List<String>> columns = new LinkedHashMap<>();
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData meta = c.getMetaData();
      String schema = c.getSchema();
      for (List<Part> parts : AGGREGATES.values()) {
        for (Part p : parts) {
          columns.put(p.table(), columnsOf(meta, schema, p.table()));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot read the schema's columns", e);
    }
    int width = columns.values().stream().mapToInt(List::size).max().orElse(0);
    Map<String, String> queries = new LinkedHashMap<>();
    AGGREGATES.forEach((type, parts) -> {
      List<String> branches = new ArrayList<>();
      for (Part p : parts) {
        List<String> cols = columns.get(p.table());
        StringBuilder sql = new StringBuilder("SELECT '").append(p.table()).append("'");
        for (int i = 0; i < width; i++) {
          sql.append(", ").append(i < cols.size() ? "CAST(" + cols.get(i) + " AS VARCHAR(1000000))" : "CAST(NULL AS VARCHAR(1000000))");
        }
        sql.append(" FROM ").append(p.table()).append(" WHERE ").append(p.key()).append(" = :id");
        branches.add(sql.toString());
      }
      queries.put(type, String.join(" UNION ALL ", branches));
    });
    return new AggregateStates(queries, columns);
  }

  private static List<String> columnsOf(DatabaseMetaData meta, String schema, String table) throws SQLException {
    for (String name : List.of(table, table.toUpperCase(Locale.ROOT))) {
      List<String> cols = new ArrayList<>();
      try (ResultSet rs = meta.getColumns(null, schema, name, null)) {
        while (rs.next()) {
          cols.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT)); // in ORDINAL_POSITION order, as JDBC lists them
        }
      }
      if (!cols.isEmpty()) {
        return List.copyOf(cols);
      }
    }
    throw new IllegalStateException("table " + table + " not found in schema " + schema);
  }

  /** Whether events about aggregates of this type carry a state hash. */
  boolean hashes(String aggregateType) {
    return queries.containsKey(aggregateType);
  }

  /** The hash of the aggregate's stored state as {@code h} sees it, or empty when its type is not hashed. */
  Optional<String> hash(Handle h, String aggregateType, String id) {
    return text(h, aggregateType, id).map(AggregateStates::sha256);
  }

  /** The canonical text that is hashed (for a person comparing by hand, and for the tests). */
  Optional<String> text(Handle h, String aggregateType, String id) {
    String sql = queries.get(aggregateType);
    if (sql == null) {
      return Optional.empty();
    }
    List<String> lines = h.createQuery(sql).bind("id", id).map((rs, ctx) -> {
      String table = rs.getString(1);
      List<String> cols = columnNames.get(table);
      StringBuilder line = new StringBuilder(escape(table));
      for (int i = 0; i < cols.size(); i++) {
        String v = rs.getString(i + 2);
        line.append('|').append(cols.get(i)).append('=').append(v == null ? "\\N" : escape(v));
      }
      return line.toString();
    }).list();
    List<String> sorted = new ArrayList<>(lines);
    Collections.sort(sorted);
    return Optional.of(String.join("\n", sorted));
  }

  private static String escape(String v) {
    StringBuilder b = new StringBuilder(v.length());
    for (int i = 0; i < v.length(); i++) {
      char c = v.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '|' -> b.append("\\|");
        case '=' -> b.append("\\=");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
