package dev.clustergov.adapters.rest;

import dev.clustergov.core.application.Ports;

/** Where a test server keeps its data: in memory, H2 or PostgreSQL. */
interface Backend extends AutoCloseable {
  Ports ports();

  String name();

  @Override
  default void close() throws Exception {}

  /** The test kit's in-memory ports, named {@code memory}; nothing to close. */
  static Backend memory(dev.clustergov.core.testkit.memory.InMemoryClustergov memory) {
    return new Parts("memory", memory.ports(), () -> {});
  }

  /**
   * The server's own storage (H2 or PostgreSQL through HikariCP and the JDBC adapter) under this name;
   * closing it closes the storage, then {@code after} (the database server, a reader's connection).
   */
  static Backend of(String name, Storage storage, AutoCloseable after) {
    return new Parts(name, storage.ports(), () -> {
      try {
        storage.close();
      } finally {
        after.close();
      }
    });
  }

  /** A backend from its parts: a name, the ports, and what closing it closes. */
  record Parts(String name, Ports ports, AutoCloseable closing) implements Backend {
    @Override
    public void close() throws Exception {
      closing.close();
    }
  }
}
