package dev.clustergov.core.incentive;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Dates;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.policy.MarginalRates;
import dev.clustergov.core.policy.Parameter;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.policy.TalentAmounts;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Evidence;
import dev.clustergov.core.rules.Guard;
import dev.clustergov.core.rules.IncentiveGuards;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.supervision.RatingStanding;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionEffects;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Computes a PO's incentive for a period (激励测算, Art.29): the eligibility gates first — recognised,
 * five layers, enough functions active in the period, a current rating, no blocking sanction in force —
 * then each metric by the policy's formula: marginal tiered rates on the three money metrics, an amount
 * per person by talent level, each metric under its own cap if the policy sets one, the total under the
 * per-period cap. Every amount is exact (fen, rounded down); an ineligible PO gets zero with every reason.
 * Pure: the same dossier, policy, period and day always give the same incentive.
 */
public final class IncentiveCalculator {

  private static final List<Citation> ART29 = List.of(IncentiveGuards.ART29);

  private IncentiveCalculator() {}

  public static Incentive compute(Dossier dossier, Policy policy, Period period, LocalDate day) {
    List<GateCheck> gates = gates(dossier, policy, period, day);
    boolean eligible = gates.stream().allMatch(GateCheck::passed);
    MetricTotals totals = MetricTotals.of(dossier.activities(), period);
    List<TraceStep> metricTrace = new ArrayList<>();
    List<MetricAward> metrics = new ArrayList<>();
    metrics.add(money(IncentiveMetric.LANDED_INVESTMENT, totals, policy, Parameters.INCENTIVE_RATES_LANDED_INVESTMENT,
        Parameters.INCENTIVE_CAP_LANDED_INVESTMENT, metricTrace));
    metrics.add(money(IncentiveMetric.TECHNOLOGY_TRANSACTIONS, totals, policy, Parameters.INCENTIVE_RATES_TECHNOLOGY_TRANSACTIONS,
        Parameters.INCENTIVE_CAP_TECHNOLOGY_TRANSACTIONS, metricTrace));
    metrics.add(money(IncentiveMetric.SUPPLY_CONTRACTS, totals, policy, Parameters.INCENTIVE_RATES_SUPPLY_CONTRACTS,
        Parameters.INCENTIVE_CAP_SUPPLY_CONTRACTS, metricTrace));
    metrics.add(talent(totals, policy, metricTrace));
    Money subtotal = metrics.stream().map(MetricAward::amount).reduce(Money.ZERO, Money::plus);
    Money cap = policy.get(Parameters.INCENTIVE_CAP_PER_PERIOD);
    Money amount = eligible ? subtotal.min(cap) : Money.ZERO;
    Text formula = Text.of(
        "奖励＝各项奖励合计与每期上限" + cap + "元中的较小者；各项奖励＝按分档累进比例计算的金额（或每人金额×人数）与该项上限中的较小者；不符合奖励条件的，奖励为0",
        "incentive = the lesser of the metric amounts' total and the per-period cap of " + cap + " yuan; metric amount = the lesser of "
            + "the amount by marginal rates (or amount per person × people) and the metric's cap; 0 when a condition is not met");

    List<TraceStep> trace = new ArrayList<>();
    long failed = gates.stream().filter(g -> !g.passed()).count();
    trace.add(new TraceStep(0, "verdict", "incentive", eligible
        ? Text.of("符合奖励条件，期内奖励" + amount + "元", "Eligible: the incentive for the period is " + amount + " yuan")
        : Text.of("不符合奖励条件（" + failed + "项条件未满足），奖励为0", "Not eligible (" + failed + (failed == 1 ? " condition" : " conditions") + " not met): the incentive is 0"),
        List.of(Evidence.of("period", period.from() + ".." + period.to()), Evidence.of("day", day),
            Evidence.of("amount", amount), Evidence.of("policy", new Evidence.Said(policy.sources().mkString("; "), policy.sources().toJavaList()))), ART29));
    for (GateCheck g : gates) {
      trace.add(new TraceStep(1, "gate", g.gate().id(), Text.of(
          (g.passed() ? "满足：" : "未满足：") + g.gate().message().zh(),
          (g.passed() ? "Holds: " : "Fails: ") + g.gate().message().en()), g.evidence(), g.gate().clauses()));
    }
    trace.addAll(metricTrace);
    trace.add(new TraceStep(1, "cap", "incentive.cap.perPeriod", subtotal.compareTo(cap) > 0
        ? Text.of("各项合计" + subtotal + "元，超过每期上限，按上限" + cap + "元计", "The metrics total " + subtotal + " yuan, above the per-period cap: "
            + cap + " yuan")
        : Text.of("各项合计" + subtotal + "元，未超过每期上限" + cap + "元", "The metrics total " + subtotal + " yuan, within the per-period cap of "
            + cap + " yuan"),
        List.of(Evidence.of("subtotal", subtotal), Evidence.of("cap", cap), Evidence.of("parameter", Parameters.INCENTIVE_CAP_PER_PERIOD),
            Evidence.of("source", policy.sourceOf(Parameters.INCENTIVE_CAP_PER_PERIOD))), ART29));
    return new Incentive(dossier.organization().id(), period, day, gates, totals, metrics, subtotal, cap, amount, formula,
        policy.sources().toJavaList(), trace);
  }

