package dev.clustergov.adapters.rest;

import static dev.clustergov.adapters.rest.Pages.escape;
import static dev.clustergov.adapters.rest.Pages.plain;
import static dev.clustergov.adapters.rest.Pages.text;

import dev.clustergov.adapters.rest.Dashboard.AwardRecord;
import dev.clustergov.adapters.rest.Dashboard.DashboardView;
import dev.clustergov.adapters.rest.Dashboard.FailedClause;
import dev.clustergov.adapters.rest.Dashboard.Figure;
import dev.clustergov.adapters.rest.Dashboard.FunctionRow;
import dev.clustergov.adapters.rest.Dashboard.ItemCell;
import dev.clustergov.adapters.rest.Dashboard.OverdueRectification;
import dev.clustergov.adapters.rest.Dashboard.PoRef;
import dev.clustergov.adapters.rest.Dashboard.RatingCount;
import dev.clustergov.adapters.rest.Dashboard.RatingRecord;
import dev.clustergov.adapters.rest.Dashboard.StageCount;
import dev.clustergov.adapters.rest.ManagementViews.DueDisclosureView;
import java.util.List;
import java.util.Map;

/**
 * The jurisdiction dashboard as a page (辖区监管概览页面), in Chinese and English, rendered on the server: the charts are
 * inline SVG written here (decision 0430), so the page needs no script, no font or image from elsewhere, prints, and
 * passes the pages' Content-Security-Policy as it is. Every figure is a link ({@code a.fig}, {@code data-figure} naming
 * it) to the records behind it — a JSON route of the API or a list further down this page whose rows link to theirs.
 */
final class DashboardPage {

  private DashboardPage() {}

  /** The rules' words for the page (decision 0565): the standard book's messages. */
  private static final dev.clustergov.core.rules.RuleBook RULE_WORDS = dev.clustergov.core.rules.RuleBook.standard();

  private static final Map<String, String> RATING_COLOURS = Map.of("GOLD", "#d4a72c", "SILVER", "#8c959f", "BRONZE", "#a0522d",
      "NONE", "#d0d7de");

  /** Whose POs the page counts, and who acts on them (decision 0510). */
  private static final String WHOSE_POS = "<p class=\"note\">本页统计辖区内各主管部门所主管的集群发展促进组织；本部门可查阅，"
      + "监督检查、处理等事项由各集群发展促进组织的主管部门办理（第六条、第二十六条）。This page counts the POs supervised by every authority in the "
      + "jurisdiction; this authority reads them, and each PO's own supervising authority alone acts on it (Art.6, Art.26).</p>\n";

  /** Why the withheld ratings are not counted in force; the English one sentence that parses (review stop 28 E4). */
  /** The withholding is the policy parameters', Art.29 cited as 参照 (review stop 28, P5; E4's English). */
  static final String WITHHELD_NOTE = "<p class=\"note\">有效期内的评价结果，因生效的处理决定或认定暂停、撤销，依据适用的政策参数暂停适用（参照第二十九条），不计入有效。"
      + "Ratings still within their validity but withheld under the policy parameters applied — by a sanction in force or by the "
      + "suspension or revocation of recognition — are not counted as in force (see Art.29).</p>\n";

  private static final String DASHBOARD_LINK = "辖区监管概览 · Dashboard";

  private static final String RATINGS_HEADER = "<table><tr><th>等级 <span>Rating</span></th><th>有效 <span>In force</span></th>"
      + "<th>即将到期 <span>Expiring</span></th><th>暂停适用 <span>Withheld</span></th></tr>\n";

