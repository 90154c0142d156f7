package dev.clustergov.adapters.rest;

import dev.clustergov.adapters.rest.ManagementViews.FeeItemView;
import dev.clustergov.adapters.rest.ManagementViews.PublicDisclosureView;
import dev.clustergov.adapters.rest.ManagementViews.PublicFeeScheduleView;
import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.adapters.rest.Views.PublicAuthorityView;
import dev.clustergov.adapters.rest.Views.PublicClusterView;
import dev.clustergov.adapters.rest.Views.PublicOrganizationView;
import dev.clustergov.adapters.rest.Views.StageView;
import dev.clustergov.core.application.Queries;
import dev.clustergov.core.organization.LifecycleStage;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.organization.PromotionOrganization;
import dev.clustergov.core.supervision.RatingStanding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

/**
 * The server's HTML (页面): the public disclosure page of a PO, in Chinese and English, and the page
 * that hosts Swagger UI. Everything printed from data is escaped; no page runs an inline script.
 */
final class Pages {

  private final Queries queries;
  private final byte[] docs;

  Pages(Queries queries) {
    this.queries = queries;
    this.docs = docsPage(swaggerUiVersion()).getBytes(StandardCharsets.UTF_8);
  }

  byte[] docs() {
    return docs.clone();
  }

  /** The webjar's version, read from its own Maven metadata so an upgrade needs no code change. */
  static String swaggerUiVersion() {
    try (InputStream in = Pages.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
      Properties p = new Properties();
      if (in != null) {
        p.load(in);
      }
      return p.getProperty("version", "5.34.1");
    } catch (IOException e) {
      return "5.34.1";
    }
  }

  private static String docsPage(String version) {
    String base = "/webjars/swagger-ui/" + version;
    return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <title>clustergov API — 集群发展促进组织治理接口</title>
        <link rel="stylesheet" href="%1$s/swagger-ui.css">
        </head>
        <body>
        <div id="swagger-ui"></div>
        <script src="%1$s/swagger-ui-bundle.js"></script>
        <script src="/assets/docs-init.js"></script>
        </body>
        </html>
        """.formatted(base);
  }

  /** {@code GET /public/organizations/{id}}: JSON, or HTML by {@code Accept} or a {@code .html} suffix. */
  Reply publicOrganization(Exchange ex) {
    String raw = ex.path("id");
    boolean html = raw.endsWith(".html") || prefersHtml(ex.ctx.header("Accept"));
    String idText = raw.endsWith(".html") ? raw.substring(0, raw.length() - 5) : raw;
    OrganizationId id = Api.id("id", idText, OrganizationId::parse);
    java.util.Optional<PublicOrganizationView> found = queries.organization(id).toJavaOptional()
        .filter(o -> o.stage() != LifecycleStage.PROPOSED)
        // a PO dissolved while still proposed was never established: it is not public, as a proposed one is not
        .filter(o -> !(o.stage() == LifecycleStage.DISSOLVED && o.establishedOn().isEmpty()))
        .map(this::view);
    if (found.isEmpty() && html) {
      // the page asked for is answered by a page, with the problem's own words (review stop 27, item 16)
      ApiError e = notPublic(id);
      return Reply.raw(404, notFoundPage(e).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8");
    }
    PublicOrganizationView view = found
        // the same words for a PO still proposed and for none at all: whether one exists is not public (review stop 25
        // item 12, PublicDisclosureLeakTest)
        .orElseThrow(() -> notPublic(id));
    return html ? Reply.raw(200, render(view).getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8") : Reply.ok(view);
  }

  /** The 404 of the public route: the same for a PO not public and for none at all. */
  private static ApiError notPublic(OrganizationId id) {
    return ApiError.of(404, "not-found",
            // review stop 27 item 16: the reason true of both kinds that are not public, and the id only in the instance
            dev.clustergov.core.kernel.Text.of("未找到该集群发展促进组织的公开信息（筹建中或已终止筹建的集群发展促进组织不予公开）",
                "No public record of this cluster development promotion organization (one still being founded, or whose founding was ended, is not public)"));
  }

  /** A problem as a page, in Chinese and English: its title and its detail, nothing else. */
  static String notFoundPage(ApiError e) {
    return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%1$s · %2$s</title>
        <style>
        body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;margin:2rem auto;max-width:46rem;color:#1f2328;padding:0 1rem}
        h1{font-size:1.5rem}
        p.en{color:#57606a}
        </style>
        </head>
        <body>
        <main>
        <h1>%3$s <span>%4$s</span></h1>
        <p>%5$s</p>
        <p class="en">%6$s</p>
        </main>
        </body>
        </html>
        """.formatted(plain(e.title.zh()), plain(e.title.en()), text(e.title.zh()), text(e.title.en()), text(e.detail.zh()), text(e.detail.en()));
  }

