package dev.clustergov.adapters.rest;

import dev.clustergov.core.kernel.Text;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A secretariat's spreadsheet as rows of text (导入表格, decision 0451): CSV in UTF-8 (a byte-order mark allowed, as Excel
 * writes it) read by Apache Commons CSV, or the first sheet of an XLSX workbook read by Apache POI. The first row names
 * the columns — {@code name} or {@code name（成员单位名称）}, the part before a bracket or a space being the key — and each
 * later row is one record, numbered as the spreadsheet numbers it (the header is row 1). Text only: the REST adapter
 * parses it as it parses a JSON body ({@link Fields}'s way), so a row and a request meet the same checks.
 */
final class Imports {

  static final String CSV = "text/csv";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  /** More rows than this in one file is refused before any is parsed. */
  static final int MAX_ROWS = 10_000;

  /**
   * The body limit of the import routes (decision 0519): 4 MiB, room for {@link #MAX_ROWS} rows of a realistic file — an
   * activity row with a Chinese title, participants and outcomes is 200–300 bytes in CSV, far less in XLSX — where the
   * server's limit for every other request (1 MiB by default) stopped a CSV near 4,800 activity rows. Still bounded: the
   * body is held in memory while it is read.
   */
  static final long MAX_BODY = 4L * 1024 * 1024;

  /** What an XLSX part may unpack to: a 10,000-row sheet is a few MiB of XML; a sheet that claims more is refused. */
  static final long MAX_XLSX_ENTRY = 64L * 1024 * 1024;

  static {
    // POI's own guard against a workbook that unpacks to far more than it weighs (its default allows 4 GiB a part);
    // the process reads no other workbook
    org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(MAX_XLSX_ENTRY);
  }

  private Imports() {}

  /** The body limit of {@code op}: the import routes' own, never below the server's {@code limit} for every request. */
  static long bodyLimit(Op op, long limit) {
    return op == Op.IMPORT_MEMBERS || op == Op.IMPORT_ACTIVITIES || op == Op.IMPORT_UPLOAD ? Math.max(limit, MAX_BODY) : limit;
  }

  /**
   * The import's body, read within {@link #bodyLimit}; a file too large is refused in the person's terms — the limit in
   * megabytes and rows, and what to do — rather than as a request of so many bytes (attack pass F14).
   */
  static byte[] body(Exchange ex) {
    try {
      return ex.bytes();
    } catch (ApiError e) {
      if (e.status != 413) {
        throw e;
      }
      long limit = bodyLimit(ex.route.op(), 0);
      long mib = limit / (1024 * 1024);
      throw ApiError.of(413, "content-too-large",
          Text.of("导入文件不得超过" + mib + "兆字节（" + limit + "字节），可容纳" + MAX_ROWS + "行的常见文件：请将文件拆分为几个较小的文件，"
                  + "分别导入，未导入任何数据",
              "an import file must not exceed " + mib + " MiB (" + limit + " bytes), room for a typical file of " + MAX_ROWS
                  + " rows: split it into smaller files and import each; nothing was imported"));
    }
  }

  /** One column of a template: its key, its Chinese label and an example value. */
  record Column(String key, String zh, String example) {}

  /** A row of the file: its number in the spreadsheet and its cells by column key (blank cells absent). */
  record Line(int row, Map<String, String> cells) {
    String get(String key) {
      return cells.get(key);
    }
  }

  /** The rows of a CSV or XLSX body; 415 for another type, 400 when the file cannot be read or names unknown columns. */
  static List<Line> read(byte[] body, String contentType, List<Column> columns) {
    String media = contentType == null ? "" : contentType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    List<List<String>> table = switch (media) {
      case CSV -> csv(body);
      case XLSX -> xlsx(body);
      default -> throw ApiError.of(415, "unsupported-media-type",
          Text.of("导入文件须为UTF-8编码的CSV文件或XLSX文件", "An import must be a CSV file in UTF-8 or an XLSX file")).withHeader("Accept-Post", CSV + ", " + XLSX);
    };
    if (table.isEmpty()) {
      throw unreadable("文件为空，缺少标题行", "the file is empty: no header row");
    }
    List<String> keys = new ArrayList<>();
    List<String> unknown = new ArrayList<>();
    for (String h : table.get(0)) {
      String key = key(h);
      keys.add(key);
      if (!key.isEmpty() && columns.stream().noneMatch(c -> c.key().equals(key))) {
        unknown.add(h);
      }
    }
    if (!unknown.isEmpty()) {
      throw unreadable("未知的列：" + String.join("、", unknown), "unknown columns: " + String.join(", ", unknown));
    }
    if (table.size() - 1 > MAX_ROWS) {
      throw unreadable("一个文件最多" + MAX_ROWS + "行", "at most " + MAX_ROWS + " rows in one file");
    }
    List<Line> lines = new ArrayList<>();
    for (int r = 1; r < table.size(); r++) {
      Map<String, String> cells = new LinkedHashMap<>();
      List<String> row = table.get(r);
      for (int c = 0; c < row.size() && c < keys.size(); c++) {
        String v = row.get(c);
        if (!keys.get(c).isEmpty() && v != null && !v.isBlank()) {
          cells.put(keys.get(c), v.strip());
        }
      }
      if (!cells.isEmpty()) { // an empty line is no record
        lines.add(new Line(r + 1, cells));
      }
    }
    return lines;
  }

  /** {@code joinedOn（入会日期）} → {@code joinedOn}. */
  static String key(String header) {
    String h = header == null ? "" : header.strip();
    int cut = h.length();
    for (String stop : new String[] {"（", "(", " "}) {
      int i = h.indexOf(stop);
      if (i >= 0 && i < cut) {
        cut = i;
      }
    }
    return h.substring(0, cut);
  }

  private static ApiError unreadable(String zh, String en) {
    return ApiError.of(400, "unreadable-import", Text.of(zh, en));
  }

  private static List<List<String>> csv(byte[] body) {
    long[] read = {0};
    try (CSVParser p = CSVFormat.RFC4180.builder().get().parse(new InputStreamReader(
        new org.apache.commons.io.input.BOMInputStream.Builder().setInputStream(new ByteArrayInputStream(body)).get(),
        StandardCharsets.UTF_8.newDecoder().onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)))) {
      List<List<String>> out = new ArrayList<>();
      for (CSVRecord r : p) {
        read[0] = p.getCurrentLineNumber();
        out.add(r.toList());
      }
      return out;
    } catch (IOException | UncheckedIOException | IllegalStateException e) {
      // said in the person's terms, the same in both languages, never the parser's own message (attack pass F7: the English
      // carried Commons CSV's exception text, the Chinese blamed the encoding for a stray quote)
      for (Throwable c = e; c != null; c = c.getCause()) {
        if (c instanceof java.nio.charset.CharacterCodingException) {
          throw unreadable("CSV文件不是UTF-8编码，请在表格软件中另存为UTF-8编码的CSV文件，未导入任何数据",
              "the CSV file is not in UTF-8: save it from the spreadsheet as CSV in UTF-8; nothing was imported");
        }
      }
      long line = read[0] + 1;
      throw unreadable("CSV文件自第" + line + "行起无法解析，常见原因是引号未闭合，未导入任何数据",
          "the CSV file does not parse from line " + line + " on, often because of an unclosed quote; nothing was imported");
    }
  }

  private static List<List<String>> xlsx(byte[] body) {
    DataFormatter format = new DataFormatter(Locale.ROOT);
    try (Workbook w = new XSSFWorkbook(new ByteArrayInputStream(body))) {
      Sheet s = w.getSheetAt(0);
      List<List<String>> out = new ArrayList<>();
      for (int r = 0; r <= s.getLastRowNum(); r++) {
        Row row = s.getRow(r);
        List<String> cells = new ArrayList<>();
        if (row != null) {
          for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
            cells.add(text(row.getCell(c), format));
          }
        }
        out.add(cells);
      }
      return out;
    } catch (IOException | RuntimeException e) {
      // not the library's message (it named Apache POI and asked to report a bug): what the person can do
      throw unreadable("XLSX文件无法解析，请确认文件为有效的XLSX文件，未导入任何数据",
          "the XLSX file cannot be read as a workbook: check that it is a valid XLSX file; nothing was imported");
    }
  }

  /** A cell as its text: a date cell as YYYY-MM-DD, a number as written, a formula by its cached value. */
  private static String text(Cell cell, DataFormatter format) {
    if (cell == null) {
      return null;
    }
    CellType t = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    if (t == CellType.NUMERIC && DateUtil.isCellDateFormatted(cell)) {
      return cell.getLocalDateTimeCellValue().toLocalDate().toString();
    }
    if (t == CellType.STRING) {
      return cell.getStringCellValue();
    }
    return format.formatCellValue(cell);
  }

  /**
   * The template: a header row of {@code key（中文）} and one example row whose first cell begins with {@code #}, which an
   * import refuses at that cell if it is left in (decision 0518).
   */
  static byte[] template(List<Column> columns, boolean xlsx) {
    List<String> header = columns.stream().map(c -> c.key() + "（" + c.zh() + "）").toList();
    List<String> example = new ArrayList<>(columns.stream().map(Column::example).toList());
    example.set(0, ImportCells.exampleCell(example.get(0)));
    if (!xlsx) {
      StringWriter out = new StringWriter();
      try (CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180)) {
        p.printRecord(header);
        p.printRecord(example);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8); // the BOM: Excel then opens it as UTF-8
    }
    try (XSSFWorkbook w = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      Sheet s = w.createSheet("import");
      var h = s.createRow(0);
      var e = s.createRow(1);
      var textStyle = w.createCellStyle();
      textStyle.setDataFormat(w.createDataFormat().getFormat("@")); // text: a credit code or a day stays as typed
      for (int c = 0; c < columns.size(); c++) {
        h.createCell(c).setCellValue(header.get(c));
        var cell = e.createCell(c);
        cell.setCellStyle(textStyle);
        cell.setCellValue(example.get(c));
        s.setDefaultColumnStyle(c, textStyle);
        s.setColumnWidth(c, 24 * 256);
      }
      w.write(out);
      return out.toByteArray();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
