package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.port.TimeSource;
import dev.clustergov.core.application.port.IdSource;
import dev.clustergov.core.organization.PromotionOrganization;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jdbi.v3.core.Jdbi;

/**
 * The JDBC adapter's one entry point (JDBC 适配器): migrates the clustergov schema in a host's
 * database and hands out every driven port over it. The host owns the {@link DataSource} and its
 * pool; this library only borrows connections. H2 (2.x, default mode) and PostgreSQL are supported.
 *
 * <pre>{@code
 * JdbcClustergov jdbc = JdbcClustergov.migrateAndConnect(dataSource, clock);
 * Clustergov gov = Clustergov.using(jdbc.ports());
 * }</pre>
 */
public final class JdbcClustergov {

  /**
   * How long a unit of work on H2 kept in a file waits for the single writer's lock (decision 0481) unless
   * {@link #writerWait} says otherwise: past it, {@link WriterBusy} (decision 0520).
   */
  public static final java.time.Duration DEFAULT_WRITER_WAIT = java.time.Duration.ofSeconds(30);

  /** Flyway's history table for this schema, named so that it never meets a host's own migrations. */
  public static final String HISTORY_TABLE = "clustergov_schema_history";

  /** The databases the migrations are written for, and what differs between them. */
  enum Dialect {
    H2(""),
    POSTGRESQL("COLLATE \"C\"");

    /** Appended to id columns, so that the database orders ids as Java's String does. */
    final String idCollate;

    Dialect(String idCollate) {
      this.idCollate = idCollate;
    }

    static Dialect of(DataSource ds) {
      try (Connection c = ds.getConnection()) {
        String product = c.getMetaData().getDatabaseProductName();
        if (product.equalsIgnoreCase("H2")) {
          return H2;
        }
        if (product.equalsIgnoreCase("PostgreSQL")) {
          return POSTGRESQL;
        }
        throw new IllegalArgumentException("clustergov supports H2 and PostgreSQL, not " + product);
      } catch (SQLException e) {
        throw new IllegalStateException("cannot reach the database", e);
      }
    }
  }

  private final Jdbi jdbi;
  private final Transactions transactions;
  private final JdbcOrganizations organizations;
  private final Ports ports;
  private final EventChainVerifier verifier;
  private final JdbcEventLog events;

  private JdbcClustergov(Jdbi jdbi, DataSource dataSource, Dialect dialect, AggregateStates states, Optional<ReentrantLock> writer, TimeSource clock,
      IdSource ids) {
    this.jdbi = jdbi;
    this.transactions = new Transactions(jdbi, dataSource, writer, dialect, true);
    this.events = new JdbcEventLog(transactions, states);
    this.organizations = new JdbcOrganizations(transactions);
    this.ports = new Ports(new JdbcClusters(transactions), new JdbcAuthorities(transactions), organizations,
        new JdbcPolicyPacks(transactions), events, clock,
        ids == null ? new JdbcIds(transactions) : ids, transactions,
        new JdbcDisputes(transactions), new JdbcIpAgreements(transactions),
        new JdbcDisclosures(transactions), new JdbcDisclosureObligations(transactions),
        new JdbcLedger(transactions), new JdbcFeeSchedules(transactions),
        new JdbcMemberships(transactions), new JdbcPlatforms(transactions), new JdbcServiceActivities(transactions),
        new JdbcInspections(transactions), new JdbcSelfDiscipline(transactions), new JdbcSanctions(transactions),
        new JdbcIncentiveAwards(transactions),
        new JdbcEvaluators(transactions), new JdbcEvaluations(transactions));
    this.verifier = new EventChainVerifier(transactions, states);
  }

  /**
   * Migrates the schema to the latest version and connects, drawing new ids from the database
   * ({@code kind-000001}, …), so that several processes sharing one database never collide.
   */
  public static JdbcClustergov migrateAndConnect(DataSource dataSource, TimeSource clock) {
    return connect(migrate(dataSource), clock, null);
  }

  /** Migrates the schema to the latest version and connects, drawing new ids from {@code ids}. */
  public static JdbcClustergov migrateAndConnect(DataSource dataSource, TimeSource clock, IdSource ids) {
    return connect(migrate(dataSource), clock, Objects.requireNonNull(ids, "ids"));
  }

