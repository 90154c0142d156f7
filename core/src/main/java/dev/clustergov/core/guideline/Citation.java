package dev.clustergov.core.guideline;

import dev.clustergov.core.kernel.Violation;
import io.vavr.control.Validation;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reference to a clause of the guideline (条款引用): an article, optionally one of its items
 * (项, numbered （一）（二）…) and optionally one of that item's points (目, numbered 1. 2. …).
 *
 * <p>Two spellings, both parsed and both produced, round-tripping: {@code Art.8(2).3} and
 * {@code 第八条第（二）项第3目}. {@code item} and {@code point} are 0 when absent.
 */
public record Citation(int article, int item, int point) implements Comparable<Citation> {

  public static final int ARTICLES = 31;

  private static final Pattern ENGLISH = Pattern.compile("Art\\.(\\d{1,2})(?:\\((\\d{1,2})\\)(?:\\.(\\d{1,2}))?)?");
  private static final Pattern CHINESE =
      Pattern.compile("第([一二三四五六七八九十]{1,3})条(?:第[（(]([一二三四五六七八九十]{1,3})[）)]项(?:第(\\d{1,2})目)?)?");

  public Citation {
    if (article < 1 || article > ARTICLES || item < 0 || point < 0 || (item == 0 && point > 0)) {
      throw new IllegalArgumentException("not a clause: " + article + "/" + item + "/" + point);
    }
  }

  public static Citation article(int article) {
    return new Citation(article, 0, 0);
  }

  public static Citation item(int article, int item) {
    return new Citation(article, item, 0);
  }

  public static Citation point(int article, int item, int point) {
    return new Citation(article, item, point);
  }

  /** Parses either spelling; never throws. Whether the clause exists is the catalogue's business. */
  public static Validation<Violation, Citation> parse(String raw) {
    if (raw == null) {
      return Validation.invalid(bad("null"));
    }
    String s = raw.strip();
    Matcher en = ENGLISH.matcher(s);
    if (en.matches()) {
      return build(s, num(en.group(1)), num(en.group(2)), en.group(2) != null, num(en.group(3)), en.group(3) != null);
    }
    Matcher zh = CHINESE.matcher(s);
    if (zh.matches()) {
      return build(s, chinese(zh.group(1)), chinese(zh.group(2)), zh.group(2) != null, num(zh.group(3)),
          zh.group(3) != null);
    }
    return Validation.invalid(bad(s));
  }

  /** For citations written in code; a bad literal is a bug. */
  public static Citation of(String literal) {
    return parse(literal).toEither().getOrElseThrow(v -> new IllegalArgumentException(v.en()));
  }

  /**
   * A numeral that is written must be at least 1: {@code Art.8(0)} or {@code 第八条第（〇）项} is not
   * a spelling of Art.8, or the two spellings would stop round-tripping.
   */
  private static Validation<Violation, Citation> build(
      String s, int article, int item, boolean itemWritten, int point, boolean pointWritten) {
    if (article < 1 || article > ARTICLES || (itemWritten && item < 1) || (pointWritten && point < 1)) {
      return Validation.invalid(bad(s));
    }
    return Validation.valid(new Citation(article, item, point));
  }

  private static Violation bad(String s) {
    String shown = echo(s);
    return Violation.of("citation", "citation",
        "“" + shown + "”不是有效的条款引用（如“Art.8(2).3”或“第八条第（二）项第3目”）",
        "'" + shown + "' is not a clause citation (such as Art.8(2).3 or 第八条第（二）项第3目)");
  }

  static final int ECHO = 40;

  /**
   * The input as a message may quote it: at most {@link #ECHO} code points (a surrogate pair is
   * never cut), control characters shown as U+FFFD, so a pasted document does not become the message.
   */
  static String echo(String s) {
    StringBuilder b = new StringBuilder();
    int[] cps = s.codePoints().limit(ECHO + 1L).toArray();
    for (int i = 0; i < Math.min(cps.length, ECHO); i++) {
      b.appendCodePoint(Character.isISOControl(cps[i]) ? 0xFFFD : cps[i]);
    }
    return cps.length > ECHO ? b.append('…').toString() : b.toString();
  }

  private static int num(String digits) {
    return digits == null ? 0 : Integer.parseInt(digits);
  }

  private static final String DIGITS = "〇一二三四五六七八九";

  /** 一 … 九十九 to 1 … 99; -1 for a malformed numeral such as 十十. */
  static int chinese(String numeral) {
    if (numeral == null) {
      return 0;
    }
    int ten = numeral.indexOf('十');
    if (ten < 0) {
      return numeral.length() == 1 ? DIGITS.indexOf(numeral.charAt(0)) : -1; // 〇 gives 0, refused by build
    }
    if (numeral.indexOf('十', ten + 1) >= 0 || ten > 1 || numeral.length() - ten > 2) {
      return -1;
    }
    int tens = ten == 0 ? 1 : DIGITS.indexOf(numeral.charAt(0));
    // 十〇 and 一十 are not how the guideline writes 10: one spelling per number keeps round trips exact
    int units = ten == numeral.length() - 1 ? 0 : DIGITS.indexOf(numeral.charAt(ten + 1));
    return tens < 1 || units < 0 || (ten < numeral.length() - 1 && units == 0) || (ten == 1 && tens == 1)
        ? -1
        : tens * 10 + units;
  }

  /** 1 … 99 to 一 … 九十九, as the guideline writes its articles and items. */
  public static String chinese(int n) {
    if (n < 10) {
      return String.valueOf(DIGITS.charAt(n));
    }
    String tens = n / 10 == 1 ? "" : String.valueOf(DIGITS.charAt(n / 10));
    String units = n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10));
    return tens + "十" + units;
  }

  /** {@code Art.8(2).3} */
  public String format() {
    StringBuilder b = new StringBuilder("Art.").append(article);
    if (item > 0) {
      b.append('(').append(item).append(')');
    }
    if (point > 0) {
      b.append('.').append(point);
    }
    return b.toString();
  }

  /** {@code 第八条第（二）项第3目} */
  public String formatChinese() {
    StringBuilder b = new StringBuilder("第").append(chinese(article)).append('条');
    if (item > 0) {
      b.append("第（").append(chinese(item)).append("）项");
    }
    if (point > 0) {
      b.append('第').append(point).append('目');
    }
    return b.toString();
  }

  /** Whether this clause is {@code other} or contains it: Art.8 covers Art.8(2).3. */
  public boolean covers(Citation other) {
    return article == other.article
        && (item == 0 || item == other.item)
        && (point == 0 || point == other.point);
  }

  /** The enclosing clause: Art.8(2).3 → Art.8(2) → Art.8; an article is its own parent. */
  public Citation parent() {
    if (point > 0) {
      return new Citation(article, item, 0);
    }
    return new Citation(article, 0, 0);
  }

  @Override
  public int compareTo(Citation o) {
    int c = Integer.compare(article, o.article);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(item, o.item);
    return c != 0 ? c : Integer.compare(point, o.point);
  }

  @Override
  public String toString() {
    return format();
  }
}
