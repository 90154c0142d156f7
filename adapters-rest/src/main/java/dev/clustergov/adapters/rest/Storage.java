package dev.clustergov.adapters.rest;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.clustergov.adapters.jdbc.EventChainVerifier;
import dev.clustergov.adapters.jdbc.JdbcClustergov;
import dev.clustergov.core.application.Ports;
import java.io.IOException;
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

  /**
   * How long a request waits for a connection before it is answered 503 (decision 0300), unless {@code --db-wait-ms} says
   * otherwise; on H2 in a file, also how long a write waits for another's to end (decision 0520).
   */
  static final long CONNECTION_TIMEOUT_MS = 2_000;

  private final HikariDataSource dataSource;
  private final JdbcClustergov jdbc;
  private final Ports ports;
  private final String description;
  /** H2's data folder, whose room {@link #ready} tries; empty for PostgreSQL, which reports a full disk itself. */
  private final java.util.Optional<Path> folder;

  private Storage(HikariDataSource dataSource, String description, java.util.Optional<Path> folder) {
    this.dataSource = dataSource;
    this.description = description;
    this.folder = folder;
    try {
      // the single writer's wait (H2 in a file) is bounded by the pool's: a write held behind a long one is a 503 as a request
      // waiting for a connection is (--db-wait-ms, decision 0520)
      this.jdbc = JdbcClustergov.migrateAndConnect(dataSource, new SystemClock())
          .writerWait(java.time.Duration.ofMillis(dataSource.getConnectionTimeout()));
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
    usableFolder(dir);
    String url = "jdbc:h2:file:" + dir.toAbsolutePath().resolve("clustergov") + ";DB_CLOSE_ON_EXIT=FALSE;QUERY_CACHE_SIZE=128"
        + ";WRITE_DELAY=0";
    // opened once on its own first, so that a folder another process holds is named as such, not as the pool's stack trace;
    // held open until the pool and the migrations have their own connections: H2 closes a database with its last connection,
    // and opening it again re-reads every table's definition, which was a third of the start (issue 16, decision 0585)
    Connection probe;
    try {
      probe = java.sql.DriverManager.getConnection(url, "sa", "");
      probe.isValid(1);
    } catch (SQLException e) {
      if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
        throw new StartupFailure(StartupFailure.Exit.DATA_DIR, "--data-dir " + dir + " is in use by another process (an H2 database"
            + " opens in one process at a time): stop that server, or give this one another --data-dir");
      }
      throw new StartupFailure(StartupFailure.Exit.DATA_DIR, "--data-dir " + dir + ": cannot open the H2 database ("
          + StartupFailure.root(e) + "): check the folder and the disk, or give another --data-dir", e);
    }
    try {
      HikariConfig c = config(url, "sa", "", waitMs);
      c.setDriverClassName("org.h2.Driver");
      ClosedH2 closed = new ClosedH2();
      c.setExceptionOverride(closed);
      HikariDataSource pool = new HikariDataSource(c);
      closed.pool = pool;
      return new Storage(pool, "H2 in " + dir.toAbsolutePath(), java.util.Optional.of(dir));
    } catch (RuntimeException e) {
      throw new StartupFailure(StartupFailure.Exit.DATA_DIR, "--data-dir " + dir + ": cannot prepare the H2 database ("
          + StartupFailure.root(e) + "): check the folder and the disk, or give another --data-dir", e);
    } finally {
      release(probe);
    }
  }

  /**
   * Closes the probe once the pool holds the database open. Closing one session of an open embedded database writes nothing
   * the pool's sessions need, so a failure to close it changes nothing the server does; it is not worth failing the start.
   */
  private static void release(Connection probe) {
    try {
      probe.close();
    } catch (SQLException e) {
      org.slf4j.LoggerFactory.getLogger("clustergov.server").debug("closing the H2 probe connection: {}", e.toString());
    }
  }

  /**
   * A folder the server can keep its database in: created when missing, a folder and not a file, and writable — tried by
   * writing a file, since the permission bits do not stop root (only a read-only file system does).
   */
  static void usableFolder(Path dir) {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new StartupFailure(StartupFailure.Exit.DATA_DIR, "--data-dir " + dir + " is a file, not a folder: move it away,"
          + " or give a folder as --data-dir");
    }
    try {
      Files.createDirectories(dir);
    } catch (IOException e) {
      throw new StartupFailure(StartupFailure.Exit.DATA_DIR, "--data-dir " + dir + ": cannot create the folder ("
          + describe(e) + "): give a folder this user may create or write", e);
    }
    try {
      Path probe = Files.createTempFile(dir, ".clustergov-write-check", ".tmp");
      Files.delete(probe);
    } catch (IOException e) {
      throw new StartupFailure(StartupFailure.Exit.DATA_DIR, "--data-dir " + dir + " is not writable (" + describe(e)
          + "): let this user write it, or give another --data-dir", e);
    }
  }

  /** What the file system said, in words: the JDK often leaves the reason out and names only the exception. */
  private static String describe(IOException e) {
    if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    if (e instanceof java.nio.file.AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof java.nio.file.NoSuchFileException) {
      return "no file may be created there";
    }
    if (e instanceof java.nio.file.FileAlreadyExistsException f) {
      return f.getFile() + " is in the way";
    }
    return e.getMessage() == null ? "an I/O error" : e.getMessage();
  }

  static Storage postgres(String url, String user, String password) {
    return postgres(url, user, password, CONNECTION_TIMEOUT_MS);
  }

  /** As {@link #postgres(String, String, String)}, a request waiting up to {@code waitMs} for a connection. */
  static Storage postgres(String url, String user, String password, long waitMs) {
    if (!url.startsWith("jdbc:postgresql:")) {
      throw new IllegalArgumentException("--db-url must be a PostgreSQL JDBC URL (jdbc:postgresql://host:port/database)");
    }
    // the URL may carry a password in its query; the log shows host and database only
    String shown = url.replaceAll("\\?.*$", "");
    reach(url, user, password, shown);
    HikariConfig c = config(url, user, password, waitMs);
    c.setDriverClassName("org.postgresql.Driver");
    // an unreachable host (a SYN without answer) is given up after 2 s, as the pool gives up; the URL may say otherwise
    c.addDataSourceProperty("connectTimeout", "2");
    try {
      return new Storage(new HikariDataSource(c), "PostgreSQL " + shown, java.util.Optional.empty());
    } catch (RuntimeException e) {
      throw new StartupFailure(StartupFailure.Exit.DATABASE, "PostgreSQL " + shown + ": cannot prepare the database ("
          + StartupFailure.root(e) + "): check that this user may create tables in it", e);
    }
  }

  /** How long the server waits at start for a PostgreSQL it cannot reach — one starting beside it, say — before it gives up. */
  static final long REACH_FOR_MS = 10_000;

  /**
   * One connection, before the pool: a database out of reach is tried again for {@link #REACH_FOR_MS}, then named in one
   * line; a refused login or a missing database at once, as waiting would not change them.
   */
  private static void reach(String url, String user, String password, String shown) {
    java.util.Properties props = new java.util.Properties();
    if (user != null) {
      props.setProperty("user", user);
    }
    if (password != null) {
      props.setProperty("password", password);
    }
    props.setProperty("connectTimeout", "2");
    long deadline = System.nanoTime() + REACH_FOR_MS * 1_000_000;
    while (true) {
      try (Connection probe = new org.postgresql.Driver().connect(url, props)) {
        return;
      } catch (SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        boolean outOfReach = state.startsWith("08");
        if (outOfReach && System.nanoTime() < deadline && pause(500)) {
          continue;
        }
        String what = outOfReach ? "cannot reach PostgreSQL at " + shown + " (tried for " + REACH_FOR_MS / 1000 + " s: "
            + StartupFailure.root(e) + "): start it, or correct --db-url"
            : "PostgreSQL at " + shown + " refused the login (" + StartupFailure.root(e) + "): check --db-url, --db-user and --db-password";
        throw new StartupFailure(StartupFailure.Exit.DATABASE, what, e);
      }
    }
  }

  /** Sleeps; false when interrupted (the flag kept), so that the caller gives up. */
  private static boolean pause(long ms) {
    try {
      Thread.sleep(ms);
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
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

  /** Adds the pool's meters (connections active, idle, pending; acquisition and usage times) to the server's metrics. */
  void meter(io.micrometer.core.instrument.MeterRegistry registry) {
    dataSource.setMetricsTrackerFactory(new com.zaxxer.hikari.metrics.micrometer.MicrometerMetricsTrackerFactory(registry));
  }

  /** The event log's hash-chain check (decision 0104), its checkpoints and the aggregates' state (decision 0372). */
  EventChainVerifier verifier() {
    return jdbc.verifier();
  }

  /** Refuses every write from now on (decision 0372): the chain was found broken. */
  void haltWrites(String reason) {
    jdbc.haltWrites(reason);
  }

  /**
   * Whether the storage answers a real query and would take a write, for {@code /ready}: the event log's head is read
   * through the adapter, as a request reads it (a pooled connection's {@code isValid} said yes to an H2 database that had
   * closed itself), {@link #writable} asks for a write that touches no row, and for H2 {@link #hasRoom} whether its folder
   * takes a write (a full disk; Hikari's {@link ClosedH2} then reopens the database once it has room again).
   */
  boolean ready() {
    try {
      ports.events().last();
    } catch (RuntimeException e) {
      return false;
    }
    try (Connection c = dataSource.getConnection()) {
      if (!writable(c)) {
        return false;
      }
    } catch (SQLException e) {
      return false;
    }
    return folder.map(Storage::hasRoom).orElse(true);
  }

  /**
   * An update of no row: refused by a database that cannot write — H2 opened read-only (it does so by itself on files
   * it may not write), PostgreSQL read-only (a standby, {@code default_transaction_read_only}) — and writing nothing
   * where it can.
   */
  static boolean writable(Connection c) {
    try (java.sql.Statement s = c.createStatement()) {
      s.executeUpdate("UPDATE cluster SET name = name WHERE 1 = 0");
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  /** Bytes {@link #ready} writes into H2's folder: more than H2 writes for a commit (a chunk of a few pages). */
  static final int ROOM_PROBE_BYTES = 64 * 1024;

  /**
   * Whether H2's folder takes a write of {@link #ROOM_PROBE_BYTES}: a full disk lets H2 open its file and answer reads and
   * a write of no row, and then closes the database at the first commit — so readiness asks the disk itself.
   */
  static boolean hasRoom(Path dir) {
    Path probe = null;
    try {
      probe = Files.createTempFile(dir, ".clustergov-room-check", ".tmp");
      Files.write(probe, new byte[ROOM_PROBE_BYTES]);
      return true;
    } catch (IOException e) {
      return false;
    } finally {
      if (probe != null) {
        try {
          Files.deleteIfExists(probe);
        } catch (IOException ignored) {
          // a probe left behind is a few bytes; the next check makes another
        }
      }
    }
  }

  /**
   * H2 closes its database when a write fails (the disk full, say) and its pooled connections then answer every call with
   * "the database has been closed" (90098) — while {@code isValid} still says yes — so without this the server answered
   * 503 until it was restarted. A connection that meets such an error is evicted, and so are all others of the pool, which
   * hold the same closed database; the next connection the pool makes opens the database again from its file, where every
   * commit before the failure is (WRITE_DELAY=0, decision 0301) and the failed unit of work is not (it never committed).
   */
  static final class ClosedH2 implements com.zaxxer.hikari.SQLExceptionOverride {

    volatile HikariDataSource pool;

    @java.lang.Override
    public Override adjudicate(SQLException e) {
      if (!closes(e)) {
        return Override.CONTINUE_EVICT;
      }
      HikariDataSource p = pool;
      var bean = p == null ? null : p.getHikariPoolMXBean();
      if (bean != null) {
        bean.softEvictConnections();
      }
      return Override.MUST_EVICT;
    }

    /** The database has been closed (by a failed write, or shut down), or the write that closes it failed for want of room. */
    static boolean closes(SQLException e) {
      return e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_CLOSED || e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_CALLED_AT_SHUTDOWN
          || StorageOutage.diskFull(e);
    }
  }

  /** The pool, for a test that must reach below the ports (to close H2 as a full disk does). */
  javax.sql.DataSource dataSourceForTests() {
    return dataSource;
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
