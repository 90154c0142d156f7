package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.Inspections;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.InspectionFinding;
import dev.clustergov.core.supervision.InspectionId;
import dev.clustergov.core.supervision.Rectification;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jdbi.v3.core.Handle;

/**
 * {@link Inspections} in the tables {@code inspection} and {@code inspection_finding}. Loading any number
 * of inspections takes two queries; saving updates the inspection row under its version and replaces
 * its findings.
 */
final class JdbcInspections implements Inspections {
  static final String TYPE = "Inspection";
  static final String TABLE = "inspection";

  private final Transactions tx;

  JdbcInspections(Transactions tx) {
    this.tx = tx;
  }

  private record Row(String id, long version, String organization, String authority, LocalDate openedOn, String subject) {}

  private static final Columns COLUMNS = Columns.of(TABLE, "id", "version", "organization_id", "authority_id", "opened_on", "subject");
  private static final String SELECT = COLUMNS.select();

  @Override
  public Optional<Inspection> find(InspectionId id) {
    return tx.inTransaction(h -> assemble(h, h.createQuery(SELECT + " WHERE id = :id").bind("id", id.value())
        .map((rs, ctx) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getObject(5, LocalDate.class), rs.getString(6))).list()).stream().findFirst());
  }

  @Override
  public List<Inspection> of(OrganizationId organization) {
    return tx.inTransaction(h -> assemble(h, h.createQuery(SELECT + " WHERE organization_id = :o ORDER BY id")
        .bind("o", organization.value())
        .map((rs, ctx) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getObject(5, LocalDate.class), rs.getString(6))).list()));
  }

  /** The row of {@code i} under {@link #COLUMNS}, with {@code version}: 1 to insert, the version read to update. */
  private static org.jdbi.v3.core.statement.Update bind(org.jdbi.v3.core.statement.Update u, Inspection i, long version) {
    return u.bind("id", i.id().value()).bind("version", version).bind("organization_id", i.organization().value())
        .bind("authority_id", i.authority().value()).bind("opened_on", i.openedOn()).bind("subject", i.subject());
  }

  @Override
  public Inspection save(Inspection i) {
    return tx.inWriteTransaction(h -> {
      String id = i.id().value();
      Versioned.save(h, TYPE, TABLE, id, i.version(),
          x -> bind(x.createUpdate(COLUMNS.insert()), i, 1).execute(),
          x -> bind(x.createUpdate(COLUMNS.versionedUpdate()), i, i.version()).execute());
      if (i.version() > 0) {
        h.createUpdate("DELETE FROM inspection_finding WHERE inspection_id = :id").bind("id", id).execute();
      }
      var batch = h.prepareBatch("INSERT INTO inspection_finding (inspection_id, position, noted_on, clause, description,"
          + " rectify_by, rectified_on, rectification, rectification_document)"
          + " VALUES (:i, :p, :noted, :clause, :description, :by, :ron, :r, :doc)");
      for (InspectionFinding f : i.findings()) {
        batch.bind("i", id).bind("p", f.number()).bind("noted", f.notedOn()).bind("clause", f.clause().format())
            .bind("description", f.description()).bind("by", f.rectifyBy())
            .bind("ron", f.rectification().map(Rectification::on).orElse(null))
            .bind("r", f.rectification().map(Rectification::description).orElse(null))
            .bind("doc", f.rectification().map(Rectification::document).orElse(null)).add();
      }
      if (!i.findings().isEmpty()) {
        batch.execute();
      }
      return i.withVersion(i.version() + 1);
    });
  }

  private static List<Inspection> assemble(Handle h, List<Row> rows) {
    if (rows.isEmpty()) {
      return List.of();
    }
    Problems p = new Problems();
    Map<String, List<Supplier<InspectionFinding>>> findings = new HashMap<>();
    for (List<String> chunk : Chunks.of(rows.stream().map(Row::id).toList())) {
      h.createQuery("SELECT inspection_id, position, noted_on, clause, description, rectify_by, rectified_on, rectification,"
              + " rectification_document FROM inspection_finding WHERE inspection_id IN (<ids>) ORDER BY inspection_id, position")
          .bindList("ids", chunk)
          .map((rs, ctx) -> {
            String key = rs.getString(1);
            int n = rs.getInt(2);
            LocalDate noted = rs.getObject(3, LocalDate.class);
            Citation clause = p.valid("inspection_finding", key, "clause", Citation.parse(rs.getString(4)));
            String description = rs.getString(5);
            LocalDate by = rs.getObject(6, LocalDate.class);
            LocalDate ron = rs.getObject(7, LocalDate.class);
            String r = rs.getString(8);
            String doc = rs.getString(9);
            findings.computeIfAbsent(key, k -> new ArrayList<>()).add(() -> p.construct("inspection_finding", key,
                () -> new InspectionFinding(n, noted, clause, description, by,
                    ron == null && r == null && doc == null ? Optional.empty() : Optional.of(new Rectification(ron, r, doc)))));
            return 0;
          })
          .list();
    }
    List<Inspection> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      InspectionId id = p.identifier(TABLE, r.id(), "id", r.id(), raw -> InspectionId.parse("id", raw));
      OrganizationId org = p.identifier(TABLE, r.id(), "organization_id", r.organization(), raw -> OrganizationId.parse("organization_id", raw));
      AuthorityId authority = p.identifier(TABLE, r.id(), "authority_id", r.authority(), raw -> AuthorityId.parse("authority_id", raw));
      p.throwIfAny();
      List<InspectionFinding> list = new ArrayList<>();
      for (Supplier<InspectionFinding> f : findings.getOrDefault(r.id(), List.of())) {
        list.add(f.get());
      }
      p.throwIfAny();
      out.add(p.construct(TABLE, r.id(), () -> new Inspection(id, r.version(), org, authority, r.openedOn(), r.subject(), list)));
      p.throwIfAny();
    }
    return out;
  }

  @Override
  public java.util.Map<OrganizationId, List<Inspection>> of(java.util.Set<OrganizationId> organizations) {
    return Bulk.read(tx, organizations, (h, os) -> assemble(h, h.createQuery(SELECT + " WHERE organization_id IN (<os>) ORDER BY id")
        .bindList("os", os).map((rs, ctx) -> new Row(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
            rs.getObject(5, LocalDate.class), rs.getString(6))).list()), Inspection::organization);
  }
}