  private PublicOrganizationView view(PromotionOrganization o) {
    var cluster = queries.cluster(o.cluster()).toJavaOptional()
        .map(c -> new PublicClusterView(c.name(), c.region().value(), c.industry(), c.level().name())).orElse(null);
    var authority = queries.authority(o.authority()).toJavaOptional()
        .map(a -> new PublicAuthorityView(a.name(), a.jurisdiction().value())).orElse(null);
    // Art.14: the subject of a major-matter disclosure is the matter of the obligation it fulfils
    java.util.Map<String, String> matters = new java.util.HashMap<>();
    queries.disclosureObligations(o.id()).forEach(list -> list.forEach(ob -> matters.put(ob.id().value(), ob.matter())));
    List<PublicDisclosureView> disclosures = queries.disclosures(o.id()).getOrElse(List.of()).stream()
        .map(d -> {
          String subject = d.year().isPresent() ? String.valueOf(d.year().getAsInt()) : d.obligation().map(x -> matters.get(x.value())).orElse(null);
          return new PublicDisclosureView(d.kind().name(), ManagementViews.CodeLabel.of(d.kind()), subject, subjectLabel(subject),
              d.publishedOn(), d.channel().kind().name(), ManagementViews.CodeLabel.of(d.channel().kind()), d.channel().reference(), d.title());
        })
        .toList();
    List<PublicFeeScheduleView> fees = queries.feeSchedules(o.id()).getOrElse(List.of()).stream()
        .map(PublicFeeScheduleView::of).toList();
    return new PublicOrganizationView(o.id().value(), o.name(), o.creditCode().map(Object::toString).orElse(null),
        o.legalRepresentative().map(dev.clustergov.core.governance.Person::name).orElse(null), StageView.of(o), o.establishedOn().orElse(null), o.recognisedOn().orElse(null), o.stageChangedOn().orElse(null),
        cluster, authority, disclosures, fees, rating(o));
  }

  /** A disclosure's subject in words: a year as 2025年度 · 2025, a major matter as its label (Art.14). */
  static ManagementViews.CodeLabel subjectLabel(String subject) {
    if (subject == null) {
      return null;
    }
    return subject.matches("\\d{4}") ? new ManagementViews.CodeLabel(subject, subject + "年度", subject)
        : ManagementViews.CodeLabel.of(subject, dev.clustergov.core.disclosure.MajorMatters.label(subject));
  }

  /**
   * The third-party rating valid today (Art.28), if any, with the evaluator's name and where it stands: in force, or withheld
   * under a sanction the policy says excludes a rating (Art.29, decision 0511).
   */
  private EvaluationViews.PublicRatingView rating(PromotionOrganization o) {
    return queries.ratingStanding(o.id(), queries.today()).toJavaOptional()
        .filter(st -> st.status() == RatingStanding.Status.IN_FORCE || st.status() == RatingStanding.Status.WITHHELD)
        .map(st -> EvaluationViews.PublicRatingView.of(st, queries.evaluator(st.evaluation().orElseThrow().evaluator())
            .map(dev.clustergov.core.supervision.Evaluator::name).getOrElse(st.evaluation().orElseThrow().evaluator().value())))
        .orElse(null);
  }

  static boolean prefersHtml(String accept) {
    if (accept == null) {
      return false;
    }
    String a = accept.toLowerCase(Locale.ROOT);
    int html = a.indexOf("text/html");
    int json = a.indexOf("application/json");
    return html >= 0 && (json < 0 || html < json);
  }

