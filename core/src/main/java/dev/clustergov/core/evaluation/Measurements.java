package dev.clustergov.core.evaluation;

import dev.clustergov.core.disclosure.AnnualReport;
import dev.clustergov.core.disclosure.Deadline;
import dev.clustergov.core.governance.Layer;
import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.kernel.Dates;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.management.ManagementSystemKind;
import dev.clustergov.core.operation.Membership;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.operation.Outcomes;
import dev.clustergov.core.operation.ServiceActivity;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.policy.Indicator;
import dev.clustergov.core.policy.Parameters;
import dev.clustergov.core.policy.Policy;
import dev.clustergov.core.rules.Assessment;
import dev.clustergov.core.rules.Dossier;
import dev.clustergov.core.rules.Evidence;
import dev.clustergov.core.rules.Rule;
import dev.clustergov.core.rules.RuleBook;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The measures of {@link dev.clustergov.core.policy.Measure}, each a pure function of a canonical
 * dossier ({@link Snapshot#of}), the policy and the day (指标计量). Activities count when held in the
 * dossier's period on or before the day; disclosures and disputes when they fell due in the period or were still owed
 * when it began (decision 0631), each with the period as evidence; members when members on the day.
 */
public final class Measurements {

  private static final BigDecimal HUNDRED = new BigDecimal("100");

  private Measurements() {}

  /** What {@code indicator} measures in {@code dossier}. */
  public static Measurement measure(Indicator indicator, Dossier dossier, Policy policy, LocalDate day, RuleBook book) {
    List<ServiceActivity> activities = dossier.activities().stream()
        .filter(a -> dossier.period().contains(a.heldOn()) && !a.heldOn().isAfter(day)).toList();
    List<Membership> members = dossier.memberships().stream().filter(m -> m.activeOn(day)).toList();
    String arg = indicator.argument();
    return switch (indicator.measure()) {
      case RULES -> rules(indicator.arguments(), dossier, policy, day, book);
      case ACTIVITIES -> {
        Optional<Function> function = arg.isEmpty() ? Optional.empty() : Optional.of(Function.valueOf(arg));
        long n = activities.stream().filter(a -> function.map(f -> a.item().function() == f).orElse(true)).count();
        yield Measurement.of(n, Evidence.labelled("activities", dev.clustergov.core.rules.EvidenceLabels.ACTIVITY_COUNT, n), Evidence.of("function", function.<Object>map(f -> f)
            .orElse(Evidence.said("all", "全部职能", "all functions"))),
            period(dossier, day));
      }
      case ITEMS_COVERED -> {
        Set<String> items = activities.stream().map(a -> a.item().citation().format()).collect(Collectors.toCollection(TreeSet::new));
        List<String> gaps = FunctionItem.all().map(i -> i.citation().format()).filter(c -> !items.contains(c)).toJavaList();
        yield Measurement.of(items.size(), Evidence.of("itemsCovered", items), Evidence.of("gaps", gaps),
            Evidence.of("itemsInAll", FunctionItem.all().size()));
      }
      case FUNCTIONS_ACTIVE -> {
        Set<Function> functions = activities.stream().map(a -> a.item().function()).collect(Collectors.toCollection(TreeSet::new));
        List<Function> idle = java.util.Arrays.stream(Function.values()).filter(f -> !functions.contains(f)).toList();
        yield Measurement.of(functions.size(), Evidence.of("functionsActive", functions), Evidence.of("idle", idle));
      }
      case MEMBERS -> Measurement.of(members.size(), Evidence.of("membersOnTheDay", members.size()));
      case MEMBER_PARTICIPATION -> {
        Set<MembershipId> took = activities.stream().flatMap(a -> a.memberParticipants().stream()).collect(Collectors.toSet());
        long part = members.stream().filter(m -> took.contains(m.id())).count();
        yield share(part, members.size(), Evidence.of("membersWhoTookPart", part), Evidence.of("membersOnTheDay", members.size()));
      }
      case OUTSIDE_UNITS -> {
        Set<String> units = activities.stream().flatMap(a -> a.outsideParticipants().stream()).collect(Collectors.toCollection(TreeSet::new));
        yield Measurement.of(units.size(), Evidence.of("outsideUnits", units.size()));
      }
      case PLATFORMS -> {
        long n = dossier.platforms().stream().filter(p -> !p.openedOn().isAfter(day)).count();
        yield Measurement.of(n, Evidence.of("platforms", n));
      }
      case OPEN_SERVICE -> {
        List<String> closed = new ArrayList<>();
        activities.stream().filter(a -> !a.openToAllMembers() && a.closedReason().filter(r -> !r.isBlank()).isEmpty())
            .forEach(a -> closed.add(a.id().value()));
        dossier.platforms().stream().filter(p -> !p.openedOn().isAfter(day))
            .filter(p -> !p.openToAllMembers() && p.restrictionReason().filter(r -> !r.isBlank()).isEmpty())
            .forEach(p -> closed.add(p.id().value()));
        long all = activities.size() + dossier.platforms().stream().filter(p -> !p.openedOn().isAfter(day)).count();
        yield share(all - closed.size(), all, Evidence.of("services", all), Evidence.of("closedWithoutReason", closed));
      }
      case LANDED_INVESTMENT -> money(activities, "landedInvestment", o -> o.landedInvestment());
      case TECHNOLOGY_TRANSACTIONS -> money(activities, "technologyTransactions", o -> o.technologyTransactions());
      case SUPPLY_CONTRACTS -> money(activities, "supplyContracts", o -> o.supplyContracts());
      case TALENTS -> {
        Optional<TalentLevel> atLeast = arg.isEmpty() ? Optional.empty() : Optional.of(TalentLevel.valueOf(arg));
        Predicate<TalentLevel> counts = l -> atLeast.map(min -> l.ordinal() <= min.ordinal()).orElse(true);
        long n = activities.stream().flatMap(a -> a.outcomes().talents().stream()).filter(t -> counts.test(t.level()))
            .mapToLong(t -> t.count()).sum();
        yield Measurement.of(n, Evidence.of("talents", n), Evidence.of("atLeast", atLeast.<Object>map(l -> l)
            .orElse(Text.of("不限层次", "any level"))));
      }
      case DISCLOSURE_PUNCTUALITY -> {
        // Art.14: 公开重大事项、年度报告等 — the major matters and annual reports that fell due in the period the report
        // certifies, and those due earlier still undisclosed when it began (the PO owed them within it); one due and met
        // before the period is not the period's (review stop 28, P7; decision 0631)
        LocalDate from = dossier.period().from();
        var due = dossier.disclosureObligations().stream().filter(o -> !o.dueOn().isAfter(day))
            .filter(o -> !o.dueOn().isBefore(from) || !o.fulfilledBy(from.minusDays(1))).toList();
        List<Evidence.Said> late = due.stream().filter(o -> o.fulfilledOn().map(f -> f.isAfter(o.dueOn())).orElse(true))
            .map(o -> Evidence.record(o.id().value(), dev.clustergov.core.disclosure.MajorMatters.label(o.matter()).zh(), o.arisenOn()))
            .toList();
        var reports = AnnualReport.of(dossier.organization(), dossier.disclosures(),
            policy.get(Parameters.DISCLOSURE_ANNUAL_REPORT_DUE), policy.get(Parameters.DISCLOSURE_ANNUAL_REPORT_ESTABLISHED_BY), day)
            .stream().filter(r -> !r.dueOn().isAfter(day))
            .filter(r -> !r.dueOn().isBefore(from) || r.report().filter(d -> d.publishedOn().isBefore(from)).isEmpty()).toList();
        List<Evidence.Said> lateReports = reports.stream().filter(r -> r.deadline(day).status() != Deadline.Status.MET)
            .map(r -> Evidence.said(r.year() + " due " + r.dueOn(), r.year() + "年度报告（披露期限为" + Dates.zh(r.dueOn()) + "）",
                "annual report for " + r.year() + " (due by " + Dates.en(r.dueOn()) + ")"))
            .toList();
        int all = due.size() + reports.size();
        yield share(all - late.size() - lateReports.size(), all, Evidence.of("obligationsDue", due.size()),
            Evidence.of("lateOrOpen", late), Evidence.of("annualReportsDue", reports.size()),
            Evidence.of("lateOrOpenAnnualReports", lateReports), period(dossier, day));
      }
      case DISPUTES_HANDLED -> {
        // Art.15: the disputes of the period — raised in it, or raised earlier and still awaiting consultation when it
        // began; one taken to consultation before the period is not the period's (review stop 28, P7; decision 0631)
        int max = policy.get(Parameters.DISPUTE_CONSULTATION_MAX_DAYS);
        LocalDate from = dossier.period().from();
        var raised = dossier.disputes().stream().filter(x -> !x.raisedOn().isAfter(day))
            .filter(x -> !x.raisedOn().isBefore(from) || awaitingConsultationOn(x, from.minusDays(1))).toList();
        List<Evidence.Said> overdue = raised.stream().filter(x -> x.state().awaitingConsultation())
            .filter(x -> ChronoUnit.DAYS.between(x.raisedOn(), day) > max)
            .map(x -> Evidence.record(x.id().value(), x.subject(), x.raisedOn())).toList();
        yield share(raised.size() - overdue.size(), raised.size(), Evidence.of("disputes", raised.size()),
            Evidence.labelled("overdue", dev.clustergov.core.rules.DisputeRules.OVERDUE_DISPUTES, overdue),
            Evidence.of("policyMaximumDays", max), period(dossier, day));
      }
      case GOVERNANCE_LAYERS -> {
        Set<Layer> missing = dossier.organization().governance().missingLayers();
        yield Measurement.of(Layer.values().length - missing.size(), Evidence.of("missingLayers", new TreeSet<>(missing)));
      }
      case MANAGEMENT_SYSTEMS -> {
        Set<ManagementSystemKind> kinds = new TreeSet<>(dossier.organization().systemKinds());
        yield Measurement.of(kinds.size(), Evidence.of("systemsAdopted", kinds));
      }
      case STAFF -> Measurement.of(dossier.organization().staff().size(), Evidence.of("staff", dossier.organization().staff().size()));
      case INCOME_SOURCES -> {
        var sources = new TreeSet<>(dossier.organization().incomeSources());
        yield Measurement.of(sources.size(), Evidence.of("incomeSources", sources));
      }
    };
  }

  /**
   * The score in percent of the full score: the measured value against the target, capped at 100,
   * two decimals rounded down.
   */
  public static BigDecimal score(BigDecimal measured, BigDecimal target) {
    BigDecimal s = measured.multiply(HUNDRED).divide(target, 2, RoundingMode.DOWN);
    return s.min(HUNDRED.setScale(2));
  }

  private static Measurement rules(List<String> ids, Dossier dossier, Policy policy, LocalDate day, RuleBook book) {
    List<Assessment> out = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String id : ids) {
      Optional<Rule> rule = book.rule(id);
      if (rule.isEmpty()) {
        unknown.add(id);
      } else {
        out.add(new Assessment(rule.get(), rule.get().severityUnder(policy), rule.get().evaluate(dossier, policy, day)));
      }
    }
    long applicable = out.stream().filter(a -> a.outcome().passed() || a.outcome().failed()).count();
    long passed = out.stream().filter(a -> a.outcome().passed()).count();
    Measurement m = share(passed, applicable, Evidence.of("rulesPassed", passed), Evidence.of("rulesApplicable", applicable));
    List<Evidence> evidence = new ArrayList<>(m.evidence());
    if (!unknown.isEmpty()) {
      evidence.add(Evidence.of("unknownRules", unknown));
    }
    return new Measurement(m.value(), evidence, out);
  }

  /** A share in percent; 100 when there is nothing to count, since nothing failed. */
  private static Measurement share(long part, long whole, Evidence... evidence) {
    BigDecimal v = whole == 0 ? HUNDRED : BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.DOWN);
    return Measurement.of(v, evidence);
  }

  /** Whether what {@code indicator} measures is an amount of yuan (landed investment, technology transactions, supply contracts). */
  public static boolean inYuan(Indicator indicator) {
    return indicator.measure().unit() == dev.clustergov.core.policy.Measure.Unit.YUAN;
  }

  private static Measurement money(List<ServiceActivity> activities, String name, java.util.function.Function<Outcomes, Money> metric) {
    BigDecimal sum = activities.stream().map(a -> metric.apply(a.outcomes()).yuan()).reduce(BigDecimal.ZERO, BigDecimal::add)
        .setScale(Money.SCALE, RoundingMode.UNNECESSARY);
    long with = activities.stream().filter(a -> !metric.apply(a.outcomes()).isZero()).count();
    // a Money reads "…元" in words and its plain amount in the JSON, as the string did (zh review item 8)
    return Measurement.of(sum, Evidence.of(name, Money.yuan(sum.toPlainString())), Evidence.of("activitiesWithIt", with));
  }

  /** The period the indicator counted over, as evidence: the dossier's period up to the day. */
  private static Evidence period(Dossier dossier, LocalDate day) {
    return Evidence.of("period", dossier.period().from() + ".." + min(dossier.period().to(), day));
  }

  /** Whether a dispute, by its steps up to {@code on}, was still awaiting consultation on that day. */
  private static boolean awaitingConsultationOn(dev.clustergov.core.dispute.Dispute d, LocalDate on) {
    return new dev.clustergov.core.dispute.Dispute(d.id(), 0, d.organization(), d.subject(), d.parties(),
        d.steps().stream().filter(s -> !s.on().isAfter(on)).toList()).state().awaitingConsultation();
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
