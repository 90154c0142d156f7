package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.Evaluators;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Evaluator;
import dev.clustergov.core.supervision.EvaluatorEngagement;
import dev.clustergov.core.supervision.EvaluatorId;
import dev.clustergov.core.supervision.EvaluatorTie;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * {@link Evaluators} in the tables {@code evaluator}, {@code evaluator_tie} and {@code evaluator_engagement}: one
 * query per table for any number of evaluators; saving updates the row under its version and writes the ties, engagements
 * and endings (V15 {@code evaluator_engagement_end}) that changed, by position.
 */
final class JdbcEvaluators implements Evaluators {
  static final String TYPE = "Evaluator";
  static final String TABLE = "evaluator";
  private static final Columns COLUMNS = Columns.of(TABLE,
      "id", "version", "name", "credit_code", "registered_by", "registered_on", "affiliated_authority");

  private final Transactions tx;

  JdbcEvaluators(Transactions tx) {
    this.tx = tx;
  }

  private record Row(String id, long version, String name, String code, String registeredBy, LocalDate registeredOn,
      String affiliated) {}

  /** The rows {@code where} selects, {@code value} bound to {@code :v} when given. */
  private List<Row> rows(Handle h, String where, String value) {
    var query = h.createQuery(COLUMNS.select() + where + " ORDER BY id");
    if (value != null) {
      query.bind("v", value);
    }
    return query.map((rs, ctx) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
            rs.getObject(6, LocalDate.class), rs.getString(7)))
        .list();
  }

  @Override
  public Optional<Evaluator> find(EvaluatorId id) {
    return tx.inTransaction(h -> assemble(h, rows(h, " WHERE id = :v", id.value())).stream().findFirst());
  }

  /**
   * One statement on the evaluator's own row, in auto-commit outside a unit of work, as the read stamp is read (decision
   * 0580): every save advances it under its version.
   */
  @Override
  public Optional<Long> version(EvaluatorId id) {
    return tx.readOnce(h -> h.createQuery("SELECT version FROM " + TABLE + " WHERE id = :v").bind("v", id.value())
        .mapTo(Long.class).findOne());
  }

  @Override
  public Optional<Evaluator> findByCreditCode(CreditCode creditCode) {
    return tx.inTransaction(h -> assemble(h, rows(h, " WHERE credit_code = :v", creditCode.value())).stream().findFirst());
  }

  @Override
  public List<Evaluator> all() {
    return tx.inTransaction(h -> assemble(h, rows(h, "", null)));
  }

  @Override
  public Evaluator save(Evaluator e) {
    return tx.inWriteTransaction(h -> {
      String id = e.id().value();
      Versioned.save(h, TYPE, TABLE, id, e.version(),
          x -> bind(x.createUpdate(COLUMNS.insert()), e, 1).execute(),
          x -> bind(x.createUpdate(COLUMNS.versionedUpdate()), e, e.version()).execute());
      // the child rows are written by position, only those that changed (decision 0475): rewriting every engagement and
      // tie would re-check each row's foreign key to its PO (FOR KEY SHARE on PostgreSQL), and a unit of work holding another
      // PO's row (Lock.Organization, FOR UPDATE) while saving the same evaluator would wait on this one as this one waits on
      // it — a deadlock seen when an ending and engagements for other POs raced (EngagementRacesTest)
      Map<Integer, List<Object>> ties = new HashMap<>();
      for (int i = 0; i < e.ties().size(); i++) {
        EvaluatorTie t = e.ties().get(i);
        ties.put(i, java.util.Arrays.asList(t.organization().value(), t.nature(), t.from(), t.until().orElse(null)));
      }
      sync(h, "evaluator_tie", id, List.of("organization_id", "nature", "tie_from", "tie_until"), ties);
      Map<Integer, List<Object>> engagements = new HashMap<>();
      Map<Integer, List<Object>> endings = new HashMap<>();
      for (int i = 0; i < e.engagements().size(); i++) {
        EvaluatorEngagement g = e.engagements().get(i);
        engagements.put(i, java.util.Arrays.asList(g.organization().value(), g.engagedBy().value(), g.from(), g.until()));
        int position = i;
        g.ending().ifPresent(x -> endings.put(position, java.util.Arrays.asList(x.on(), x.by().value(), x.reason())));
      }
      // an ending refers to its engagement's row: those beyond the engagements kept go first
      h.createUpdate("DELETE FROM evaluator_engagement_end WHERE evaluator_id = :id AND position >= :n").bind("id", id)
          .bind("n", e.engagements().size()).execute();
      sync(h, "evaluator_engagement", id, List.of("organization_id", "engaged_by", "engaged_from", "engaged_until"), engagements);
      sync(h, "evaluator_engagement_end", id, List.of("ended_on", "ended_by", "reason"), endings);
      return e.withVersion(e.version() + 1);
    });
  }

  /** The row of {@code e} under {@link #COLUMNS}, with {@code version}: 1 to insert, the version read to update. */
  private static org.jdbi.v3.core.statement.Update bind(org.jdbi.v3.core.statement.Update u, Evaluator e, long version) {
    return u.bind("id", e.id().value()).bind("version", version).bind("name", e.name())
        .bind("credit_code", e.creditCode().value()).bind("registered_by", e.registeredBy().value())
        .bind("registered_on", e.registeredOn())
        .bind("affiliated_authority", e.affiliatedAuthority().map(AuthorityId::value).orElse(null));
  }

  private static List<Evaluator> assemble(Handle h, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Problems p = new Problems();
    Map<String, List<EvaluatorTie>> ties = new HashMap<>();
    for (List<String> chunk : Chunks.of(rows.stream().map(Row::id).toList())) {
      h.createQuery("SELECT evaluator_id, organization_id, nature, tie_from, tie_until FROM evaluator_tie"
              + " WHERE evaluator_id IN (<ids>) ORDER BY evaluator_id, position")
          .bindList("ids", chunk)
          .map((rs, ctx) -> {
            String key = rs.getString(1);
            OrganizationId o = p.identifier("evaluator_tie", key, "organization_id", rs.getString(2),
                raw -> OrganizationId.parse("organization_id", raw));
            LocalDate from = rs.getObject(4, LocalDate.class);
            Optional<LocalDate> until = Optional.ofNullable(rs.getObject(5, LocalDate.class));
            String nature = rs.getString(3);
            EvaluatorTie tie = o == null ? null : p.construct("evaluator_tie", key, () -> new EvaluatorTie(o, nature, from, until));
            ties.computeIfAbsent(key, k -> new ArrayList<>()).add(tie);
            return 0;
          })
          .list();
    }
    Map<String, List<EvaluatorEngagement>> engagements = new HashMap<>();
    for (List<String> chunk : Chunks.of(rows.stream().map(Row::id).toList())) {
      h.createQuery("SELECT g.evaluator_id, g.organization_id, g.engaged_by, g.engaged_from, g.engaged_until, x.ended_on, x.ended_by,"
              + " x.reason FROM evaluator_engagement g LEFT JOIN evaluator_engagement_end x"
              + " ON x.evaluator_id = g.evaluator_id AND x.position = g.position"
              + " WHERE g.evaluator_id IN (<ids>) ORDER BY g.evaluator_id, g.position")
          .bindList("ids", chunk)
          .map((rs, ctx) -> {
            String key = rs.getString(1);
            OrganizationId o = p.identifier("evaluator_engagement", key, "organization_id", rs.getString(2),
                raw -> OrganizationId.parse("organization_id", raw));
            AuthorityId by = p.identifier("evaluator_engagement", key, "engaged_by", rs.getString(3),
                raw -> AuthorityId.parse("engaged_by", raw));
            LocalDate from = rs.getObject(4, LocalDate.class);
            LocalDate until = rs.getObject(5, LocalDate.class);
            LocalDate endedOn = rs.getObject(6, LocalDate.class);
            AuthorityId endedBy = endedOn == null ? null : p.identifier("evaluator_engagement_end", key, "ended_by", rs.getString(7),
                raw -> AuthorityId.parse("ended_by", raw));
            String reason = rs.getString(8);
            EvaluatorEngagement g = o == null || by == null || (endedOn != null && endedBy == null) ? null
                : p.construct("evaluator_engagement", key, () -> new EvaluatorEngagement(o, by, from, until, endedOn == null
                    ? Optional.empty() : Optional.of(new EvaluatorEngagement.Ending(endedOn, endedBy, reason))));
            engagements.computeIfAbsent(key, k -> new ArrayList<>()).add(g);
            return 0;
          })
          .list();
    }
    List<Evaluator> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      EvaluatorId id = p.identifier(TABLE, r.id(), "id", r.id(), raw -> EvaluatorId.parse("id", raw));
      CreditCode code = p.creditCode(TABLE, r.id(), "credit_code", r.code());
      AuthorityId by = p.identifier(TABLE, r.id(), "registered_by", r.registeredBy(), raw -> AuthorityId.parse("registered_by", raw));
      Optional<AuthorityId> affiliated = r.affiliated() == null ? Optional.empty()
          : Optional.ofNullable(p.identifier(TABLE, r.id(), "affiliated_authority", r.affiliated(),
              raw -> AuthorityId.parse("affiliated_authority", raw)));
      p.throwIfAny();
      out.add(p.construct(TABLE, r.id(), () -> new Evaluator(id, r.version(), r.name(), code, by, r.registeredOn(), affiliated,
          ties.getOrDefault(r.id(), List.of()), engagements.getOrDefault(r.id(), List.of()))));
      p.throwIfAny();
    }
    return out;
  }

  /**
   * Makes the rows of {@code table} for evaluator {@code id} those of {@code wanted} (position → column values): a missing
   * row is inserted, a changed one updated, one no longer wanted deleted, an unchanged one not touched. Values compare as
   * the database's text ({@code getString}), which for the types used here (text, dates) is their Java {@code toString}.
   */
  private static void sync(Handle h, String table, String id, List<String> columns, Map<Integer, List<Object>> wanted) {
    Map<Integer, List<String>> stored = new HashMap<>();
    h.createQuery("SELECT position, " + String.join(", ", columns) + " FROM " + table + " WHERE evaluator_id = :id").bind("id", id)
        .map((rs, ctx) -> {
          List<String> values = new ArrayList<>();
          for (int c = 0; c < columns.size(); c++) {
            values.add(rs.getString(c + 2));
          }
          stored.put(rs.getInt(1), values);
          return 0;
        })
        .list();
    StringBuilder names = new StringBuilder();
    StringBuilder params = new StringBuilder();
    StringBuilder sets = new StringBuilder();
    for (int c = 0; c < columns.size(); c++) {
      names.append(", ").append(columns.get(c));
      params.append(", :c").append(c);
      sets.append(c == 0 ? "" : ", ").append(columns.get(c)).append(" = :c").append(c);
    }
    for (var w : new java.util.TreeMap<>(wanted).entrySet()) {
      List<String> text = w.getValue().stream().map(v -> v == null ? null : v.toString()).toList();
      List<String> old = stored.remove(w.getKey());
      if (old != null && old.equals(text)) {
        continue;
      }
      var u = h.createUpdate(old == null
          ? "INSERT INTO " + table + " (evaluator_id, position" + names + ") VALUES (:id, :p" + params + ")"
          : "UPDATE " + table + " SET " + sets + " WHERE evaluator_id = :id AND position = :p");
      u.bind("id", id).bind("p", w.getKey());
      for (int c = 0; c < columns.size(); c++) {
        u.bind("c" + c, w.getValue().get(c));
      }
      u.execute();
    }
    for (Integer gone : stored.keySet()) {
      h.createUpdate("DELETE FROM " + table + " WHERE evaluator_id = :id AND position = :p").bind("id", id).bind("p", gone).execute();
    }
  }
}