  static String render(PublicOrganizationView v) {
    StringBuilder rows = new StringBuilder();
    row(rows, "名称", "Name", v.name());
    row(rows, "统一社会信用代码", "Unified social credit code", v.creditCode());
    row(rows, "法定代表人", "Legal representative", v.legalRepresentative());
    row(rows, "状态", "Stage", v.stage().zh() + " · " + v.stage().en());
    row(rows, "组建日期", "Established on", dates(v.establishedOn()));
    row(rows, "认定日期", "Recognised on", dates(v.recognisedOn()));
    row(rows, "状态变更日期", "Stage changed on", dates(v.stageChangedOn()));
    if (v.cluster() != null) {
      row(rows, "所服务集群", "Cluster", v.cluster().name());
      row(rows, "集群所在地区", "Cluster region", region(v.cluster().region()));
      row(rows, "产业领域", "Industry", v.cluster().industry());
    }
    if (v.supervisingAuthority() != null) {
      row(rows, "工业和信息化主管部门", "Supervising authority", v.supervisingAuthority().name());
    }
    if (v.rating() != null && "NONE".equals(v.rating().rating().code())) {
      // no grade is one line, its day: no validity and no standing, for nothing was granted to last or be withheld (review stop 28, P2)
      row(rows, "第三方评价结果", "Third-party rating", v.rating().rating().zh() + "（" + date(v.rating().evaluatedOn()) + "） · "
          + v.rating().rating().en() + " (" + dateEn(v.rating().evaluatedOn()) + ")");
    } else if (v.rating() != null) {
      // each language says the whole of it: the rating, the total, the evaluator and the validity (issue 20)
      String total = v.rating().totalPercent().toPlainString();
      row(rows, "第三方评价结果", "Third-party rating", v.rating().rating().zh() + "（总分" + total + "分，满分100分；评价机构：" + v.rating().evaluator()
          + "，有效期" + date(v.rating().evaluatedOn()) + "至" + date(v.rating().validUntil()) + "） · " + v.rating().rating().en()
          + " (total " + total + " of 100; evaluator: " + v.rating().evaluator() + ", valid from " + dateEn(v.rating().evaluatedOn()) + " to "
          + dateEn(v.rating().validUntil()) + ")");
      // decision 0511: a rating a sanction in force withholds is said so, with why and the clause, never shown as good standing
      row(rows, "评价结果效力", "Rating standing", v.rating().standing().zh() + " · " + v.rating().standing().en());
      for (EvaluationViews.PublicWithholding w : v.rating().withheldBy()) {
        row(rows, "暂停适用原因", "Why it is withheld", w.zh() + " · " + w.en());
      }
    }
    StringBuilder sections = new StringBuilder();
    List<PublicDisclosureView> ds = v.disclosures() == null ? List.of() : v.disclosures();
    sections.append("<h2 id=\"disclosures\">信息披露 <span>Disclosures</span></h2>\n");
    if (ds.isEmpty()) {
      sections.append("<p>暂无 · None</p>\n");
    } else {
      // the date kept whole, the title given room, the address wrapping instead (review stop 27, item 11)
      sections.append("<table class=\"list\"><tr><th>类型 <span>Kind</span></th><th>事项 <span>Subject</span></th><th>日期 <span>Date</span></th>"
          + "<th class=\"title\">标题 <span>Title</span></th><th>渠道 <span>Channel</span></th></tr>\n");
      for (PublicDisclosureView d : ds) {
        sections.append("<tr>").append(cell(words(d.kindLabel()))).append(cell(words(d.subjectLabel())))
            .append("<td class=\"date\">").append(escape(date(d.publishedOn()))).append("</td>").append(cell(d.title()))
            .append("<td>").append(escape(words(d.channelLabel()))).append(d.channelReference() == null ? "" : "<br><span class=\"url\">"
                + text(d.channelReference()) + "</span>").append("</td></tr>\n");
      }
      sections.append("</table>\n");
    }
    List<PublicFeeScheduleView> fs = v.feeSchedules() == null ? List.of() : v.feeSchedules();
    sections.append("<h2 id=\"fees\">收费标准 <span>Fee schedules</span></h2>\n");
    if (fs.isEmpty()) {
      sections.append("<p>暂无 · None</p>\n");
    }
    for (PublicFeeScheduleView f : fs) {
      sections.append("<h3>").append(text(f.title())).append("</h3>\n<p class=\"sub\">").append(escape(words(f.kindLabel()))).append(" · ")
          .append(escape(date(f.publishedOn()))).append(" · <span class=\"url\">").append(text(f.channel())).append("</span></p>\n<table class=\"list\">");
      // items numbered in Chinese (一、理事单位会费), not by their codes (DUES-COUNCIL), which stay in the JSON (review stop 27,
      // item 15); amounts written one way, 20,000.00元, as the JSON gives them (decision 0622)
      int n = 0;
      for (FeeItemView i : f.items()) {
        String price = switch (i.pricing()) {
          case "FIXED" -> yuan(i.amount());
          case "RANGE" -> yuan(i.min()) + "至" + yuan(i.max());
          default -> String.join("；", i.tiers().stream().map(t -> t.label() + yuan(t.amount())).toList());
        };
        sections.append("<tr><td>").append(dev.clustergov.core.guideline.Citation.chinese(++n)).append("、").append(text(i.name()))
            .append("</td><td class=\"amount\">").append(text(price)).append("</td></tr>\n");
      }
      sections.append("</table>\n");
    }
    return """
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%4$s — 集群发展促进组织公开信息</title>
        <style>
        body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;margin:2rem auto;max-width:46rem;color:#1f2328;padding:0 1rem}
        h1{font-size:1.5rem;margin-bottom:.2rem}
        p.sub{color:#57606a;margin-top:0}
        table{border-collapse:collapse;width:100%%;margin-top:1rem}
        th,td{border-bottom:1px solid #d0d7de;padding:.55rem .4rem;text-align:left;vertical-align:top}
        th{font-weight:600}
        table.facts th{width:14rem}
        table.list td.date,table.list td.amount{white-space:nowrap}
        table.list th.title{min-width:12em}
        .url{word-break:break-all;color:#57606a;font-size:.85rem}
        h2{font-size:1.15rem;margin-top:1.8rem}
        h2 span{font-weight:400;color:#57606a;font-size:.9rem}
        h3{font-size:1rem;margin:1rem 0 .2rem}
        th span{display:block;font-weight:400;color:#57606a;font-size:.85rem}
        footer{margin-top:1.5rem;color:#57606a;font-size:.85rem}
        </style>
        </head>
        <body>
        <main>
        <h1 id="name">%1$s</h1>
        <p class="sub">集群发展促进组织公开信息 · Public information of a cluster development promotion organization</p>
        <table class="facts">
        %2$s</table>
        %3$s<footer>%5$s</footer>
        </main>
        </body>
        </html>
        """.formatted(text(v.name()), rows, sections, plain(v.name()), FOOTER);
  }