  static String render(DashboardView v) {
    StringBuilder b = new StringBuilder(32_000);
    b.append("""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>""").append(plain(v.authorityName())).append(" — 辖区监管概览 Jurisdiction dashboard</title>\n").append(STYLE).append("""
        </head>
        <body>
        <main>
        """);
    b.append("<h1 id=\"authority\">").append(text(v.authorityName())).append("</h1>\n<p class=\"sub\">辖区监管概览 · " + "Jurisdiction dashboard · ")
        .append(escape(Pages.region(v.jurisdiction()))).append(" · ").append(escape(Pages.dates(v.on()))).append("</p>\n");
    b.append("<p class=\"sub\">本页数字均链接至其依据的记录。Every figure links to the records behind it. 期间 Period: ")
        .append(escape(Pages.period(v.from(), v.to()))).append("</p>\n");

    // --- whose POs: the authorities inside the jurisdiction (decision 0510) ------------------------------------------------
    b.append("<section id=\"authorities\"><h2>辖区内各主管部门 <span>Authorities in the jurisdiction</span></h2>\n")
        .append(WHOSE_POS);
    headers(b, "records", "主管部门", "Authority", "所辖地区", "Jurisdiction", "集群发展促进组织", "POs", "概览", "Dashboard");
    for (Dashboard.AuthorityCount x : v.authorities()) {
      b.append("<tr><td>").append(text(x.name())).append("</td><td>").append(escape(Pages.region(x.jurisdiction()))).append("</td><td>")
          .append(fig(x.organizations())).append("</td><td>").append(link(x.dashboard(), DASHBOARD_LINK)).append("</td></tr>\n");
    }
    b.append("</table></section>\n");

    // --- POs by lifecycle stage -----------------------------------------------------------------------------------
    b.append("<section id=\"stages\"><h2>按状态统计的集群发展促进组织 <span>POs by lifecycle stage</span></h2>\n<p>合计 Total: ")
        .append(fig(v.organizations())).append("</p>\n");
    long maxStage = v.stages().stream().mapToLong(s -> s.figure().value()).max().orElse(0);
    b.append(bars(v.stages().stream().map(s -> new Bar(s.zh(), s.en(), s.figure(), "#0969da")).toList(), maxStage,
        "按状态统计的集群发展促进组织数量 / POs by lifecycle stage"));
    b.append("<table><tr><th>状态 <span>Stage</span></th><th>数量 <span>POs</span></th></tr>\n");
    for (StageCount s : v.stages()) {
      b.append("<tr><td>").append(escape(s.zh())).append(" <span class=\"en\">").append(escape(s.en())).append("</span></td><td>")
          .append(fig(s.figure())).append("</td></tr>\n");
    }
    b.append("</table></section>\n");

    // --- ratings in force and expiring ------------------------------------------------------------------------------
    var r = v.ratings();
    b.append("<section id=\"ratings\"><h2>有效及即将到期的第三方评价结果 <span>Ratings in force and expiring</span></h2>\n<p>有效 " + "In force: ")
        .append(fig(r.inForce())).append(" · ").append(Dashboard.EXPIRING_DAYS).append("天内到期 " + "Expiring within ")
        .append(Dashboard.EXPIRING_DAYS).append(" days: ").append(fig(r.expiring())).append(" · 暂停适用 Withheld: ")
        .append(fig(r.withheld())).append("</p>\n");
    long maxRating = r.byRating().stream().mapToLong(x -> x.inForce().value()).max().orElse(0);
    b.append(bars(r.byRating().stream().map(x -> new Bar(x.zh(), x.en(), x.inForce(), RATING_COLOURS.get(x.rating()))).toList(),
        maxRating, "有效评价等级 / Ratings in force"));
    b.append(RATINGS_HEADER);
    for (RatingCount x : r.byRating()) {
      b.append("<tr><td>").append(escape(x.zh())).append(" <span class=\"en\">").append(escape(x.en())).append("</span></td><td>")
          .append(fig(x.inForce())).append("</td><td>").append(fig(x.expiring())).append("</td><td>").append(fig(x.withheld()))
          .append("</td></tr>\n");
    }
    b.append("</table>\n");
    List<RatingRecord> inForce = r.records().stream().filter(x -> x.standing().equals("IN_FORCE")).toList();
    if (!inForce.isEmpty()) {
      headers(b, "records", "集群发展促进组织", "PO", "等级", "Rating", "有效期至", "Valid until", "评价", "Evaluation");
      for (RatingRecord x : inForce) {
        b.append("<tr").append(x.expiring() ? " class=\"warn\"" : "").append("><td>").append(po(x.organization())).append("</td><td>")
            .append(escape(ratingLabel(x.rating()))).append("</td><td>")
            // no grade has no validity (review stop 28, P2)
            .append(x.rating().equals("NONE") ? "—" : nw(Pages.date(x.validUntil()))).append("</td><td>")
            .append(link(x.href(), "评价报告 · Report")).append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    List<RatingRecord> withheld = r.records().stream().filter(x -> !x.standing().equals("IN_FORCE")).toList();
    b.append("<h3 id=\"ratings-withheld\">暂停适用的评价结果 <span>Ratings withheld</span></h3>\n");
    if (withheld.isEmpty()) {
      b.append("<p>—</p>\n");
    } else {
      b.append(WITHHELD_NOTE);
      headers(b, "records", "集群发展促进组织", "PO", "等级", "Rating", "有效期至", "Valid until", "原因", "Why", "评价", "Evaluation");
      for (RatingRecord x : withheld) {
        b.append("<tr class=\"withheld\"><td>").append(po(x.organization())).append("</td><td>").append(escape(ratingLabel(x.rating())))
            .append("</td><td>").append(nw(Pages.date(x.validUntil()))).append("</td><td>");
        for (Dashboard.Withholding w : x.withheldBy()) {
          b.append(link("/guideline/articles/" + w.clause().substring(4).replaceAll("\\D.*", ""), w.clauseZh())).append(' ')
              .append(text(w.zh())).append("<br><span class=\"en\">").append(text(w.en())).append("</span><br>");
        }
        b.append("</td><td>").append(link(x.href(), "评价报告 · Report")).append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    b.append("</section>\n");

    // --- overdue disclosures and rectifications -------------------------------------------------------------------------
    b.append("<section id=\"overdue\"><h2>逾期事项 " + "<span>Overdue disclosures and rectifications</span></h2>\n<p>逾期信息披露 " + "Overdue disclosures: ")
        .append(fig(v.overdueDisclosures().figure())).append(" · 逾期整改 " + "Overdue rectifications: ").append(fig(v.overdueRectifications().figure()))
        .append("</p>\n");
    if (!v.overdueDisclosures().items().isEmpty()) {
      headers(b, "records", "集群发展促进组织", "PO", "事项", "Subject", "应披露日期", "Due on", "逾期天数", "Days overdue");
      Map<String, String> names = new java.util.HashMap<>();
      v.overdueDisclosures().organizations().forEach(p -> names.put(p.id(), p.name()));
      for (DueDisclosureView d : v.overdueDisclosures().items()) {
        b.append("<tr><td>").append(link("/organizations/" + d.organization() + "/disclosure-obligations",
            names.getOrDefault(d.organization(), d.organization()))).append("</td><td>")
            .append(escape(d.kind().equals("ANNUAL_REPORT") ? d.subject() + "年度报告 · " + "Annual report " + d.subject() : "重大事项：" + dev.clustergov.core.disclosure.MajorMatters.label(d.matter()).zh()
                + "（" + Pages.date(d.arisenOn()) + "） · Major matter: " + dev.clustergov.core.disclosure.MajorMatters.label(d.matter()).en()
                + " (" + Pages.dateEn(d.arisenOn()) + ")"))
            .append("</td><td>").append(nw(Pages.date(d.dueOn()))).append("</td><td>").append(d.daysOverdue()).append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    b.append("<h3 id=\"rectifications\">逾期整改 <span>Overdue rectifications</span></h3>\n");
    if (v.overdueRectifications().items().isEmpty()) {
      b.append("<p>—</p>\n");
    } else {
      headers(b, "records", "集群发展促进组织", "PO", "记录", "Record", "条款", "Clause", "整改期限", "Rectify by", "逾期天数", "Days overdue");
      for (OverdueRectification x : v.overdueRectifications().items()) {
        // named in words as A25's evidence names it, no record id (review stop 27 item 17)
        String what = x.zh() + " " + x.en();
        b.append("<tr><td>").append(po(x.organization())).append("</td><td>").append(link(x.href(), what)).append("</td><td>")
            .append(nw(clauseLabel(x.clause()))).append("</td><td>").append(nw(Pages.date(x.rectifyBy()))).append("</td><td>")
            .append(x.daysOverdue()).append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    b.append("</section>\n");

    // --- the clauses most often failed ------------------------------------------------------------------------------
    b.append("<section id=\"clauses\"><h2>最常未满足的条款 <span>Clauses most often failed</span></h2>\n")
        .append("<p class=\"note\">依据已组建、已认定和认定已暂停的集群发展促进组织当天的合规报告统计。Counted from today's compliance reports of the established, "
            + "recognised and suspended POs.</p>\n");
    if (v.failedClauses().isEmpty()) {
      b.append("<p>—</p>\n");
    } else {
      failedClauses(b, v.failedClauses());
    }
    b.append("</section>\n");

    // --- coverage heatmap -----------------------------------------------------------------------------------------------
    var cov = v.coverage();
    b.append("<section id=\"coverage\"><h2>七项职能、三十二个事项的覆盖情况 <span>Coverage of the 7 functions' 32 items</span></h2>\n")
        .append("<p class=\"note\">每格为").append(escape(Pages.range(cov.from(), cov.to())))
        .append("开展过该事项服务活动的集群发展促进组织数（共").append(cov.organizations())
        .append("个）。" + "Each cell: the POs (of ").append(cov.organizations()).append(") that held a service activity on the item from ")
        .append(escape(Pages.dateEn(cov.from()))).append(" to ").append(escape(Pages.dateEn(cov.to()))).append(".</p>\n")
        .append("<p class=\"note\">").append(ITEM_WORDS_NOTE).append("</p>\n");
    b.append(heatmap(cov));
    b.append("<details><summary>各事项的集群发展促进组织 The POs behind each cell</summary>\n<table class=\"records\">"
        + "<tr><th>事项 <span>Item</span></th><th>组织数 <span>POs</span></th><th>服务活动 <span>Activities</span></th>"
        + "<th>集群发展促进组织 <span>POs</span></th></tr>\n");
    for (FunctionRow f : cov.functions()) {
      for (ItemCell c : f.items()) {
        b.append("<tr id=\"item-").append(escape(Dashboard.anchor(c.item()))).append("\"><td>").append(link("/guideline/articles/"
            + f.article().substring(4), c.itemZh())).append(' ').append(escape(itemWords(c.titleZh()))).append(" <span class=\"en\">").append(escape(c.item() + " " + c.title()))
            .append("</span></td><td>").append(fig(c.organizations())).append("</td><td>").append(c.activities()).append("</td><td>");
        for (PoRef p : c.covering()) {
          b.append(link("/organizations/" + p.id() + "/coverage?from=" + cov.from() + "&to=" + cov.to(), p.name())).append("<br>");
        }
        b.append("</td></tr>\n");
      }
    }
    b.append("</table></details></section>\n");

    // --- incentives ---------------------------------------------------------------------------------------------------
    var inc = v.incentives();
    b.append("<section id=\"incentives\"><h2>期间内给予的奖励 <span>Incentives granted in the period</span></h2>\n<p>奖励 Awards: ")
        .append(fig(inc.figure())).append(" · 合计 Total: <span data-figure=\"incentives-total\">").append(escape(grouped(inc.total())))
        .append("</span> 元 " + "yuan</p>\n");
    if (!inc.awards().isEmpty()) {
      headers(b, "records", "集群发展促进组织", "PO", "奖励", "Award", "期间", "Period", "给予日期", "Granted on", "金额（元）", "Amount (yuan)");
      for (AwardRecord x : inc.awards()) {
        b.append("<tr><td>").append(po(x.organization())).append("</td><td>").append(link(x.href(), x.award())).append("</td><td>")
            .append(nw(Pages.date(x.from())) + "至" + nw(Pages.date(x.to()))).append("</td><td>").append(nw(Pages.date(x.grantedOn()))).append("</td><td>")
            .append("<span class=\"nw\">").append(escape(grouped(x.amount()))).append("</span></td></tr>\n");
      }
      b.append("</table>\n");
    }
    b.append("</section>\n<footer>依据《先进制造业集群发展促进组织建设指引》第六条、第二十五条至第二十九条。" + "Under Art.6 and Art.25–29 of the "
        + "Guideline for Building Advanced Manufacturing Cluster Development Promotion Organizations.</footer>\n</main>\n</body>\n</html>\n");
    return b.toString();
  }

  /**
   * The clauses most often failed, one table row per rule (review stop 28 P4, decision 0632): the rule by its own requirement —
   * the part of its message after the Guideline's words, which all the rules of one article share — in Chinese, its English
   * under it, its id in a column of its own; the clause, the count and the POs span the clause's rules. The rules' words are
   * the standard book's, which a policy pack does not change (it changes only their weight).
   */
  static void failedClauses(StringBuilder b, List<FailedClause> clauses) {
    headers(b, null, "条款", "Clause", "规则", "Rule", "规则编号", "Rule id", "组织数", "POs", "集群发展促进组织", "POs failing");
    for (FailedClause c : clauses) {
      int n = Math.max(1, c.rules().size());
      String span = n > 1 ? " rowspan=\"" + n + "\"" : "";
      for (int i = 0; i < n; i++) {
        b.append(i == 0 ? "<tr id=\"failed-" + escape(Dashboard.anchor(c.clause())) + "\">" : "<tr>");
        if (i == 0) {
          b.append("<td").append(span).append("><span class=\"nw\">").append(link(c.articleHref(), c.clauseZh()))
              .append("</span> <span class=\"en nw\">").append(escape(c.clause())).append("</span></td>");
        }
        if (c.rules().isEmpty()) {
          b.append("<td>—</td><td>—</td>");
        } else {
          String rule = c.rules().get(i);
          dev.clustergov.core.kernel.Text words = ruleWords(rule);
          b.append("<td>").append(words == null ? "—" : link("/rules/" + rule, words.zh()) + "<br><span class=\"en\">"
              + text(words.en()) + "</span>").append("</td><td><code class=\"en\">").append(link("/rules/" + rule, rule)).append("</code></td>");
        }
        if (i == 0) {
          b.append("<td").append(span).append(">").append(fig(c.figure())).append("</td><td").append(span).append(">");
          for (PoRef p : c.organizations()) {
            b.append(link("/organizations/" + p.id() + "/compliance", p.name())).append("<br>");
          }
          b.append("</td>");
        }
        b.append("</tr>\n");
      }
    }
    b.append("</table>\n");
  }

  /**
   * A rule's own requirement in both languages: its message after the Guideline's words (集群发展促进组织实行信息披露制度：
   * 年度报告宜按政策规定的期限披露 → 年度报告宜按政策规定的期限披露), the whole message where it has no such part; null for a
   * rule the standard book does not hold.
   */
  static dev.clustergov.core.kernel.Text ruleWords(String rule) {
    return RULE_WORDS.rule(rule).map(x -> dev.clustergov.core.kernel.Text.of(own(x.message().zh(), "："), capital(own(x.message().en(), ": "))))
        .orElse(null);
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static String own(String message, String colon) {
    int at = message.indexOf(colon);
    return at < 0 ? message : message.substring(at + colon.length());
  }

  /**
   * An amount of yuan the JSON carries plainly (100000.00), as every amount on a page is written: grouped, two decimals
   * (100,000.00), under a heading that names the unit (decision 0623, review stop 28 P10).
   */
  static String grouped(String amount) {
    if (amount == null) {
      return null;
    }
    try {
      return String.format(java.util.Locale.ROOT, "%,.2f", new java.math.BigDecimal(amount));
    } catch (NumberFormatException e) {
      return amount;
    }
  }

  /** What {@link #itemWords} does to the Guideline's words, said once under the coverage (review stop 28 P9). */
  static final String ITEM_WORDS_NOTE = "事项名称为《指引》原文，标点统一为全角，句末标点省略。Item names are the Guideline's own words, "
      + "with its punctuation set full-width and the closing mark left out.";

  /**
   * A function item's words as a cell shows them (review stop 28 P9, decision 0632): the Guideline's text, whose typesetting
   * mixes half-width “;” and “, ” with full-width “；”, with its commas, semicolons and colons set full-width and the list's
   * closing mark left out — a cell is not an item of the enumerated list. Only the display: the catalogue and the JSON keep
   * the original as quoted.
   */
  static String itemWords(String zh) {
    if (zh == null) {
      return null;
    }
    String s = zh.replaceAll(",\\s*", "，").replaceAll(";\\s*", "；").replaceAll(":\\s*", "：").strip();
    return s.replaceAll("[；;，,。.：:]+$", "");
  }

  private record Bar(String zh, String en, Figure figure, String colour) {}

  /**
   * Horizontal bars, each a link to the records it counts; the count is printed beside the bar. A label is its Chinese with
   * the English on a second line, as the heatmap's: on one line “认定已暂停 recognition suspended” ran under its bar at 1,100
   * px (review stop 27, item 11).
   */
  private static String bars(List<Bar> bars, long max, String title) {
    int rowH = 36;
    int labelW = 190;
    int barW = 420;
    int h = bars.size() * rowH + 8;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(labelW + barW + 60).append(' ').append(h)
        .append("\" width=\"").append(labelW + barW + 60).append("\" height=\"").append(h).append("\" xmlns=\"http://www.w3.org/2000/svg\">")
        .append("<title>").append(escape(title)).append("</title>\n");
    for (int i = 0; i < bars.size(); i++) {
      Bar bar = bars.get(i);
      int y = 4 + i * rowH;
      long w = max == 0 ? 0 : Math.round((double) bar.figure().value() / max * barW);
      s.append("<a href=\"").append(escape(bar.figure().href())).append("\"><text x=\"0\" y=\"").append(y + 14).append("\">")
          .append(escape(bar.zh())).append("</text><text x=\"0\" y=\"").append(y + 29).append("\" class=\"muted\">").append(escape(bar.en()))
          .append("</text><rect x=\"").append(labelW).append("\" y=\"").append(y + 6).append("\" width=\"")
          .append(Math.max(w, 1)).append("\" height=\"").append(rowH - 14).append("\" fill=\"").append(bar.colour()).append("\"/><text x=\"")
          .append(labelW + w + 6).append("\" y=\"").append(y + 22).append("\">").append(bar.figure().value()).append("</text></a>\n");
    }
    return s.append("</svg>\n").toString();
  }

  /** The 7 × (up to 6) grid of the 32 items: a cell's shade is the share of POs that served the item. */
  private static String heatmap(Dashboard.Coverage cov) {
    int cell = 58;
    int labelW = 250;
    int maxItems = cov.functions().stream().mapToInt(f -> f.items().size()).max().orElse(1);
    int w = labelW + maxItems * cell + 4;
    int h = 24 + cov.functions().size() * cell + 4;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"heatmap\" role=\"img\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" width=\"").append(w)
        .append("\" height=\"").append(h).append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>" + "职能事项覆盖热力图 / " + "Coverage heatmap</title>\n");
    for (int k = 0; k < maxItems; k++) {
      s.append("<text x=\"").append(labelW + k * cell + cell / 2).append("\" y=\"16\" text-anchor=\"middle\" class=\"muted\">(")
          .append(k + 1).append(")</text>");
    }
    for (int r = 0; r < cov.functions().size(); r++) {
      FunctionRow f = cov.functions().get(r);
      int y = 24 + r * cell;
      s.append("\n<text x=\"0\" y=\"").append(y + cell / 2 - 3).append("\">").append(escape(clauseLabel(f.article()) + " " + f.zh()))
          .append("</text><text x=\"0\" y=\"").append(y + cell / 2 + 13).append("\" class=\"muted\">").append(escape(f.en())).append("</text>");
      for (int k = 0; k < f.items().size(); k++) {
        ItemCell c = f.items().get(k);
        long n = c.organizations().value();
        double share = cov.organizations() == 0 ? 0 : (double) n / cov.organizations();
        int x = labelW + k * cell;
        s.append("<a href=\"").append(escape(c.organizations().href())).append("\"><rect x=\"").append(x + 2).append("\" y=\"").append(y + 2)
            .append("\" width=\"").append(cell - 4).append("\" height=\"").append(cell - 4).append("\" rx=\"4\" fill=\"").append(shade(share))
            .append("\"><title>").append(escape(c.itemZh() + " " + itemWords(c.titleZh()) + " · " + c.item() + " " + c.title() + ": " + n + "/" + cov.organizations()))
            .append("</title></rect><text x=\"").append(x + cell / 2).append("\" y=\"").append(y + cell / 2 + 5)
            .append("\" text-anchor=\"middle\" class=\"").append(share > 0.55 ? "on-dark" : "on-light").append("\">").append(n)
            .append("</text></a>");
      }
    }
    return s.append("\n</svg>\n").toString();
  }

  /** White to a deep blue by share; never pure white, so an empty cell still shows as a cell. */
  static String shade(double share) {
    double t = Math.max(0, Math.min(1, share));
    int r = (int) Math.round(246 + (9 - 246) * t);
    int g = (int) Math.round(248 + (105 - 248) * t);
    int bl = (int) Math.round(250 + (218 - 250) * t);
    return String.format("#%02x%02x%02x", r, g, bl);
  }

  private static String fig(Figure f) {
    return "<a class=\"fig\" data-figure=\"" + escape(f.key()) + "\" href=\"" + escape(f.href()) + "\">" + f.value() + "</a>";
  }

  /** A date or a clause that must not break inside (“2026年9月19 / 日”, “第十四条 · / Art.14”): escaped, kept on one line. */
  static String nw(String s) {
    return "<span class=\"nw\">" + escape(s) + "</span>";
  }

  private static String link(String href, String label) {
    return "<a href=\"" + escape(href) + "\">" + text(label) + "</a>";
  }

  private static String po(PoRef p) {
    return link("/organizations/" + p.id(), p.name());
  }

  private static final String STYLE = """
      <style>
      body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;margin:2rem auto;max-width:64rem;color:#1f2328;padding:0 1rem}
      h1{font-size:1.5rem;margin-bottom:.2rem}
      h2{font-size:1.15rem;margin-top:2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
      h2 span,h3 span,th span,.en{font-weight:400;color:#57606a;font-size:.85rem}
      h3{font-size:1rem}
      p.sub,p.note{color:#57606a;margin-top:0}
      table{border-collapse:collapse;width:100%;margin-top:.6rem}
      th,td{border-bottom:1px solid #d0d7de;padding:.35rem .4rem;text-align:left;vertical-align:top}
      th span{display:block}
      tr.warn td{background:#fff8c5}
      tr.withheld td{background:#ffebe9}
      a{color:#0969da}
      a.fig{font-weight:700;font-size:1.1rem}
      svg text{font-size:13px;fill:#1f2328}
      svg text.muted{fill:#57606a;font-size:11px}
      svg text.on-dark{fill:#fff;font-weight:700}
      svg text.on-light{fill:#1f2328;font-weight:700}
      svg{max-width:100%;height:auto;display:block;margin:.6rem 0}
      footer{margin-top:1.5rem;color:#57606a;font-size:.85rem}
      .nw{white-space:nowrap}
      @media print{a{color:#1f2328;text-decoration:none}details{display:block}}
      </style>
      """;

  /** A table's header row: each column in Chinese, with its English beside it. */
  private static void headers(StringBuilder b, String tableClass, String... zhEn) {
    b.append(tableClass == null ? "<table><tr>" : "<table class=\"" + tableClass + "\"><tr>");
    for (int i = 0; i < zhEn.length; i += 2) {
      b.append("<th>").append(zhEn[i]).append(" <span>").append(zhEn[i + 1]).append("</span></th>");
    }
    b.append("</tr>\n");
  }

  /** A rating's Chinese and English label (金标 · gold) from the name the JSON view carries. */
  private static String ratingLabel(String name) {
    for (dev.clustergov.core.supervision.Rating r : dev.clustergov.core.supervision.Rating.values()) {
      if (r.name().equals(name)) {
        return r.title().zh() + " · " + r.title().en();
      }
    }
    return name;
  }

  /** A clause the JSON view carries as {@code Art.25}, in Chinese (第二十五条) and as it is. */
  private static String clauseLabel(String clause) {
    if (clause == null) {
      return null;
    }
    var c = dev.clustergov.core.guideline.Citation.parse(clause);
    return c.isValid() ? c.get().formatChinese() + " · " + clause : clause;
  }
}