  /**
   * The amount alone, without gates' evidence, formulas or explanation: what a what-if over a whole
   * registry needs. Always equal to {@code compute(...).amount()} (a property test holds it to that).
   */
  public static Money amount(Dossier d, Policy policy, Period period, LocalDate day) {
    if (!eligible(d, policy, period, day)) {
      return Money.ZERO;
    }
    MetricTotals totals = MetricTotals.of(d.activities(), period);
    Money subtotal = capped(policy.get(Parameters.INCENTIVE_RATES_LANDED_INVESTMENT).rewardFor(totals.landedInvestment()),
            policy.get(Parameters.INCENTIVE_CAP_LANDED_INVESTMENT))
        .plus(capped(policy.get(Parameters.INCENTIVE_RATES_TECHNOLOGY_TRANSACTIONS).rewardFor(totals.technologyTransactions()),
            policy.get(Parameters.INCENTIVE_CAP_TECHNOLOGY_TRANSACTIONS)))
        .plus(capped(policy.get(Parameters.INCENTIVE_RATES_SUPPLY_CONTRACTS).rewardFor(totals.supplyContracts()),
            policy.get(Parameters.INCENTIVE_CAP_SUPPLY_CONTRACTS)));
    TalentAmounts per = policy.get(Parameters.INCENTIVE_TALENT_AMOUNTS);
    Money talent = Money.ZERO;
    for (TalentLevel l : TalentLevel.values()) {
      talent = talent.plus(per.perPerson(l).times(totals.talents().get(l)));
    }
    subtotal = subtotal.plus(capped(talent, policy.get(Parameters.INCENTIVE_CAP_TALENT)));
    return subtotal.min(policy.get(Parameters.INCENTIVE_CAP_PER_PERIOD));
  }

  private static Money capped(Money computed, io.vavr.control.Option<Money> cap) {
    return cap.isDefined() ? computed.min(cap.get()) : computed;
  }

  /** Whether every gate holds, without evidence: the same answer as {@code compute(...).eligible()}. */
  public static boolean eligible(Dossier d, Policy policy, Period period, LocalDate day) {
    if (policy.get(Parameters.INCENTIVE_REQUIRE_RECOGNITION) && d.organization().stage() != LifecycleStage.RECOGNISED) {
      return false;
    }
    if (policy.get(Parameters.INCENTIVE_REQUIRE_FIVE_LAYERS) && !d.organization().governance().missingLayers().isEmpty()) {
      return false;
    }
    if (activeFunctions(d.activities(), period).size() < policy.get(Parameters.INCENTIVE_MINIMUM_ACTIVE_FUNCTIONS)) {
      return false;
    }
    Rating least = policy.get(Parameters.INCENTIVE_MINIMUM_RATING);
    if (least != Rating.NONE && (!currentEvaluation(d.evaluations(), day).map(Evaluation::rating).orElse(Rating.NONE).atLeast(least)
        || RatingStanding.of(d.organization(), d.evaluations(), d.sanctions(), policy, day).status() == RatingStanding.Status.WITHHELD)) {
      return false;
    }
    return !SanctionEffects.blocks(d.sanctions(), policy, day, SanctionEffects.Effect.INCENTIVES);
  }

  /** The parameters an incentive reads: a draft that changes none of them changes no incentive. */
  public static final java.util.Set<String> PARAMETERS = java.util.Set.of(
      Parameters.INCENTIVE_RATES_LANDED_INVESTMENT.key(), Parameters.INCENTIVE_RATES_TECHNOLOGY_TRANSACTIONS.key(),
      Parameters.INCENTIVE_RATES_SUPPLY_CONTRACTS.key(), Parameters.INCENTIVE_TALENT_AMOUNTS.key(),
      Parameters.INCENTIVE_CAP_PER_PERIOD.key(), Parameters.INCENTIVE_CAP_LANDED_INVESTMENT.key(),
      Parameters.INCENTIVE_CAP_TECHNOLOGY_TRANSACTIONS.key(), Parameters.INCENTIVE_CAP_SUPPLY_CONTRACTS.key(),
      Parameters.INCENTIVE_CAP_TALENT.key(), Parameters.INCENTIVE_REQUIRE_FIVE_LAYERS.key(),
      Parameters.INCENTIVE_MINIMUM_ACTIVE_FUNCTIONS.key(), Parameters.INCENTIVE_MINIMUM_RATING.key(),
      Parameters.INCENTIVE_REQUIRE_RECOGNITION.key(), Parameters.SANCTION_BLOCKS_INCENTIVES.key(),
      // the rating gate asks whether the rating is withheld (decision 0616)
      Parameters.SANCTION_BLOCKS_RATING.key());

