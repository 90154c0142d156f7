package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.Authorities;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** {@link Authorities} in the table {@code authority}. */
final class JdbcAuthorities implements Authorities {
  static final String TABLE = "authority";
  private static final String COLUMNS = "id, version, name, jurisdiction";

  private final Transactions tx;

  JdbcAuthorities(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public Optional<Authority> find(AuthorityId id) {
    return tx.inTransaction(h -> h.createQuery("SELECT " + COLUMNS + " FROM authority WHERE id = :id")
        .bind("id", id.value())
        .map((rs, ctx) -> read(rs))
        .findOne());
  }

  @Override
  public Authority save(Authority a) {
    return tx.inWriteTransaction(h -> {
      Versioned.save(h, "Authority", TABLE, a.id().value(), a.version(),
          x -> x.createUpdate("INSERT INTO authority (" + COLUMNS + ") VALUES (:id, 1, :name, :jurisdiction)")
              .bind("id", a.id().value())
              .bind("name", a.name())
              .bind("jurisdiction", a.jurisdiction().value())
              .execute(),
          x -> x.createUpdate("UPDATE authority SET version = version + 1, name = :name, jurisdiction = :jurisdiction"
                  + " WHERE id = :id AND version = :version")
              .bind("id", a.id().value())
              .bind("name", a.name())
              .bind("jurisdiction", a.jurisdiction().value())
              .bind("version", a.version())
              .execute());
      return a.withVersion(a.version() + 1);
    });
  }

  @Override
  public List<Authority> all() {
    return tx.inTransaction(h -> h.createQuery("SELECT " + COLUMNS + " FROM authority ORDER BY id")
        .map((rs, ctx) -> read(rs))
        .list());
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
