package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.Sanctions;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionId;
import dev.clustergov.core.supervision.SanctionKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * {@link Sanctions} in the tables {@code sanction} and {@code sanction_ground}. Loading any number of
 * sanctions takes two queries; saving updates the sanction row under its version and replaces its grounds.
 */
final class JdbcSanctions implements Sanctions {
  static final String TYPE = "Sanction";
  static final String TABLE = "sanction";

  private final Transactions tx;

  JdbcSanctions(Transactions tx) {
    this.tx = tx;
  }

  private record Row(String id, long version, String organization, String authority, String kind, LocalDate decidedOn,
      String reason, LocalDate rectifyBy, LocalDate liftedOn) {}

  private static final Columns COLUMNS = Columns.of(TABLE,
      "id", "version", "organization_id", "authority_id", "kind", "decided_on", "reason", "rectify_by", "lifted_on");
  private static final String SELECT = COLUMNS.select();

  private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
    return new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
        rs.getObject(6, LocalDate.class), rs.getString(7), rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class));
  }

  @Override
  public Optional<Sanction> find(SanctionId id) {
    return tx.inTransaction(h -> assemble(h, h.createQuery(SELECT + " WHERE id = :id").bind("id", id.value())
        .map((rs, ctx) -> row(rs)).list()).stream().findFirst());
  }

  @Override
  public List<Sanction> of(OrganizationId organization) {
    return tx.inTransaction(h -> assemble(h, h.createQuery(SELECT + " WHERE organization_id = :o ORDER BY id")
        .bind("o", organization.value()).map((rs, ctx) -> row(rs)).list()));
  }

  @Override
  public Sanction save(Sanction s) {
    return tx.inWriteTransaction(h -> {
      String id = s.id().value();
      Versioned.save(h, TYPE, TABLE, id, s.version(),
          x -> bind(x.createUpdate(COLUMNS.insert()), s, 1).execute(),
          x -> bind(x.createUpdate(COLUMNS.versionedUpdate()), s, s.version()).execute());
      if (s.version() > 0) {
        h.createUpdate("DELETE FROM sanction_ground WHERE sanction_id = :id").bind("id", id).execute();
      }
      var batch = h.prepareBatch("INSERT INTO sanction_ground (sanction_id, position, clause) VALUES (:s, :p, :clause)");
      for (int i = 0; i < s.grounds().size(); i++) {
        batch.bind("s", id).bind("p", i).bind("clause", s.grounds().get(i).format()).add();
      }
      batch.execute();
      return s.withVersion(s.version() + 1);
    });
  }

  /** The row of {@code s} under {@link #COLUMNS}, with {@code version}: 1 to insert, the version read to update. */
  private static org.jdbi.v3.core.statement.Update bind(org.jdbi.v3.core.statement.Update u, Sanction s, long version) {
    return u.bind("id", s.id().value()).bind("version", version).bind("organization_id", s.organization().value())
        .bind("authority_id", s.authority().value()).bind("kind", s.kind().name()).bind("decided_on", s.decidedOn())
        .bind("reason", s.reason()).bind("rectify_by", s.rectifyBy().orElse(null)).bind("lifted_on", s.liftedOn().orElse(null));
  }

  private static List<Sanction> assemble(Handle h, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Problems p = new Problems();
    Map<String, List<Citation>> grounds = new HashMap<>();
    for (List<String> chunk : Chunks.of(rows.stream().map(Row::id).toList())) {
      h.createQuery("SELECT sanction_id, clause FROM sanction_ground WHERE sanction_id IN (<ids>) ORDER BY sanction_id, position")
          .bindList("ids", chunk)
          .map((rs, ctx) -> {
            String key = rs.getString(1);
            grounds.computeIfAbsent(key, k -> new ArrayList<>()).add(p.valid("sanction_ground", key, "clause", Citation.parse(rs.getString(2))));
            return 0;
          })
          .list();
    }
    p.throwIfAny();
    List<Sanction> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      SanctionId id = p.identifier(TABLE, r.id(), "id", r.id(), raw -> SanctionId.parse("id", raw));
      OrganizationId org = p.identifier(TABLE, r.id(), "organization_id", r.organization(), raw -> OrganizationId.parse("organization_id", raw));
      AuthorityId authority = p.identifier(TABLE, r.id(), "authority_id", r.authority(), raw -> AuthorityId.parse("authority_id", raw));
      SanctionKind kind = p.enumValue(TABLE, r.id(), "kind", SanctionKind.class, r.kind());
      p.throwIfAny();
      out.add(p.construct(TABLE, r.id(), () -> new Sanction(id, r.version(), org, authority, kind, r.decidedOn(),
          grounds.getOrDefault(r.id(), List.of()), r.reason(), Optional.ofNullable(r.rectifyBy()), Optional.ofNullable(r.liftedOn()))));
      p.throwIfAny();
    }
    return out;
  }

  @Override
  public java.util.Map<OrganizationId, List<Sanction>> of(java.util.Set<OrganizationId> organizations) {
    return Bulk.read(tx, organizations, (h, os) -> assemble(h, h.createQuery(SELECT + " WHERE organization_id IN (<os>) ORDER BY id")
        .bindList("os", os).map((rs, ctx) -> row(rs)).list()), Sanction::organization);
  }
}