  // ---- gates ------------------------------------------------------------------------------------------

  static List<GateCheck> gates(Dossier d, Policy policy, Period period, LocalDate day) {
    List<GateCheck> out = new ArrayList<>();
    boolean requireRecognition = policy.get(Parameters.INCENTIVE_REQUIRE_RECOGNITION);
    LifecycleStage stage = d.organization().stage();
    out.add(GateCheck.of(IncentiveGuards.RECOGNISED, new IncentiveGuards.Recognition(stage, requireRecognition,
        d.organization().establishedOn().isPresent())));
    out.add(GateCheck.of(IncentiveGuards.FIVE_LAYERS, new IncentiveGuards.Layers(
        new TreeSet<>(d.organization().governance().missingLayers()), policy.get(Parameters.INCENTIVE_REQUIRE_FIVE_LAYERS))));
    out.add(GateCheck.of(IncentiveGuards.ACTIVE_FUNCTIONS, new IncentiveGuards.Functions(activeFunctions(d.activities(), period),
        policy.get(Parameters.INCENTIVE_MINIMUM_ACTIVE_FUNCTIONS))));
    Optional<Evaluation> current = currentEvaluation(d.evaluations(), day);
    // a rating withheld on the day (暂停适用) is not 有效: the same standing the public page and the dashboard show (decision 0616)
    RatingStanding standing = RatingStanding.of(d.organization(), d.evaluations(), d.sanctions(), policy, day);
    Optional<Text> withheld = standing.status() == RatingStanding.Status.WITHHELD ? Optional.of(standing.label()) : Optional.empty();
    out.add(GateCheck.of(IncentiveGuards.RATING, new IncentiveGuards.Rated(current.map(Evaluation::rating).orElse(Rating.NONE),
        current.map(e -> new IncentiveGuards.Current(e.id().value(), e.evaluatedOn(), e.validUntil())), withheld,
        policy.get(Parameters.INCENTIVE_MINIMUM_RATING))));
    out.add(GateCheck.of(IncentiveGuards.NO_BLOCKING_SANCTION, new IncentiveGuards.Sanctioned(
        blockingSanctions(d.sanctions(), policy, day).stream().map(s -> Evidence.said(s.id().value() + " " + s.kind(),
            Dates.zh(s.decidedOn()) + "作出的" + s.kind().title().zh() + "决定",
            s.kind().title().en() + " decided on " + Dates.en(s.decidedOn()))).toList(),
        policy.get(Parameters.SANCTION_BLOCKS_INCENTIVES), d.sanctions().stream().filter(s -> s.inForceOn(day)).count())));
    return out;
  }

