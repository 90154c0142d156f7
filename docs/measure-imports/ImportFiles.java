import java.io.*;
import java.nio.charset.StandardCharsets;
import java.util.*;
import org.apache.poi.xssf.usermodel.*;

/** Files for the import measurement of decision 0451 (addendum F14): N rows of member units or service activities, CSV and XLSX, valid credit codes from OFFSET. Run: java -cp adapters-rest/target/clustergov-server.jar docs/measure-imports/ImportFiles.java N members|activities OFFSET */
public class ImportFiles {
  static final String CH = "0123456789ABCDEFGHJKLMNPQRTUWXY";
  static final int[] W = {1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28};
  static String code(String p) { int s = 0; for (int i = 0; i < 17; i++) s += CH.indexOf(p.charAt(i)) * W[i]; int c = 31 - s % 31; return p + CH.charAt(c == 31 ? 0 : c); }
  public static void main(String[] a) throws Exception {
    int n = Integer.parseInt(a[0]); String kind = a[1]; int offset = Integer.parseInt(a[2]);
    List<String[]> rows = new ArrayList<>();
    if (kind.equals("members")) {
      rows.add(new String[] {"name", "creditCode", "kind"});
      for (int k = 0; k < n; k++) rows.add(new String[] {"苏州测量新材料科技有限公司第" + (offset + k) + "号", code(String.format("91320594MB%07d", offset + k)), k % 3 == 0 ? "企业" : "ENTERPRISE"});
    } else {
      rows.add(new String[] {"item", "title", "delivery", "outsideParticipants", "openToAllMembers", "technologyTransactions", "highLevelTalents"});
      for (int k = 0; k < n; k++) rows.add(new String[] {"第二十一条第（三）项", "长三角纳米新材料产业链供需对接暨科技成果转化路演活动第" + (offset + k) + "场", "对接服务", "苏州某产业技术研究院；南京某检测认证中心", "是", "1200000.00", "2"});
    }
    try (Writer w = new OutputStreamWriter(new FileOutputStream(kind + n + ".csv"), StandardCharsets.UTF_8)) {
      for (String[] r : rows) w.write(String.join(",", r) + "\n");
    }
    try (XSSFWorkbook wb = new XSSFWorkbook(); FileOutputStream out = new FileOutputStream(kind + n + ".xlsx")) {
      var s = wb.createSheet("import");
      for (int i = 0; i < rows.size(); i++) { var row = s.createRow(i); for (int c = 0; c < rows.get(i).length; c++) row.createCell(c).setCellValue(rows.get(i)[c]); }
      wb.write(out);
    }
  }
}
