package dev.clustergov.adapters.rest;

import dev.clustergov.adapters.rest.ManagementViews.DueDisclosureView;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.application.port.OrganizationQuery;
import dev.clustergov.core.disclosure.Deadline;
import dev.clustergov.core.finance.Period;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.guideline.Function;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.incentive.IncentiveAward;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.rules.Assessment;
import dev.clustergov.core.rules.Outcome;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.Evaluation;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.InspectionFinding;
import dev.clustergov.core.supervision.Rating;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The jurisdiction dashboard of an authority (辖区监管概览): the POs it supervises (Art.6, Art.26) at a glance — by
 * lifecycle stage, their third-party ratings in force and expiring (Art.28), the disclosures (Art.14) and rectifications
 * (Art.25, Art.29) overdue, the clauses its POs fail most often, the coverage of the 7 functions' 32 items (Art.18–24)
 * over a period, and the incentives granted in it (Art.29). Every figure carries the route of the records behind it,
 * and is counted from the same queries those routes answer with, so the two cannot differ (decision 0430).
 */
final class Dashboard {

  /** A rating in force is "expiring" when its validity ends within this many days of the dashboard's day. */
  static final int EXPIRING_DAYS = 90;

  /** How many of the most often failed clauses the dashboard lists. */
  static final int TOP_CLAUSES = 10;

  /** The stages whose POs are assessed, covered and rated: past proposal and not ended. */
  static final Set<LifecycleStage> ACTIVE = EnumSet.of(LifecycleStage.ESTABLISHED, LifecycleStage.RECOGNISED, LifecycleStage.SUSPENDED);

  record PoRef(String id, String name) {}

  /** One count with the route (or the anchor of this page's list) of the records behind it. */
  record Figure(String key, long value, String href) {}

  record StageCount(String code, String zh, String en, Figure figure) {}

  record RatingRecord(PoRef organization, String evaluation, String rating, LocalDate validUntil, boolean expiring, String href) {}

  record RatingCount(String rating, String zh, String en, Figure inForce, Figure expiring) {}

  record Ratings(List<RatingCount> byRating, Figure inForce, Figure expiring, List<RatingRecord> records) {}

  /** The disclosures overdue, and the POs they are owed by (the items name the PO by id only). */
  record Overdue(Figure figure, List<DueDisclosureView> items, List<PoRef> organizations) {}

  /** An overdue rectification: an inspection finding (Art.25) or a rectification order in force (Art.29). */
  record OverdueRectification(PoRef organization, String kind, String record, @Schema.Nullable Integer finding, @Schema.Nullable String clause, LocalDate rectifyBy,
      long daysOverdue, String href) {}

  record Rectifications(Figure figure, List<OverdueRectification> items) {}

  /** A clause the failing rules cite, with the rules and the POs (each linking to its compliance report). */
  record FailedClause(String clause, String clauseZh, int article, String articleHref, List<String> rules, Figure figure,
      List<PoRef> organizations) {}

  record ItemCell(String item, String itemZh, String titleZh, String title, int number, Figure organizations, int activities,
      List<PoRef> covering) {}

  record FunctionRow(String function, String article, String zh, String en, List<ItemCell> items) {}

  record Coverage(LocalDate from, LocalDate to, int organizations, List<FunctionRow> functions) {}

  record AwardRecord(PoRef organization, String award, LocalDate grantedOn, LocalDate from, LocalDate to, String amount, String href) {}

  record Incentives(Figure figure, String total, List<AwardRecord> awards) {}

  record DashboardView(String authority, String authorityName, String jurisdiction, LocalDate on, LocalDate from, LocalDate to,
      Figure organizations, List<StageCount> stages, Ratings ratings, Overdue overdueDisclosures, Rectifications overdueRectifications,
      List<FailedClause> failedClauses, Coverage coverage, Incentives incentives) {}

  private final Queries queries;

  Dashboard(Queries queries) {
    this.queries = queries;
  }

  /** Every PO {@code authority} supervises, by id, read page by page as {@code GET /organizations?authority=} lists them. */
  List<PromotionOrganization> supervised(Authority authority) {
    List<PromotionOrganization> all = new ArrayList<>();
    Optional<OrganizationId> after = Optional.empty();
    while (true) {
      List<PromotionOrganization> page = queries.organizations(new OrganizationQuery(Optional.empty(), Optional.of(authority.id()),
          Optional.empty(), after, OrganizationQuery.MAX_LIMIT));
      all.addAll(page);
      if (page.size() < OrganizationQuery.MAX_LIMIT) {
        return all;
      }
      after = Optional.of(page.get(page.size() - 1).id());
    }
  }

