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

  /** The rule book, as {@code Queries.compliance} and a lifecycle step use it. */
  @Benchmark
  public boolean ruleBook() {
    ComplianceReport report = book.assess(dossier, policy, LargeDossiers.DAY, LifecycleStage.RECOGNISED);
    return report.clear();
  }

  /** The baseline: the same conditions, straight-line, pass or fail only. */
  @Benchmark
  public StraightLineCheck.Status[] straightLine() {
    return StraightLineCheck.check(dossier, policy, LargeDossiers.DAY);
  }
}
