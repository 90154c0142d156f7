package dev.clustergov.adapters.rest;

import dev.clustergov.core.application.Ports;
import java.nio.file.Files;
import java.nio.file.Path;

/** Every route over HTTP, on the server's default storage: H2 in a data folder, through HikariCP and the JDBC adapter. */
class H2RoutesTest extends RoutesContract {
  @Override
  protected Backend backend() throws Exception {
    Path dir = Files.createTempDirectory("clustergov-rest-h2-");
    Storage storage = Storage.h2(dir);
    return new Backend() {
      @Override
      public Ports ports() {
        return storage.ports();
      }

      @Override
      public String name() {
        return "h2";
      }

      @Override
      public void close() {
        storage.close();
      }
    };
  }
}
