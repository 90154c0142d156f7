package dev.clustergov.core.whatif;

import dev.clustergov.core.evaluation.Snapshot;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.incentive.IncentiveCalculator;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.policy.Parameter;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.supervision.Rating;
import java.math.BigDecimal;
import java.util.concurrent.ConcurrentHashMap;
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
 * and what differs is listed. Only what the draft can change is computed twice: a draft of incentive
 * parameters alone leaves ratings and findings as they are (the rating shown is then the one the PO
 * holds), and a draft of the rating gates alone reuses the rules' outcomes and the measures. Pure and deterministic: POs are compared
 * independently — in parallel — and reported in id order, so the same inputs always give the same report.
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
    Comparison comparison = new Comparison(inForce, draft, period, day, book);
    for (int i = 0; i < dossiers.size(); i += Comparison.SLICE) {
      comparison.add(dossiers.subList(i, Math.min(dossiers.size(), i + Comparison.SLICE)));
    }
    return comparison.report();
  }

  /** A what-if fed its dossiers a page at a time, on {@code day} over its {@link #periodFor incentive period}. */
  public static Comparison comparison(Function<Dossier, Policy> inForce, Function<Dossier, Policy> draft, LocalDate day) {
    return new Comparison(inForce, draft, periodFor(day), day, RuleBook.standard());
  }

  /**
   * A what-if over dossiers handed over a page at a time, so that a caller reading a stored registry compares one
   * page while it reads the next and keeps no page it has handed over (逐页比较). Each page is compared by a task
   * of the common fork-join pool; when more than {@link #AHEAD} pages wait, the caller compares the oldest itself,
   * so memory stays bounded whatever the registry's size and both the reader and the pool keep busy. The report is
   * the one {@link WhatIf#compare} gives for all the pages' dossiers at once: changes in organization id order, the
   * summary over all. Not for use from several threads: one reader adds, then asks for the report.
   */
  public static final class Comparison {
    /** POs a task compares when {@link WhatIf#compare} cuts a list into pages. */
    static final int SLICE = 64;
    /** Pages handed over and not yet started before the caller compares one itself. */
    static final int AHEAD = 4;

    private final Function<Dossier, Policy> inForce;
    private final Function<Dossier, Policy> draft;
    private final Period period;
    private final LocalDate day;
    private final RuleBook book;
    private final Map<Pair, Scope> scopes = new ConcurrentHashMap<>();
    private final java.util.ArrayDeque<Page> waiting = new java.util.ArrayDeque<>();
    private final List<Page> pages = new ArrayList<>();

    Comparison(Function<Dossier, Policy> inForce, Function<Dossier, Policy> draft, Period period, LocalDate day, RuleBook book) {
      this.inForce = inForce;
      this.draft = draft;
      this.period = period;
      this.day = day;
      this.book = book;
    }

    /** Hands over a page of dossiers: compared in the background, or now by the caller when too many wait. */
    public void add(List<Dossier> dossiers) {
      if (dossiers.isEmpty()) {
        return;
      }
      Page page = new Page(List.copyOf(dossiers));
      pages.add(page);
      waiting.add(page);
      java.util.concurrent.ForkJoinPool.commonPool().execute(page::claimAndRun);
      while (!waiting.isEmpty() && (waiting.peekFirst().claimed.get() || waiting.size() > AHEAD)) {
        waiting.pollFirst().claimAndRun();
      }
    }

    /** Every page compared (the caller compares those no task has started), then the report. */
    public WhatIfReport report() {
      for (Page page : pages) {
        page.claimAndRun();
      }
      List<PolicyChange> all = new ArrayList<>();
      for (Page page : pages) {
        all.addAll(page.await());
      }
      all.sort(Comparator.comparing(PolicyChange::organization));
      return new WhatIfReport(day, period, all.stream().filter(PolicyChange::changed).toList(), summarise(all));
    }

    private PolicyChange change(Dossier d) {
      Policy before = inForce.apply(d);
      Policy after = draft.apply(d);
      return WhatIf.change(d, before, after, scopes.computeIfAbsent(new Pair(before, after), Scope::of), period, day, book);
    }

    /** A page's dossiers until compared, then its changes; compared once, by whichever thread claims it first. */
    private final class Page {
      private final java.util.concurrent.atomic.AtomicBoolean claimed = new java.util.concurrent.atomic.AtomicBoolean();
      private final java.util.concurrent.CompletableFuture<List<PolicyChange>> changes = new java.util.concurrent.CompletableFuture<>();
      private List<Dossier> dossiers;

      Page(List<Dossier> dossiers) {
        this.dossiers = dossiers;
      }

      void claimAndRun() {
        if (!claimed.compareAndSet(false, true)) {
          return;
        }
        List<Dossier> mine = dossiers;
        dossiers = null;
        try {
          List<PolicyChange> out = new ArrayList<>(mine.size());
          for (Dossier d : mine) {
            out.add(change(d));
          }
          changes.complete(out);
        } catch (RuntimeException | Error e) {
          changes.completeExceptionally(e);
        }
      }

      List<PolicyChange> await() {
        try {
          return changes.join();
        } catch (java.util.concurrent.CompletionException e) {
          if (e.getCause() instanceof RuntimeException r) {
            throw r;
          }
          if (e.getCause() instanceof Error err) {
            throw err;
          }
          throw e;
        }
      }
    }
  }

  /** Two policies, compared by identity: a use case resolves one per region and hands the same objects back. */
  private record Pair(Policy before, Policy after) {
    @Override
    public boolean equals(Object o) {
      return o instanceof Pair p && p.before == before && p.after == after;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(before) * 31 + System.identityHashCode(after);
    }
  }

  /**
   * What a draft can change: incentives when it changes a parameter an incentive reads; ratings and
   * findings when it changes any other. Incentives read the rating a PO holds (a recorded evaluation),
   * not one recomputed under the draft, so the two are independent — except {@code sanction.blocksRating}, which
   * withholds the held rating and so weighs on both (decision 0616).
   */
  record Scope(boolean incentives, boolean standing, boolean rules) {
    /** The parameters only the step from scores to a rating reads (Art.28), not any rule or measure. */
    static final java.util.Set<String> SCORING = java.util.Set.of(Parameters.EVALUATION_INDICATORS.key(),
        Parameters.EVALUATION_GOLD_PERCENT.key(), Parameters.EVALUATION_SILVER_PERCENT.key(),
        Parameters.EVALUATION_GOLD_EVERY_THRESHOLD.key(), Parameters.EVALUATION_VALIDITY_MONTHS.key(),
        Parameters.EVALUATION_COOLING_OFF_MONTHS.key(), Parameters.SANCTION_BLOCKS_RATING.key());

    static Scope of(Pair p) {
      boolean incentives = false;
      boolean standing = false;
      boolean rules = false;
      for (Parameter<?> parameter : Parameters.all()) {
        if (!same(parameter, p.before(), p.after())) {
          boolean ofIncentive = IncentiveCalculator.PARAMETERS.contains(parameter.key());
          incentives |= ofIncentive;
          // sanction.blocksRating is read by both: the rating's standing and the incentive's rating gate (decision 0616)
          if (!ofIncentive || SCORING.contains(parameter.key())) {
            standing = true;
            rules |= !SCORING.contains(parameter.key());
          }
        }
      }
      return new Scope(incentives, standing, rules);
    }

    private static <T> boolean same(Parameter<T> parameter, Policy a, Policy b) {
      return parameter.format(a.get(parameter)).equals(parameter.format(b.get(parameter)));
    }
  }

  /** One PO under both policies: each part computed again under the draft only when the draft can change it. */
  public static PolicyChange change(Dossier d, Policy before, Policy after, Period period, LocalDate day, RuleBook book) {
    return change(d, before, after, Scope.of(new Pair(before, after)), period, day, book);
  }

  static PolicyChange change(Dossier d, Policy before, Policy after, Scope scope, Period period, LocalDate day, RuleBook book) {
    Money ib = IncentiveCalculator.amount(d, before, period, day);
    Money ia = scope.incentives() ? IncentiveCalculator.amount(d, after, period, day) : ib;
    boolean eb = IncentiveCalculator.eligible(d, before, period, day);
    boolean ea = scope.incentives() ? IncentiveCalculator.eligible(d, after, period, day) : eb;
    if (!scope.standing()) {
      // ratings and findings cannot differ: the rating shown is the one the PO holds (Art.28), not recomputed
      var held = IncentiveCalculator.currentEvaluation(d.evaluations(), day);
      Rating rating = held.map(e -> e.rating()).orElse(Rating.NONE);
      BigDecimal total = held.map(e -> e.totalPercent()).orElse(BigDecimal.ZERO);
      return new PolicyChange(d.organization().id(), rating, rating, total, total, eb, ea, ib, ia, List.of(), List.of());
    }
    Dossier snapshot = Snapshot.of(d, day);
    Standing.Facts facts = new Standing.Facts();
    Standing sb = Standing.of(snapshot, before, day, book, facts);
    Standing sa = !scope.standing() ? sb
        : Standing.of(snapshot, after, day, book, scope.rules() ? new Standing.Facts() : facts);
    Map<String, Finding> fb = keyed(sb.findings());
    Map<String, Finding> fa = keyed(sa.findings());
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
    return new PolicyChange(d.organization().id(), sb.rating(), sa.rating(), sb.total(), sa.total(), eb, ea, ib, ia, added, removed);
  }

  /** The failing rules by id and severity: a rule that fails under both with the same weight is no change. */
  private static Map<String, Finding> keyed(List<Finding> findings) {
    Map<String, Finding> out = new LinkedHashMap<>();
    for (Finding f : findings) {
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
