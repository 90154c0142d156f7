package dev.clustergov.adapters.rest;

import dev.clustergov.adapters.rest.ImportRoutes.Problem;
import dev.clustergov.adapters.rest.Imports.Line;
import dev.clustergov.core.kernel.Violation;
import dev.clustergov.core.operation.Delivery;
import dev.clustergov.core.operation.MemberKind;
import io.vavr.control.Validation;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The cells of a spreadsheet as a secretary-general's own tool writes them (表格单元格, decisions 0517 and 0518): the
 * template's example row told from a row to import; text that a spreadsheet would run as a formula or that reverses the
 * text around it refused at its cell; days and kinds in the spellings a Chinese spreadsheet produces.
 */
final class ImportCells {

  private ImportCells() {}

  /** The mark that begins the template's example row (decision 0518). */
  static final String EXAMPLE_MARK = "#";

  /** The example row's first cell: the mark and what to do, before the example value. */
  static String exampleCell(String value) {
    return EXAMPLE_MARK + "示例行（导入前请删除本行）：" + value;
  }

  /**
   * The template's example row, or any row whose first filled cell begins with {@code #}: a problem at that cell saying to
   * delete the row, and the row is not run — left in, it imported a fictitious member unit (attack pass F3).
   */
  static Optional<Problem> exampleRow(Line line) {
    return line.cells().entrySet().stream().findFirst().filter(e -> e.getValue().startsWith(EXAMPLE_MARK))
        .map(e -> new Problem(line.row(), e.getKey(), shown(e.getValue()), "example-row",
            "第" + line.row() + "行以“#”开头，是模板的示例行或说明行，不是要导入的数据：请删除该行后重新导入，未导入任何数据",
            "row " + line.row() + " begins with #: it is the template's example or a note, not a row to import; delete it and "
                + "import again; nothing was imported", null, List.of()));
  }

  /** The columns of free text by kind: what a person typed, which a spreadsheet reading an export would run. */
  static final Map<String, List<String>> TEXT_COLUMNS = Map.of("members", List.of("name"),
      "activities", List.of("title", "outsideParticipants", "closedReason"));

  /**
   * Each text cell of {@code line} that begins as a spreadsheet formula does ({@code = + - @}) or holds a character that
   * overrides, embeds or isolates the direction of the text (U+202A–U+202E, U+2066–U+2069): a problem at that cell, the
   * value shown with those characters made visible (decision 0517). Marks (U+200E, U+200F, U+061C), which right-to-left
   * names such as Uyghur ones need, are text as before (decision 0361).
   */
  static List<Problem> unsafeText(Line line, String kind) {
    List<Problem> out = new ArrayList<>();
    for (String column : TEXT_COLUMNS.getOrDefault(kind, List.of())) {
      String v = line.get(column);
      if (v == null) {
        continue;
      }
      List<String> parts = column.equals("outsideParticipants") ? Arrays.asList(v.split("[;；]")) : List.of(v);
      boolean formula = parts.stream().map(String::strip).anyMatch(p -> !p.isEmpty() && "=+-@".indexOf(p.charAt(0)) >= 0);
      if (formula) {
        out.add(new Problem(line.row(), column, shown(v), "formula",
            "该项以“=”“+”“-”或“@”开头，电子表格软件会将其当作公式执行：名称不得以这些符号开头，请删除开头的符号，未导入任何数据",
            column + " begins with =, +, - or @, which a spreadsheet runs as a formula: a name must not begin with them; "
                + "remove the leading sign; nothing was imported", null, List.of()));
      }
      if (v.codePoints().anyMatch(ImportCells::directionControl)) {
        out.add(new Problem(line.row(), column, shown(v), "bidi-control",
            "该项含有改变文字显示方向的不可见控制字符（“U+202A”至“U+202E”、“U+2066”至“U+2069”，已在值中标出），"
                + "会使名称显示得与实际不同：请删除这些字符，未导入任何数据",
            column + " holds invisible characters that change the direction text is shown in (U+202A–U+202E, U+2066–U+2069, "
                + "marked in the value), which make a name read other than it is: delete them; nothing was imported",
            null, List.of()));
      }
    }
    return out;
  }

  /** The embeddings, overrides and isolates of UAX #9 — not its marks. */
  static boolean directionControl(int c) {
    return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
  }

  /** A cell's value as a problem shows it: every direction control written out as {@code <U+202E>}. */
  static String shown(String v) {
    if (v == null) {
      return null;
    }
    StringBuilder b = new StringBuilder(v.length());
    v.codePoints().forEach(c -> {
      if (directionControl(c)) {
        b.append(String.format("<U+%04X>", c));
      } else {
        b.appendCodePoint(c);
      }
    });
    return b.toString();
  }

