package dev.clustergov.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(value = 3, unit = TimeUnit.MINUTES) // a real PostgreSQL
class PostgresStartsTest {
  @Test
  void a_real_postgresql_runs_inside_the_build() throws Exception {
    DataSource ds = Database.POSTGRESQL.fresh();
    try (Connection c = ds.getConnection(); ResultSet rs = c.createStatement().executeQuery("SELECT version()")) {
      rs.next();
      assertThat(rs.getString(1)).startsWith("PostgreSQL 17");
    }
  }
}
