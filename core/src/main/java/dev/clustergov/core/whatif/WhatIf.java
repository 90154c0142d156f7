package dev.clustergov.core.whatif;

import dev.clustergov.core.evaluation.EvaluationEngine;
import dev.clustergov.core.evaluation.EvaluationResult;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.incentive.Incentive;
import dev.clustergov.core.incentive.IncentiveCalculator;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.RuleBook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Compares every PO under the policy in force and under a draft (政策模拟, Art.30): each dossier is
 * evaluated (Art.28), assessed against the rule book for its stage, and rewarded (Art.29) under both,
 * and what differs is listed. Pure and deterministic: POs are compared independently — in parallel —
 * and reported in id order, so the same inputs always give the same report.
 */
public final class WhatIf {

  private WhatIf() {}

  /** The incentive period a what-if on {@code day} compares: the last full calendar year. */
  public static Period periodFor(LocalDate day) {
    return new Period(LocalDate.of(day.getYear() - 1, 1, 1), LocalDate.of(day.getYear() - 1, 12, 31));
  }

  public static WhatIfReport compare(List<Dossier> dossiers, Function<Dossier, Policy> inForce, Function<Dossier, Policy> draft,
      LocalDate day) {
    return compare(dossiers, inForce, draft, periodFor(day), day, RuleBook.standard());
  }

  public static WhatIfReport compare(List<Dossier> dossiers, Function<Dossier, Policy> inForce, Function<Dossier, Policy> draft,
      Period period, LocalDate day, RuleBook book) {
    List<PolicyChange> all = dossiers.parallelStream()
        .map(d -> change(d, inForce.apply(d), draft.apply(d), period, day, book))
        .sorted(Comparator.comparing(PolicyChange::organization))
        .toList();
    return new WhatIfReport(day, period, all.stream().filter(PolicyChange::changed).toList(), summarise(all));
  }

  /** One PO under both policies. */
  public static PolicyChange change(Dossier d, Policy before, Policy after, Period period, LocalDate day, RuleBook book) {
    EvaluationResult eb = EvaluationEngine.evaluate(d, before, day, book);
    EvaluationResult ea = before.values().equals(after.values()) ? eb : EvaluationEngine.evaluate(d, after, day, book);
    Incentive ib = IncentiveCalculator.compute(d, before, period, day);
    Incentive ia = IncentiveCalculator.compute(d, after, period, day);
    Map<String, Finding> fb = findings(d, before, day, book);
    Map<String, Finding> fa = findings(d, after, day, book);
    List<Finding> added = new ArrayList<>();
    fa.forEach((k, f) -> {
      if (!fb.containsKey(k)) {
        added.add(f);
      }
    });
    List<Finding> removed = new ArrayList<>();
    fb.forEach((k, f) -> {
      if (!fa.containsKey(k)) {
        removed.add(f);
      }
    });
    return new PolicyChange(d.organization().id(), eb.rating(), ea.rating(), eb.totalPercent(), ea.totalPercent(),
        ib.eligible(), ia.eligible(), ib.amount(), ia.amount(), added, removed);
  }

  /** The failing rules by id and severity: a rule that fails under both with the same weight is no change. */
  private static Map<String, Finding> findings(Dossier d, Policy policy, LocalDate day, RuleBook book) {
    Map<String, Finding> out = new LinkedHashMap<>();
    for (Finding f : book.assess(d, policy, day, d.organization().stage()).findings()) {
      out.put(f.rule() + "/" + f.severity(), f);
    }
    return out;
  }

  static WhatIfSummary summarise(List<PolicyChange> all) {
    int changed = 0;
    int up = 0;
    int down = 0;
    int iUp = 0;
    int iDown = 0;
    int withNew = 0;
    int withRemoved = 0;
    Money before = Money.ZERO;
    Money after = Money.ZERO;
    for (PolicyChange c : all) {
      changed += c.changed() ? 1 : 0;
      switch (c.rating()) {
        case UP -> up++;
        case DOWN -> down++;
        default -> { }
      }
      int sign = c.incentiveDifference().signum();
      iUp += sign > 0 ? 1 : 0;
      iDown += sign < 0 ? 1 : 0;
      withNew += c.newFindings().isEmpty() ? 0 : 1;
      withRemoved += c.removedFindings().isEmpty() ? 0 : 1;
      before = before.plus(c.incentiveBefore());
      after = after.plus(c.incentiveAfter());
    }
    int n = all.size();
    return new WhatIfSummary(n, changed, up, down, n - up - down, iUp, iDown, n - iUp - iDown, before, after, withNew, withRemoved);
  }
}