  private static final Pattern DAY = Pattern.compile("(\\d{4})(?:([-/.])(\\d{1,2})\\2(\\d{1,2})|年(\\d{1,2})月(\\d{1,2})日)");

  /**
   * A day as a spreadsheet shows it (decision 0518): {@code 2026-11-02}, {@code 2026/11/2} or {@code 2026/11/02},
   * {@code 2026.11.2}, or {@code 2026年11月2日} (an XLSX date cell arrives as a day already); anything else, or a day the
   * calendar has not, is refused with the spellings accepted. Its range is the command's to judge.
   */
  static Validation<Violation, LocalDate> day(String field, String raw) {
    String t = raw == null ? "" : raw.strip();
    Matcher m = DAY.matcher(t);
    if (m.matches()) {
      try {
        int y = Integer.parseInt(m.group(1));
        int month = Integer.parseInt(m.group(3) != null ? m.group(3) : m.group(5));
        int d = Integer.parseInt(m.group(4) != null ? m.group(4) : m.group(6));
        return Validation.valid(LocalDate.of(y, month, d));
      } catch (DateTimeException e) {
        // a month or day the calendar has not: refused below, as any other spelling
      }
    }
    return Validation.invalid(Violation.of(field, "date",
        "该项须为日历上的日期，可写作“YYYY-MM-DD”“YYYY/M/D”“YYYY.M.D”或“YYYY年M月D日”，也可为表格中的日期单元格",
        field + " must be a day of the calendar, written YYYY-MM-DD, YYYY/M/D, YYYY.M.D or YYYY年M月D日, or a date cell"));
  }

  /** Other spellings of a member unit's kind that spreadsheets carry, besides its code and its Chinese and English title. */
  private static final Map<String, MemberKind> KIND_SPELLINGS = Map.of("高校", MemberKind.UNIVERSITY, "大学",
      MemberKind.UNIVERSITY, "科研机构", MemberKind.RESEARCH_INSTITUTE, "服务机构", MemberKind.SERVICE_PROVIDER);

  /**
   * A member unit's kind (decision 0518): its code ({@code ENTERPRISE}, any case), its Chinese title ({@code 企业},
   * {@code 科研院所}, …, with {@code 高校}, {@code 大学} and {@code 科研机构}) or its English title; anything else is
   * refused with the Chinese titles and the codes.
   */
  static Validation<Violation, MemberKind> kind(String field, String raw) {
    String t = raw == null ? "" : raw.strip();
    for (MemberKind k : MemberKind.values()) {
      if (k.name().equalsIgnoreCase(t) || k.title().zh().equals(t) || k.title().en().equalsIgnoreCase(t)) {
        return Validation.valid(k);
      }
    }
    if (KIND_SPELLINGS.containsKey(t)) {
      return Validation.valid(KIND_SPELLINGS.get(t));
    }
    return Validation.invalid(Violation.of(field, "enum",
        "成员单位类型须为以下之一：" + String.join("、", Arrays.stream(MemberKind.values()).map(k -> k.title().zh()).toList())
            + "（也可写代码，如“" + MemberKind.ENTERPRISE.name() + "”）",
        field + " must be one of: " + String.join(", ", Arrays.stream(MemberKind.values())
            .map(k -> k.title().en() + " (" + k.name() + ")").toList())));
  }

  /** How a service was delivered: its code, or its Chinese or English title ({@code 直接服务}, {@code 对接服务}). */
  static Validation<Violation, Delivery> delivery(String field, String raw) {
    String t = raw == null ? "" : raw.strip();
    for (Delivery k : Delivery.values()) {
      if (k.name().equalsIgnoreCase(t) || k.title().zh().equals(t) || k.title().en().equalsIgnoreCase(t)) {
        return Validation.valid(k);
      }
    }
    return Validation.invalid(Violation.of(field, "enum",
        "服务方式须为以下之一：" + String.join("、", Arrays.stream(Delivery.values()).map(k -> k.title().zh()).toList())
            + "（也可写代码，如“" + Delivery.DIRECT.name() + "”）",
        field + " must be one of: " + String.join(", ", Arrays.stream(Delivery.values())
            .map(k -> k.title().en() + " (" + k.name() + ")").toList())));
  }

  /** The Chinese titles of the kinds, as the template's header lists them. */
  static String kindsZh() {
    return String.join("、", Arrays.stream(MemberKind.values()).map(k -> k.title().zh()).toList());
  }
}
