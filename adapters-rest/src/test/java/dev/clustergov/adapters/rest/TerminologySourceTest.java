package dev.clustergov.adapters.rest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.clustergov.core.testkit.ChineseTerms;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 20, decision 0410: every Chinese text in {@code core/src/main} and {@code adapters-rest/src/main} — messages,
 * violations, problems, labels, parameter descriptions, page text, demo data — read from the source, so that a text
 * built in code is seen as well as one a test happens to produce. The guideline's verbatim text (the catalogue) is
 * the guideline's own and is not scanned; comments are not shown and are not scanned.
 */
class TerminologySourceTest {

  private static final Path CORE = Path.of("..", "core", "src", "main", "java");
  private static final Path REST = Path.of("src", "main", "java");
  private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** A field name or key put in front of Chinese text: the text then carries an English identifier. */
  private static final Pattern FIELD_BEFORE_CHINESE = Pattern.compile("\\b(field|f|key|param|child|path)\\s*\\+\\s*\" ?\\p{IsHan}");
  /**
   * An identifier — a rule's, an indicator's, a command's id, a parameter's key — joined into Chinese text outside
   * quotation marks (decision 0565: 规则A8.2-charter-consensus通过, 指标O1（…）): name the thing in Chinese instead.
   */
  private static final Pattern IDENTIFIER_IN_CHINESE = Pattern.compile(
      "\"(?:[^\"\\\\\\n]|\\\\.)*\\p{IsHan}(?:[^\"\\\\\\n]|\\\\.)*(?<!“)\"\\s*\\+\\s*[\\w.()]*\\.(?:id|rule|key|command|getSimpleName)\\(\\)(?!\\s*\\+\\s*\"”)"
      + "|\\.(?:id|rule|key|command|getSimpleName)\\(\\)\\s*\\+\\s*\"(?!”)(?:[^\"\\\\\\n]|\\\\.)*\\p{IsHan}");
  /** A Chinese literal with an English literal right after it: the two texts of one message. */
  private static final Pattern PAIR = Pattern.compile(
      "\"((?:[^\"\\\\\\n]|\\\\.)*\\p{IsHan}(?:[^\"\\\\\\n]|\\\\.)*)\"\\s*,\\s*\"((?:[^\"\\\\\\n\\p{IsHan}]|\\\\.)*)\"\\s*[),]");

  private record Line(Path file, int number, String text) {
    String where() {
      return file.getFileName() + ":" + number;
    }
  }