  DashboardView of(Authority authority, LocalDate on, Period period) {
    String a = authority.id().value();
    List<PromotionOrganization> pos = supervised(authority);
    Map<String, PoRef> refs = new LinkedHashMap<>();
    pos.forEach(o -> refs.put(o.id().value(), new PoRef(o.id().value(), o.name())));
    List<PromotionOrganization> active = pos.stream().filter(o -> ACTIVE.contains(o.stage())).toList();

    List<StageCount> stages = new ArrayList<>();
    for (LifecycleStage s : LifecycleStage.values()) {
      long n = pos.stream().filter(o -> o.stage() == s).count();
      stages.add(new StageCount(s.name(), s.label().zh(), s.label().en(),
          new Figure("stage-" + s.name(), n, "/organizations?authority=" + a + "&stage=" + s.name() + "&limit=500")));
    }

    return new DashboardView(a, authority.name(), authority.jurisdiction().value(), on, period.from(), period.to(),
        new Figure("organizations", pos.size(), "/organizations?authority=" + a + "&limit=500"), stages,
        ratings(pos, refs, on), overdueDisclosures(authority, on, refs), rectifications(pos, refs, on), failedClauses(active, refs),
        coverage(active, refs, period), incentives(pos, refs, period));
  }

  private Ratings ratings(List<PromotionOrganization> pos, Map<String, PoRef> refs, LocalDate on) {
    List<RatingRecord> records = new ArrayList<>();
    for (PromotionOrganization o : pos) {
      // the rating in force on the day: the latest evaluation whose validity covers it, as the public page and Art.28 read it
      queries.evaluations(o.id()).getOrElse(List.of()).stream().filter(e -> e.currentOn(on))
          .max(Comparator.comparing(Evaluation::evaluatedOn).thenComparing(Evaluation::id))
          .ifPresent(e -> records.add(new RatingRecord(refs.get(o.id().value()), e.id().value(), e.rating().name(), e.validUntil(),
              !e.validUntil().isAfter(on.plusDays(EXPIRING_DAYS)),
              "/organizations/" + o.id().value() + "/evaluations/" + e.id().value())));
    }
    List<RatingCount> byRating = new ArrayList<>();
    for (Rating r : Rating.values()) {
      long inForce = records.stream().filter(x -> x.rating().equals(r.name())).count();
      long expiring = records.stream().filter(x -> x.rating().equals(r.name()) && x.expiring()).count();
      byRating.add(new RatingCount(r.name(), r.title().zh(), r.title().en(), new Figure("rating-" + r.name(), inForce, "#ratings"),
          new Figure("expiring-" + r.name(), expiring, "#ratings")));
    }
    return new Ratings(byRating, new Figure("ratings-in-force", records.size(), "#ratings"),
        new Figure("ratings-expiring", records.stream().filter(RatingRecord::expiring).count(), "#ratings"), records);
  }

  private Overdue overdueDisclosures(Authority authority, LocalDate on, Map<String, PoRef> refs) {
    List<DueDisclosureView> overdue = queries.dueDisclosures(authority.id(), on).getOrElse(List.of()).stream()
        .filter(d -> d.status() == Deadline.Status.OVERDUE).map(DueDisclosureView::of).toList();
    return new Overdue(new Figure("overdue-disclosures", overdue.size(),
        "/authorities/" + authority.id().value() + "/disclosure-obligations?on=" + on), overdue,
        overdue.stream().map(DueDisclosureView::organization).distinct().map(refs::get).filter(java.util.Objects::nonNull).toList());
  }

  private Rectifications rectifications(List<PromotionOrganization> pos, Map<String, PoRef> refs, LocalDate on) {
    List<OverdueRectification> items = new ArrayList<>();
    for (PromotionOrganization o : pos) {
      PoRef ref = refs.get(o.id().value());
      for (Inspection i : queries.inspections(o.id()).getOrElse(List.of())) {
        for (InspectionFinding f : i.overdueOn(on)) {
          items.add(new OverdueRectification(ref, "INSPECTION_FINDING", i.id().value(), f.number(), f.clause().format(), f.rectifyBy(),
              ChronoUnit.DAYS.between(f.rectifyBy(), on), "/organizations/" + o.id().value() + "/inspections"));
        }
      }
      for (Sanction s : queries.sanctions(o.id()).getOrElse(List.of())) {
        if (s.kind() == SanctionKind.RECTIFICATION_ORDER && s.inForceOn(on) && s.rectifyBy().map(on::isAfter).orElse(false)) {
          items.add(new OverdueRectification(ref, "RECTIFICATION_ORDER", s.id().value(), null,
              s.grounds().isEmpty() ? null : s.grounds().get(0).format(), s.rectifyBy().get(),
              ChronoUnit.DAYS.between(s.rectifyBy().get(), on), "/organizations/" + o.id().value() + "/sanctions"));
        }
      }
    }
    items.sort(Comparator.comparing(OverdueRectification::rectifyBy).thenComparing(x -> x.organization().id()));
    return new Rectifications(new Figure("overdue-rectifications", items.size(), "#rectifications"), items);
  }

