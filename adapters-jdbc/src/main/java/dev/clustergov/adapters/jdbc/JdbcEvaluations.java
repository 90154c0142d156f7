package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.Evaluations;
import dev.clustergov.core.evaluation.DossierAsRecorded;
import dev.clustergov.core.evaluation.Snapshot;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.policy.Dimension;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.EvaluationId;
import dev.clustergov.core.supervision.EvaluatorId;
import dev.clustergov.core.supervision.Explanation;
import dev.clustergov.core.supervision.IndicatorScore;
import dev.clustergov.core.supervision.Rating;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * {@link Evaluations} in the tables {@code evaluation}, {@code evaluation_score} and
 * {@code evaluation_policy}, the dossier as recorded in {@code evaluation_dossier} and {@code evaluation_dossier_line}
 * (V16, decision 0505); the explanation is one column in {@link Explanation#format()}'s canonical
 * text (ADR 0270). One query per table for any number of evaluations.
 */
final class JdbcEvaluations implements Evaluations {
  static final String TYPE = "Evaluation";
  static final String TABLE = "evaluation";
  private static final Columns COLUMNS = Columns.of(TABLE, "id", "version", "organization_id", "evaluator_id", "evaluated_on",
      "valid_until", "total_percent", "rating", "dossier_hash", "trace");

  private final Transactions tx;

  JdbcEvaluations(Transactions tx) {
    this.tx = tx;
  }

  private record Row(String id, long version, String organization, String evaluator, LocalDate on, LocalDate until,
      BigDecimal total, String rating, String hash, String trace) {}

  private List<Row> rows(Handle h, String where, String value) {
    return h.createQuery(COLUMNS.select() + " " + where).bind("v", value)
        .map((rs, ctx) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getBigDecimal(7), rs.getString(8),
            rs.getString(9), rs.getString(10)))
        .list();
  }

  @Override
  public Optional<Evaluation> find(EvaluationId id) {
    return tx.inTransaction(h -> assemble(h, rows(h, "WHERE id = :v", id.value())).stream().findFirst());
  }

  @Override
  public List<Evaluation> of(OrganizationId organization) {
    return tx.inTransaction(h -> assemble(h, rows(h, "WHERE organization_id = :v ORDER BY evaluated_on, id", organization.value())));
  }

  @Override
  public Evaluation save(Evaluation e) {
    return tx.inWriteTransaction(h -> {
      String id = e.id().value();
      Versioned.save(h, TYPE, TABLE, id, e.version(),
          x -> bind(x.createUpdate(COLUMNS.insert()), e, 1).execute(),
          x -> bind(x.createUpdate(COLUMNS.versionedUpdate()), e, e.version()).execute());
      if (e.version() > 0) {
        h.createUpdate("DELETE FROM evaluation_score WHERE evaluation_id = :id").bind("id", id).execute();
        h.createUpdate("DELETE FROM evaluation_policy WHERE evaluation_id = :id").bind("id", id).execute();
      }
      if (!e.policyVersions().isEmpty()) {
        var policy = h.prepareBatch("INSERT INTO evaluation_policy (evaluation_id, position, source) VALUES (:e, :p, :s)");
        for (int i = 0; i < e.policyVersions().size(); i++) {
          policy.bind("e", id).bind("p", i).bind("s", e.policyVersions().get(i)).add();
        }
        policy.execute();
      }
      if (!e.scores().isEmpty()) {
        var scores = h.prepareBatch("INSERT INTO evaluation_score (evaluation_id, position, indicator, dimension, source, weight,"
            + " measured, target, score_percent, threshold_percent) VALUES (:e, :p, :i, :d, :s, :w, :m, :t, :score, :th)");
        for (int i = 0; i < e.scores().size(); i++) {
          IndicatorScore s = e.scores().get(i);
          scores.bind("e", id).bind("p", i).bind("i", s.indicator()).bind("d", s.dimension().name()).bind("s", s.source().format())
              .bind("w", s.weight()).bind("m", s.measured()).bind("t", s.target()).bind("score", s.scorePercent())
              .bind("th", s.thresholdPercent()).add();
        }
        scores.execute();
      }
      return e.withVersion(e.version() + 1);
    });
  }

  @Override
  public void keep(DossierAsRecorded d) {
    tx.inWriteTransaction(h -> {
      String id = d.evaluation().value();
      h.createUpdate("INSERT INTO evaluation_dossier (evaluation_id, recorded_through) VALUES (:e, :s)")
          .bind("e", id).bind("s", d.recordedThrough()).execute();
      if (!d.entries().isEmpty()) {
        var lines = h.prepareBatch("INSERT INTO evaluation_dossier_line (evaluation_id, position, part, record_key, line)"
            + " VALUES (:e, :p, :part, :k, :l)");
        for (int i = 0; i < d.entries().size(); i++) {
          Snapshot.Entry x = d.entries().get(i);
          lines.bind("e", id).bind("p", i).bind("part", x.part()).bind("k", x.key()).bind("l", x.line()).add();
        }
        lines.execute();
      }
      return null;
    });
  }

  @Override
  public Optional<DossierAsRecorded> dossierAsRecorded(EvaluationId id) {
    return tx.inTransaction(h -> h.createQuery("SELECT recorded_through FROM evaluation_dossier WHERE evaluation_id = :e")
        .bind("e", id.value()).mapTo(Long.class).findOne()
        .map(through -> new DossierAsRecorded(id, through, h.createQuery(
                "SELECT part, record_key, line FROM evaluation_dossier_line WHERE evaluation_id = :e ORDER BY position")
            .bind("e", id.value())
            .map((rs, ctx) -> new Snapshot.Entry(rs.getString(1), rs.getString(2), rs.getString(3))).list())));
  }

  /** The row of {@code e} under {@link #COLUMNS}, with {@code version}: 1 to insert, the version read to update. */
  private static org.jdbi.v3.core.statement.Update bind(org.jdbi.v3.core.statement.Update u, Evaluation e, long version) {
    return u.bind("id", e.id().value()).bind("version", version).bind("organization_id", e.organization().value())
        .bind("evaluator_id", e.evaluator().value()).bind("evaluated_on", e.evaluatedOn()).bind("valid_until", e.validUntil())
        .bind("total_percent", e.totalPercent()).bind("rating", e.rating().name()).bind("dossier_hash", e.dossierHash())
        .bind("trace", e.trace().map(Explanation::format).orElse(null));
  }

  private static List<Evaluation> assemble(Handle h, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Problems p = new Problems();
    Map<String, List<String>> policy = new HashMap<>();
    Map<String, List<IndicatorScore>> scores = new HashMap<>();
    for (List<String> chunk : Chunks.of(rows.stream().map(Row::id).toList())) {
      h.createQuery("SELECT evaluation_id, source FROM evaluation_policy WHERE evaluation_id IN (<ids>) ORDER BY evaluation_id, position")
          .bindList("ids", chunk)
          .map((rs, ctx) -> { policy.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)); return 0; })
          .list();
      h.createQuery("SELECT evaluation_id, indicator, dimension, source, weight, measured, target, score_percent, threshold_percent"
              + " FROM evaluation_score WHERE evaluation_id IN (<ids>) ORDER BY evaluation_id, position")
          .bindList("ids", chunk)
          .map((rs, ctx) -> {
            String key = rs.getString(1);
            String indicator = rs.getString(2);
            Dimension d = p.enumValue("evaluation_score", key, "dimension", Dimension.class, rs.getString(3));
            Citation source = p.valid("evaluation_score", key, "source", Citation.parse(rs.getString(4)));
            int weight = rs.getInt(5);
            BigDecimal m = rs.getBigDecimal(6);
            BigDecimal t = rs.getBigDecimal(7);
            BigDecimal score = rs.getBigDecimal(8);
            BigDecimal th = rs.getBigDecimal(9);
            IndicatorScore s = d == null || source == null ? null
                : p.construct("evaluation_score", key, () -> new IndicatorScore(indicator, d, source, weight, m, t, score, th));
            scores.computeIfAbsent(key, k -> new ArrayList<>()).add(s);
            return 0;
          })
          .list();
    }
    p.throwIfAny();
    List<Evaluation> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      EvaluationId id = p.identifier(TABLE, r.id(), "id", r.id(), raw -> EvaluationId.parse("id", raw));
      OrganizationId o = p.identifier(TABLE, r.id(), "organization_id", r.organization(), raw -> OrganizationId.parse("organization_id", raw));
      EvaluatorId ev = p.identifier(TABLE, r.id(), "evaluator_id", r.evaluator(), raw -> EvaluatorId.parse("evaluator_id", raw));
      Rating rating = p.enumValue(TABLE, r.id(), "rating", Rating.class, r.rating());
      Optional<Explanation> trace = Optional.empty();
      if (r.trace() != null) {
        trace = Explanation.parse(r.trace());
        if (trace.isEmpty()) {
          p.add(TABLE, r.id(), "trace: not an explanation in canonical text");
        }
      }
      p.throwIfAny();
      Optional<Explanation> t = trace;
      out.add(p.construct(TABLE, r.id(), () -> new Evaluation(id, r.version(), o, ev, r.on(), r.until(), r.total(), rating, r.hash(),
          policy.getOrDefault(r.id(), List.of()), scores.getOrDefault(r.id(), List.of()), t)));
      p.throwIfAny();
    }
    return out;
  }

  @Override
  public Map<OrganizationId, List<Evaluation>> of(java.util.Set<OrganizationId> organizations) {
    return Bulk.read(tx, organizations, (h, os) -> assemble(h, h.createQuery(COLUMNS.select()
            + " WHERE organization_id IN (<os>) ORDER BY evaluated_on, id").bindList("os", os)
        .map((rs, ctx) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), rs.getBigDecimal(7), rs.getString(8),
            rs.getString(9), rs.getString(10)))
        .list()), Evaluation::organization);
  }
}
