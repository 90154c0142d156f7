package dev.clustergov.adapters.rest;

import static dev.clustergov.adapters.rest.Api.done;
import static dev.clustergov.adapters.rest.Api.id;
import static dev.clustergov.adapters.rest.Api.period;

import dev.clustergov.adapters.rest.Access.Target;
import dev.clustergov.adapters.rest.Dashboard.DashboardView;
import dev.clustergov.adapters.rest.Route.Param;
import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.adapters.rest.Route.Scope;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.cluster.Cluster;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.Authority;
import dev.clustergov.core.supervision.AuthorityId;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the people who use the registry look at (issue 18), added to {@link Api}'s table as one block: an authority's
 * jurisdiction dashboard, as a page or as JSON (decision 0430), and the deadline calendars of a PO and of an authority
 * in iCalendar, subscribable with a feed token in the link (decision 0431).
 */
final class ReportingRoutes {

  private static final Set<Integer> READ = Set.of(400, 401, 403, 404);
  static final String CALENDAR_TYPE = "text/calendar; charset=utf-8";

  private final Queries queries;
  private final Ports ports;
  private final Access access;
  private final Dashboard dashboard;
  private final Deadlines deadlines;
  private final EvaluationReport report;

  ReportingRoutes(Queries queries, Ports ports, Access access, dev.clustergov.core.rules.RuleBook book) {
    this.queries = queries;
    this.ports = ports;
    this.access = access;
    this.dashboard = new Dashboard(queries);
    this.deadlines = new Deadlines(queries);
    this.report = new EvaluationReport(queries, book);
  }

  List<Route> routes() {
    List<Route> r = new ArrayList<>();
    r.add(Route.get(Op.DASHBOARD, "/authorities/{id}/dashboard").tag("supervision")
        .summary("An authority's jurisdiction dashboard (辖区监管概览), as a page or as JSON")
        .description("The POs of the authority's jurisdiction (Art.6): those it supervises and those of the authorities inside its "
            + "jurisdiction (a province's cities and counties, decision 0510), each with the authority that supervises it and alone "
            + "acts on it (Art.26), and the count of each authority's; by lifecycle stage; third-party ratings in force today, those "
            + "withheld under a sanction the policy says excludes a rating (Art.29, decision 0511) and those in force expiring within "
            + Dashboard.EXPIRING_DAYS + " days (Art.28); disclosures (Art.14) and rectifications (Art.25, "
            + "Art.29) overdue today; the " + Dashboard.TOP_CLAUSES + " clauses today's compliance reports of its established, "
            + "recognised and suspended POs fail most often, each with its rules; the coverage of the 7 functions' 32 items (Art.18–24) "
            + "in the period; the incentives granted in it (Art.29). Every figure carries `href`, the route (or the list of this "
            + "page) of the records it counts. HTML in Chinese and English when Accept prefers text/html, with its charts as inline "
            + "SVG and no script. By the authority itself or one whose jurisdiction covers its own.")
        .params(List.of(new Param("from", "date", "first day of the period; default 1 January of last year"),
            new Param("to", "date", "last day of the period; default today")))
        .response(DashboardView.class).problems(READ).scope(Scope.BODY)
        .handler(ex -> {
          Authority a = authority(Op.DASHBOARD, ex);
          LocalDate today = ports.clock().today();
          DashboardView view = dashboard.of(a, today, period(ex, today));
          if (Pages.prefersHtml(ex.header("Accept"))) {
            return Reply.raw(200, DashboardPage.render(view).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8").with("Vary", "Accept");
          }
          return Reply.ok(view).with("Vary", "Accept");
        }));
    r.add(Route.get(Op.ORGANIZATION_CALENDAR, "/organizations/{id}/deadlines.ics").tag("calendar")
        .summary("The PO's deadlines as an iCalendar feed (RFC 5545)")
        .description("Each disclosure the PO owes today, due or overdue — annual reports and major matters (Art.14) — and each open "
            + "rectification — inspection findings (Art.25) and rectification orders in force (Art.29) — as an all-day event on its "
            + "deadline, with a UID that names its record. With a bearer token as the PO's books are read, or subscribed with the "
            + "feed token of this PO's calendar as `token` (calendar clients send no header; decision 0431).")
        .params(List.of(new Param("token", "string", "a feed token of this very calendar (tokens file: `<token> feed organization <id>`)")))
        .response(String.class).problems(READ).scope(Scope.BODY)
        .handler(ex -> {
          OrganizationId id = id("id", ex.path("id"), OrganizationId::parse);
          Optional<PromotionOrganization> po = ports.organizations().find(id);
          check(Op.ORGANIZATION_CALENDAR, ex, Tokens.Feed.Kind.ORGANIZATION, id.value(), new Target(Optional.of(id.value()),
              po.flatMap(o -> ports.clusters().find(o.cluster())).map(Cluster::region), Optional.empty(), Optional.empty()));
          PromotionOrganization o = done(queries.organization(id));
          LocalDate today = ports.clock().today();
          return calendar(ICalendar.calendar(o.name() + " · 期限 Deadlines",
              "集群发展促进组织的信息披露与整改期限 · A PO's disclosure and rectification deadlines", ports.clock().now(),
              deadlines.of(o, today)));
        }));
    r.add(Route.get(Op.AUTHORITY_CALENDAR, "/authorities/{id}/deadlines.ics").tag("calendar")
        .summary("The deadlines of every PO of an authority's jurisdiction, as an iCalendar feed (RFC 5545)")
        .description("What each PO of the authority's jurisdiction — its own and those of the authorities inside it (decision 0510) — "
            + "owes today (Art.14) and must still rectify (Art.25, Art.29), as the PO's own feed has them. With a bearer token of the authority or one whose jurisdiction covers it, or subscribed with the "
            + "feed token of this authority's calendar as `token` (decision 0431).")
        .params(List.of(new Param("token", "string", "a feed token of this very calendar (tokens file: `<token> feed authority <id>`)")))
        .response(String.class).problems(READ).scope(Scope.BODY)
        .handler(ex -> {
          Authority a = authority(Op.AUTHORITY_CALENDAR, ex);
          return calendar(ICalendar.calendar(a.name() + " · 期限 Deadlines",
              "辖区内集群发展促进组织的信息披露与整改期限 · The disclosure and rectification deadlines of the POs in its jurisdiction",
              ports.clock().now(), deadlines.of(a, ports.clock().today())));
        }));
    r.add(Route.get(Op.EVALUATION_REPORT, "/organizations/{id}/evaluations/{evaluationId}/report").tag("evaluation")
        .summary("An evaluation as a report to sign and print (评价报告, Art.28), as a page or as JSON")
        .description("The PO, its cluster and supervising authority; the evaluator; the day, the twelve months evaluated and the validity; the "
            + "policy pack versions; the rating, the total and the gates of the labels (Art.28, from the policy of the day); every "
            + "indicator with its score, threshold and weight; the explanation down to rules, evidence and clauses, in Chinese and "
            + "English; the distribution of the ratings and totals in force that day among the POs the same authority supervises — "
            + "no PO named but this one, and nothing shown below " + EvaluationReport.MIN_PEERS + " POs — with each indicator's "
            + "peers' median; the dossier hash and the verification route that recomputes it. HTML in Chinese and English when "
            + "Accept prefers text/html, with its charts as inline SVG, no script and a print style sheet (A4, signature block). "
            + "Read as the evaluation itself (decision 0450).")
        .params(List.of(new Param("lang", "string", "zh or en: the language of `trace` in JSON; default from Accept-Language", List.of("zh", "en"))))
        .response(EvaluationReport.ReportView.class).problems(READ).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          OrganizationId id = id("id", ex.path("id"), OrganizationId::parse);
          var evaluation = done(queries.evaluation(id, id("evaluationId", ex.path("evaluationId"),
              dev.clustergov.core.supervision.EvaluationId::parse)));
          var view = report.of(done(queries.organization(id)), evaluation, SupervisionRoutes.lang(ex));
          if (Pages.prefersHtml(ex.header("Accept"))) {
            return Reply.raw(200, EvaluationReportPage.render(view).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8")
                .with("Vary", "Accept");
          }
          return Reply.ok(view).with("Vary", "Accept");
        }));
    return r;
  }

