package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.Platforms;
import dev.clustergov.core.operation.Platform;
import dev.clustergov.core.operation.PlatformId;
import dev.clustergov.core.operation.PlatformKind;
import dev.clustergov.core.operation.PlatformRole;
import dev.clustergov.core.organization.OrganizationId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;

/** {@link Platforms} in the table {@code platform}: one row per hard platform, one query per read. */
final class JdbcPlatforms implements Platforms {
  static final String TYPE = "Platform";
  static final String TABLE = "platform";
  private static final Columns COLUMNS = Columns.of(TABLE,
      "id", "version", "organization_id", "name", "kind", "role", "operator", "opened_on", "open_to_all", "restriction_reason");

  private final Transactions tx;

  JdbcPlatforms(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public Optional<Platform> find(PlatformId id) {
    return tx.inTransaction(h -> h.createQuery(COLUMNS.select() + " WHERE id = :id").bind("id", id.value())
        .map((rs, ctx) -> read(rs)).findOne());
  }

  @Override
  public List<Platform> of(OrganizationId organization) {
    return tx.inTransaction(h -> h.createQuery(COLUMNS.select() + " WHERE organization_id = :o ORDER BY id")
        .bind("o", organization.value()).map((rs, ctx) -> read(rs)).list());
  }

  @Override
  public Platform save(Platform p) {
    return tx.inWriteTransaction(h -> {
      String id = p.id().value();
      Versioned.save(h, TYPE, TABLE, id, p.version(),
          x -> bind(x.createUpdate(COLUMNS.insert()), p, 1).execute(),
          x -> bind(x.createUpdate(COLUMNS.versionedUpdate()), p, p.version()).execute());
      return p.withVersion(p.version() + 1);
    });
  }

  /** The row of {@code p} under {@link #COLUMNS}, with {@code version}: 1 to insert, the version read to update. */
  private static Update bind(Update u, Platform p, long version) {
    return u.bind("id", p.id().value()).bind("version", version).bind("organization_id", p.organization().value())
        .bind("name", p.name()).bind("kind", p.kind().name()).bind("role", p.role().name()).bind("operator", p.operator())
        .bind("opened_on", p.openedOn()).bind("open_to_all", (short) (p.openToAllMembers() ? 1 : 0))
        .bind("restriction_reason", p.restrictionReason().orElse(null));
  }

  private static Platform read(ResultSet rs) throws SQLException {
    Problems p = new Problems();
    String key = rs.getString("id");
    PlatformId id = p.identifier(TABLE, key, "id", key, raw -> PlatformId.parse("id", raw));
    OrganizationId org = p.identifier(TABLE, key, "organization_id", rs.getString("organization_id"),
        raw -> OrganizationId.parse("organization_id", raw));
    PlatformKind kind = p.enumValue(TABLE, key, "kind", PlatformKind.class, rs.getString("kind"));
    PlatformRole role = p.enumValue(TABLE, key, "role", PlatformRole.class, rs.getString("role"));
    int open = rs.getInt("open_to_all");
    if (open != 0 && open != 1) {
      p.add(TABLE, key, "open_to_all is " + open + ", not 0 or 1");
    }
    LocalDate opened = rs.getObject("opened_on", LocalDate.class);
    long version = rs.getLong("version");
    String name = rs.getString("name");
    String operator = rs.getString("operator");
    Optional<String> reason = Optional.ofNullable(rs.getString("restriction_reason"));
    p.throwIfAny();
    Platform out = p.construct(TABLE, key, () -> new Platform(id, version, org, name, kind, role, operator, opened, open == 1, reason));
    p.throwIfAny();
    return out;
  }

  @Override
  public java.util.Map<OrganizationId, List<Platform>> of(java.util.Set<OrganizationId> organizations) {
    return Bulk.read(tx, organizations, (h, os) -> h.createQuery(COLUMNS.select() + " WHERE organization_id IN (<os>)"
        + " ORDER BY id").bindList("os", os).map((rs, ctx) -> read(rs)).list(), Platform::organization);
  }
}
