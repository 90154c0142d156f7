package dev.clustergov.adapters.rest;

import static dev.clustergov.adapters.rest.Pages.escape;
import static dev.clustergov.adapters.rest.Pages.plain;
import static dev.clustergov.adapters.rest.Pages.text;

import dev.clustergov.adapters.rest.ImportRoutes.ImportResult;
import dev.clustergov.adapters.rest.ImportRoutes.Problem;
import dev.clustergov.adapters.rest.Imports.Column;
import dev.clustergov.adapters.rest.OperationViews.ActivityView;
import dev.clustergov.adapters.rest.OperationViews.MembershipView;
import dev.clustergov.core.guideline.Citation;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The imports page of a PO's secretariat (批量导入页面, decision 0467), in Chinese and English, rendered on the server and
 * used without JavaScript: the two kinds of import with their columns and templates, and a form that uploads a CSV or
 * XLSX file ({@code multipart/form-data}) with its kind and a dry-run check box; and the answer to that form — every
 * problem of every row with its rule and clauses, what a dry run would record, or what was recorded. Everything taken
 * from the file is escaped and isolated ({@link Pages#text}): a cell such as {@code <script>} or {@code =cmd|…} is shown
 * as the text it is.
 */
final class ImportPage {

  /** The page's policy: as every page's, but its own form may post to the server (form-action 'self'). */
  static final String CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'none'; "
      + "base-uri 'none'; form-action 'self'";

  private ImportPage() {}

  /** One kind of import as the page and its JSON show it. */
  record ImportKind(String kind, String zh, String en, List<String> clauses, String importHref, String csvTemplate,
      String xlsxTemplate, List<Column> columns) {}

  /** The imports of a PO: where its form posts, and each kind with its columns and templates. */
  record ImportCatalogue(String organization, String name, String upload, List<ImportKind> kinds) {}

  static ImportCatalogue catalogue(String po, String name) {
    String base = "/organizations/" + po + "/imports";
    return new ImportCatalogue(po, name, base, List.of(
        new ImportKind("members", "成员单位", "Member units", List.of("Art.17"), base + "/members",
            base + "/members/template?format=csv", base + "/members/template?format=xlsx", ImportRoutes.MEMBERS),
        new ImportKind("activities", "服务活动", "Service activities", List.of("Art.17", "Art.18", "Art.19", "Art.20", "Art.21",
            "Art.22", "Art.23", "Art.24", "Art.29"), base + "/activities", base + "/activities/template?format=csv",
            base + "/activities/template?format=xlsx", ImportRoutes.ACTIVITIES)));
  }

  /** Whether the route answers this page (or its form's answer) as HTML besides JSON. */
  static boolean isPage(Op op) {
    return op == Op.IMPORT_PAGE || op == Op.IMPORT_UPLOAD;
  }

  /** The form's body in the document: its three fields, with an example. */
  static java.util.Map<String, Object> formBody() {
    var properties = new java.util.LinkedHashMap<String, Object>();
    properties.put("file", java.util.Map.of("type", "string", "format", "binary", "description", "the CSV or XLSX file"));
    properties.put("kind", java.util.Map.of("type", "string", "enum", List.of("members", "activities")));
    properties.put("dryRun", java.util.Map.of("type", "string", "enum", List.of("true", "on", "false"),
        "description", "true or on (a checked box): check and show, record nothing"));
    var schema = new java.util.LinkedHashMap<String, Object>();
    schema.put("type", "object");
    schema.put("required", List.of("file", "kind"));
    schema.put("properties", properties);
    var media = new java.util.LinkedHashMap<String, Object>();
    media.put("schema", schema);
    media.put("encoding", java.util.Map.of("file", java.util.Map.of("contentType", Imports.CSV + ", " + Imports.XLSX)));
    media.put("example", java.util.Map.of("kind", "members", "dryRun", "true", "file",
        "name,creditCode,kind,joinedOn\n" + String.join(",", ImportRoutes.MEMBERS.stream().map(Column::example).toList()) + "\n"));
    return java.util.Map.of("required", true, "content", java.util.Map.of(ImportForm.MULTIPART, media));
  }

  static byte[] bytes(String html) {
    return html.getBytes(StandardCharsets.UTF_8);
  }

  /** {@code GET /organizations/{id}/imports} as a page. */
  static String render(ImportCatalogue c) {
    StringBuilder b = head("批量导入", "Imports", c.name());
    b.append("<p class=\"note\">成员单位和服务活动可从表格文件（CSV 或 XLSX）批量录入：全部行通过检查才全部录入，任一行有问题则一行也不录入，"
        + "并列出每一行的全部问题。</p>\n<p class=\"note en\">Member units and service activities can be recorded from a spreadsheet "
        + "(CSV or XLSX): all rows are recorded or none — if any row has a problem, nothing is recorded, and every problem of every "
        + "row is listed.</p>\n");
    // the limits and the template's example row, as the import routes apply them (decisions 0518, 0519)
    b.append("<p class=\"note\">一个文件最多").append(Imports.MAX_ROWS).append("行、不超过").append(Imports.MAX_BODY / (1024 * 1024))
        .append("兆字节，过大的文件请拆分后分别导入。模板第二行是以“#”开头的示例行，导入前请删除。日期可写作“YYYY-MM-DD”“YYYY/M/D”或“YYYY年M月D日”。</p>\n")
        .append("<p class=\"note en\">At most ").append(Imports.MAX_ROWS).append(" rows and ").append(Imports.MAX_BODY / (1024 * 1024))
        .append(" MiB in one file: split a larger one. The template's second row, beginning with #, is an example: delete it before "
            + "importing. Days may be written YYYY-MM-DD, YYYY/M/D or YYYY年M月D日.</p>\n");
    b.append("<section id=\"upload\"><h2>上传文件 <span>Upload a file</span></h2>\n")
        .append("<form method=\"post\" action=\"").append(escape(c.upload())).append("\" enctype=\"multipart/form-data\">\n")
        .append("<fieldset><legend>导入内容 <span>Kind</span></legend>\n");
    boolean first = true;
    for (ImportKind k : c.kinds()) {
      b.append("<label><input type=\"radio\" name=\"kind\" value=\"").append(escape(k.kind())).append('"').append(first ? " checked" : "")
          .append("> ").append(escape(k.zh())).append(" <span class=\"en\">").append(escape(k.en())).append("</span></label>\n");
      first = false;
    }
    b.append("</fieldset>\n<p><label for=\"file\">文件（CSV 或 XLSX） <span class=\"en\">File (CSV or XLSX)</span></label><br>")
        .append("<input id=\"file\" type=\"file\" name=\"file\" required accept=\".csv,.xlsx,text/csv,").append(Imports.XLSX).append("\"></p>\n")
        .append("<p><label><input type=\"checkbox\" name=\"dryRun\" value=\"true\" checked> 预检：只检查，不录入 ")
        .append("<span class=\"en\">Dry run: check only, record nothing</span></label></p>\n")
        .append("<p><button type=\"submit\">上传 <span class=\"en\">Upload</span></button></p>\n</form></section>\n");
    for (ImportKind k : c.kinds()) {
      b.append("<section id=\"").append(escape(k.kind())).append("\"><h2>").append(escape(k.zh())).append(" <span>").append(escape(k.en()))
          .append("</span></h2>\n<p>依据 <span class=\"en\">Under</span> ");
      for (String clause : k.clauses()) {
        b.append(clause(clause)).append(' ');
      }
      b.append("</p>\n<p>").append("模板").append("<span class=\"en\"> Template</span>：<a href=\"").append(escape(k.csvTemplate())).append("\">CSV</a> · <a href=\"")
          .append(escape(k.xlsxTemplate())).append("\">XLSX</a></p>\n");
      b.append("<table><tr><th>列 <span>Column</span></th><th>说明 <span>Meaning</span></th><th>示例 <span>Example</span></th></tr>\n");
      for (Column col : k.columns()) {
        b.append("<tr><td><code>").append(escape(col.key())).append("</code></td><td>").append(escape(col.zh())).append("</td><td>")
            .append(col.example().isEmpty() ? "—" : text(col.example())).append("</td></tr>\n");
      }
      b.append("</table></section>\n");
    }
    return foot(b, c.organization());
  }

  /** The answer to the form: every problem, what a dry run would record, or what was recorded. */
  static String result(String po, String name, String fileName, ImportResult r) {
    ImportKind kind = catalogue(po, name).kinds().stream().filter(k -> k.kind().equals(r.kind())).findFirst().orElseThrow();
    StringBuilder b = head("导入结果", "Import result", name);
    b.append("<p class=\"sub\">").append(escape(kind.zh())).append(" <span class=\"en\">").append(escape(kind.en())).append("</span> · ")
        .append(text(fileName)).append(" · ").append(r.rows()).append(" ").append("行").append(" <span class=\"en\">rows</span></p>\n");
    if (!r.problems().isEmpty()) {
      b.append("<section id=\"problems\"><h2 class=\"bad\">有问题，未录入任何一行 <span>Problems: nothing was recorded</span></h2>\n")
          .append("<p>共 <strong data-figure=\"problems\">").append(r.problems().size()).append("</strong> 个问题 <span class=\"en\">")
          .append(r.problems().size()).append(" problems</span>").append(r.dryRun() ? " · " + "预检" + " <span class=\"en\">dry run</span>" : "")
          .append("。改正后重新上传全部文件。<span class=\"en\">Correct them and upload the whole file again.</span></p>\n")
          .append("<table class=\"problems\"><tr><th>行 <span>Row</span></th><th>列 <span>Column</span></th><th>值 <span>Value</span></th>")
          .append("<th>问题 <span>What is wrong</span></th><th>规则和条款 <span>Rule and clauses</span></th></tr>\n");
      for (Problem p : r.problems()) {
        b.append("<tr><td>").append(p.row()).append("</td><td>").append(p.column() == null ? "—" : "<code>" + escape(p.column()) + "</code>")
            .append("</td><td class=\"value\">").append(p.value() == null ? "—" : text(p.value())).append("</td><td>").append(text(p.zh()))
            .append("<br><span class=\"en\">").append(text(p.en())).append("</span></td><td>");
        if (p.rule() != null) {
          b.append("<a href=\"/rules/").append(escape(p.rule())).append("\">").append(text(p.rule())).append("</a><br>");
        }
        for (String clause : p.clauses()) {
          b.append(clause(clause)).append(' ');
        }
        if (p.rule() == null && p.clauses().isEmpty()) {
          b.append('—');
        }
        b.append("</td></tr>\n");
      }
      b.append("</table></section>\n");
    } else if (r.dryRun()) {
      b.append("<section id=\"dry-run\"><h2 class=\"ok\">预检通过：以下 ").append(r.records().size()).append(" 行将被录入，尚未录入 <span>Dry run passed: ")
          .append(r.records().size()).append(" rows would be recorded; nothing is recorded yet</span></h2>\n")
          .append("<p>取消勾选“预检”后再次上传同一文件即可录入。<span class=\"en\">To record them, upload the same file again without "
              + "“dry run”.</span></p>\n");
      records(b, r.records());
      b.append("</section>\n");
    } else {
      b.append("<section id=\"recorded\"><h2 class=\"ok\">已录入 ").append(r.records().size()).append(" 行 <span>Recorded: ")
          .append(r.records().size()).append(" rows</span></h2>\n");
      b.append("<p>导入批次：<code>").append(escape(r.batch())).append("</code>，本次录入的每个事件均载明该批次。")
          .append("<span class=\"en\">Import batch <code>").append(escape(r.batch()))
          .append("</code>: every event this import recorded names it.</span></p>\n");
      records(b, r.records());
      b.append("</section>\n");
    }
    b.append("<p><a href=\"/organizations/").append(escape(po)).append("/imports\">返回批量导入 <span class=\"en\">Back to imports</span></a></p>\n");
    return foot(b, po);
  }

  private static void records(StringBuilder b, List<Object> records) {
    if (records.isEmpty()) {
      return;
    }
    if (records.get(0) instanceof MembershipView) {
      b.append("<table class=\"records\"><tr><th>编号 <span>Id</span></th><th>名称 <span>Name</span></th>")
          .append("<th>统一社会信用代码 <span>Credit code</span></th><th>类型 <span>Kind</span></th><th>加入日期 <span>Joined on</span></th></tr>\n");
      for (Object o : records) {
        MembershipView m = (MembershipView) o;
        b.append("<tr><td>").append(text(m.id())).append("</td><td>").append(text(m.name())).append("</td><td>").append(text(m.creditCode()))
            .append("</td><td>").append(text(m.kind())).append("</td><td>").append(escape(String.valueOf(m.joinedOn()))).append("</td></tr>\n");
      }
    } else {
      b.append("<table class=\"records\"><tr><th>编号 <span>Id</span></th><th>职能事项 <span>Item</span></th><th>活动名称 <span>Title</span></th>")
          .append("<th>举办日期 <span>Held on</span></th><th>方式 <span>Delivery</span></th><th>参与的成员单位 <span>Member participants</span></th></tr>\n");
      for (Object o : records) {
        ActivityView a = (ActivityView) o;
        b.append("<tr><td>").append(text(a.id())).append("</td><td>").append(text(a.itemZh())).append(" <span class=\"en\">").append(text(a.item()))
            .append("</span></td><td>").append(text(a.title())).append("</td><td>").append(escape(String.valueOf(a.heldOn()))).append("</td><td>")
            .append(text(a.delivery())).append("</td><td>").append(a.memberParticipants() == null ? 0 : a.memberParticipants().size())
            .append("</td></tr>\n");
      }
    }
    b.append("</table>\n");
  }

  /** A clause as the dashboard links it: its Chinese form, linked to its article's text, with the clause as written. */
  private static String clause(String clause) {
    var c = Citation.parse(clause);
    if (c.isInvalid()) {
      return text(clause);
    }
    return "<a href=\"/guideline/articles/" + c.get().article() + "\">" + escape(c.get().formatChinese()) + "</a> <span class=\"en\">"
        + escape(clause) + "</span>";
  }

  private static StringBuilder head(String zh, String en, String poName) {
    StringBuilder b = new StringBuilder(8192);
    b.append("<!DOCTYPE html>\n<html lang=\"zh-CN\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>").append(escape(zh)).append(" · ")
        .append(escape(en)).append(" — ").append(plain(poName)).append("</title>\n").append(STYLE).append("</head>\n<body>\n<main>\n<h1>")
        .append(escape(zh)).append(" <span>").append(escape(en)).append("</span></h1>\n<p class=\"sub\">").append(text(poName))
        .append(" · 秘书处 <span class=\"en\">Secretariat</span></p>\n");
    return b;
  }

  private static String foot(StringBuilder b, String po) {
    return b.append("<footer>依据《先进制造业集群发展促进组织建设指引》第十七条至第二十四条、第二十九条。")
        .append("Under Art.17–24 and Art.29 of the ").append(dev.clustergov.core.guideline.Guideline.TITLE.en()).append(".</footer>\n</main>\n</body>\n</html>\n").toString();
  }

  private static final String STYLE = """
      <style>
      body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","WenQuanYi Micro Hei",sans-serif;margin:2rem auto;max-width:60rem;color:#1f2328;padding:0 1rem}
      h1{font-size:1.5rem;margin-bottom:.2rem}
      h1 span,h2 span,th span,.en{font-weight:400;color:#57606a;font-size:.85rem}
      h2{font-size:1.15rem;margin-top:1.8rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}
      h2.bad{color:#cf222e}
      h2.ok{color:#1a7f37}
      p.sub,p.note{color:#57606a;margin-top:0}
      table{border-collapse:collapse;width:100%;margin-top:.6rem}
      th,td{border-bottom:1px solid #d0d7de;padding:.35rem .4rem;text-align:left;vertical-align:top}
      th span{display:block}
      td.value{font-family:monospace;white-space:pre-wrap;word-break:break-all}
      table.problems tr:nth-child(even) td{background:#fff8f8}
      table.problems td:last-child{min-width:9rem}
      fieldset{border:1px solid #d0d7de;padding:.4rem .8rem}
      fieldset label{margin-right:1.4rem}
      form{background:#f6f8fa;border:1px solid #d0d7de;padding:.8rem 1rem;border-radius:6px}
      button{font-size:1rem;padding:.35rem 1.2rem}
      a{color:#0969da}
      footer{margin-top:1.5rem;color:#57606a;font-size:.85rem}
      </style>
      """;
}
