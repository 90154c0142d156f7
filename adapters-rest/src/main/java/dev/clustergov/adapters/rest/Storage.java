package dev.clustergov.adapters.rest;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.clustergov.adapters.jdbc.EventChainVerifier;
import dev.clustergov.adapters.jdbc.JdbcClustergov;
import dev.clustergov.core.application.Ports;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Where the server keeps its data (存储): the JDBC adapter over a HikariCP pool — an embedded H2
 * database in the data folder by default, PostgreSQL when given a JDBC URL (several server instances
 * may share one PostgreSQL: ids come from the database).
 */
final class Storage implements AutoCloseable {

  /** How long a request waits for a connection before it is answered 503 (decision 0300), unless {@code --db-wait-ms} says otherwise. */
  static final long CONNECTION_TIMEOUT_MS = 2_000;

  private final HikariDataSource dataSource;
  private final JdbcClustergov jdbc;
  private final Ports ports;
  private final String description;

  private Storage(HikariDataSource dataSource, String description) {
    this.dataSource = dataSource;
    this.description = description;
    try {
      this.jdbc = JdbcClustergov.migrateAndConnect(dataSource, new SystemClock());
      this.ports = jdbc.ports();
    } catch (RuntimeException e) {
      dataSource.close();
      throw e;
    }
  }

  /** Chooses the storage the options name. */
  static Storage open(Options options) {
    if (options.dbUrl().isPresent()) {
      return postgres(options.dbUrl().get(), options.dbUser().orElse(null), options.dbPassword().orElse(null), options.dbWaitMs());
    }
    return h2(options.dataDir(), options.dbWaitMs());
  }

  /**
   * An embedded H2 database in {@code dir} (created when missing); one server process at a time. H2 keeps
   * only 8 parsed statements per session by default, fewer than the adapter uses to load one PO, so every
   * statement was parsed again each time; a cache of 128 made the what-if over 1,000 stored POs 2.7× faster
   * (examples' {@code whatif-jdbc}, docs/PERFORMANCE.md). {@code WRITE_DELAY=0}: H2 otherwise keeps committed
   * transactions in memory for up to its write delay before writing them to the file, so a {@code kill -9}
   * of the server lost writes it had acknowledged (CrashTest; decision 0301). The JDBC adapter takes this
   * database's writes one at a time, as it does for any H2 kept in a file (decision 0302).
   */
  static Storage h2(Path dir) {
    return h2(dir, CONNECTION_TIMEOUT_MS);
  }

  /** As {@link #h2(Path)}, a request waiting up to {@code waitMs} for a connection. */
  static Storage h2(Path dir, long waitMs) {
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("--data-dir: cannot create " + dir, e);
    }
    HikariConfig c = config("jdbc:h2:file:" + dir.toAbsolutePath().resolve("clustergov") + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128"
        + ";WRITE_DELAY=0", "sa", "", waitMs);
    c.setDriverClassName("org.h2.Driver");
    return new Storage(new HikariDataSource(c), "H2 in " + dir.toAbsolutePath());
  }

  static Storage postgres(String url, String user, String password) {
    return postgres(url, user, password, CONNECTION_TIMEOUT_MS);
  }

  /** As {@link #postgres(String, String, String)}, a request waiting up to {@code waitMs} for a connection. */
  static Storage postgres(String url, String user, String password, long waitMs) {
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--db-url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
    }
    HikariConfig c = config(url, user, password, waitMs);
    c.setDriverClassName("org.postgresql.Driver");
    // an unreachable host (a SYN without answer) is given up after 2 s, as the pool gives up; the URL may say otherwise
    c.addDataSourceProperty("connectTimeout", "2");
    // the URL may carry a password in its query; the log shows host and database only
    String shown = url.replaceAll("\\?.*$", "");
    return new Storage(new HikariDataSource(c), "PostgreSQL " + shown);
  }

  private static HikariConfig config(String url, String user, String password, long waitMs) {
    HikariConfig c = new HikariConfig();
    c.setJdbcUrl(url);
    if (user != null) {
      c.setUsername(user);
    }
    if (password != null) {
      c.setPassword(password);
    }
    c.setPoolName("clustergov");
    c.setMaximumPoolSize(16);
    // when the database goes away a request fails within 2 s by default (503) instead of queueing for the pool's default
    // 30 s; a borrowed connection idle for a while is checked within 1 s, so a broken one is replaced, not handed out
    c.setConnectionTimeout(waitMs);
    c.setValidationTimeout(1_000);
    c.setInitializationFailTimeout(10_000);
    return c;
  }

  Ports ports() {
    return ports;
  }

  /** The event log's hash-chain check (decision 0104). */
  EventChainVerifier verifier() {
    return jdbc.verifier();
  }

  /** Whether the database answers right now, for {@code /ready}. */
  boolean ready() {
    try (Connection c = dataSource.getConnection()) {
      return c.isValid(2);
    } catch (SQLException e) {
      return false;
    }
  }

  /** One line for the start-up log, without credentials. */
  String describe() {
    return description;
  }

  @Override
  public void close() {
    dataSource.close();
  }
}