  private static JdbcClustergov connect(DataSource dataSource, TimeSource clock, IdSource ids) {
    return new JdbcClustergov(Jdbi.create(dataSource), dataSource, Dialect.of(dataSource), AggregateStates.of(dataSource), SingleWriter.of(dataSource), Objects.requireNonNull(clock, "clock"), ids);
  }

  /** How many times {@link #migrate} ran Flyway in this class loader: for the tests of decision 0607. */
  static final java.util.concurrent.atomic.AtomicInteger FLYWAY_RUNS = new java.util.concurrent.atomic.AtomicInteger();

  /**
   * Brings the schema to the latest version (Flyway, history in {@link #HISTORY_TABLE}); returns the data source. A
   * schema whose history already records exactly this version's migrations, all applied, is left as it is without
   * loading Flyway, which would find nothing to do (decision 0607); on any other history Flyway runs and applies,
   * validates or refuses as it does.
   */
  public static DataSource migrate(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    if (CurrentSchema.isCurrent(dataSource)) {
      return dataSource;
    }
    return flyway(dataSource);
  }

  /** Flyway's migration, in a method of its own so that a current schema never loads its classes. */
  private static DataSource flyway(DataSource dataSource) {
    FLYWAY_RUNS.incrementAndGet();
    Dialect dialect = Dialect.of(dataSource);
    Flyway.configure()
        .dataSource(dataSource)
        .locations("classpath:" + CurrentSchema.LOCATION)
        .table(HISTORY_TABLE)
        .placeholders(Map.of("idCollate", dialect.idCollate))
        .failOnMissingLocations(true)
        .load()
        .migrate();
    return dataSource;
  }

  /**
   * On H2 kept in a file, how long a unit of work waits, at most, for another's writes to end (the single writer's lock,
   * decisions 0481 and 0520) before it is refused with {@link WriterBusy}, having written nothing; by default
   * {@link #DEFAULT_WRITER_WAIT}. A host that bounds its pool's wait for a connection bounds this one by the same
   * setting. No effect on PostgreSQL or H2 in memory, which take no such lock.
   */
  public JdbcClustergov writerWait(java.time.Duration wait) {
    transactions.writerWait(Objects.requireNonNull(wait, "wait"));
    return this;
  }

  /** Every driven port, for {@code Clustergov.using(ports)}; repositories and event log share one unit of work. */
  public Ports ports() {
    return ports;
  }

  /** Checks the event log's hash chain, its signed checkpoints and the aggregates' stored state; signs checkpoints. */
  public EventChainVerifier verifier() {
    return verifier;
  }

  /**
   * Refuses every event from now on (so every command), for {@code reason}: a host calls this when an audit found the
   * chain broken, so that new entries do not bury the evidence and no checkpoint signs a forged chain (decision 0372).
   * Reads go on. Lifted only by a new connection, after an operator has looked.
   */
  public void haltWrites(String reason) {
    events.halt(reason);
  }

  /** Why writes are refused, if {@link #haltWrites} was called. */
  public Optional<String> writesHalted() {
    return events.halted();
  }

  /**
   * Saves many POs at once (批量保存) — a bulk import — in one transaction, with one batch insert per
   * table instead of one statement per row. Optimistic like {@code Organizations.save}: any stale
   * or clashing version refuses the whole lot with a conflict, and nothing is written. Events are the
   * caller's to record.
   */
  public List<PromotionOrganization> saveAll(Collection<? extends PromotionOrganization> organizations) {
    return this.organizations.saveAll(organizations);
  }

  /**
   * Has the database gather its statistics of every table ({@code ANALYZE}, on H2 and PostgreSQL alike; 统计信息), as a
   * host does after a bulk import, outside any unit of work. Until PostgreSQL has them — its autovacuum gathers them a
   * while after the import — it plans on guesses: after a {@link #saveAll} of 10,000 POs it read the peers of each page
   * of the what-if through the index on the stage, every PO of the registry for each page (decision 0575).
   */
  public void gatherStatistics() {
    jdbi.useHandle(h -> h.execute("ANALYZE"));
  }
}
