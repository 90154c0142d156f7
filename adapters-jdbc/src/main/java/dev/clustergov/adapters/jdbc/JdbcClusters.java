package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.port.Clusters;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.cluster.ClusterLevel;
import dev.clustergov.core.kernel.RegionCode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.statement.SqlStatement;

/** {@link Clusters} in the table {@code cluster}. */
final class JdbcClusters implements Clusters {
  static final String TABLE = "cluster";
  private static final Columns COLUMNS = Columns.of(TABLE, "id", "version", "name", "region", "industry", "level", "enterprises");

  private final Transactions tx;

  JdbcClusters(Transactions tx) {
    this.tx = tx;
  }

  @Override
  public Optional<Cluster> find(ClusterId id) {
    return tx.inTransaction(h -> h.createQuery(COLUMNS.select() + " WHERE id = :id")
        .bind("id", id.value())
        .map((rs, ctx) -> read(rs))
        .findOne());
  }

  @Override
  public Cluster save(Cluster c) {
    return tx.inWriteTransaction(h -> {
      Versioned.save(h, "Cluster", TABLE, c.id().value(), c.version(),
          x -> bind(x.createUpdate(COLUMNS.insert()), c, 1).execute(),
          x -> bind(x.createUpdate(COLUMNS.versionedUpdate()), c, c.version()).execute());
      return c.withVersion(c.version() + 1);
    });
  }

  @Override
  public List<Cluster> all() {
    return tx.inTransaction(h -> h.createQuery(COLUMNS.select() + " ORDER BY id")
        .map((rs, ctx) -> read(rs))
        .list());
  }

  /** The row of {@code c} under {@link #COLUMNS}, with {@code version}: 1 to insert, the version read to update. */
  private static <S extends SqlStatement<S>> S bind(S s, Cluster c, long version) {
    return s.bind("id", c.id().value())
        .bind("version", version)
        .bind("name", c.name())
        .bind("region", c.region().value())
        .bind("industry", c.industry())
        .bind("level", c.level().name())
        .bind("enterprises", c.enterprises());
  }

  private static Cluster read(ResultSet rs) throws SQLException {
    String key = rs.getString("id");
    Problems p = new Problems();
    ClusterId id = p.identifier(TABLE, key, "id", key, raw -> ClusterId.parse("id", raw));
    RegionCode region = p.region(TABLE, key, "region", rs.getString("region"));
    ClusterLevel level = p.enumValue(TABLE, key, "level", ClusterLevel.class, rs.getString("level"));
    long version = rs.getLong("version");
    String name = rs.getString("name");
    String industry = rs.getString("industry");
    int enterprises = rs.getInt("enterprises");
    p.throwIfAny();
    Cluster c = p.construct(TABLE, key, () -> new Cluster(id, version, name, region, industry, level, enterprises));
    p.throwIfAny();
    return c;
  }
}
