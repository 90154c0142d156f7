package dev.clustergov.adapters.rest;

import dev.clustergov.adapters.rest.Imports.Column;
import dev.clustergov.adapters.rest.Imports.Line;
import dev.clustergov.adapters.rest.OperationViews.ActivityView;
import dev.clustergov.adapters.rest.OperationViews.MembershipView;
import dev.clustergov.adapters.rest.Route.Param;
import dev.clustergov.adapters.rest.Route.Reply;
import dev.clustergov.adapters.rest.Route.Scope;
import dev.clustergov.core.application.Actor;
import dev.clustergov.core.application.Clustergov;
import dev.clustergov.core.application.ImportBatchId;
import dev.clustergov.core.application.Ports;
import dev.clustergov.core.application.Refusal;
import dev.clustergov.core.application.operation.AdmitMember;
import dev.clustergov.core.application.operation.RecordServiceActivity;
import dev.clustergov.core.guideline.FunctionItem;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.operation.TalentLevel;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.operation.MembershipId;
import dev.clustergov.core.organization.CreditCode;
import dev.clustergov.core.organization.OrganizationId;
import dev.clustergov.core.rules.Finding;
import io.vavr.control.Either;
import io.vavr.control.Validation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Imports for secretariats (秘书处批量导入, decision 0451): a PO's member units (Art.17) and service activities (Art.17–24)
 * from a CSV or XLSX file, all or nothing — every row's command runs inside one unit of work, so one refused row rolls
 * back every row — with every problem of every row reported at once (row, column, value, what is wrong, the clauses of
 * a rejection), a dry run that runs it all and rolls back, and a template to download.
 */
final class ImportRoutes {

  // the examples name no real unit nor any one industry, and the template marks their row as one to delete (decision 0518)
  static final List<Column> MEMBERS = List.of(new Column("name", "成员单位名称", "某某科技有限公司"),
      new Column("creditCode", "统一社会信用代码", "91320594MA0002006" + CreditCode.checkCharacter("91320594MA0002006")),
      new Column("kind", "类型：" + ImportCells.kindsZh() + "之一", "企业"),
      new Column("joinedOn", "加入日期，如“YYYY-MM-DD”“YYYY/M/D”或“YYYY年M月D日”", "2025/3/1"));

  static final List<Column> ACTIVITIES = List.of(new Column("item", "职能事项，如“第二十一条第（三）项”或“Art.21(3)”", "第二十一条第（三）项"),
      new Column("title", "活动名称", "中试平台开放日"), new Column("heldOn", "举办日期，如“YYYY-MM-DD”“YYYY/M/D”或“YYYY年M月D日”", "2025年4月18日"),
      new Column("delivery", "方式：直接服务或对接服务", "直接服务"),
      new Column("memberParticipants", "参与的成员单位（成员单位编号，以分号分隔）", String.join(";", "member-000001", "member-000002")),
      new Column("outsideParticipants", "非成员参与单位（以分号分隔）", "某某产业技术研究院"),
      new Column("openToAllMembers", "是否向全体成员单位开放（是/否）", "是"), new Column("closedReason", "未向全体成员单位开放的理由", ""),
      // Art.29's outcomes, each optional (decision 0451 addendum): amounts in yuan, people attracted by talent level
      new Column("landedInvestment", "落地项目投资额（元）", ""), new Column("technologyTransactions", "技术交易额（元）", "2000000.00"),
      new Column("supplyContracts", "供货合同额（元）", ""), new Column("leadingTalents", "招引领军人才人数", ""),
      new Column("highLevelTalents", "招引高层次人才人数", "1"), new Column("highlySkilledTalents", "招引高技能人才人数", ""),
      new Column("generalTalents", "招引一般人才人数", ""));

  /** The talent columns by level (Art.29): a blank cell or 0 is none. */
  static final Map<TalentLevel, String> TALENT_COLUMNS = new EnumMap<>(Map.of(TalentLevel.LEADING, "leadingTalents",
      TalentLevel.HIGH_LEVEL, "highLevelTalents", TalentLevel.HIGHLY_SKILLED, "highlySkilledTalents", TalentLevel.GENERAL, "generalTalents"));

