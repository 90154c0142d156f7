package dev.clustergov.adapters.rest;

import static dev.clustergov.adapters.rest.Pages.escape;
import static dev.clustergov.adapters.rest.Pages.plain;
import static dev.clustergov.adapters.rest.Pages.text;

import dev.clustergov.adapters.rest.EvaluationReport.Bin;
import dev.clustergov.adapters.rest.EvaluationReport.IndicatorRow;
import dev.clustergov.adapters.rest.EvaluationReport.Peers;
import dev.clustergov.adapters.rest.EvaluationReport.RatingShare;
import dev.clustergov.adapters.rest.EvaluationReport.ReportView;
import dev.clustergov.adapters.rest.EvaluationViews.TraceView;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The evaluation report as a page (评价报告页面), in Chinese and English, to sign and print (decision 0450): written on the
 * server with its charts as inline SVG (as the dashboard's, decision 0430), no script, and a print style sheet that lays it
 * on A4 with the signature block at the end. A PDF is the browser's "print to PDF" of this page.
 */
final class EvaluationReportPage {

  private EvaluationReportPage() {}

  private static final Map<String, String> RATING_COLOURS = Map.of("GOLD", "#d4a72c", "SILVER", "#8c959f", "BRONZE", "#a0522d",
      "NONE", "#d0d7de");

  static String render(ReportView v) {
    StringBuilder b = new StringBuilder(48_000);
    b.append("""
        <!DOCTYPE html>
        <html lang="zh-CN">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>""").append(plain(v.organization().name())).append(" — 第三方评价报告 Evaluation report")
        .append("</title>\n").append(STYLE).append("</head>\n<body>\n<main>\n");
    b.append("<h1>第三方评价报告 <span>Third-party evaluation report</span></h1>\n<p class=\"sub\">依据《先进制造业集群发展促进组织建设指引》"
        + "第二十八条 · Under Art.28 of the Guideline for Building Advanced Manufacturing Cluster Development Promotion "
        + "Organizations</p>\n");

    // --- who, when, under what ---------------------------------------------------------------------------------------
    b.append("<section id=\"facts\"><table class=\"facts\">\n");
    fact(b, "被评价的集群发展促进组织", "PO evaluated", text(v.organization().name())
        + (v.organization().creditCode() == null ? "" : " <span class=\"en\">" + escape(v.organization().creditCode()) + "</span>"));
    fact(b, "所服务集群", "Cluster", text(v.cluster()));
    fact(b, "工业和信息化主管部门", "Supervising authority", text(v.authority().name()));
    fact(b, "第三方评价机构", "Evaluator", text(v.evaluator().name())
        + (v.evaluator().creditCode() == null ? "" : " <span class=\"en\">" + escape(v.evaluator().creditCode()) + "</span>"));
    fact(b, "评价日期", "Evaluated on", escape(Pages.dates(v.evaluatedOn())));
    fact(b, "评价期间", "Period evaluated", escape(Pages.period(v.periodFrom(), v.periodTo())));
    if (!"NONE".equals(v.rating().code())) {
      // no grade has no validity: nothing was granted that could last (review stop 28, P2)
      fact(b, "有效期至", "Valid until", escape(Pages.dates(v.validUntil())));
    }
    fact(b, "政策版本", "Policy pack versions", String.join("<br>", v.policyVersions().stream().map(EvaluationReportPage::policyVersion).toList()));
    b.append("</table></section>\n");

    // --- the result and the gates ---------------------------------------------------------------------------------------
    b.append("<section id=\"result\"><h2>").append("评价结果").append(" <span>Result</span></h2>\n<p class=\"verdict\"><span class=\"badge\" style=\"background:")
        .append(RATING_COLOURS.getOrDefault(v.rating().code(), "#d0d7de")).append("\">").append(escape(v.rating().zh())).append("</span> ")
        .append(escape(v.rating().en())).append(" · 总分 Total <strong data-figure=\"total\">").append(escape(v.totalPercent().toPlainString()))
        .append("</strong> / 100</p>\n");
    // why, right under the result, as the evaluation's own trace states it: every gate that failed, in both languages
    // (review stop 28, P1); an evaluation recorded before the trace carried it falls back to the thresholds' note
    int[] reason = reason(v.traceZh(), v.traceEn());
    boolean findings = hasFindings(v.traceZh());
    if (reason.length > 0) {
      String zh = v.traceZh().because().get(reason[0]).text();
      String en = v.traceEn().because().get(reason[0]).text();
      b.append("<p class=\"reason\" data-reason>").append(text(zh.substring(dev.clustergov.core.evaluation.EvaluationEngine.REASON.zh().length())))
          .append(findings ? "不符合约束性要求的问题和处理决定详见下文“评价依据”。" : "")
          .append("<br><span class=\"en\">").append(text(capital(en.substring(dev.clustergov.core.evaluation.EvaluationEngine.REASON.en().length()))))
          .append(findings ? " Findings against binding requirements and sanctions are set out under “Trace” below." : "").append("</span></p>\n");
    }
    if (v.gates() != null) {
      var g = v.gates();
      b.append("<table><tr><th>等级 <span>Rating</span></th><th>门槛 <span>Gate</span></th></tr>\n")
          .append("<tr><td>").append("金标").append(" <span class=\"en\">gold</span></td><td>").append("总分不低于").append(escape(g.goldPercent().toPlainString())).append("分")
          // gold states every condition, the binding one too (review stop 27, item 10): RatingGates gives no label while one stands
          .append(g.goldEveryThreshold() ? "，每项指标达到门槛" : "").append("，且无不符合约束性要求的问题")
          .append(" <span class=\"en\">a total of at least ").append(escape(g.goldPercent().toPlainString())).append(" points")
          .append(g.goldEveryThreshold() ? ", with every indicator at its threshold" : "").append(g.goldEveryThreshold() ? " and" : ", with")
          .append(" no finding against a binding requirement</span></td></tr>\n")
          .append("<tr><td>").append("银标").append(" <span class=\"en\">silver</span></td><td>").append("总分不低于").append(escape(g.silverPercent().toPlainString())).append("分")
          .append("，且无不符合约束性要求的问题").append(" <span class=\"en\">a total of at least ").append(escape(g.silverPercent().toPlainString())).append(" points")
          .append(", with no finding against a binding requirement</span></td></tr>\n")
          .append("<tr><td>").append("铜标").append(" <span class=\"en\">bronze</span></td><td>").append("已评价且无不符合约束性要求的问题")
          .append(" <span class=\"en\">evaluated, with no finding against a binding requirement</span></td></tr>\n</table>\n");
      if (reason.length == 0) {
        // each language says the whole of it, in its own line; the trace is pointed to only when it lists a finding or a
        // sanction (review stop 27, item 20)
        b.append("<p class=\"note\">").append(g.everyIndicatorAtThreshold() ? "每项指标均达到门槛。" : "并非每项指标均达到门槛。")
            .append(findings ? "不符合约束性要求的问题和处理决定见下文“评价依据”。" : "")
            .append("<br><span class=\"en\">").append(g.everyIndicatorAtThreshold() ? "Every indicator is at its threshold."
                : "Not every indicator is at its threshold.")
            .append(findings ? " Findings against binding requirements and sanctions are listed under “Trace” below." : "").append("</span></p>\n");
      }
    }
    b.append("</section>\n");

    // --- the indicators -----------------------------------------------------------------------------------------------------
    b.append("<section id=\"indicators\"><h2>指标得分 <span>Indicator scores</span></h2>\n")
        .append("<p class=\"note\">条形为得分率（满分100%），竖线为门槛，右侧为权重。The bar is the score (of 100 %), the line the threshold, "
            + "the figure at the right the weight.</p>\n");
    b.append(indicatorChart(v.indicators()));
    b.append("<table class=\"records\"><tr><th>指标 <span>Indicator</span></th><th>维度 <span>Dimension</span></th><th>依据 <span>Clause</span></th>"
        + "<th>权重 <span>Weight</span></th><th>实测 / 目标 <span>Measured / target</span></th><th>得分 <span>Score %</span></th>"
        + "<th>门槛 <span>Threshold %</span></th><th>同辖区中位数 <span>Peers' median %</span></th></tr>\n");
    for (IndicatorRow r : v.indicators()) {
      b.append("<tr").append(r.atThreshold() ? "" : " class=\"warn\"").append(" data-indicator=\"").append(escape(r.indicator())).append("\"><td>")
          .append(keepCount(r.zh())).append(" <span class=\"en\">").append(escape(r.indicator() + " " + r.en())).append("</span></td><td>")
          .append(escape(r.dimensionZh())).append(" <span class=\"en\">").append(escape(r.dimensionEn())).append("</span></td><td>")
          .append(clauses(r.clausesZh(), "、")).append(" <span class=\"en\">").append(clauses(r.clauses(), ", ")).append("</span></td><td>").append(r.weight())
          .append("</td><td>").append(escape(r.measured().toPlainString() + " / " + r.target().toPlainString())).append("</td><td>")
          .append(escape(r.scorePercent().toPlainString())).append(r.atThreshold() ? "" : " ✗").append("</td><td>")
          .append(escape(r.thresholdPercent().toPlainString())).append("</td><td>")
          .append(r.peerMedianPercent() == null ? "—" : escape(r.peerMedianPercent().toPlainString())).append("</td></tr>\n");
    }
    b.append("</table></section>\n");

    // --- the peers --------------------------------------------------------------------------------------------------------------
    Peers p = v.peers();
    b.append("<section id=\"peers\"><h2>同辖区对标 <span>Peers in the same jurisdiction</span></h2>\n<p class=\"note\">")
        .append(escape(v.authority().name())).append("主管的集群发展促进组织在").append(escape(Pages.date(p.on())))
        .append("有效的评价结果，除被评价的集群发展促进组织外不列名称。The ratings in force on ").append(escape(Pages.dateEn(p.on())))
        .append(" of the POs this authority supervises; none is named but the evaluated one. 集群发展促进组织数 POs: <strong data-figure=\"peers\">")
        .append(p.organizations()).append("</strong></p>\n");
    if (!p.shown()) {
      b.append("<p>").append("不足").append(p.minimum()).append("个集群发展促进组织，不显示分布，以免识别其他集群发展促进组织的结果。").append("Fewer than ").append(p.minimum())
          .append(" POs: the distribution is not shown, so that no other PO's result can be told.</p>\n");
    } else {
      b.append("<p>总分四分位数 Quartiles of the totals: ").append(escape(p.lowerQuartile().toPlainString())).append(" · ")
          .append(escape(p.median().toPlainString())).append(" · ").append(escape(p.upperQuartile().toPlainString()))
          .append("。被评价的集群发展促进组织高于").append(p.below()).append("个、低于").append(p.above()).append("个集群发展促进组织。Above ").append(p.below())
          .append(" and below ").append(p.above()).append(" of them.</p>\n");
      b.append(histogram(p.totals()));
      b.append("<table><tr><th>等级 <span>Rating</span></th><th>集群发展促进组织数 <span>POs</span></th></tr>\n");
      for (RatingShare r : p.ratings()) {
        b.append("<tr").append(r.rating().equals(v.rating().code()) ? " class=\"own\"" : "").append("><td>").append(escape(r.zh()))
            .append(" <span class=\"en\">").append(escape(r.en())).append("</span></td><td>").append(r.organizations()).append("</td></tr>\n");
      }
      b.append("</table>\n");
    }
    b.append("</section>\n");

    // --- the trace ------------------------------------------------------------------------------------------------------------------
    b.append("<section id=\"trace\"><h2>评价依据 <span>Trace: verdict → dimension → indicator → rule → evidence → clause</span></h2>\n");
    if (v.traceZh() == null) {
      b.append("<p>本评价记录时未附评价说明。This evaluation was recorded without its explanation.</p>\n");
    } else {
      b.append("<ul class=\"trace\">");
      trace(b, v.traceZh(), v.traceEn());
      b.append("</ul>\n");
    }
    b.append("</section>\n");

    // --- the signatures, then how to check it: an appendix after the signed body (review stop 25 item 14) -----------------
    b.append("""
        <section id="signatures"><h2>签署 <span>Signatures</span></h2>
        <table class="sign"><tr><td>第三方评价机构（盖章）<span>Evaluator (seal)</span></td><td>评价负责人（签字）<span>Lead evaluator (signature)</span></td>
        <td>日期<span>Date</span></td></tr><tr class="blank"><td></td><td></td><td></td></tr></table>
        </section>
        """);
    // the paper to be sealed carries no record id, route or command (review stop 27, item 10): the checksum and what it is
    // recomputed from are printed; how to ask for the recomputation is a note on the screen only (class "screen")
    var ver = v.verification();
    b.append("<section id=\"verification\" class=\"appendix\"><h2>").append("附录：复核方法").append(" <span>Appendix: verification</span></h2>\n<p>")
        .append("材料快照校验值").append(" Dossier checksum (SHA-256):</p>\n<pre class=\"hash\">")
        .append(escape(ver.dossierHash())).append("</pre>\n<p>").append("以评价日及以前的记录、按评价日适用的政策重新计算，可比对校验值、总分与等级。")
        .append("<br><span class=\"en\">Recomputed from the records dated on or before the evaluation day under that day's policy, "
            + "the checksum, total and rating can be compared.</span></p>\n")
        .append("<div class=\"screen\"><p class=\"note\">").append("仅在屏幕上显示，不打印。").append(" Shown on screen only, not printed.</p>\n<p>")
        .append("重新计算：").append(" Recompute: <code>GET ").append(escape(ver.route())).append("</code></p>\n<pre>").append(escape(ver.command()))
        .append("</pre>\n<p>").append("评价记录").append(" Evaluation record: <code>").append(escape(v.evaluation())).append("</code> · <code>GET ")
        .append(escape("/organizations/" + v.organization().id() + "/evaluations/" + v.evaluation())).append("</code></p></div>\n</section>\n");
    b.append("<footer>").append("本报告依据本系统录入的第三方评价生成。")
        .append("<br><span class=\"en\">Generated from the third-party evaluation recorded in this system.</span>")
        .append("</footer>\n</main>\n</body>\n</html>\n");
    return b.toString();
  }

  /** Clauses for a cell: each kept whole on its line ({@code 第七条第（二）项} never split), a line may break between them. */
  private static String clauses(List<String> clauses, String separator) {
    return String.join(escape(separator), clauses.stream().map(c -> "<span class=\"nw\">" + escape(c) + "</span>").toList());
  }

  /**
   * An indicator's title for a cell, its closing bracket group (（共4项）) kept on one line: the browser broke “（共4 / 项）”
   * in the table as the chart did (review stop 27, item 10).
   */
  static String keepCount(String title) {
    int open = title.lastIndexOf('（');
    if (open <= 0 || !title.endsWith("）") || title.length() - open > 12) {
      return escape(title);
    }
    return escape(title.substring(0, open)) + "<span class=\"nw\">" + escape(title.substring(open)) + "</span>";
  }

  /** Whether the explanation lists a finding against a binding requirement or a sanction anywhere. */
  /** Where the trace states why the rating is what it is (a child of the verdict, EvaluationEngine.REASON): {index}, or none. */
  static int[] reason(TraceView zh, TraceView en) {
    if (zh == null || en == null) {
      return new int[0];
    }
    for (int k = 0; k < zh.because().size() && k < en.because().size(); k++) {
      if (zh.because().get(k).kind().equals("VERDICT") && zh.because().get(k).text().startsWith(dev.clustergov.core.evaluation.EvaluationEngine.REASON.zh())
          && en.because().get(k).text().startsWith(dev.clustergov.core.evaluation.EvaluationEngine.REASON.en())) {
        return new int[] {k};
      }
    }
    return new int[0];
  }

  private static String capital(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  static boolean hasFindings(TraceView t) {
    return t != null && (t.kind().equals("FINDING") || t.kind().equals("SANCTION") || t.because().stream().anyMatch(EvaluationReportPage::hasFindings));
  }

  private static void fact(StringBuilder b, String zh, String en, String valueHtml) {
    b.append("<tr><th>").append(escape(zh)).append(" <span>").append(escape(en)).append("</span></th><td>").append(valueHtml).append("</td></tr>\n");
  }

  private static void trace(StringBuilder b, TraceView zh, TraceView en) {
    b.append("<li class=\"").append(escape(zh.kind().toLowerCase(java.util.Locale.ROOT))).append("\">");
    if (!zh.clauses().isEmpty()) {
      b.append("<span class=\"clause\">【").append(escape(String.join("、", zh.clauses()))).append("】</span>");
    }
    b.append(text(zh.text()));
    if (en != null) {
      b.append("<br><span class=\"en\">");
      if (!en.clauses().isEmpty()) {
        b.append('[').append(escape(String.join(", ", en.clauses()))).append("] ");
      }
      b.append(text(en.text())).append("</span>");
    }
    if (!zh.because().isEmpty()) {
      b.append("<ul>");
      for (int k = 0; k < zh.because().size(); k++) {
        trace(b, zh.because().get(k), en != null && k < en.because().size() ? en.because().get(k) : null);
      }
      b.append("</ul>");
    }
    b.append("</li>\n");
  }

  /** One row an indicator: its score as a bar of 0–100 %, its threshold as a line, its weight printed at the right. */
  private static String indicatorChart(List<IndicatorRow> rows) {
    int rowH = 26;
    int labelW = 250;
    int barW = 400;
    int w = labelW + barW + 90;
    // a label is wrapped, never cut: a signed text does not end in “…” (review stop 26, item 12)
    List<List<String>> labels = rows.stream().map(r -> wrap(r.indicator() + " " + r.zh(), LABEL_WIDTH)).toList();
    int h = 22 + labels.stream().mapToInt(l -> rowH + (l.size() - 1) * LABEL_LINE).sum() + 4;
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" width=\"").append(w)
        .append("\" height=\"").append(h).append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>指标得分与门槛 / Indicator scores and thresholds</title>\n");
    for (int t = 0; t <= 100; t += 25) {
      int x = labelW + t * barW / 100;
      s.append("<line x1=\"").append(x).append("\" y1=\"16\" x2=\"").append(x).append("\" y2=\"").append(h - 2)
          .append("\" stroke=\"#eaeef2\"/><text x=\"").append(x).append("\" y=\"12\" text-anchor=\"middle\" class=\"muted\">").append(t)
          .append("</text>");
    }
    s.append("<text x=\"").append(labelW + barW + 50).append("\" y=\"12\" text-anchor=\"middle\" class=\"muted\">").append("权重").append(" weight</text>\n");
    int y = 22 - rowH;
    for (int k = 0; k < rows.size(); k++) {
      IndicatorRow r = rows.get(k);
      y += k == 0 ? rowH : rowH + (labels.get(k - 1).size() - 1) * LABEL_LINE;
      long bw = Math.round(r.scorePercent().doubleValue() * barW / 100);
      long tx = labelW + Math.round(r.thresholdPercent().min(BigDecimal.valueOf(100)).doubleValue() * barW / 100);
      s.append("<g><title>").append(escape(r.indicator() + " " + r.zh() + " / " + r.en() + ": " + r.scorePercent().toPlainString() + "% (≥ "
          + r.thresholdPercent().toPlainString() + "%), " + r.weight())).append("</title><text x=\"0\" y=\"").append(y + 16).append("\">")
          .append(lines(labels.get(k))).append("</text><rect x=\"").append(labelW).append("\" y=\"").append(y + 4)
          .append("\" width=\"").append(Math.max(bw, 1)).append("\" height=\"").append(rowH - 10).append("\" fill=\"")
          .append(r.atThreshold() ? "#1a7f37" : "#cf222e").append("\"/><line x1=\"").append(tx).append("\" y1=\"").append(y + 1)
          .append("\" x2=\"").append(tx).append("\" y2=\"").append(y + rowH - 3).append("\" stroke=\"#1f2328\" stroke-width=\"2\"/><text x=\"")
          .append(labelW + bw + 4).append("\" y=\"").append(y + 16).append("\" class=\"muted\">").append(escape(r.scorePercent().toPlainString()))
          .append("</text><text x=\"").append(labelW + barW + 50).append("\" y=\"").append(y + 16).append("\" text-anchor=\"middle\">")
          .append(r.weight()).append("</text></g>\n");
    }
    return s.append("</svg>\n").toString();
  }

  /** The peers' totals in bins of 10 points; the evaluated PO's bin drawn darker. */
  private static String histogram(List<Bin> bins) {
    int colW = 56;
    int chartH = 140;
    int w = bins.size() * colW + 20;
    int h = chartH + 40;
    int max = bins.stream().mapToInt(Bin::organizations).max().orElse(1);
    StringBuilder s = new StringBuilder();
    s.append("<svg class=\"histogram\" role=\"img\" viewBox=\"0 0 ").append(w).append(' ').append(h).append("\" width=\"").append(w)
        .append("\" height=\"").append(h).append("\" xmlns=\"http://www.w3.org/2000/svg\"><title>").append("同辖区总分分布")
        .append(" / Peers' totals</title>\n");
    for (int k = 0; k < bins.size(); k++) {
      Bin bin = bins.get(k);
      int bh = max == 0 ? 0 : bin.organizations() * (chartH - 20) / max;
      int x = 10 + k * colW;
      s.append("<g><title>").append(bin.fromPercent()).append("–").append(bin.toPercent()).append(": ").append(bin.organizations())
          .append(bin.evaluated() ? " （本组织" + " this PO）" : "").append("</title><rect x=\"").append(x + 4).append("\" y=\"").append(chartH - bh)
          .append("\" width=\"").append(colW - 8).append("\" height=\"").append(Math.max(bh, 1)).append("\" fill=\"")
          .append(bin.evaluated() ? "#0969da" : "#b6e3ff").append("\"/><text x=\"").append(x + colW / 2).append("\" y=\"")
          .append(chartH - bh - 4).append("\" text-anchor=\"middle\">").append(bin.organizations()).append("</text><text x=\"")
          .append(x + colW / 2).append("\" y=\"").append(chartH + 16).append("\" text-anchor=\"middle\" class=\"muted\">").append(bin.fromPercent())
          .append("–").append(bin.toPercent()).append("</text>").append(bin.evaluated() ? "<text x=\"" + (x + colW / 2) + "\" y=\"" + (chartH + 32)
              + "\" text-anchor=\"middle\" class=\"muted\">" + "▲ 本组织" + "</text>" : "").append("</g>\n");
    }
    return s.append("</svg>\n").toString();
  }

  /** The height of a label's further line in the chart. */
  private static final int LABEL_LINE = 14;

  /** The width of the chart's label column in full-width characters of 12 px (the column is 250 px). */
  static final double LABEL_WIDTH = 20;

  /** Where a line may end: after these (the pause marks and closing brackets). */
  private static final String BREAK_AFTER = "、，。；：）)」』” ";

  /** Where a line may begin: before these (opening brackets). */
  private static final String BREAK_BEFORE = "（(「『“";

  /** What a line must never begin with (the closing marks, GB/T 15834 and the usual 禁则). */
  private static final String NEVER_FIRST = "、，。；：？！）)」』”%";

  /**
   * {@code s} in lines of at most {@code max} full-width characters (a half-width one counts 0.6), every character kept,
   * broken only where Chinese text may break: after a pause mark or a closing bracket, before an opening bracket, at a
   * space (review stop 27, item 10: “符合比 / 例”, “（共2项 / ）”). A run longer than a line with no such place is cut
   * between characters, never so that a line begins with a closing mark.
   */
  static List<String> wrap(String s, double max) {
    List<String> runs = new java.util.ArrayList<>();
    StringBuilder run = new StringBuilder();
    int[] cps = s.codePoints().toArray();
    for (int k = 0; k < cps.length; k++) {
      if (run.length() > 0 && (BREAK_BEFORE.indexOf(cps[k]) >= 0 || BREAK_AFTER.indexOf(cps[k - 1]) >= 0)
          && NEVER_FIRST.indexOf(cps[k]) < 0) {
        runs.add(run.toString());
        run.setLength(0);
      }
      run.appendCodePoint(cps[k]);
    }
    runs.add(run.toString());
    List<String> out = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String r : runs) {
      if (line.length() > 0 && width(line) + width(r) > max) {
        out.add(line.toString().stripTrailing());
        line.setLength(0);
      }
      line.append(r);
      while (width(line) > max) { // one run longer than a line: cut it, the cut moved back past any closing mark
        int[] l = line.toString().codePoints().toArray();
        int cut = 0;
        double w = 0;
        while (cut < l.length && w + width(l[cut]) <= max) {
          w += width(l[cut++]);
        }
        while (cut > 1 && NEVER_FIRST.indexOf(l[cut]) >= 0) {
          cut--;
        }
        out.add(new String(l, 0, cut));
        line = new StringBuilder(new String(l, cut, l.length - cut));
      }
    }
    if (line.length() > 0 || out.isEmpty()) {
      out.add(line.toString());
    }
    return out;
  }

  private static double width(CharSequence s) {
    return s.codePoints().mapToDouble(EvaluationReportPage::width).sum();
  }

  private static double width(int cp) {
    return cp < 0x1100 ? 0.6 : 1;
  }

  /** The lines of a label, the first as the text's own, each further one a tspan below it. */
  private static String lines(List<String> lines) {
    StringBuilder t = new StringBuilder(escape(lines.get(0)));
    for (String l : lines.subList(1, lines.size())) {
      t.append("<tspan x=\"0\" dy=\"").append(LABEL_LINE).append("\">").append(escape(l)).append("</tspan>");
    }
    return t.toString();
  }

  private static final String STYLE = """
      <style>
      body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;margin:2rem auto;max-width:60rem;color:#1f2328;padding:0 1rem}
      h1{font-size:1.5rem;margin-bottom:.2rem}
      h1 span{font-weight:400;color:#57606a;font-size:1rem}
      h2{font-size:1.15rem;margin-top:1.6rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
      h2 span,th span,.en{font-weight:400;color:#57606a;font-size:.85rem}
      p.sub,p.note{color:#57606a;margin-top:0}
      table{border-collapse:collapse;width:100%;margin-top:.6rem}
      th,td{border-bottom:1px solid #d0d7de;padding:.3rem .4rem;text-align:left;vertical-align:top}
      th span{display:block}
      table.facts th{width:14rem}
      tr.warn td{background:#fff8c5}
      tr.own td{font-weight:700}
      .verdict{font-size:1.2rem}
      .badge{display:inline-block;padding:.15rem .7rem;border-radius:1rem;font-weight:700;color:#1f2328}
      ul.trace,ul.trace ul{list-style:none;padding-left:1.1rem;margin:0}
      ul.trace{padding-left:0}
      ul.trace li{border-left:2px solid #d0d7de;padding:.15rem 0 .15rem .5rem;margin:.15rem 0}
      ul.trace li.verdict{border-color:#0969da}
      ul.trace li.finding,ul.trace li.sanction{border-color:#cf222e}
      .clause{color:#0969da;font-weight:700}
      pre{white-space:pre-wrap;word-break:break-all;background:#f6f8fa;padding:.5rem;font-size:.85rem}
      svg text{font-size:12px;fill:#1f2328}
      svg text.muted{fill:#57606a;font-size:11px}
      svg{max-width:100%;height:auto;display:block;margin:.6rem 0}
      table.sign td{width:33%;border:1px solid #1f2328;padding:.4rem}
      table.sign td span{display:block;color:#57606a;font-size:.85rem}
      table.sign tr.blank td{height:5rem}
      footer{margin-top:1.5rem;color:#57606a;font-size:.85rem}
      .nw{white-space:nowrap}
      div.screen{border:1px dashed #d0d7de;padding:.2rem .6rem;margin-top:.6rem}
      @page{size:A4;margin:16mm 14mm}
      @media print{body{margin:0;max-width:none;font-size:10.5pt}a{color:#1f2328;text-decoration:none}.screen{display:none}
      section{break-inside:auto}tr,li,svg,pre,table.sign{break-inside:avoid}h2{break-after:avoid}
      #signatures{break-before:auto;break-inside:avoid}tr.warn td{background:none;font-weight:700}
      *{-webkit-print-color-adjust:exact;print-color-adjust:exact}}
      </style>
      """;

  private static final java.util.regex.Pattern POLICY_VERSION = java.util.regex.Pattern.compile("(\\d{6}) v(\\d+) from (\\d{4}-\\d{2}-\\d{2})");

  /**
   * A policy pack's version in words in each language (issue 20), as {@code PolicySource.words} says it: 基准参数第1版（依据《指引》，
   * 自2023年12月1日起适用） · baseline parameters, version 1 (after the Guideline), applied from 1 December 2023 — not
   * {@code 000000 v1 from 2023-12-01} in a Chinese row.
   */
  static String policyVersion(String stored) {
    var m = POLICY_VERSION.matcher(stored);
    if (!m.matches()) {
      return escape(stored);
    }
    return dev.clustergov.core.kernel.RegionCode.parse("jurisdiction", m.group(1)).fold(bad -> escape(stored), region -> {
      dev.clustergov.core.kernel.Text t = dev.clustergov.core.rules.Evidence.of("policy", new dev.clustergov.core.policy.PolicySource(
          region, Integer.parseInt(m.group(2)), java.time.LocalDate.parse(m.group(3)))).words();
      return text(t.zh()) + " <span class=\"en\">" + escape(t.en()) + "</span>";
    });
  }
}
