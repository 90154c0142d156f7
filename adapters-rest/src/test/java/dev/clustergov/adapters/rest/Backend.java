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
    return new Backend() {
      @Override
      public Ports ports() {
        return memory.ports();
      }

      @Override
      public String name() {
        return "memory";
      }
    };
  }

  /**
   * The server's own storage (H2 or PostgreSQL through HikariCP and the JDBC adapter) under this name;
   * closing it closes the storage, then {@code after} (the database server, a reader's connection).
   */
  static Backend of(String name, Storage storage, AutoCloseable after) {
    return new Backend() {
      @Override
      public Ports ports() {
        return storage.ports();
      }

      @Override
      public String name() {
        return name;
      }

      @Override
      public void close() throws Exception {
        try {
          storage.close();
        } finally {
          after.close();
        }
      }
    };
  }
}
