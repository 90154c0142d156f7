package dev.clustergov.examples;

import dev.clustergov.adapters.jdbc.JdbcClustergov;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.supervision.RunWhatIf;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.cluster.ClusterId;
import dev.clustergov.core.finance.BankAccount;
import dev.clustergov.core.organization.ImmutablePromotionOrganization;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.memory.InMemoryClustergov;
import dev.clustergov.core.testkit.memory.SettableClock;
import dev.clustergov.core.whatif.WhatIfReport;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The what-if (政策模拟, Art.30) end to end over a stored registry: {@code n} recognised POs saved by the
 * JDBC adapter into H2 in memory (or, with {@code --db postgresql}, an embedded PostgreSQL), then {@link RunWhatIf} for the Suzhou authority with a draft that moves
 * the rating gates — loading every PO's dossier through the ports, evaluating and rewarding it twice. The
 * baseline in the same run is the very same use case over the core test kit's in-memory adapters holding
 * the same POs, so the ratio is what reading the registry from the database costs.
 *
 * <p>Each figure is the median of {@code -Dwhatif.shots} (3) timed runs after one untimed run, with the CPU time
 * the process used in that run (its threads, GC and JIT included): on a machine shared with other work, the ratio of
 * the CPU times is the steadier figure.
 */
final class WhatIfOnJdbc {

  private WhatIfOnJdbc() {}

  /** A draft that moves the silver and gold cut-offs: every PO's standing is computed under both packs. */
  static final Map<String, String> DRAFT = Map.of("evaluation.goldPercent", "85", "evaluation.silverPercent", "70");

  /**
   * The reference server's H2 settings (adapters-rest {@code Storage}): a query cache large enough for the
   * adapter's distinct statements, so H2 does not parse them again for every PO (its default keeps 8).
   */
  static final String H2_SETTINGS = ";QUERY_CACHE_SIZE=128";

  static int run(List<String> args, PrintStream out, PrintStream err) {
    List<Integer> sizes = new ArrayList<>();
    List<JdbcBenchmark.Engine> engines = new ArrayList<>();
    for (int i = 0; i < args.size(); i++) {
      String a = args.get(i);
      if (a.equals("--db") && i + 1 < args.size()) {
        for (String e : args.get(++i).split(",")) {
          switch (e) {
            case "h2" -> engines.add(JdbcBenchmark.Engine.H2);
            case "postgresql" -> engines.add(JdbcBenchmark.Engine.POSTGRESQL);
            default -> {
              err.println("whatif-jdbc --db takes h2, postgresql or both separated by a comma; not: " + e);
              return Main.USAGE;
            }
          }
        }
        continue;
      }
      try {
        sizes.add(Integer.parseInt(a));
      } catch (NumberFormatException e) {
        err.println("whatif-jdbc takes registry sizes, e.g. 1000 10000, and --db h2,postgresql; not: " + a);
        return Main.USAGE;
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(1_000, 5_000, 10_000);
    }
    if (engines.isEmpty()) {
      engines = List.of(JdbcBenchmark.Engine.H2);
    }
    int shots = Integer.getInteger("whatif.shots", 3);
    // -Dwhatif.analyze=false: read the registry as PostgreSQL plans it before its autovacuum has gathered statistics
    boolean analyze = Boolean.parseBoolean(System.getProperty("whatif.analyze", "true"));
    // -Dwhatif.baseline=false: no in-memory run (the test kit reads a page through its indexes by owner since decision 0595)
    boolean baseline = Boolean.parseBoolean(System.getProperty("whatif.baseline", "true"));
    out.printf(Locale.ROOT, "what-if (Art.30) over a stored registry, draft %s; H2%s; median of %d; statistics gathered after"
            + " the import: %s; %s, %d cores%n", DRAFT, H2_SETTINGS, shots, analyze ? "yes" : "no",
        Runtime.version(), Runtime.getRuntime().availableProcessors());
    out.println("wall ms (CPU ms of this process in the same shot: on a shared machine the fairer figure; PostgreSQL's"
        + " own server processes are not in it)");
    for (JdbcBenchmark.Engine engine : engines) {
      try (JdbcBenchmark.Databases dbs = engine == JdbcBenchmark.Engine.H2 ? JdbcBenchmark.Databases.h2(H2_SETTINGS)
          : JdbcBenchmark.Databases.start(engine)) {
        for (int n : sizes) {
          List<PromotionOrganization> registry = registry(n);
          double[] inMemory = {Double.NaN, Double.NaN};
          if (baseline) {
            InMemoryClustergov memory = new InMemoryClustergov(SettableClock.at(SettableClock.DEFAULT_START));
            memory.authorities().save(Fixtures.authority());
            clusters(n).forEach(memory.clusters()::save);
            registry.forEach(memory.organizations()::save);
            inMemory = median(memory, n, shots);
          }
          try (JdbcBenchmark.Fresh db = dbs.fresh()) {
            JdbcClustergov jdbc = JdbcClustergov.migrateAndConnect(db.dataSource(), SettableClock.at(SettableClock.DEFAULT_START));
            jdbc.ports().authorities().save(Fixtures.authority());
            clusters(n).forEach(jdbc.ports().clusters()::save);
            jdbc.saveAll(registry);
            if (analyze) {
              // as a host does after a bulk import: without statistics PostgreSQL plans the what-if's reads on guesses
              jdbc.gatherStatistics();
            }
            double[] onJdbc = median(jdbc.ports(), n, shots);
            out.printf(Locale.ROOT, "%,7d POs: %s %,9.0f ms (CPU %,9.0f), in-memory adapters %,8.0f ms (CPU %,8.0f) same run,"
                    + " ratio %.2f× wall, %.2f× CPU; load %s%n",
                n, engine == JdbcBenchmark.Engine.H2 ? "H2" : "PostgreSQL", onJdbc[0], onJdbc[1], inMemory[0], inMemory[1],
                onJdbc[0] / inMemory[0], onJdbc[1] / inMemory[1], load());
          }
        }
      }
    }
    return 0;
  }

  /** The load average over the last minute, as {@code /proc/loadavg} gives it. */
  static String load() {
    try {
      return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).split(" ")[0];
    } catch (java.io.IOException | RuntimeException e) {
      return "unknown";
    }
  }