  /** The functions (Art.18–24) whose items had an activity held in {@code period}. */
  public static Set<Function> activeFunctions(List<ServiceActivity> activities, Period period) {
    return activities.stream().filter(a -> period.contains(a.heldOn())).map(a -> a.item().function())
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(Function.class)));
  }

  /** The evaluation whose rating holds on {@code day}: of those current, the latest. */
  public static Optional<Evaluation> currentEvaluation(List<Evaluation> evaluations, LocalDate day) {
    return evaluations.stream().filter(e -> e.currentOn(day))
        .max(Comparator.comparing(Evaluation::evaluatedOn).thenComparing(e -> e.id().value()));
  }

  /** Sanctions in force on {@code day} of a kind the policy says blocks incentives ({@code sanction.blocksIncentives}). */
  static List<Sanction> blockingSanctions(List<Sanction> sanctions, Policy policy, LocalDate day) {
    return SanctionEffects.blocking(sanctions, policy, day, SanctionEffects.Effect.INCENTIVES).stream()
        .map(SanctionEffects.Blocking::sanction).toList();
  }

  // ---- metrics ----------------------------------------------------------------------------------------

  private static MetricAward money(IncentiveMetric metric, MetricTotals totals, Policy policy, Parameter<MarginalRates> ratesParameter,
      Parameter<io.vavr.control.Option<Money>> capParameter, List<TraceStep> trace) {
    MarginalRates rates = policy.get(ratesParameter);
    Money base = totals.amount(metric);
    var shares = rates.shares(base);
    Money computed = shares.foldLeft(Money.ZERO, (s, x) -> s.plus(x.reward()));
    Optional<Money> cap = policy.get(capParameter).toJavaOptional();
    Money amount = cap.map(computed::min).orElse(computed);
    Text formula = Text.of(metric.title().zh() + base + "元，" + rates.words().zh() + "，计得" + computed + "元"
            + cap.map(c -> "，该项上限" + c + "元").orElse(""),
        metric.title().en() + " " + base + " yuan at " + rates.words().en() + ": " + computed + " yuan"
            + cap.map(c -> ", capped at " + c + " yuan").orElse(""));
    trace.add(new TraceStep(1, "metric", metric.name(), Text.of(metric.title().zh() + "：奖励" + amount + "元",
        metric.title().en() + ": " + amount + " yuan"),
        List.of(Evidence.of("base", base), Evidence.labelled("activities", dev.clustergov.core.rules.EvidenceLabels.ACTIVITY_COUNT, totals.activities()), Evidence.of("computed", computed),
            Evidence.of("cap", cap), Evidence.of("parameter", ratesParameter),
            Evidence.of("source", policy.sourceOf(ratesParameter))), ART29));
    for (var s : shares) {
      String upTo = s.upTo().map(Money::toString).getOrElse("∞");
      trace.add(new TraceStep(2, "tier", metric.name(), Text.of(
          s.from() + "–" + upTo + "元档：" + s.portion() + "元×" + s.percent().toPlainString() + "%＝" + s.reward() + "元",
          "tier " + s.from() + "–" + upTo + " yuan: " + s.portion() + " yuan × " + s.percent().toPlainString() + "% = " + s.reward() + " yuan"),
          List.of(Evidence.of("portion", s.portion()), Evidence.of("percent", s.percent().toPlainString()), Evidence.of("reward", s.reward())),
          ART29));
    }
    return new MetricAward(metric, base.toString(), formula, computed, cap, amount);
  }

  private static MetricAward talent(MetricTotals totals, Policy policy, List<TraceStep> trace) {
    TalentAmounts per = policy.get(Parameters.INCENTIVE_TALENT_AMOUNTS);
    Money computed = Money.ZERO;
    List<String> parts = new ArrayList<>();
    List<String> partsZh = new ArrayList<>();
    for (TalentLevel l : TalentLevel.values()) {
      int n = totals.talents().get(l);
      Money m = per.perPerson(l).times(n);
      computed = computed.plus(m);
      parts.add(l.title().en() + " " + n + " × " + per.perPerson(l));
      partsZh.add(l.title().zh() + n + "人×" + per.perPerson(l) + "元");
      if (n > 0) {
        trace.add(new TraceStep(2, "tier", IncentiveMetric.TALENT.name(), Text.of(
            l.title().zh() + n + "人×" + per.perPerson(l) + "元＝" + m + "元",
            l.title().en() + " " + n + " × " + per.perPerson(l) + " yuan = " + m + " yuan"),
            List.of(Evidence.of("level", l), Evidence.of("people", n), Evidence.of("perPerson", per.perPerson(l))), ART29));
      }
    }
    Optional<Money> cap = policy.get(Parameters.INCENTIVE_CAP_TALENT).toJavaOptional();
    Money amount = cap.map(computed::min).orElse(computed);
    String base = totals.talents().entrySet().stream().map(e -> e.getKey().name() + ":" + e.getValue()).collect(Collectors.joining(","));
    Evidence.Said byLevel = Evidence.said(base,
        totals.talents().entrySet().stream().map(e -> e.getKey().title().zh() + e.getValue() + "人").collect(Collectors.joining("、")),
        totals.talents().entrySet().stream().map(e -> e.getKey().title().en() + ": " + e.getValue()).collect(Collectors.joining(", ")));
    Text formula = Text.of("人才招引：" + String.join("＋", partsZh) + "＝" + computed + "元" + cap.map(c -> "，该项上限" + c + "元").orElse(""),
        "talent " + String.join(" + ", parts) + " = " + computed + " yuan" + cap.map(c -> ", capped at " + c + " yuan").orElse(""));
    trace.add(trace.size() - (int) totals.talents().values().stream().filter(n -> n > 0).count(),
        new TraceStep(1, "metric", IncentiveMetric.TALENT.name(), Text.of(IncentiveMetric.TALENT.title().zh() + "：奖励" + amount + "元",
            IncentiveMetric.TALENT.title().en() + ": " + amount + " yuan"),
            List.of(Evidence.of("people", totals.talentCount()), Evidence.of("byLevel", byLevel), Evidence.of("computed", computed),
                Evidence.of("cap", cap),
                Evidence.of("parameter", Parameters.INCENTIVE_TALENT_AMOUNTS),
                Evidence.of("source", policy.sourceOf(Parameters.INCENTIVE_TALENT_AMOUNTS))), ART29));
    return new MetricAward(IncentiveMetric.TALENT, base, formula, computed, cap, amount);
  }
}
