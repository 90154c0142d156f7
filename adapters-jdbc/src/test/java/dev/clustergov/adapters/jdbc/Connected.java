package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.testkit.memory.SettableClock;

/** A fresh database and the adapter migrated onto it, for one test. */
record Connected(Database database, TestDataSource dataSource, SettableClock clock, JdbcClustergov jdbc) {
  static Connected to(Database database) {
    return to(database, database.fresh());
  }

  static Connected to(Database database, TestDataSource dataSource) {
    SettableClock clock = SettableClock.at(SettableClock.DEFAULT_START);
    return new Connected(database, dataSource, clock, JdbcClustergov.migrateAndConnect(dataSource, clock));
  }
}
