package dev.clustergov.examples;

import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.policy.MarginalRates;
import dev.clustergov.core.policy.ParameterValues;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.PolicyPack;
import dev.clustergov.core.policy.PolicyResolver;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.RuleBook;
import dev.clustergov.core.testkit.gen.RegistryGens;
import dev.clustergov.core.whatif.WhatIf;
import dev.clustergov.core.whatif.WhatIfReport;
import java.math.BigDecimal;
import java.util.List;
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
 * The what-if's time against the number of POs (政策模拟基准, Art.30): a registry of generated POs'
 * dossiers (1,000 / 5,000 / 10,000, in Suzhou, each with its activities, outcomes, rating and sanctions),
 * compared under the national baseline and three drafts — one of incentive rates and cap, one of the rating
 * gates, one that makes every advisory rule binding (so every rule and indicator runs twice). One shot is
 * one whole what-if, in parallel over the machine's cores.
 *
 * <p>Run: {@code java -jar examples/target/clustergov-examples.jar whatif-benchmark} (JMH options may
 * follow, e.g. {@code -p size=10000}).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(value = 1, jvmArgs = {"-Xms2g", "-Xmx2g"})
public class WhatIfBenchmark {

  static final RegionCode SUZHOU = new RegionCode("320500");

  @Param({"1000", "5000", "10000"})
  public int size;

  List<Dossier> registry;
  Policy inForce;
  Policy incentiveDraft;
  Policy ratingDraft;
  Policy ruleDraft;
  final RuleBook book = RuleBook.standard();

  @Setup(Level.Trial)
  public void setUp() {
    registry = RegistryGens.dossiers(size, 42);
    inForce = PolicyResolver.resolve(List.of(), SUZHOU, RegistryGens.DAY);
    incentiveDraft = draft(ParameterValues.empty()
        .with(Parameters.INCENTIVE_RATES_TECHNOLOGY_TRANSACTIONS,
            MarginalRates.from(MarginalRates.upTo("10000000.00", "2"), MarginalRates.above("0.5")))
        .with(Parameters.INCENTIVE_CAP_PER_PERIOD, Money.yuan("3000000.00")));
    ratingDraft = draft(ParameterValues.empty()
        .with(Parameters.EVALUATION_SILVER_PERCENT, new BigDecimal("60"))
        .with(Parameters.EVALUATION_GOLD_PERCENT, new BigDecimal("75")));
    var advisories = io.vavr.collection.TreeSet.ofAll(book.rules().stream()
        .filter(r -> r.severity() == dev.clustergov.core.rules.Severity.ADVISORY).map(r -> r.id()).toList());
    ruleDraft = draft(ParameterValues.empty().with(Parameters.RULES_BINDING_ADVISORIES, advisories));
  }

  static Policy draft(ParameterValues values) {
    PolicyPack pack = PolicyPack.define(SUZHOU, RegistryGens.DAY.minusMonths(1), 1, Text.of("征求意见稿", "draft"), values)
        .toEither().getOrElseThrow(e -> new IllegalStateException(e.mkString("; ")));
    return PolicyResolver.resolve(List.of(pack), SUZHOU, RegistryGens.DAY);
  }

  WhatIfReport run(Policy draft) {
    return WhatIf.compare(registry, d -> inForce, d -> draft, WhatIf.periodFor(RegistryGens.DAY), RegistryGens.DAY, book);
  }

  @Benchmark
  public WhatIfReport incentiveDraft() {
    return run(incentiveDraft);
  }

  @Benchmark
  public WhatIfReport ratingDraft() {
    return run(ratingDraft);
  }

  @Benchmark
  public WhatIfReport ruleDraft() {
    return run(ruleDraft);
  }
}
