package dev.clustergov.adapters.jdbc;

import dev.clustergov.core.application.Ports;
import dev.clustergov.core.governance.Body;
import dev.clustergov.core.governance.ExpertField;
import dev.clustergov.core.governance.Governance;
import dev.clustergov.core.governance.Seat;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.contract.Samples;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A plain timed benchmark with warm-up (基准测试), not run by the build: (a) save + load round trip of
 * a PO with 500 staff and 500 seats; (b) bulk insert of 1,000 POs with their governance bodies, seats
 * and expert fields through {@link JdbcClustergov#saveAll} against the same rows written by a raw JDBC
 * batch in the same run, each trial into a fresh database. See BENCHMARK.md for how to run it.
 */
public final class JdbcBenchmark {
  private static final int BULK = 1_000;

  public static void main(String[] args) throws Exception {
    List<Database> databases = args.length == 0 ? List.of(Database.H2_MEMORY, Database.POSTGRESQL)
        : Arrays.stream(args).map(Database::valueOf).toList();
    for (Database db : databases) {
      roundTrip(db);
      bulk(db);
    }
    System.exit(0);
  }

  private static void roundTrip(Database db) {
    Connected c = Connected.to(db);
    Ports ports = c.jdbc().ports();
    ports.clusters().save(Fixtures.cluster());
    ports.authorities().save(Fixtures.authority());
    PromotionOrganization po = ports.organizations().save(LargeOrganizations.of("org-large", 500));
    for (int i = 0; i < 30; i++) {
      po = ports.organizations().save(ports.organizations().find(po.id()).orElseThrow());
    }
    int n = 100;
    long start = System.nanoTime();
    for (int i = 0; i < n; i++) {
      po = ports.organizations().save(ports.organizations().find(po.id()).orElseThrow());
    }
    double ms = (System.nanoTime() - start) / 1e6 / n;
    System.out.printf(Locale.ROOT, "%s round trip (load + save) of a PO with 500 staff and 500 seats: %.2f ms%n", db, ms);
  }

  /** The sample PO with the fixture's governance (5 bodies, 9 seats, 3 expert fields) and nothing else in child tables. */
  static List<PromotionOrganization> organizations() {
    Governance governance = Fixtures.organization(LifecycleStage.PROPOSED).governance();
    List<PromotionOrganization> all = new ArrayList<>();
    for (int i = 0; i < BULK; i++) {
      all.add(ImmutablePromotionOrganization.copyOf(Samples.organization(String.format("org-%05d", i),
              Fixtures.CLUSTER_ID, Fixtures.AUTHORITY_ID, LifecycleStage.PROPOSED))
          .withFounders(List.of())
          .withGovernance(governance));
    }
    return all;
  }

  private static void bulk(Database db) throws SQLException {
    List<PromotionOrganization> all = organizations();
    int trials = 5;
    double[] adapter = new double[trials + 1];
    double[] raw = new double[trials + 1];
    for (int t = 0; t <= trials; t++) { // trial 0 is the warm-up
      Connected a = registries(db);
      long start = System.nanoTime();
      a.jdbc().saveAll(all);
      adapter[t] = (System.nanoTime() - start) / 1e6;

      Connected r = registries(db);
      start = System.nanoTime();
      rawBatch(r, all);
      raw[t] = (System.nanoTime() - start) / 1e6;
    }
    double adapterMedian = median(Arrays.copyOfRange(adapter, 1, trials + 1));
    double rawMedian = median(Arrays.copyOfRange(raw, 1, trials + 1));
    System.out.printf(Locale.ROOT,
        "%s bulk insert of %d POs with bodies, seats and expert fields: adapter saveAll %.1f ms, raw JDBC batch %.1f ms,"
            + " adapter/raw throughput %.2fx (median of %d)%n",
        db, BULK, adapterMedian, rawMedian, rawMedian / adapterMedian, trials);
  }

  private static Connected registries(Database db) {
    Connected c = Connected.to(db);
    c.jdbc().ports().clusters().save(Fixtures.cluster());
    c.jdbc().ports().authorities().save(Fixtures.authority());
    return c;
  }

  /** The same rows the adapter writes, by hand: one batch per table, one transaction. */
  private static void rawBatch(Connected c, List<PromotionOrganization> all) throws SQLException {
    try (Connection con = c.dataSource().getConnection()) {
      con.setAutoCommit(false);
      try (PreparedStatement org = con.prepareStatement("INSERT INTO organization (id, version, name, cluster_id, authority_id,"
              + " guiding_body, registered_capital, stage, proposed_on) VALUES (?, 1, ?, ?, ?, ?, ?, ?, ?)");
          PreparedStatement body = con.prepareStatement("INSERT INTO governance_body (organization_id, position, body_id, layer, form,"
              + " name) VALUES (?, ?, ?, ?, ?, ?)");
          PreparedStatement seat = con.prepareStatement("INSERT INTO body_seat (organization_id, body_position, position, person_id,"
              + " person_name, role) VALUES (?, ?, ?, ?, ?, ?)");
          PreparedStatement field = con.prepareStatement("INSERT INTO seat_expert_field (organization_id, body_position,"
              + " seat_position, field) VALUES (?, ?, ?, ?)")) {
        for (PromotionOrganization o : all) {
          String id = o.id().value();
          org.setString(1, id);
          org.setString(2, o.name());
          org.setString(3, o.cluster().value());
          org.setString(4, o.authority().value());
          org.setString(5, o.guidingBody().orElse(null));
          org.setBigDecimal(6, o.registeredCapital().yuan());
          org.setString(7, o.stage().name());
          org.setDate(8, Date.valueOf(o.proposedOn()));
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
      con.commit();
    }
  }

  private static double median(double[] xs) {
    double[] s = xs.clone();
    Arrays.sort(s);
    return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  }
}
