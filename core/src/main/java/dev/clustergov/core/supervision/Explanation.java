package dev.clustergov.core.supervision;

import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The explanation of an evaluation (评价说明, Art.28), as a tree read from the top: the verdict, the
 * indicators and findings behind it, the rules and evidence behind each, every node in Chinese and
 * English with the clauses it rests on. Written as canonical text ({@link #format}) so it can be
 * stored and read back ({@link #parse}).
 */
public record Explanation(Kind kind, Text text, List<Citation> clauses, List<Explanation> because) {

  /** What a node of the explanation is. */
  public enum Kind { VERDICT, DIMENSION, INDICATOR, RULE, EVIDENCE, FINDING, SANCTION }

  public Explanation {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    clauses = List.copyOf(clauses);
    because = List.copyOf(because);
  }

  public static Explanation of(Kind kind, Text text, List<Citation> clauses, List<Explanation> because) {
    return new Explanation(kind, text, clauses, because);
  }

  public static Explanation leaf(Kind kind, Text text, List<Citation> clauses) {
    return new Explanation(kind, text, clauses, List.of());
  }

  /** Every node, depth first, this one first. */
  public List<Explanation> nodes() {
    List<Explanation> out = new ArrayList<>();
    collect(this, out);
    return out;
  }

  private static void collect(Explanation e, List<Explanation> out) {
    out.add(e);
    e.because.forEach(b -> collect(b, out));
  }

  /** One line a node, indented by depth, the clauses first, e.g. {@code   [Art.18] O1 …}. */
  public String render(Language language) {
    StringBuilder out = new StringBuilder();
    render(this, 0, language, out);
    return out.toString();
  }

  private static void render(Explanation e, int depth, Language language, StringBuilder out) {
    out.append("  ".repeat(depth));
    if (!e.clauses.isEmpty()) {
      out.append(language == Language.ZH ? "【" : "[");
      for (int i = 0; i < e.clauses.size(); i++) {
        Citation c = e.clauses.get(i);
        out.append(i == 0 ? "" : language == Language.ZH ? "、" : ", ")
            .append(language == Language.ZH ? c.formatChinese() : c.format());
      }
      out.append(language == Language.ZH ? "】" : "] ");
    }
    out.append(e.text.in(language)).append('\n');
    e.because.forEach(b -> render(b, depth + 1, language, out));
  }

  /** Canonical text: one line a node, {@code depth|KIND|clauses|zh|en}, {@code \}, {@code |} and line breaks escaped. */
  public String format() {
    StringBuilder out = new StringBuilder();
    format(this, 0, out);
    return out.toString();
  }

  private static void format(Explanation e, int depth, StringBuilder out) {
    out.append(depth).append('|').append(e.kind.name()).append('|')
        .append(String.join(",", e.clauses.stream().map(Citation::format).toList())).append('|')
        .append(escape(e.text.zh())).append('|').append(escape(e.text.en())).append('\n');
    e.because.forEach(b -> format(b, depth + 1, out));
  }

  /** Reads {@link #format}'s text back; empty when it is not such text. */
  public static Optional<Explanation> parse(String text) {
    if (text == null || text.isEmpty()) {
      return Optional.empty();
    }
    String[] lines = text.split("\n");
    List<Object[]> rows = new ArrayList<>();
    for (String line : lines) {
      String[] cell = splitUnescaped(line);
      if (cell.length != 5) {
        return Optional.empty();
      }
      try {
        int depth = Integer.parseInt(cell[0]);
        Kind kind = Kind.valueOf(cell[1]);
        List<Citation> clauses = new ArrayList<>();
        if (!cell[2].isEmpty()) {
          for (String c : cell[2].split(",")) {
            var v = Citation.parse(c);
            if (v.isInvalid()) {
              return Optional.empty();
            }
            clauses.add(v.get());
          }
        }
        rows.add(new Object[] {depth, kind, clauses, Text.of(unescape(cell[3]), unescape(cell[4]))});
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    int[] at = {0};
    Optional<Explanation> root = build(rows, at, 0);
    return root.isPresent() && at[0] == rows.size() ? root : Optional.empty();
  }

  @SuppressWarnings("unchecked")
  private static Optional<Explanation> build(List<Object[]> rows, int[] at, int depth) {
    if (at[0] >= rows.size() || (int) rows.get(at[0])[0] != depth) {
      return Optional.empty();
    }
    Object[] row = rows.get(at[0]++);
    List<Explanation> because = new ArrayList<>();
    while (at[0] < rows.size() && (int) rows.get(at[0])[0] == depth + 1) {
      Optional<Explanation> child = build(rows, at, depth + 1);
      if (child.isEmpty()) {
        return Optional.empty();
      }
      because.add(child.get());
    }
    return Optional.of(new Explanation((Kind) row[1], (Text) row[3], (List<Citation>) row[2], because));
  }

  private static String escape(String s) {
    return s.replace("\\", "\\\\").replace("|", "\\p").replace("\n", "\\n").replace("\r", "\\r");
  }

  private static String unescape(String s) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\\' && i + 1 < s.length()) {
        char n = s.charAt(++i);
        out.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n == 'p' ? '|' : n);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static String[] splitUnescaped(String line) {
    return line.split("\\|", -1);  // '|' inside texts is escaped as \p, so every '|' separates
  }
}
