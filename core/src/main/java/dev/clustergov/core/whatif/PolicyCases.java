package dev.clustergov.core.whatif;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.incentive.IncentiveCalculator;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Finding;
import dev.clustergov.core.rules.Rule;
import dev.clustergov.core.rules.RuleBook;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.whatif.CaseVerdict.Mismatch;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Runs policy cases (政策测试, Art.30): a PO's dossier judged under one policy on the case's day as a what-if
 * judges it — its Art.28 rating and total, every failing rule of its stage, its Art.29 eligibility and
 * incentive for the last full year — and each expectation compared with what came. Pure: it reads the
 * dossier and the policy and changes nothing.
 */
public final class PolicyCases {

  private static final List<Citation> ART28 = List.of(Citation.article(28));
  private static final List<Citation> ART29 = List.of(Citation.article(29));

  private PolicyCases() {}

  /** Judges {@code dossier} (as assembled for {@code c.on()}) under {@code policy}, and compares with {@code c.expect()}. */
  public static CaseVerdict run(PolicyCase c, Dossier dossier, Policy policy, RuleBook book) {
    LocalDate day = c.on();
    Period period = WhatIf.periodFor(day);
    Standing standing = Standing.of(dossier, policy, day, book, false);
    Money incentive = IncentiveCalculator.amount(dossier, policy, period, day);
    boolean eligible = IncentiveCalculator.eligible(dossier, policy, period, day);
    PolicyCase.Expectation e = c.expect();
    List<Mismatch> missed = new ArrayList<>();
    e.rating().filter(r -> r != standing.rating()).ifPresent(r -> missed.add(new Mismatch("rating", r.name(), standing.rating().name(), ART28,
        Text.of("评价结果应为" + r.title().zh() + "，实际为" + standing.rating().title().zh(),
            "the rating should be " + r.title().en() + "; it is " + standing.rating().title().en()))));
    e.total().filter(t -> t.compareTo(standing.total()) != 0).ifPresent(t -> missed.add(new Mismatch("total", t.toPlainString(),
        standing.total().toPlainString(), ART28,
        Text.of("评价总分应为" + t.toPlainString() + "分，实际为" + standing.total().toPlainString() + "分",
            "the evaluation total should be " + t.toPlainString() + " points; it is " + standing.total().toPlainString() + " points"))));
    e.eligible().filter(x -> x != eligible).ifPresent(x -> missed.add(new Mismatch("eligible", String.valueOf(x), String.valueOf(eligible), ART29,
        x ? Text.of("应符合激励条件，实际不符合", "should be eligible for an incentive; it is not")
            : Text.of("不应符合激励条件，实际符合", "should not be eligible for an incentive; it is"))));
    e.incentive().filter(m -> !m.equals(incentive)).ifPresent(m -> missed.add(new Mismatch("incentive", m.toString(), incentive.toString(), ART29,
        Text.of("激励金额应为" + m + "元，实际为" + incentive + "元",
            "the incentive should be " + m + " yuan; it is " + incentive + " yuan"))));
    Set<String> failed = standing.findings().stream().map(Finding::rule).collect(Collectors.toSet());
    String found = String.join(", ", standing.findings().stream().map(Finding::rule).toList());
    for (int i = 0; i < e.failing().size(); i++) {
      String id = e.failing().get(i);
      if (!failed.contains(id)) {
        missed.add(ruleMismatch("failing[" + i + "]", id, book, "fails", found.isEmpty() ? "no finding" : found,
            "应列为问题，实际未列为问题：", "should fail; it passes or does not apply: "));
      }
    }
    for (int i = 0; i < e.passing().size(); i++) {
      String id = e.passing().get(i);
      if (failed.contains(id)) {
        missed.add(ruleMismatch("passing[" + i + "]", id, book, "passes", "fails",
            "不应列为问题，实际列为问题：", "should not fail; it fails: "));
      }
    }
    return new CaseVerdict(c.name(), c.organization(), day, c.draft().isPresent(), standing.rating(), standing.total(), eligible, incentive,
        standing.findings(), missed);
  }

  private static Mismatch ruleMismatch(String where, String id, RuleBook book, String expected, String actual, String zh, String en) {
    Rule rule = book.rule(id).orElseThrow(() -> new IllegalArgumentException("no rule " + id + ": a case names rules of the book"));
    return new Mismatch(where, id + " " + expected, actual, rule.clauses(),
        Text.of(zh + rule.message().zh(), "rule " + id + " " + en + rule.message().en()));
  }

  /** Whether the book has a rule of this id: a case that names another is malformed. */
  public static boolean knows(RuleBook book, String id) {
    return book.rule(id).isPresent();
  }
}
