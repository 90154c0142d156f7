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

  private Imports() {}

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
      default -> throw ApiError.of(415, "unsupported-media-type", Text.of("不支持的内容类型", "Unsupported media type"),
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
    return ApiError.of(400, "unreadable-import", Text.of("无法读取导入文件", "The import file cannot be read"), Text.of(zh, en));
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

  /** The template: a header row of {@code key（中文）} and one example row. */
  static byte[] template(List<Column> columns, boolean xlsx) {
    List<String> header = columns.stream().map(c -> c.key() + "（" + c.zh() + "）").toList();
    List<String> example = columns.stream().map(Column::example).toList();
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
