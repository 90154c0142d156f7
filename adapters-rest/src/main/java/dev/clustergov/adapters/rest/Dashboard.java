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
import dev.clustergov.core.supervision.RatingStanding;
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
 * The jurisdiction dashboard of an authority (辖区监管概览): the POs of its jurisdiction (Art.6) at a glance — those it
 * supervises and those of the authorities inside its jurisdiction (decision 0510), each with the authority that supervises
 * it and alone acts on it (Art.26) — by lifecycle stage, their third-party ratings in force, withheld under a sanction
 * (Art.29, decision 0511) and expiring (Art.28), the disclosures (Art.14) and rectifications (Art.25, Art.29) overdue, the clauses its POs fail most often, the coverage of the 7 functions' 32 items (Art.18–24)
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

  /** A PO, with the authority that supervises it (Art.26: the one that acts on it). */
  record PoRef(String id, String name, String authority) {}

  /** One count with the route (or the anchor of this page's list) of the records behind it. */
  record Figure(String key, long value, String href) {}

  record StageCount(String code, String zh, String en, Figure figure) {}

  /** Why a rating is withheld: the clause, the sanction when one is recorded, and the reason in both languages. */
  record Withholding(String clause, String clauseZh, String kind, @Schema.Nullable String sanction, LocalDate since, String zh, String en) {}

  /**
   * The rating of the latest evaluation valid on the day, and where it stands ({@code IN_FORCE} or {@code WITHHELD},
   * decision 0511); {@code expiring} only for a rating in force.
   */
  record RatingRecord(PoRef organization, String evaluation, String rating, LocalDate validUntil, String standing, boolean expiring,
      List<Withholding> withheldBy, String href) {}

  record RatingCount(String rating, String zh, String en, Figure inForce, Figure expiring, Figure withheld) {}

  record Ratings(List<RatingCount> byRating, Figure inForce, Figure expiring, Figure withheld, List<RatingRecord> records) {}

  /** An authority inside the jurisdiction: how many of the dashboard's POs it supervises, and its own dashboard. */
  record AuthorityCount(String authority, String name, String jurisdiction, Figure organizations, String dashboard) {}

  /** The disclosures overdue, and the POs they are owed by (the items name the PO by id only). */
  record Overdue(Figure figure, List<DueDisclosureView> items, List<PoRef> organizations) {}

  /**
   * An overdue rectification: an inspection finding (Art.25) or a rectification order in force (Art.29), named in words in
   * both languages as A25's evidence names it (zh, en: review stop 27 item 17); the record id only in {@code record}.
   */
  record OverdueRectification(PoRef organization, String kind, String record, @Schema.Nullable Integer finding, @Schema.Nullable String clause, LocalDate rectifyBy,
      long daysOverdue, String href, String zh, String en) {}

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
      Figure organizations, List<AuthorityCount> authorities, List<StageCount> stages, Ratings ratings, Overdue overdueDisclosures, Rectifications overdueRectifications,
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

  /**
   * Every PO of {@code authority}'s jurisdiction, by id: those supervised by an authority inside it — itself, and the
   * authorities of the regions below (decision 0510) — as {@code GET /organizations?jurisdiction=} lists them.
   */
  List<PromotionOrganization> inJurisdiction(Authority authority) {
    List<PromotionOrganization> all = new ArrayList<>();
    queries.authoritiesIn(authority.jurisdiction()).forEach(b -> all.addAll(supervised(b)));
    all.sort(Comparator.comparing(PromotionOrganization::id));
    return all;
  }

  DashboardView of(Authority authority, LocalDate on, Period period) {
    String a = authority.id().value();
    String j = authority.jurisdiction().value();
    List<Authority> inside = queries.authoritiesIn(authority.jurisdiction());
    List<PromotionOrganization> pos = inJurisdiction(authority);
    Map<String, PoRef> refs = new LinkedHashMap<>();
    pos.forEach(o -> refs.put(o.id().value(), new PoRef(o.id().value(), o.name(), o.authority().value())));
    List<AuthorityCount> authorities = inside.stream().map(b -> new AuthorityCount(b.id().value(), b.name(), b.jurisdiction().value(),
        new Figure("authority-" + b.id().value(), pos.stream().filter(o -> o.authority().equals(b.id())).count(),
            "/organizations?authority=" + b.id().value() + "&limit=500"), "/authorities/" + b.id().value() + "/dashboard")).toList();
    List<PromotionOrganization> active = pos.stream().filter(o -> ACTIVE.contains(o.stage())).toList();

    List<StageCount> stages = new ArrayList<>();
    for (LifecycleStage s : LifecycleStage.values()) {
      // a PO dissolved while proposed is counted apart as 已终止筹建, never as 已注销 (Guard A6-lifecycle); the code stays DISSOLVED
      long n = pos.stream().filter(o -> o.stage() == s && !o.foundingAbandoned()).count();
      // each row links to exactly its records (decision 0632): 已注销 and 已终止筹建 share the stage, not the filter
      String split = s == LifecycleStage.DISSOLVED ? "&foundingEnded=false" : "";
      stages.add(new StageCount(s.name(), s.label().zh(), s.label().en(),
          new Figure("stage-" + s.name(), n, "/organizations?jurisdiction=" + j + "&stage=" + s.name() + split + "&limit=500")));
      if (s == LifecycleStage.DISSOLVED) {
        dev.clustergov.core.kernel.Text t = LifecycleStage.FOUNDING_ABANDONED;
        stages.add(new StageCount(s.name(), t.zh(), t.en(), new Figure("stage-" + s.name() + "-founding-abandoned",
            pos.stream().filter(PromotionOrganization::foundingAbandoned).count(),
            "/organizations?jurisdiction=" + j + "&stage=" + s.name() + "&foundingEnded=true&limit=500")));
      }
    }

    return new DashboardView(a, authority.name(), j, on, period.from(), period.to(),
        new Figure("organizations", pos.size(), "/organizations?jurisdiction=" + j + "&limit=500"), authorities, stages,
        ratings(pos, refs, on), overdueDisclosures(authority, on, refs), rectifications(pos, refs, on), failedClauses(active, refs),
        coverage(active, refs, period), incentives(pos, refs, period));
  }

  private Ratings ratings(List<PromotionOrganization> pos, Map<String, PoRef> refs, LocalDate on) {
    List<RatingRecord> records = new ArrayList<>();
    for (PromotionOrganization o : pos) {
      // where the rating stands on the day (decision 0511): the latest evaluation whose validity covers it, in force unless a
      // sanction the policy of the day lists withholds it — as the public page reads it
      queries.ratingStanding(o.id(), on).toJavaOptional()
          .filter(st -> st.status() == RatingStanding.Status.IN_FORCE || st.status() == RatingStanding.Status.WITHHELD)
          .ifPresent(st -> {
            Evaluation e = st.evaluation().orElseThrow();
            records.add(new RatingRecord(refs.get(o.id().value()), e.id().value(), e.rating().name(), e.validUntil(), st.status().name(),
                // no grade has no validity, so nothing of it expires (review stop 28, P2)
                st.inForce() && e.rating() != Rating.NONE && !e.validUntil().isAfter(on.plusDays(EXPIRING_DAYS)),
                st.withheldBy().stream().map(w -> new Withholding(w.clause().format(), w.clause().formatChinese(), w.kind().name(),
                    w.sanction().map(x -> x.value()).orElse(null), w.since(), w.reason().zh(), w.reason().en())).toList(),
                "/organizations/" + o.id().value() + "/evaluations/" + e.id().value()));
          });
    }
    List<RatingCount> byRating = new ArrayList<>();
    for (Rating r : Rating.values()) {
      long inForce = records.stream().filter(x -> x.rating().equals(r.name()) && inForce(x)).count();
      long expiring = records.stream().filter(x -> x.rating().equals(r.name()) && x.expiring()).count();
      long withheld = records.stream().filter(x -> x.rating().equals(r.name()) && !inForce(x)).count();
      byRating.add(new RatingCount(r.name(), r.title().zh(), r.title().en(), new Figure("rating-" + r.name(), inForce, "#ratings"),
          new Figure("expiring-" + r.name(), expiring, "#ratings"), new Figure("withheld-" + r.name(), withheld, "#ratings-withheld")));
    }
    return new Ratings(byRating, new Figure("ratings-in-force", records.stream().filter(Dashboard::inForce).count(), "#ratings"),
        new Figure("ratings-expiring", records.stream().filter(RatingRecord::expiring).count(), "#ratings"),
        new Figure("ratings-withheld", records.stream().filter(x -> !inForce(x)).count(), "#ratings-withheld"), records);
  }

  private static boolean inForce(RatingRecord r) {
    return r.standing().equals(RatingStanding.Status.IN_FORCE.name());
  }

  private Overdue overdueDisclosures(Authority authority, LocalDate on, Map<String, PoRef> refs) {
    List<DueDisclosureView> overdue = queries.dueDisclosuresIn(authority.jurisdiction(), on).stream()
        .filter(d -> d.status() == Deadline.Status.OVERDUE).map(DueDisclosureView::of).toList();
    return new Overdue(new Figure("overdue-disclosures", overdue.size(),
        "/authorities/" + authority.id().value() + "/disclosure-obligations?on=" + on + "&jurisdiction=" + authority.jurisdiction().value()), overdue,
        overdue.stream().map(DueDisclosureView::organization).distinct().map(refs::get).filter(java.util.Objects::nonNull).toList());
  }

  private Rectifications rectifications(List<PromotionOrganization> pos, Map<String, PoRef> refs, LocalDate on) {
    List<OverdueRectification> items = new ArrayList<>();
    for (PromotionOrganization o : pos) {
      PoRef ref = refs.get(o.id().value());
      for (Inspection i : queries.inspections(o.id()).getOrElse(List.of())) {
        for (InspectionFinding f : i.overdueOn(on)) {
          dev.clustergov.core.kernel.Text name = dev.clustergov.core.rules.SupervisionRules.finding(i, f);
          items.add(new OverdueRectification(ref, "INSPECTION_FINDING", i.id().value(), f.number(), f.clause().format(), f.rectifyBy(),
              ChronoUnit.DAYS.between(f.rectifyBy(), on), "/organizations/" + o.id().value() + "/inspections", name.zh(), name.en()));
        }
      }
      for (Sanction s : queries.sanctions(o.id()).getOrElse(List.of())) {
        if (s.kind() == SanctionKind.RECTIFICATION_ORDER && s.inForceOn(on) && s.rectifyBy().map(on::isAfter).orElse(false)) {
          items.add(new OverdueRectification(ref, "RECTIFICATION_ORDER", s.id().value(), null,
              s.grounds().isEmpty() ? null : s.grounds().get(0).format(), s.rectifyBy().get(),
              ChronoUnit.DAYS.between(s.rectifyBy().get(), on), "/organizations/" + o.id().value() + "/sanctions",
              dev.clustergov.core.kernel.Dates.zh(s.decidedOn()) + "作出的" + s.kind().title().zh() + "决定",
              s.kind().title().en() + " decided on " + dev.clustergov.core.kernel.Dates.en(s.decidedOn())));
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
          // a rule counts once, under its own clause (the first it cites; the others it also enforces, as Art.26 for a
          // rectification owed under Art.25, are not failed again: review stop 25 item 10)
          Citation c = x.rule().clauses().get(0);
          pos.computeIfAbsent(c, k -> new TreeSet<>()).add(o.id().value());
          rules.computeIfAbsent(c, k -> new TreeSet<>()).add(x.rule().id());
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
