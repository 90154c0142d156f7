package dev.clustergov.adapters.rest;

import dev.clustergov.core.kernel.Text;
import dev.clustergov.core.kernel.Violation;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import org.eclipse.jetty.http.MultiPart;
import org.eclipse.jetty.http.MultiPartFormData;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.io.content.ByteBufferContentSource;

/**
 * The import page's form (导入表单, decision 0467): a {@code multipart/form-data} body with a {@code file}, the
 * {@code kind} of import and a {@code dryRun} check box, parsed by Jetty's own parser from the bytes
 * {@link Exchange#bytes()} has already read — so the body's size, rate and deadline limits of decision 0370 hold for a
 * form as for a CSV body, and no part is ever written to disk.
 */
final class ImportForm {

  static final String MULTIPART = "multipart/form-data";
  /** At most this many parts: the form has three. */
  static final int MAX_PARTS = 16;

  private ImportForm() {}

  /**
   * What the form sent: the kind, the file's bytes, its media type (CSV or XLSX, by the part's type, the file's name or
   * its first bytes — browsers give a CSV file many types) and whether it is a dry run.
   */
  record Upload(String kind, String fileName, byte[] file, String media, boolean dryRun) {}

  /** Whether a Content-Type is a form's. */
  static boolean isForm(String contentType) {
    return contentType != null && contentType.split(";")[0].strip().toLowerCase(Locale.ROOT).equals(MULTIPART);
  }

  /** The form in {@code body}; 415 unless it is {@code multipart/form-data}, 400 when it cannot be parsed or has no file. */
  static Upload read(byte[] body, String contentType) {
    if (!isForm(contentType)) {
      throw ApiError.of(415, "unsupported-media-type",
          Text.of("导入表单须以“multipart/form-data”格式提交", "The import form is sent as multipart/form-data"))
          .withHeader("Accept-Post", MULTIPART);
    }
    String boundary = MultiPart.extractBoundary(contentType);
    if (boundary == null || boundary.isEmpty()) {
      throw unreadable("表单缺少分隔符", "the form has no boundary");
    }
    MultiPartFormData.Parser parser = new MultiPartFormData.Parser(boundary);
    parser.setMaxParts(MAX_PARTS);
    parser.setMaxLength(body.length);
    parser.setMaxMemoryFileSize(-1); // every part stays in memory: the body is already in memory, within its limit
    parser.setUseFilesForPartsWithoutFileName(false);
    try (MultiPartFormData.Parts parts = parser.parse(new ByteBufferContentSource(ByteBuffer.wrap(body))).get()) {
      String kind = field(parts, "kind");
      String dryRun = field(parts, "dryRun");
      MultiPart.Part file = parts.getFirst("file");
      if (file == null || file.getLength() == 0) {
        throw ApiError.malformed(List.of(Violation.of("file", "required", "请选择要导入的文件", "choose a file to import")));
      }
      byte[] bytes = bytes(file);
      String name = file.getFileName() == null ? "" : file.getFileName();
      return new Upload(kind == null ? null : kind.strip(), name, bytes, media(file.getHeaders().get("Content-Type"), name, bytes),
          dryRun != null && dryRun.strip().equalsIgnoreCase("on") || ImportRoutes.dryRun(dryRun == null ? null : dryRun.strip()));
    } catch (ExecutionException e) {
      // the parser's own message is not echoed: it names the parser, not what the person can fix
      throw unreadable("表单无法解析，请通过导入页面的表单重新上传", "the form does not parse: upload it again from the imports page");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw unreadable("表单无法解析", "the form was not parsed");
    }
  }

  private static String field(MultiPartFormData.Parts parts, String name) {
    MultiPart.Part p = parts.getFirst(name);
    return p == null ? null : p.getContentAsString(StandardCharsets.UTF_8);
  }

  private static byte[] bytes(MultiPart.Part part) {
    try {
      ByteBuffer b = Content.Source.asByteBuffer(part.getContentSource());
      byte[] out = new byte[b.remaining()];
      b.get(out);
      return out;
    } catch (java.io.IOException e) {
      throw unreadable("表单中的文件无法读取", "the form's file cannot be read");
    }
  }

  /**
   * The file's media type: the part's own when it is CSV or XLSX; else by the file's extension (a browser on a machine
   * with Excel sends a CSV file as {@code application/vnd.ms-excel}, others as {@code application/octet-stream}); else
   * XLSX when it begins as a ZIP archive does, CSV otherwise — {@link Imports#read} then says whether it reads.
   */
  static String media(String partType, String fileName, byte[] bytes) {
    String t = partType == null ? "" : partType.split(";")[0].strip().toLowerCase(Locale.ROOT);
    if (t.equals(Imports.CSV) || t.equals(Imports.XLSX)) {
      return t;
    }
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.endsWith(".xlsx")) {
      return Imports.XLSX;
    }
    if (n.endsWith(".csv") || n.endsWith(".txt")) {
      return Imports.CSV;
    }
    boolean zip = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
    return zip ? Imports.XLSX : Imports.CSV;
  }

  private static ApiError unreadable(String zh, String en) {
    return ApiError.of(400, "unreadable-import", Text.of(zh, en));
  }
}
