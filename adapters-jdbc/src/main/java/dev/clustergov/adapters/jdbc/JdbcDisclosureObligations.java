package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.DisclosureObligations;
import dev.clustergov.core.disclosure.DisclosureId;
import dev.clustergov.core.disclosure.DisclosureObligation;
import dev.clustergov.core.disclosure.DisclosureObligationId;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.supervision.AuthorityId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;

/** {@link DisclosureObligations} in the table {@code disclosure_obligation}. */
final class JdbcDisclosureObligations implements DisclosureObligations {
  static final String TABLE = "disclosure_obligation";
  private static final Columns COLUMNS = Columns.of(TABLE,
      "id", "version", "organization_id", "matter", "event_seq", "arisen_on", "due_on", "fulfilled_by", "fulfilled_on");

  private final Transactions tx;

  JdbcDisclosureObligations(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public Optional<DisclosureObligation> find(DisclosureObligationId id) {
    return tx.inTransaction(h -> h.createQuery(COLUMNS.select() + " WHERE id = :id")
        .bind("id", id.value())
        .map((rs, ctx) -> read(rs))
        .findOne());
  }

  @Override
  public DisclosureObligation save(DisclosureObligation o) {
    return tx.inWriteTransaction(h -> {
      Versioned.save(h, "DisclosureObligation", TABLE, o.id().value(), o.version(),
          x -> bind(x.createUpdate(COLUMNS.insert()), o, 1).execute(),
          x -> bind(x.createUpdate(COLUMNS.versionedUpdate()), o, o.version()).execute());
      return o.withVersion(o.version() + 1);
    });
  }

  /** The row of {@code o} under {@link #COLUMNS}, with {@code version}: 1 to insert, the version read to update. */
  private static Update bind(Update u, DisclosureObligation o, long version) {
    return u.bind("id", o.id().value())
        .bind("version", version)
        .bind("organization_id", o.organization().value())
        .bind("matter", o.matter())
        .bind("event_seq", o.eventSequence())
        .bind("arisen_on", o.arisenOn())
        .bind("due_on", o.dueOn())
        .bind("fulfilled_by", o.fulfilledBy().map(DisclosureId::value).orElse(null))
        .bind("fulfilled_on", o.fulfilledOn().orElse(null));
  }

  @Override
  public List<DisclosureObligation> ofOrganization(OrganizationId organization) {
    return tx.inTransaction(h -> h.createQuery(COLUMNS.select()
            + " WHERE organization_id = :organization ORDER BY arisen_on, id")
        .bind("organization", organization.value())
        .map((rs, ctx) -> read(rs))
        .list());
  }

  @Override
  public List<DisclosureObligation> openOn(AuthorityId authority, LocalDate on) {
    return tx.inTransaction(h -> h.createQuery("SELECT " + COLUMNS.list("b") + " FROM organization o"
            + " JOIN disclosure_obligation b ON b.organization_id = o.id"
            + " WHERE o.authority_id = :authority AND (b.fulfilled_on IS NULL OR b.fulfilled_on > :on) AND b.arisen_on <= :on"
            + " ORDER BY b.due_on, b.id")
        .bind("authority", authority.value())
        .bind("on", on)
        .map((rs, ctx) -> read(rs))
        .list());
  }

  private static DisclosureObligation read(ResultSet rs) throws SQLException {
    String key = rs.getString("id");
    Problems p = new Problems();
    DisclosureObligationId id = p.identifier(TABLE, key, "id", key, raw -> DisclosureObligationId.parse("id", raw));
    OrganizationId organization = p.identifier(TABLE, key, "organization_id", rs.getString("organization_id"),
        raw -> OrganizationId.parse("organization_id", raw));
    String rawBy = rs.getString("fulfilled_by");
    Optional<DisclosureId> fulfilledBy = rawBy == null ? Optional.empty()
        : Optional.ofNullable(p.identifier(TABLE, key, "fulfilled_by", rawBy, raw -> DisclosureId.parse("fulfilled_by", raw)));
    String matter = rs.getString("matter");
    long eventSeq = rs.getLong("event_seq");
    LocalDate arisenOn = rs.getObject("arisen_on", LocalDate.class);
    LocalDate dueOn = rs.getObject("due_on", LocalDate.class);
    Optional<LocalDate> fulfilledOn = Optional.ofNullable(rs.getObject("fulfilled_on", LocalDate.class));
    long version = rs.getLong("version");
    p.throwIfAny();
    DisclosureObligation o = p.construct(TABLE, key, () -> new DisclosureObligation(id, version, organization, matter, eventSeq,
        arisenOn, dueOn, fulfilledBy, fulfilledOn));
    p.throwIfAny();
    return o;
  }

  @Override
  public java.util.Map<OrganizationId, List<DisclosureObligation>> ofOrganization(java.util.Set<OrganizationId> organizations) {
    return Bulk.read(tx, organizations, (h, os) -> h.createQuery(COLUMNS.select() + " WHERE organization_id IN (<os>)"
        + " ORDER BY arisen_on, id").bindList("os", os).map((rs, ctx) -> read(rs)).list(), DisclosureObligation::organization);
  }
}