  /** The authority in the path, once the caller may read it: itself or one covering its jurisdiction, or its feed. */
  private Authority authority(Op op, Exchange ex) {
    AuthorityId id = id("id", ex.path("id"), AuthorityId::parse);
    Optional<RegionCode> region = ports.authorities().find(id).map(Authority::jurisdiction);
    check(op, ex, Tokens.Feed.Kind.AUTHORITY, id.value(), new Target(Optional.empty(), region, Optional.empty(), Optional.empty()));
    return done(queries.authority(id));
  }

  /**
   * The public holds a feed token or nothing: 401 without one, 403 when it opens another feed than this one (whose
   * record it then does not learn exists). Everyone else by the table, on the target.
   */
  private void check(Op op, Exchange ex, Tokens.Feed.Kind kind, String id, Target target) {
    if (ex.caller.role() != Caller.Role.PUBLIC) {
      access.require(op, ex.caller, target);
      return;
    }
    Tokens.Feed feed = ex.ctx.attribute(ClustergovServer.FEED);
    if (feed == null) {
      throw ApiError.unauthorized();
    }
    if (feed.kind() != kind || !feed.id().equals(id)) {
      throw ApiError.forbidden(Text.of("订阅令牌只能用于其所属的日历", "A feed token opens its own calendar only"),
          Access.Condition.FEED_TOKEN.clauses);
    }
  }

  private static Reply calendar(String ics) {
    // a calendar holds what a PO owes: kept by the subscriber's client, never by a shared cache
    return Reply.raw(200, ics.getBytes(StandardCharsets.UTF_8), CALENDAR_TYPE).with("Cache-Control", "private, max-age=300")
        .with("Content-Disposition", "inline; filename=\"deadlines.ics\"");
  }
}