  /**
   * What each part of the page rests on (review stop 28 P8, decision 0632): the PO's own disclosures under Art.14, its fee
   * schedules under Art.11, its stage — the authority's acts — under Art.6 and Art.26, the third-party rating under Art.28.
   */
  static final String FOOTER = "以上信息依据《" + dev.clustergov.core.guideline.Guideline.TITLE.zh() + "》公开：基本信息和信息披露事项依据第十四条，"
      + "收费标准依据第十一条，认定状态及其日期依据第六条、第二十六条，第三方评价结果依据第二十八条。The information above is made public under the "
      + dev.clustergov.core.guideline.Guideline.TITLE.en() + ": the basic facts and the disclosures under Art.14, the fee schedules under "
      + "Art.11, the stage and its dates under Art.6 and Art.26, the third-party rating under Art.28.";

  /** A code's words in both languages (门户网站 · website), or nothing. */
  private static String words(ManagementViews.CodeLabel l) {
    return l == null ? null : l.zh() + " · " + l.en();
  }

  /**
   * An amount of yuan as a fee schedule writes it, one way in every text of the page: two decimals, the thousands grouped
   * (20,000.00元), as the JSON carries the amount (decision 0622).
   */
  static String yuan(java.math.BigDecimal amount) {
    return amount == null ? "—" : String.format(Locale.ROOT, "%,.2f", amount.setScale(2, java.math.RoundingMode.UNNECESSARY)) + "元";
  }

