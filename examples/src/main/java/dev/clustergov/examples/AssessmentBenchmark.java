package dev.clustergov.examples;

import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.rules.ComplianceReport;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.RuleBook;
import dev.clustergov.core.testkit.fixtures.Fixtures;
import dev.clustergov.core.testkit.gen.LargeDossiers;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A full compliance assessment of a large PO (合规评估基准): the rule book's every rule for a recognised PO
 * over the dossier of {@link LargeDossiers} — 500 member units, 100 seats, {@code activities} service
 * activities over three years, 40 disclosures, 20 disputes, 10 IP agreements — as the use cases do it
 * ({@code RuleBook.assess}, then the blocking findings a lifecycle step asks for), against the baseline in
 * the same run: {@link StraightLineCheck}, the same conditions written out by hand.
 *
 * <p>Run: {@code java -jar examples/target/clustergov-examples.jar assessment-benchmark} (JMH options may
 * follow, e.g. {@code -p activities=2000}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
public class AssessmentBenchmark {

  @Param({"200", "2000", "20000"})
  public int activities;

  Dossier dossier;
  final Policy policy = Fixtures.baseline();
  final RuleBook book = RuleBook.standard();

  @Setup(Level.Trial)
  public void setUp() {
    dossier = LargeDossiers.of(activities, 42);
  }

  /**
   * The rule book, as {@code Queries.compliance} and a lifecycle step use it, over a dossier built afresh
   * each time (as a use case builds one): the dossier's activity index (decision 0331) is made in every
   * operation, and the copy and its checks are charged to the rule book, not to the baseline.
   */
  @Benchmark
  public boolean ruleBook() {
    Dossier fresh = Dossier.builder().from(dossier).build();
    ComplianceReport report = book.assess(fresh, policy, LargeDossiers.DAY, LifecycleStage.RECOGNISED);
    return report.clear();
  }

  /**
   * CPU time per operation of both, on this thread (ThreadMXBean), after warm-up: what a loaded machine
   * still measures fairly when wall-clock times swing with other processes. {@code assessment-benchmark --cpu}.
   */
  static int cpuTimes(java.util.List<String> options, java.io.PrintStream out, java.io.PrintStream err) {
    // the options JMH would take for the same choices: -p activities=…, -wi (warm-up rounds), -i (measured iterations)
    int[] sizes = {200, 2_000, 20_000};
    int warmups = 3;
    Integer iterationsGiven = null;
    try {
      for (int k = 0; k < options.size(); k++) {
        String o = options.get(k);
        String value = k + 1 < options.size() ? options.get(k + 1) : null;
        if (o.equals("-p") && value != null && value.startsWith("activities=")) {
          sizes = java.util.Arrays.stream(value.substring("activities=".length()).split(",")).mapToInt(Integer::parseInt).toArray();
          k++;
        } else if (o.equals("-wi") && value != null) {
          warmups = Integer.parseInt(value);
          k++;
        } else if (o.equals("-i") && value != null) {
          iterationsGiven = Integer.parseInt(value);
          k++;
        } else {
          throw new IllegalArgumentException("unknown option or missing value: " + o);
        }
      }
      if (warmups < 0 || iterationsGiven != null && iterationsGiven < 1 || java.util.Arrays.stream(sizes).anyMatch(n -> n < 0)) {
        throw new IllegalArgumentException("sizes and warm-up rounds are 0 or more, iterations 1 or more");
      }
    } catch (IllegalArgumentException e) {
      err.println("assessment-benchmark --cpu: " + e.getMessage());
      err.println("usage: assessment-benchmark --cpu [-p activities=200,2000,20000] [-wi ROUNDS (3)] [-i ITERATIONS (2000; 200 at 20,000)]");
      return 2;
    }
    var mx = java.lang.management.ManagementFactory.getThreadMXBean();
    out.printf(java.util.Locale.ROOT, "assessment of a large PO, CPU time per operation; %s, %d cores%n", Runtime.version(),
        Runtime.getRuntime().availableProcessors());
    for (int n : sizes) {
      int iterations = iterationsGiven != null ? iterationsGiven : n >= 20_000 ? 200 : 2_000;
      err.printf(java.util.Locale.ROOT, "%,d activities: building the dossier, %d warm-up round(s) of %,d, then %,d of each measured…%n",
          n, warmups, iterations, iterations);
      AssessmentBenchmark b = new AssessmentBenchmark();
      b.activities = n;
      b.setUp();
      for (int w = 0; w < warmups; w++) {
        for (int i = 0; i < iterations; i++) {
          b.ruleBook();
          b.straightLine();
        }
      }
      long t0 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < iterations; i++) {
        b.ruleBook();
      }
      long t1 = mx.getCurrentThreadCpuTime();
      for (int i = 0; i < iterations; i++) {
        b.straightLine();
      }
      long t2 = mx.getCurrentThreadCpuTime();
      double rules = (t1 - t0) / 1e3 / iterations;
      double line = (t2 - t1) / 1e3 / iterations;
      out.printf(java.util.Locale.ROOT, "%,6d activities: rule book %,9.1f us, straight-line %,9.1f us (same run), throughput ratio %.2f%n",
          n, rules, line, line / rules);
    }
    return 0;
  }

  /** The baseline: the same conditions, straight-line, pass or fail only. */
  @Benchmark
  public StraightLineCheck.Status[] straightLine() {
    return StraightLineCheck.check(dossier, policy, LargeDossiers.DAY);
  }
}