  /** {@code n} clusters of Suzhou, one for each PO (Art.2: a cluster recognises one PO). */
  static List<Cluster> clusters(int n) {
    List<Cluster> all = new ArrayList<>(n);
    Cluster template = Fixtures.cluster();
    for (int i = 0; i < n; i++) {
      all.add(new Cluster(cluster(i), 0, template.name() + i, template.region(), template.industry(), template.level(),
          template.enterprises()));
    }
    return all;
  }

  private static ClusterId cluster(int i) {
    return new ClusterId(String.format(Locale.ROOT, "cluster-%06d", i));
  }

  /**
   * {@code n} copies of the fixture's recognised PO under new ids, each in a cluster of its own and with its
   * own bank account (Art.12).
   */
  static List<PromotionOrganization> registry(int n) {
    PromotionOrganization template = Fixtures.organization(LifecycleStage.RECOGNISED);
    BankAccount account = template.bankAccount().orElseThrow();
    List<PromotionOrganization> all = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      all.add(ImmutablePromotionOrganization.copyOf(template)
          .withId(new OrganizationId(String.format(Locale.ROOT, "org-%06d", i)))
          .withCluster(cluster(i))
          .withBankAccount(Optional.of(new BankAccount(account.holder(),
              String.format(Locale.ROOT, "3220%012d", i), account.bank()))));
    }
    return all;
  }

  /** The median wall time and the CPU time of the process in that same shot, both in ms. */
  private static double[] median(Object ports, int n, int shots) {
    Clustergov gov = ports instanceof InMemoryClustergov m ? Clustergov.using(m.ports()) : Clustergov.using((Ports) ports);
    RunWhatIf.Command command = new RunWhatIf.Command(Fixtures.AUTHORITY_ID, null, null, null, null, null, null, DRAFT);
    var os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    double[][] shot = new double[shots][];
    for (int s = -1; s < shots; s++) {
      long c0 = os.getProcessCpuTime();
      long t0 = System.nanoTime();
      WhatIfReport report = gov.runWhatIf().handle(command).getOrElseThrow(r -> new IllegalStateException(r.toString()));
      long t1 = System.nanoTime();
      long c1 = os.getProcessCpuTime();
      if (report.summary().organizations() != n) {
        throw new IllegalStateException("the what-if saw " + report.summary().organizations() + " POs, not " + n);
      }
      if (s >= 0) {
        shot[s] = new double[] {(t1 - t0) / 1e6, (c1 - c0) / 1e6};
      }
    }
    java.util.Arrays.sort(shot, java.util.Comparator.comparingDouble(x -> x[0]));
    return shot[shots / 2];
  }
}
