package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.Memberships;
import dev.clustergov.core.operation.MemberKind;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;

/** {@link Memberships} in the table {@code membership}: one row per member unit, one query per read. */
final class JdbcMemberships implements Memberships {
  static final String TYPE = "Membership";
  static final String TABLE = "membership";
  private static final Columns COLUMNS = Columns.of(TABLE, "id", "version", "organization_id", "name", "credit_code", "kind",
      "joined_on", "left_on");

  private final Transactions tx;

  JdbcMemberships(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public Optional<Membership> find(MembershipId id) {
    return tx.inTransaction(h -> h.createQuery(COLUMNS.select() + " WHERE id = :id").bind("id", id.value())
        .map((rs, ctx) -> read(rs)).findOne());
  }

  @Override
  public List<Membership> of(OrganizationId organization) {
    return tx.inTransaction(h -> h.createQuery(COLUMNS.select() + " WHERE organization_id = :o ORDER BY id")
        .bind("o", organization.value()).map((rs, ctx) -> read(rs)).list());
  }

  @Override
  public List<Membership> withCreditCode(CreditCode creditCode) {
    return tx.inTransaction(h -> h.createQuery(COLUMNS.select() + " WHERE credit_code = :c ORDER BY id")
        .bind("c", creditCode.value()).map((rs, ctx) -> read(rs)).list());
  }

  @Override
  public Membership save(Membership m) {
    return tx.inWriteTransaction(h -> {
      String id = m.id().value();
      Versioned.save(h, TYPE, TABLE, id, m.version(),
          x -> bind(x.createUpdate(COLUMNS.insert()), m, 1).execute(),
          x -> bind(x.createUpdate(COLUMNS.versionedUpdate()), m, m.version()).execute());
      return m.withVersion(m.version() + 1);
    });
  }

  /** The row of {@code m} under {@link #COLUMNS}, with {@code version}: 1 to insert, the version read to update. */
  private static Update bind(Update u, Membership m, long version) {
    return u.bind("id", m.id().value()).bind("version", version).bind("organization_id", m.organization().value())
        .bind("name", m.name()).bind("credit_code", m.creditCode().map(CreditCode::value).orElse(null))
        .bind("kind", m.kind().name()).bind("joined_on", m.joinedOn()).bind("left_on", m.leftOn().orElse(null));
  }

  private static Membership read(ResultSet rs) throws SQLException {
    Problems p = new Problems();
    String key = rs.getString("id");
    MembershipId id = p.identifier(TABLE, key, "id", key, raw -> MembershipId.parse("id", raw));
    OrganizationId org = p.identifier(TABLE, key, "organization_id", rs.getString("organization_id"),
        raw -> OrganizationId.parse("organization_id", raw));
    String rawCode = rs.getString("credit_code");
    Optional<CreditCode> code = rawCode == null ? Optional.empty() : Optional.ofNullable(p.creditCode(TABLE, key, "credit_code", rawCode));
    MemberKind kind = p.enumValue(TABLE, key, "kind", MemberKind.class, rs.getString("kind"));
    LocalDate joined = rs.getObject("joined_on", LocalDate.class);
    Optional<LocalDate> left = Optional.ofNullable(rs.getObject("left_on", LocalDate.class));
    long version = rs.getLong("version");
    String name = rs.getString("name");
    p.throwIfAny();
    Membership m = p.construct(TABLE, key, () -> new Membership(id, version, org, name, code, kind, joined, left));
    p.throwIfAny();
    return m;
  }

  @Override
  public java.util.Map<OrganizationId, List<Membership>> of(java.util.Set<OrganizationId> organizations) {
    return Bulk.read(tx, organizations, (h, os) -> h.createQuery(COLUMNS.select() + " WHERE organization_id IN (<os>)"
        + " ORDER BY id").bindList("os", os).map((rs, ctx) -> read(rs)).list(), Membership::organization);
  }
}
