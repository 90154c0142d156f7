package dev.clustergov.adapters.rest;

import dev.clustergov.core.application.Ports;

/** Where the server keeps its data (存储): the driven ports, whether they answer, and how to let go. */
interface Storage extends AutoCloseable {

  Ports ports();

  /** Whether the storage answers right now, for {@code /ready}. */
  boolean ready();

  /** One line for the start-up log, without credentials. */
  String describe();

  @Override
  void close();

  /** Chooses the storage the options name. */
  static Storage open(Options options) {
    if (options.dbUrl().isPresent()) {
      throw new IllegalArgumentException("--db-url: PostgreSQL storage needs the JDBC adapter, which is not wired yet");
    }
    return new MemoryStorage();
  }

  /**
   * Interim, until the JDBC adapter lands: the core test kit's in-memory ports with the wall clock.
   * Nothing survives a restart.
   */
  final class MemoryStorage implements Storage {
    private final Ports ports;

    MemoryStorage() {
      var m = new dev.clustergov.core.testkit.memory.InMemoryClustergov();
      this.ports = new Ports(m.clusters(), m.authorities(), m.organizations(), m.policyPacks(), m.events(), new SystemClock(),
          m.ids(), m.unitOfWork());
    }

    @Override
    public Ports ports() {
      return ports;
    }

    @Override
    public boolean ready() {
      return true;
    }

    @Override
    public String describe() {
      return "in memory (interim: nothing survives a restart)";
    }

    @Override
    public void close() {}
  }
}
