package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.Authorities;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.Update;

/** {@link Authorities} in the table {@code authority}. */
final class JdbcAuthorities implements Authorities {
  static final String TABLE = "authority";
  private static final Columns COLUMNS = Columns.of(TABLE, "id", "version", "name", "jurisdiction");

  private final Transactions tx;

  JdbcAuthorities(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public Optional<Authority> find(AuthorityId id) {
    return tx.inTransaction(h -> h.createQuery(COLUMNS.select() + " WHERE id = :id")
        .bind("id", id.value())
        .map((rs, ctx) -> read(rs))
        .findOne());
  }

  @Override
  public Authority save(Authority a) {
    return tx.inWriteTransaction(h -> {
      Versioned.save(h, "Authority", TABLE, a.id().value(), a.version(),
          x -> bind(x.createUpdate(COLUMNS.insert()), a, 1).execute(),
          x -> bind(x.createUpdate(COLUMNS.versionedUpdate()), a, a.version()).execute());
      return a.withVersion(a.version() + 1);
    });
  }

  @Override
  public List<Authority> all() {
    return tx.inTransaction(h -> h.createQuery(COLUMNS.select() + " ORDER BY id")
        .map((rs, ctx) -> read(rs))
        .list());
  }

  /** The row of {@code a} under {@link #COLUMNS}, with {@code version}: 1 to insert, the version read to update. */
  private static Update bind(Update u, Authority a, long version) {
    return u.bind("id", a.id().value())
        .bind("version", version)
        .bind("name", a.name())
        .bind("jurisdiction", a.jurisdiction().value());
  }

  private static Authority read(ResultSet rs) throws SQLException {
    String key = rs.getString("id");
    Problems p = new Problems();
    AuthorityId id = p.identifier(TABLE, key, "id", key, raw -> AuthorityId.parse("id", raw));
    RegionCode jurisdiction = p.region(TABLE, key, "jurisdiction", rs.getString("jurisdiction"));
    long version = rs.getLong("version");
    String name = rs.getString("name");
    p.throwIfAny();
    Authority a = p.construct(TABLE, key, () -> new Authority(id, version, name, jurisdiction));
    p.throwIfAny();
    return a;
  }
}