  /** The outcome amount columns, by the field the core reports them under. */
  static final Map<String, String> OUTCOME_COLUMNS = Map.of("outcomes.landedInvestment", "landedInvestment",
      "outcomes.technologyTransactions", "technologyTransactions", "outcomes.supplyContracts", "supplyContracts");

  /** A problem of one row: where, the text found, what is wrong, and the clauses of a rejection. */
  record Problem(int row, String column, String value, String code, String zh, String en, String rule, List<String> clauses) {}

  /**
   * What an import did, or would do: the rows, every problem, each record as the single route would answer it, and the
   * batch that every event of a recorded import names ({@code importBatch}, decision 0516; null when nothing was recorded).
   */
  record ImportResult(String kind, boolean dryRun, boolean recorded, String batch, int rows, List<Problem> problems,
      List<Object> records) {}

  private final Clustergov gov;
  private final Ports ports;

  ImportRoutes(Clustergov gov, Ports ports) {
    this.gov = gov;
    this.ports = ports;
  }

  List<Route> routes() {
    String po = "/organizations/{id}";
    String how = " The body is a CSV file (text/csv, UTF-8) or an XLSX workbook (its first sheet); the first row names the columns as the "
        + "template does. All or nothing: every row runs in one unit of work, and one refused row records none; the answer lists "
        + "every problem of every row (row, column, value, what is wrong, the rule and clauses of a rejection) — 422 when any. "
        + "`dryRun=true` runs it all and rolls back: 200 with what would be recorded. At most " + Imports.MAX_ROWS + " rows and "
        + Imports.MAX_BODY / (1024 * 1024) + " MiB (" + Imports.MAX_BODY + " bytes; 413 beyond, saying so in the person's terms) — "
        + "room for 10,000 rows of a realistic file. If-Match, when sent, is the PO's ETag the import is based on (412 when it "
        + "is not the current one, a weak W/ tag never matches); member units and activities do not change the PO's version. "
        + "A recorded import answers its `batch`, which every event it recorded names as `importBatch`. Days may be written "
        + "YYYY-MM-DD, YYYY/M/D, YYYY.M.D or YYYY年M月D日 (or be date cells), a member unit's kind and a delivery by code or "
        + "Chinese title (企业, 直接服务); the template's example row begins with # and is refused if left in; a name, title "
        + "or outside participant beginning with = + - @ or holding a direction control (U+202A–U+202E, U+2066–U+2069) is a "
        + "problem at its cell.";
    List<Route> r = new ArrayList<>();
    r.add(Route.post(Op.IMPORT_MEMBERS, po + "/imports/members").tag("operation")
        .summary("Import member units from CSV or XLSX (成员单位批量导入, Art.17)")
        .description("Each row as POST /organizations/{id}/members: name, creditCode, kind, joinedOn." + how)
        .params(List.of(new Param("dryRun", "boolean", "true: check and show, record nothing")))
        .response(ImportResult.class).problems(400, 401, 403, 404, 413, 415, 422).scope(Scope.ORGANIZATION)
        .handler(ex -> run(ex, "members")));
    r.add(Route.post(Op.IMPORT_ACTIVITIES, po + "/imports/activities").tag("operation")
        .summary("Import service activities from CSV or XLSX (服务活动批量导入, Art.17–24)")
        .description("Each row as POST /organizations/{id}/activities: item, title, heldOn, delivery, memberParticipants "
            + "and outsideParticipants separated by `;`, openToAllMembers, closedReason; and, each optional, Art.29's outcomes: "
            + "landedInvestment, technologyTransactions, supplyContracts in yuan, and the people attracted by talent level "
            + "(leadingTalents, highLevelTalents, highlySkilledTalents, generalTalents; blank or 0 is none)." + how)
        .params(List.of(new Param("dryRun", "boolean", "true: check and show, record nothing")))
        .response(ImportResult.class).problems(400, 401, 403, 404, 413, 415, 422).scope(Scope.ORGANIZATION)
        .handler(ex -> run(ex, "activities")));
    r.add(Route.get(Op.IMPORT_TEMPLATE, po + "/imports/{kind}/template").tag("operation")
        .summary("The template of an import (导入模板): members or activities, as CSV or XLSX")
        .description("A header row naming each column with its Chinese label, and one example row whose first cell begins with # "
            + "(示例行): an import refuses that row at its cell if it is left in (decision 0518).")
        .pathParam("kind", List.of("members", "activities"))
        .params(List.of(new Param("format", "string", "csv (default) or xlsx", List.of("csv", "xlsx"))))
        .response(String.class).problems(400, 401, 403, 404).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          List<Column> columns = switch (String.valueOf(ex.path("kind"))) {
            case "members" -> MEMBERS;
            case "activities" -> ACTIVITIES;
            default -> throw ApiError.notFound("import", String.valueOf(ex.path("kind")));
          };
          String format = ex.query("format") == null ? "csv" : ex.query("format").strip().toLowerCase(Locale.ROOT);
          if (!format.equals("csv") && !format.equals("xlsx")) {
            throw ApiError.malformed(List.of(Violation.of("format", "enum", "文件格式须为 CSV 或 XLSX", "format must be csv or xlsx")));
          }
          boolean xlsx = format.equals("xlsx");
          return Reply.raw(200, Imports.template(columns, xlsx), xlsx ? Imports.XLSX : Imports.CSV + "; charset=utf-8")
              .with("Content-Disposition", "attachment; filename=\"" + ex.path("kind") + "-template." + format + "\"");
        }));
    r.add(Route.get(Op.IMPORT_PAGE, po + "/imports").tag("operation")
        .summary("The imports page (批量导入页面): the two kinds, their columns and templates, and the upload form")
        .description("HTML in Chinese and English when Accept prefers text/html, usable without JavaScript: the columns of each "
            + "kind, links to the CSV and XLSX templates, and a form (multipart/form-data: file, kind, dryRun) posting to "
            + "POST /organizations/{id}/imports. JSON otherwise: the same, as data (decision 0467).")
        .response(ImportPage.ImportCatalogue.class).problems(400, 401, 403, 404).scope(Scope.ORGANIZATION)
        .handler(ex -> {
          OrganizationId id = Api.id("id", ex.path("id"), OrganizationId::parse);
          var catalogue = ImportPage.catalogue(id.value(), name(id));
          if (Pages.prefersHtml(ex.header("Accept"))) {
            return page(200, ImportPage.render(catalogue));
          }
          return Reply.ok(catalogue);
        }));
    r.add(Route.post(Op.IMPORT_UPLOAD, po + "/imports").tag("operation")
        .summary("Import from the imports page's form (批量导入表单): members or activities, as multipart/form-data")
        .description("The form of GET /organizations/{id}/imports: a `file` part (CSV or XLSX; its type by the part's "
            + "Content-Type, else the file name, else its first bytes), `kind` (members or activities) and `dryRun` (true or on). "
            + "The import runs exactly as POST /organizations/{id}/imports/{kind} (all or nothing, every problem of every row, "
            + "201, 422 or 200 for a dry run). When Accept prefers text/html the answer is a page in Chinese and English: every "
            + "problem with its row, column, value, rule and clauses; what a dry run would record; or what was recorded. "
            + "Otherwise the same JSON as the import routes. A file refused as a whole (unreadable, an unknown column, no file, "
            + "a bad kind, too large) is a problem (application/problem+json), as every refusal is (decision 0467).")
        .response(ImportResult.class).problems(400, 401, 403, 404, 413, 415, 422).scope(Scope.ORGANIZATION)
        .handler(this::upload));
    return r;
  }

  /** The form's import: as the kind's own route, answered as a page when the browser asks for one. */
  private Reply upload(Exchange ex) {
    OrganizationId id = Api.id("id", ex.path("id"), OrganizationId::parse);
    boolean html = Pages.prefersHtml(ex.header("Accept"));
    // a file refused as a whole (unreadable, an unknown column, no file, a bad kind, too large) is a problem, as every
    // refusal of this server is (problem+json, in the browser's language); the rows' problems are the import's result
    ImportForm.Upload u = ImportForm.read(Imports.body(ex), ex.header("Content-Type"));
    if (!"members".equals(u.kind()) && !"activities".equals(u.kind())) {
      throw ApiError.malformed(List.of(Violation.of("kind", "enum", "导入内容须为成员单位或服务活动",
          "kind must be members or activities")));
    }
    ImportResult result = result(ex, id, u.kind(), u.file(), u.media(), u.dryRun());
    return html ? page(status(result), ImportPage.result(id.value(), name(id), u.fileName(), result)) : Reply.json(status(result), result);
  }

  private static Reply page(int status, String html) {
    return Reply.raw(status, ImportPage.bytes(html), "text/html; charset=utf-8").with("Vary", "Accept")
        .with("Content-Security-Policy", ImportPage.CSP);
  }

  /** The PO's name, for the page's heading; its id when it is not found (the import then says what is wrong). */
  private String name(OrganizationId id) {
    return gov.queries().organization(id).map(o -> o.name()).getOrElse(id.value());
  }


  private Reply run(Exchange ex, String kind) {
    OrganizationId po = Api.id("id", ex.path("id"), OrganizationId::parse);
    boolean dryRun = dryRun(ex.query("dryRun"));
    ImportResult result = result(ex, po, kind, Imports.body(ex), ex.header("Content-Type"), dryRun);
    return Reply.json(status(result), result);
  }

  /** The status of an import's answer: 201 recorded, 422 with problems, 200 for a clean dry run. */
  static int status(ImportResult r) {
    return r.recorded() ? 201 : r.problems().isEmpty() ? 200 : 422;
  }

  /**
   * Runs an import of {@code kind} from a CSV or XLSX body, all or nothing; a dry run rolls back. {@code If-Match}, when
   * sent, names the PO's version the import is based on (its ETag), compared strongly as every write's (decision 0361):
   * a tag that is none of this server's is 400 and a weak or stale one 412, before any row runs (decision 0515).
   */
  ImportResult result(Exchange ex, OrganizationId po, String kind, byte[] body, String contentType, boolean dryRun) {
    OptionalLong expected = ex.ifMatch();
    List<Column> columns = kind.equals("members") ? MEMBERS : ACTIVITIES;
    List<Line> lines = Imports.read(body, contentType, columns);
    if (lines.isEmpty()) {
      throw ApiError.malformed(List.of(Violation.of("", "required", "文件中没有数据行", "the file holds no row")));
    }
    List<Problem> problems = new ArrayList<>();
    List<Object> records = new ArrayList<>();
    String[] batch = {null};
    Actor actor = ex.actor();
    // one unit of work: each command's own joins it, and a Left returned here rolls every row back
    ports.unitOfWork().run(() -> {
      if (expected.isPresent()) {
        ports.unitOfWork().lock(new dev.clustergov.core.application.port.UnitOfWork.Lock.Organization(po));
        long current = ports.organizations().find(po).map(o -> o.version()).orElse(-1L);
        if (current >= 0 && current != expected.getAsLong()) {
          throw ApiError.from(new Refusal.Conflict("PromotionOrganization", po.value(), expected.getAsLong(), current))
              .asPreconditionFailed();
        }
      }
      // the batch's id is drawn in the unit of work: a dry run or a refused file rolls it back with every row's id
      ImportBatchId id = new ImportBatchId(ports.ids().next("import"));
      batch[0] = id.value();
      Clustergov importing = gov.as(actor).inImport(id);
      for (Line line : lines) {
        var example = ImportCells.exampleRow(line);
        if (example.isPresent()) { // the template's example left in: said at its cell, and the row is not run (decision 0518)
          problems.add(example.get());
          continue;
        }
        problems.addAll(ImportCells.unsafeText(line, kind)); // formulas and direction controls at their cells (decision 0517)
        RowFields f = new RowFields(line);
        Either<Refusal, Object> result = kind.equals("members") ? member(importing, po, line, f) : activity(importing, po, line, f);
        problems.addAll(f.problems);
        if (result.isLeft()) {
          problems.addAll(problems(line, result.getLeft(), f));
        } else {
          records.add(result.get());
        }
      }
      return problems.isEmpty() && !dryRun ? Either.right(records) : Either.left(problems);
    });
    if (problems.isEmpty() && records.size() == lines.size() && !dryRun) {
      return new ImportResult(kind, false, true, batch[0], lines.size(), List.of(), records);
    }
    if (!problems.isEmpty()) {
      return new ImportResult(kind, dryRun, false, null, lines.size(), problems, List.of());
    }
    return new ImportResult(kind, true, false, null, lines.size(), List.of(), records);
  }

  /**
   * {@code dryRun}: absent or {@code false} records, {@code true} rehearses, anything else is refused before the file is
   * read — a misspelt rehearsal ({@code yes}, {@code 1}, {@code on}, an empty value) recorded the whole file for real.
   */
  static boolean dryRun(String raw) {
    if (raw == null || raw.equalsIgnoreCase("false")) {
      return false;
    }
    if (raw.equalsIgnoreCase("true")) {
      return true;
    }
    throw ApiError.malformed(List.of(Violation.of("dryRun", "boolean", "试运行参数须为“true”或“false”，未导入任何数据",
        "dryRun must be true or false; nothing was imported")));
  }

  /** A refusal of one row as problems at that row: each violation at its column, each finding with its rule and clauses. */
  private static List<Problem> problems(Line line, Refusal refusal, RowFields f) {
    List<Problem> out = new ArrayList<>();
    if (refusal instanceof Refusal.Malformed m) {
      for (Violation v : m.violations()) {
        String column = column(v.field());
        if (f.misfit.contains(column) && v.code().equals("required")) {
          continue; // the value did not parse and was reported as such: its "required" is not repeated (decision 0390)
        }
        out.add(new Problem(line.row(), column, line.get(column), v.code(), v.zh(), v.en(), null, List.of()));
      }
    } else if (refusal instanceof Refusal.Rejected r) {
      for (Finding x : r.rejection().findings()) {
        out.add(new Problem(line.row(), null, null, "rejected", x.message().zh(), x.message().en(), x.rule(),
            x.citations().stream().map(c -> c.format()).toList()));
      }
    } else if (refusal instanceof Refusal.NotFound n) {
      out.add(new Problem(line.row(), null, n.id(), "not-found", "未找到该" + ProblemNames.kind(n.kind()).zh() + "：" + n.id(), n.kind() + " " + n.id() + " not found",
          null, List.of()));
    } else {
      out.add(new Problem(line.row(), null, null, "conflict", "版本冲突", "version conflict", null, List.of()));
    }
    return out;
  }

  /** {@code memberParticipants[1]} → {@code memberParticipants}; an outcome's field → its column. */
  private static String column(String field) {
    if (OUTCOME_COLUMNS.containsKey(field)) {
      return OUTCOME_COLUMNS.get(field);
    }
    for (var e : TALENT_COLUMNS.entrySet()) {
      if (field.equals("outcomes.talents." + e.getKey().name())) {
        return e.getValue();
      }
    }
    int i = field.indexOf('[');
    int d = field.indexOf('.');
    int cut = i < 0 ? d : d < 0 ? i : Math.min(i, d);
    return cut < 0 ? field : field.substring(0, cut);
  }

  private Either<Refusal, Object> member(Clustergov importing, OrganizationId po, Line l, RowFields f) {
    var cmd = new AdmitMember.Command(po, l.get("name"), f.value("creditCode", l.get("creditCode"), CreditCode::parse),
        f.value("kind", l.get("kind"), ImportCells::kind),
        f.value("joinedOn", l.get("joinedOn"), ImportCells::day));
    return importing.admitMember().handle(cmd).map(m -> (Object) MembershipView.of(m));
  }

  private Either<Refusal, Object> activity(Clustergov importing, OrganizationId po, Line l, RowFields f) {
    List<MembershipId> members = f.list("memberParticipants", l.get("memberParticipants"), MembershipId::parse);
    List<String> outside = l.get("outsideParticipants") == null ? null
        : Arrays.stream(l.get("outsideParticipants").split("[;；]")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    var cmd = new RecordServiceActivity.Command(po,
        f.value("item", l.get("item"), (field, raw) -> FunctionItem.parse(raw).mapError(v -> Violation.of(field, v.code(), v.zh(), v.en()))),
        l.get("title"), f.value("heldOn", l.get("heldOn"), ImportCells::day),
        f.value("delivery", l.get("delivery"), ImportCells::delivery), members, outside,
        f.bool("openToAllMembers", l.get("openToAllMembers")), l.get("closedReason"), outcomes(l, f));
    return importing.recordServiceActivity().handle(cmd).map(a -> (Object) ActivityView.of(a));
  }

  /** The row's Art.29 outcomes; null when every outcome cell is blank (an activity without outcomes, as before). */
  private static RecordServiceActivity.OutcomesInput outcomes(Line l, RowFields f) {
    boolean any = OUTCOME_COLUMNS.values().stream().anyMatch(c -> l.get(c) != null && !l.get(c).isBlank())
        || TALENT_COLUMNS.values().stream().anyMatch(c -> l.get(c) != null && !l.get(c).isBlank());
    if (!any) {
      return null;
    }
    Map<TalentLevel, Integer> talents = new EnumMap<>(TalentLevel.class);
    TALENT_COLUMNS.forEach((level, column) -> {
      Integer n = f.value(column, l.get(column), ImportRoutes::people);
      if (n != null && n > 0) {
        talents.put(level, n);
      }
    });
    return new RecordServiceActivity.OutcomesInput(f.value("landedInvestment", l.get("landedInvestment"), Money::parse),
        f.value("technologyTransactions", l.get("technologyTransactions"), Money::parse),
        f.value("supplyContracts", l.get("supplyContracts"), Money::parse), talents.isEmpty() ? null : talents);
  }

  /** A number of people: a whole number, 0 or more (the core judges the range of one given). */
  static Validation<Violation, Integer> people(String column, String raw) {
    String t = raw.strip();
    return t.matches("[0-9]{1,9}") ? Validation.valid(Integer.parseInt(t))
        : Validation.invalid(Violation.of(column, "number", "人数须为非负整数", "a number of people is a whole number, never negative"));
  }

  /** {@link Fields} for one row: what does not parse is a problem at its row and column, and the value is left out. */
  static final class RowFields {
    private final Line line;
    final List<Problem> problems = new ArrayList<>();
    final Set<String> misfit = new java.util.HashSet<>();

    RowFields(Line line) {
      this.line = line;
    }

    <T> T value(String column, String raw, BiFunction<String, String, Validation<Violation, T>> parse) {
      if (raw == null || raw.isBlank()) {
        return null;
      }
      Validation<Violation, T> v = parse.apply(column, raw.strip());
      if (v.isValid()) {
        return v.get();
      }
      misfit.add(column);
      problems.add(new Problem(line.row(), column, raw, v.getError().code(), v.getError().zh(), v.getError().en(), null, List.of()));
      return null;
    }

    /** A list separated by {@code ;} (or the full-width {@code ；}), each element parsed; one that does not parse is null. */
    <T> List<T> list(String column, String raw, BiFunction<String, String, Validation<Violation, T>> parse) {
      if (raw == null || raw.isBlank()) {
        return null;
      }
      List<T> out = new ArrayList<>();
      for (String part : raw.split("[;；]")) {
        if (!part.isBlank()) {
          out.add(value(column, part, parse));
        }
      }
      return out;
    }

    Boolean bool(String column, String raw) {
      if (raw == null || raw.isBlank()) {
        return null;
      }
      return switch (raw.strip().toLowerCase(Locale.ROOT)) {
        case "true", "是", "yes", "1" -> Boolean.TRUE;
        case "false", "否", "no", "0" -> Boolean.FALSE;
        default -> {
          misfit.add(column);
          problems.add(new Problem(line.row(), column, raw, "boolean", "该项须为“是”或“否”（或“true”“false”）", column + " must be true or false",
              null, List.of()));
          yield null;
        }
      };
    }
  }
}
