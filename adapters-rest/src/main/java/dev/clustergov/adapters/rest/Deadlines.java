package dev.clustergov.adapters.rest;

import dev.clustergov.adapters.rest.ICalendar.Event;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.disclosure.Deadline;
import dev.clustergov.core.disclosure.DisclosureKind;
import dev.clustergov.core.disclosure.MajorMatters;
import dev.clustergov.core.disclosure.DueDisclosure;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.Inspection;
import dev.clustergov.core.supervision.InspectionFinding;
import dev.clustergov.core.supervision.Sanction;
import dev.clustergov.core.supervision.SanctionKind;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The deadlines of a PO or of every PO of an authority's jurisdiction, as calendar events (期限日历): each disclosure it owes
 * on the day, due or overdue — annual reports and major matters (Art.14) — and each rectification still open — an
 * inspection finding (Art.25) or a rectification order in force (Art.29). An event's UID names the record it comes
 * from, so it stays the same from one fetch to the next and from a PO's feed to its authority's: a client updates the
 * event in place when it turns overdue, and drops it once the disclosure is published or the rectification recorded.
 */
final class Deadlines {

  static final String DOMAIN = "@clustergov";

  private final Queries queries;
  private final Dashboard dashboard;

  Deadlines(Queries queries) {
    this.queries = queries;
    this.dashboard = new Dashboard(queries);
  }

  List<Event> of(PromotionOrganization o, LocalDate on) {
    List<Event> events = new ArrayList<>();
    queries.dueDisclosures(o.id(), on).getOrElse(List.of()).forEach(d -> events.add(disclosure(d, o.name())));
    events.addAll(rectifications(o, on));
    events.sort(Comparator.comparing(Event::day).thenComparing(Event::uid));
    return events;
  }

  /** The deadlines of every PO of {@code a}'s jurisdiction: its own and those of the authorities inside it (decision 0510). */
  List<Event> of(Authority a, LocalDate on) {
    List<PromotionOrganization> pos = dashboard.inJurisdiction(a);
    Map<String, String> names = pos.stream().collect(Collectors.toMap(o -> o.id().value(), PromotionOrganization::name));
    List<Event> events = new ArrayList<>();
    queries.dueDisclosuresIn(a.jurisdiction(), on)
        .forEach(d -> events.add(disclosure(d, names.getOrDefault(d.organization().value(), d.organization().value()))));
    pos.forEach(o -> events.addAll(rectifications(o, on)));
    events.sort(Comparator.comparing(Event::day).thenComparing(Event::uid));
    return events;
  }

  private static Event disclosure(DueDisclosure d, String po) {
    boolean overdue = d.status() == Deadline.Status.OVERDUE;
    String org = d.organization().value();
    String state = overdue ? "【逾期" + d.daysOverdue() + "天】" : "【待披露】";
    String stateEn = overdue ? "overdue by " + days(d.daysOverdue()) : "due";
    String route = "GET /organizations/" + org + "/disclosure-obligations";
    if (d.kind() == DisclosureKind.ANNUAL_REPORT) {
      return new Event("annual-report-" + d.subject() + "-" + org + DOMAIN, d.dueOn(),
          state + po + d.subject() + "年度报告" + " · Annual report " + d.subject() + " " + stateEn,
          "信息披露（第十四条）：" + po + "应于" + Pages.date(d.dueOn()) + "前公开" + d.subject() + "年度报告" + (overdue ? "，已逾期" + d.daysOverdue() + "天" : "")
              + "。\nDisclosure (Art.14): " + po + " owes its annual report for " + d.subject() + " by " + Pages.dateEn(d.dueOn()) + " (" + stateEn + ").\n"
              + route,
          List.of("DISCLOSURE", overdue ? "OVERDUE" : "DUE"));
    }
    return new Event("major-matter-" + d.subject() + DOMAIN, d.dueOn(),
        state + po + "重大事项信息披露 · Major matter disclosure " + stateEn,
        "信息披露（第十四条）：" + po + "应于" + Pages.date(d.dueOn()) + "前公开" + Pages.date(d.arisenOn()) + "发生的重大事项（" + MajorMatters.label(d.matter()).zh() + "）"
            + (overdue ? "，已逾期" + d.daysOverdue() + "天" : "") + "。\nDisclosure (Art.14): " + po + " owes the disclosure of a major matter ("
            + MajorMatters.label(d.matter()).en() + ", arisen on " + Pages.dateEn(d.arisenOn()) + ") by " + Pages.dateEn(d.dueOn()) + " (" + stateEn + ").\n" + route,
        List.of("DISCLOSURE", overdue ? "OVERDUE" : "DUE"));
  }

  private List<Event> rectifications(PromotionOrganization o, LocalDate on) {
    List<Event> events = new ArrayList<>();
    String org = o.id().value();
    for (Inspection i : queries.inspections(o.id()).getOrElse(List.of())) {
      for (InspectionFinding f : i.openFindings()) {
        boolean overdue = f.overdueOn(on);
        events.add(new Event("finding-" + i.id().value() + "-" + f.number() + DOMAIN, f.rectifyBy(),
            (overdue ? "【逾期" + ChronoUnit.DAYS.between(f.rectifyBy(), on) + "天】" : "【待整改】") + o.name() + "监督检查发现问题的整改 · Rectification of an inspection finding" + late(overdue, f.rectifyBy(), on),
            "监督检查（第二十五条）：" + o.name() + "应于" + Pages.date(f.rectifyBy()) + "前完成整改（" + f.clause().formatChinese() + "：" + f.description() + "）。\n"
                + "Inspection (Art.25): " + o.name() + " must rectify by " + Pages.dateEn(f.rectifyBy()) + " (" + f.clause().format() + ": " + f.description()
                + ").\nGET /organizations/" + org + "/inspections",
            List.of("RECTIFICATION", overdue ? "OVERDUE" : "DUE")));
      }
    }
    for (Sanction s : queries.sanctions(o.id()).getOrElse(List.of())) {
      if (s.kind() == SanctionKind.RECTIFICATION_ORDER && s.inForceOn(on) && s.rectifyBy().isPresent()) {
        LocalDate by = s.rectifyBy().get();
        boolean overdue = on.isAfter(by);
        String grounds = s.grounds().stream().map(c -> c.formatChinese()).collect(Collectors.joining("、"));
        String groundsEn = s.grounds().stream().map(c -> c.format()).collect(Collectors.joining(", "));
        events.add(new Event("rectification-order-" + s.id().value() + DOMAIN, by,
            (overdue ? "【逾期" + ChronoUnit.DAYS.between(by, on) + "天】" : "【待整改】") + o.name() + "责令限期整改" + " · Rectification order" + late(overdue, by, on),
            "责令限期整改（第二十九条）：" + o.name() + "应于" + Pages.date(by) + "前完成整改（" + grounds + "）。\n"
                + "Rectification order (Art.29): " + o.name() + " must rectify by " + Pages.dateEn(by) + " (" + groundsEn + ").\nGET /organizations/" + org
                + "/sanctions",
            List.of("RECTIFICATION", overdue ? "OVERDUE" : "DUE")));
      }
    }
    return events;
  }

  private static String late(boolean overdue, LocalDate by, LocalDate on) {
    return overdue ? " overdue by " + days(ChronoUnit.DAYS.between(by, on)) : " due";
  }

  /** A count of days in English: 1 day, 5 days. */
  private static String days(long n) {
    return n + (n == 1 ? " day" : " days");
  }
}