  private static List<Line> lines() throws IOException {
    List<Line> out = new ArrayList<>();
    for (Path root : List.of(CORE, REST)) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
          if (f.getFileName().toString().equals("Catalogue.java")) {
            continue; // the guideline verbatim, its typography kept (帐户 included)
          }
          List<String> all = Files.readAllLines(f, StandardCharsets.UTF_8);
          boolean block = false;
          for (int i = 0; i < all.size(); i++) {
            String l = all.get(i);
            String t = l.strip();
            if (t.contains("\"\"\"")) {
              String before = t.substring(0, t.indexOf("\"\"\"")).strip();
              if (block && !before.isEmpty()) {
                out.add(blockLine(f, i + 1, before)); // a text block's last line, before its closing quotes
              }
              // a line that closes one text block and opens the next (`""").append(x).append("""`) stays inside one
              if ((t.split("\"\"\"", -1).length - 1) % 2 == 1) {
                block = !block;
              }
              continue;
            }
            if (block) {
              out.add(blockLine(f, i + 1, t));
            } else if (!t.startsWith("*") && !t.startsWith("/*") && !t.startsWith("//") && !t.contains("Pattern.compile")) {
              int comment = l.indexOf(" // ");
              out.add(new Line(f, i + 1, comment > 0 && l.lastIndexOf('"') < comment ? l.substring(0, comment) : l));
            }
          }
        }
      }
    }
    return out;
  }

  /**
   * A line inside a text block: JSON (an OpenAPI example) is read as the JSON strings it holds, each a text of its own
   * (a key or a date beside a Chinese value is not inside it); any other line is one text.
   */
  private static Line blockLine(Path f, int number, String t) {
    boolean json = t.startsWith("{") || t.startsWith("[") || t.startsWith("\"") || t.contains("\": ");
    return new Line(f, number, json ? t : "\"" + t.replace("\"", "'") + "\"");
  }

  @Test
  void everyChineseTextUsesTheTermsTableAndTheRegister() throws IOException {
    List<String> found = new ArrayList<>();
    int texts = 0;
    for (Line line : lines()) {
      Matcher m = LITERAL.matcher(line.text());
      while (m.find()) {
        String s = m.group(1);
        if (!HAN.matcher(s).find()) {
          continue;
        }
        texts++;
        ChineseTerms.problems(s).forEach(p -> found.add(line.where() + ": " + p));
      }
      if (FIELD_BEFORE_CHINESE.matcher(line.text()).find()) {
        found.add(line.where() + ": a field name put in front of Chinese text");
      }
      if (IDENTIFIER_IN_CHINESE.matcher(line.text()).find()) {
        found.add(line.where() + ": an identifier joined into Chinese text outside quotation marks");
      }
    }
    assertThat(texts).as("Chinese texts scanned").isGreaterThan(500);
    assertThat(found).isEmpty();
  }

  /** Decision 0470: no English literal writes a count “finding(s)” or the old awkward wordings the second review found. */
  @Test
  void everyEnglishTextAvoidsTheFormsTheSecondReviewFound() throws IOException {
    List<String> found = new ArrayList<>();
    for (Line line : lines()) {
      Matcher m = LITERAL.matcher(line.text());
      while (m.find()) {
        ChineseTerms.englishProblems(m.group(1)).forEach(p -> found.add(line.where() + ": " + p));
      }
    }
    assertThat(found).isEmpty();
  }

  @Test
  void theChineseAndEnglishOfEachMessageNameTheSameNumbersAndClauses() throws IOException {
    List<String> found = new ArrayList<>();
    int pairs = 0;
    for (Line line : lines()) {
      Matcher m = PAIR.matcher(line.text());
      while (m.find()) {
        pairs++;
        String zh = m.group(1);
        String en = m.group(2);
        if (!en.matches(".*[A-Za-z]{2,}.*")) {
          continue; // a name with its code (苏州, 320500), not the two texts of a message
        }
        ChineseTerms.mismatch(zh, en).forEach(p -> found.add(line.where() + ": " + p + " — " + zh + " / " + en));
      }
    }
    assertThat(pairs).as("pairs of texts compared").isGreaterThan(200);
    assertThat(found).isEmpty();
  }

  @Test
  void everyCommandARejectionCanNameHasAChineseName() throws IOException {
    Pattern reject = Pattern.compile("reject\\(\"([A-Za-z]+)\"|Move\\.(?:acting|within|operating)\\(\"([A-Za-z]+)\"");
    List<String> unnamed = new ArrayList<>();
    for (Line line : lines()) {
      Matcher m = reject.matcher(line.text());
      while (m.find()) {
        String command = m.group(1) != null ? m.group(1) : m.group(2);
        if (!ProblemNames.commands().contains(command)) {
          unnamed.add(line.where() + ": " + command);
        }
      }
    }
    assertThat(unnamed).isEmpty();
  }
  /**
   * Decision 0601: an activity of Art.17–24 is a 服务活动 · service activity, as the rules, the dashboard and the reports
   * say; no source says 公共服务活动 — Javadoc and comments included, which the other checks skip and a successor copies
   * from. The JDBC adapter's migrations are read for the Chinese as well; an applied one is never edited (Flyway checksums
   * its comments too), so V6's English comment “public service activities” stays and only Java is held to the English.
   */
  @Test
  void noSourceCallsAnActivityAPublicServiceActivity() throws IOException {
    List<String> found = new ArrayList<>();
    for (Path root : List.of(CORE, REST, Path.of("..", "adapters-jdbc", "src", "main"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql")).sorted().toList()) {
          List<String> all = Files.readAllLines(f, StandardCharsets.UTF_8);
          for (int i = 0; i < all.size(); i++) {
            // V6__operation.sql's comment says “public service activities” in English: applied, it stays as it is
            if (all.get(i).contains("公共服务活动") || f.toString().endsWith(".java") && all.get(i).contains("public service activit")) {
              found.add(f.getFileName() + ":" + (i + 1) + ": " + all.get(i).strip());
            }
          }
        }
      }
    }
    assertThat(found).isEmpty();
  }
}
