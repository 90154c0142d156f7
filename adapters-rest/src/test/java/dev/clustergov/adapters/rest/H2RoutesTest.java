package dev.clustergov.adapters.rest;

import java.nio.file.Files;
import java.nio.file.Path;

/** Every route over HTTP, on the server's default storage: H2 in a data folder, through HikariCP and the JDBC adapter. */
class H2RoutesTest extends RoutesContract {
  @Override
  protected Backend backend() throws Exception {
    Path dir = Files.createTempDirectory("clustergov-rest-h2-");
    Storage storage = Storage.h2(dir);
    return Backend.of("h2", storage, () -> {});
  }
}
