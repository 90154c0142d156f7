package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.Disputes;
import dev.clustergov.core.dispute.Capacity;
import dev.clustergov.core.dispute.Dispute;
import dev.clustergov.core.dispute.DisputeId;
import dev.clustergov.core.dispute.Route;
import dev.clustergov.core.dispute.Step;
import dev.clustergov.core.dispute.StepKind;
import dev.clustergov.core.organization.OrganizationId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * {@link Disputes} in the tables {@code dispute}, {@code dispute_party} and {@code dispute_step}.
 * Loading any number of disputes takes one query per table; saving updates the dispute row under its
 * version and replaces its parties and steps.
 */
final class JdbcDisputes implements Disputes {
  static final String TYPE = "Dispute";
  static final String TABLE = "dispute";
  private static final Columns COLUMNS = Columns.of(TABLE, "id", "version", "organization_id", "subject");

  private final Transactions tx;

  JdbcDisputes(Transactions tx) {
    this.tx = tx;
  }

  private record Row(String id, long version, String organization, String subject) {}

  @Override
  public Optional<Dispute> find(DisputeId id) {
    return tx.inTransaction(h -> assemble(h, h.createQuery(COLUMNS.select() + " WHERE id = :id")
        .bind("id", id.value()).map((rs, ctx) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4))).list())
        .stream().findFirst());
  }

  @Override
  public List<Dispute> of(OrganizationId organization) {
    return tx.inTransaction(h -> assemble(h, h.createQuery(
            COLUMNS.select() + " WHERE organization_id = :o ORDER BY id")
        .bind("o", organization.value()).map((rs, ctx) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4))).list()));
  }

  /** The row of {@code d} under {@link #COLUMNS}, with {@code version}: 1 to insert, the version read to update. */
  private static org.jdbi.v3.core.statement.Update bind(org.jdbi.v3.core.statement.Update u, Dispute d, long version) {
    return u.bind("id", d.id().value()).bind("version", version).bind("organization_id", d.organization().value())
        .bind("subject", d.subject());
  }

  @Override
  public Dispute save(Dispute d) {
    return tx.inWriteTransaction(h -> {
      String id = d.id().value();
      Versioned.save(h, TYPE, TABLE, id, d.version(),
          x -> bind(x.createUpdate(COLUMNS.insert()), d, 1).execute(),
          x -> bind(x.createUpdate(COLUMNS.versionedUpdate()), d, d.version()).execute());
      if (d.version() > 0) {
        h.createUpdate("DELETE FROM dispute_step WHERE dispute_id = :id").bind("id", id).execute();
        h.createUpdate("DELETE FROM dispute_party WHERE dispute_id = :id").bind("id", id).execute();
      }
      var parties = h.prepareBatch("INSERT INTO dispute_party (dispute_id, position, name) VALUES (:d, :p, :name)");
      for (int i = 0; i < d.parties().size(); i++) {
        parties.bind("d", id).bind("p", i).bind("name", d.parties().get(i)).add();
      }
      parties.execute();
      var steps = h.prepareBatch("INSERT INTO dispute_step (dispute_id, position, kind, on_date, actor, capacity, route, note)"
          + " VALUES (:d, :p, :kind, :on, :actor, :capacity, :route, :note)");
      for (int i = 0; i < d.steps().size(); i++) {
        Step s = d.steps().get(i);
        steps.bind("d", id).bind("p", i).bind("kind", s.kind().name()).bind("on", s.on()).bind("actor", s.actor())
            .bind("capacity", s.capacity().name()).bind("route", s.route().map(Enum::name).orElse(null))
            .bind("note", s.note().orElse(null)).add();
      }
      steps.execute();
      return d.withVersion(d.version() + 1);
    });
  }

  private static List<Dispute> assemble(Handle h, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    List<String> ids = rows.stream().map(Row::id).toList();
    Map<String, List<String>> parties = new HashMap<>();
    Map<String, List<Object[]>> steps = new HashMap<>();
    Problems p = new Problems();
    for (List<String> chunk : Chunks.of(ids)) {
      h.createQuery("SELECT dispute_id, name FROM dispute_party WHERE dispute_id IN (<ids>) ORDER BY dispute_id, position")
          .bindList("ids", chunk)
          .map((rs, ctx) -> { parties.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)); return 0; })
          .list();
      h.createQuery("SELECT dispute_id, kind, on_date, actor, capacity, route, note FROM dispute_step"
              + " WHERE dispute_id IN (<ids>) ORDER BY dispute_id, position")
          .bindList("ids", chunk)
          .map((rs, ctx) -> {
            String key = rs.getString(1);
            StepKind kind = p.enumValue("dispute_step", key, "kind", StepKind.class, rs.getString(2));
            LocalDate on = rs.getObject(3, LocalDate.class);
            Capacity capacity = p.enumValue("dispute_step", key, "capacity", Capacity.class, rs.getString(5));
            String rawRoute = rs.getString(6);
            Optional<Route> route = rawRoute == null ? Optional.empty()
                : Optional.ofNullable(p.enumValue("dispute_step", key, "route", Route.class, rawRoute));
            steps.computeIfAbsent(key, k -> new ArrayList<>())
                .add(new Object[] {kind, on, rs.getString(4), capacity, route, Optional.ofNullable(rs.getString(7))});
            return 0;
          })
          .list();
    }
    List<Dispute> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      DisputeId id = p.identifier(TABLE, r.id(), "id", r.id(), raw -> DisputeId.parse("id", raw));
      OrganizationId org = p.identifier(TABLE, r.id(), "organization_id", r.organization(), raw -> OrganizationId.parse("organization_id", raw));
      p.throwIfAny();
      List<Step> history = new ArrayList<>();
      for (Object[] s : steps.getOrDefault(r.id(), List.of())) {
        @SuppressWarnings("unchecked")
        Step step = p.construct("dispute_step", r.id(), () -> new Step((StepKind) s[0], (LocalDate) s[1], (String) s[2],
            (Capacity) s[3], (Optional<Route>) s[4], (Optional<String>) s[5]));
        history.add(step);
      }
      p.throwIfAny();
      out.add(p.construct(TABLE, r.id(), () -> new Dispute(id, r.version(), org, r.subject(),
          parties.getOrDefault(r.id(), List.of()), history)));
      p.throwIfAny();
    }
    return out;
  }

  @Override
  public java.util.Map<OrganizationId, List<Dispute>> of(java.util.Set<OrganizationId> organizations) {
    return Bulk.read(tx, organizations, (h, os) -> assemble(h, h.createQuery(
            COLUMNS.select() + " WHERE organization_id IN (<os>) ORDER BY id")
        .bindList("os", os).map((rs, ctx) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4))).list()),
        Dispute::organization);
  }
}