  private static void row(StringBuilder b, String zh, String en, String value) {
    b.append("<tr><th>").append(escape(zh)).append("<span>").append(escape(en)).append("</span></th><td>")
        .append(value == null || value.isEmpty() ? "—" : text(value)).append("</td></tr>\n");
  }

  private static String cell(String value) {
    return "<td>" + (value == null || value.isEmpty() ? "—" : text(value)) + "</td>";
  }

  /** A date in Chinese text: 2025年3月1日 (GB/T 15835 gives Arabic numerals in 公文 dates). */
  static String date(LocalDate d) {
    return d == null ? null : dev.clustergov.core.kernel.Dates.zh(d);
  }

  /** A date in English prose: 7 December 2026 (day, month in words, year), never the ISO form outside JSON. */
  static String dateEn(LocalDate d) {
    return d == null ? null : dev.clustergov.core.kernel.Dates.en(d);
  }

  /** A date in both languages, for a cell under a bilingual heading: 2026年12月7日 · 7 December 2026. */
  static String dates(LocalDate d) {
    return d == null ? null : date(d) + " · " + dateEn(d);
  }

  /** A period in Chinese: 2025年1月1日至2025年12月31日. */
  static String range(LocalDate from, LocalDate to) {
    return date(from) + "至" + date(to);
  }

  /** A period in both languages: 2025年1月1日至2025年12月31日 · 1 January 2025 to 31 December 2025. */
  static String period(LocalDate from, LocalDate to) {
    return range(from, to) + " · " + dateEn(from) + " to " + dateEn(to);
  }

  /**
   * A region by its name in both languages, its code beside it: 江苏省苏州市（320500） · Suzhou, Jiangsu Province; the whole
   * country as 全国 · nationwide, without the 000000 that is no division code. A code the
   * table does not know is shown as itself, plainly labelled: 行政区划代码320599 · region code 320599.
   */
  static String region(String code) {
    if (code == null) {
      return null;
    }
    if (code.equals(dev.clustergov.core.kernel.RegionCode.NATIONAL.value())) {
      // 000000 is no division code (GB/T 2260 has none for the country): the ministry's jurisdiction is said in words only
      // (review stop 28 P11, decision 0632)
      dev.clustergov.core.kernel.Text nationwide = dev.clustergov.core.kernel.Text.of("全国", "nationwide");
      return nationwide.zh() + " · " + nationwide.en();
    }
    return dev.clustergov.core.kernel.RegionCode.parse("region", code).fold(bad -> "行政区划代码" + code + " · region code " + code, c -> {
      dev.clustergov.core.kernel.Text t = dev.clustergov.core.kernel.RegionNames.name(c);
      return dev.clustergov.core.kernel.RegionNames.known(c).isPresent() ? t.zh() + "（" + code + "） · " + t.en() + " (" + code + ")" : t.zh() + " · " + t.en();
    });
  }

  /**
   * Text from data as element content: escaped and isolated in {@code <bdi>}, so that a right-to-left override or an
   * unclosed embedding in a PO's name, a disclosure's title or a fee item cannot reorder the text around it (decision
   * 0361). The text itself is kept as sent: right-to-left scripts such as Uyghur are legitimate in names.
   */
  static String text(String s) {
    return "<bdi>" + escape(s) + "</bdi>";
  }

  /** The characters that change the direction of the text around them (UAX #9): embeddings, overrides, isolates, marks. */
  static boolean bidiControl(int c) {
    return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
  }

  /** Text from data where no markup may go (the page title): escaped, without its direction controls. */
  static String plain(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints().filter(c -> !bidiControl(c)).forEach(b::appendCodePoint);
    return escape(b.toString());
  }

  /** HTML-escapes text for element content and quoted attributes. */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '&' -> b.append("&amp;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