  private List<FailedClause> failedClauses(List<PromotionOrganization> active, Map<String, PoRef> refs) {
    Map<Citation, Set<String>> pos = new TreeMap<>();
    Map<Citation, Set<String>> rules = new TreeMap<>();
    for (PromotionOrganization o : active) {
      var report = queries.compliance(o.id());
      if (report.isLeft()) {
        continue;
      }
      for (Assessment x : report.get().assessments()) {
        if (x.outcome() instanceof Outcome.Fail) {
          for (Citation c : x.rule().clauses()) {
            pos.computeIfAbsent(c, k -> new TreeSet<>()).add(o.id().value());
            rules.computeIfAbsent(c, k -> new TreeSet<>()).add(x.rule().id());
          }
        }
      }
    }
    return pos.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<Citation, Set<String>> e) -> -e.getValue().size()).thenComparing(Map.Entry::getKey))
        .limit(TOP_CLAUSES)
        .map(e -> new FailedClause(e.getKey().format(), e.getKey().formatChinese(), e.getKey().article(),
            "/guideline/articles/" + e.getKey().article(), List.copyOf(rules.get(e.getKey())),
            new Figure("failed-" + e.getKey().format(), e.getValue().size(), "#failed-" + anchor(e.getKey().format())),
            e.getValue().stream().map(refs::get).toList()))
        .toList();
  }

  private Coverage coverage(List<PromotionOrganization> active, Map<String, PoRef> refs, Period period) {
    Map<FunctionItem, List<PoRef>> covering = new LinkedHashMap<>();
    Map<FunctionItem, Integer> activities = new LinkedHashMap<>();
    for (PromotionOrganization o : active) {
      var c = queries.coverage(o.id(), period);
      if (c.isLeft()) {
        continue;
      }
      for (var item : c.get().items()) {
        if (item.tally().activities() > 0) {
          covering.computeIfAbsent(item.item(), k -> new ArrayList<>()).add(refs.get(o.id().value()));
          activities.merge(item.item(), item.tally().activities(), Integer::sum);
        }
      }
    }
    List<FunctionRow> rows = new ArrayList<>();
    for (Function f : Function.values()) {
      List<ItemCell> cells = new ArrayList<>();
      for (FunctionItem i : f.items()) {
        List<PoRef> by = covering.getOrDefault(i, List.of());
        cells.add(new ItemCell(i.citation().format(), i.citation().formatChinese(), i.zh(), i.en(), i.number(),
            new Figure("coverage-" + i.citation().format(), by.size(), "#item-" + anchor(i.citation().format())),
            activities.getOrDefault(i, 0), by));
      }
      rows.add(new FunctionRow(f.name(), f.citation().format(), f.title().zh(), f.title().en(), cells));
    }
    return new Coverage(period.from(), period.to(), active.size(), rows);
  }

  private Incentives incentives(List<PromotionOrganization> pos, Map<String, PoRef> refs, Period period) {
    List<AwardRecord> awards = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (PromotionOrganization o : pos) {
      for (IncentiveAward x : queries.incentiveAwards(o.id()).getOrElse(List.of())) {
        if (period.contains(x.grantedOn())) {
          awards.add(new AwardRecord(refs.get(o.id().value()), x.id().value(), x.grantedOn(), x.period().from(), x.period().to(),
              x.amount().toString(), "/organizations/" + o.id().value() + "/incentive-awards"));
          total = total.add(x.amount().yuan());
        }
      }
    }
    awards.sort(Comparator.comparing(AwardRecord::grantedOn).thenComparing(AwardRecord::award));
    return new Incentives(new Figure("incentives", awards.size(), "#incentives"), total.toPlainString(), awards);
  }

  /** A citation as an HTML id: {@code Art.18(1)} → {@code Art.18-1}. */
  static String anchor(String citation) {
    return citation.replace("(", "-").replace(")", "").replace(" ", "");
  }
}
