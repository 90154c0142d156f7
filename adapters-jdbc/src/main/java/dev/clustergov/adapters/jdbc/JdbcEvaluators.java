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
 * query per table for any number of evaluators; saving updates the row under its version and replaces the ties and
 * engagements.
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
      if (e.version() > 0) {
        h.createUpdate("DELETE FROM evaluator_tie WHERE evaluator_id = :id").bind("id", id).execute();
      }
      var ties = h.prepareBatch("INSERT INTO evaluator_tie (evaluator_id, position, organization_id, nature, tie_from, tie_until)"
          + " VALUES (:e, :p, :o, :nature, :from, :until)");
      for (int i = 0; i < e.ties().size(); i++) {
        EvaluatorTie t = e.ties().get(i);
        ties.bind("e", id).bind("p", i).bind("o", t.organization().value()).bind("nature", t.nature())
            .bind("from", t.from()).bind("until", t.until().orElse(null)).add();
      }
      if (!e.ties().isEmpty()) {
        ties.execute();
      }
      if (e.version() > 0) {
        // the endings first: they refer to the engagement rows (decision 0475)
        h.createUpdate("DELETE FROM evaluator_engagement_end WHERE evaluator_id = :id").bind("id", id).execute();
        h.createUpdate("DELETE FROM evaluator_engagement WHERE evaluator_id = :id").bind("id", id).execute();
      }
      var engagements = h.prepareBatch("INSERT INTO evaluator_engagement (evaluator_id, position, organization_id, engaged_by,"
          + " engaged_from, engaged_until) VALUES (:e, :p, :o, :by, :from, :until)");
      for (int i = 0; i < e.engagements().size(); i++) {
        EvaluatorEngagement g = e.engagements().get(i);
        engagements.bind("e", id).bind("p", i).bind("o", g.organization().value()).bind("by", g.engagedBy().value())
            .bind("from", g.from()).bind("until", g.until()).add();
      }
      if (!e.engagements().isEmpty()) {
        engagements.execute();
      }
      var endings = h.prepareBatch("INSERT INTO evaluator_engagement_end (evaluator_id, position, ended_on, ended_by, reason)"
          + " VALUES (:e, :p, :on, :by, :reason)");
      boolean anyEnded = false;
      for (int i = 0; i < e.engagements().size(); i++) {
        var ending = e.engagements().get(i).ending();
        if (ending.isPresent()) {
          endings.bind("e", id).bind("p", i).bind("on", ending.get().on()).bind("by", ending.get().by().value())
              .bind("reason", ending.get().reason()).add();
          anyEnded = true;
        }
      }
      if (anyEnded) {
        endings.execute();
      }
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
}
