package dev.clustergov.core.testkit;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms table ({@code shared/guideline/TERMS-zh.md}) and the 公文 register as checks (术语检查, decision 0410): the
 * forbidden forms of a Chinese text the software shows, and whether its Chinese and English name the same numbers
 * and clauses. Shared by the core's and the REST adapter's terminology tests.
 */
public final class ChineseTerms {

  private ChineseTerms() {}

  private record Forbidden(String name, Pattern pattern) {}

  /** Forms the terms table avoids, wherever they stand in a text (quotations of the guideline are not scanned). */
  private static final List<Forbidden> TERMS = List.of(
      new Forbidden("bare 促进组织 (use 集群发展促进组织 or 本组织)", Pattern.compile("(?<!集群发展)(?<!集群)促进组织")),
      new Forbidden("冷却期 (use 回避期)", Pattern.compile("冷却期")),
      new Forbidden("帐 (our texts write 账)", Pattern.compile("帐")),
      new Forbidden("认定 for a finding (use 列为问题)", Pattern.compile("予以认定|认定为")),
      new Forbidden("登记 for entering data (use 录入)", Pattern.compile("(?<!社会团体)登记(?!管理机关|机关|证书)")),
      new Forbidden("全国性/地方性 for a cluster's level (use 国家级集群)", Pattern.compile("全国性|地方性")),
      new Forbidden("评估 (Art.28 says 评价)", Pattern.compile("评估")),
      new Forbidden("应当不/应不 (use 不应/不得)", Pattern.compile("应当不|应不")),
      new Forbidden("阻断/强制/建议性 (use 约束性/提示性)", Pattern.compile("阻断|强制|建议性")),
      new Forbidden("今日/今天/当日 (use 当天)", Pattern.compile("今日|今天|当日")),
      new Forbidden("会员 for member units (use 成员单位; 会员大会 and 会员会费 are the guideline's)",
          Pattern.compile("会员(?!大会|会费)")),
      new Forbidden("纠纷 (use 内部矛盾)", Pattern.compile("纠纷")),
      new Forbidden("信息公开 as the duty's name (use 信息披露)", Pattern.compile("信息公开")),
      // the second review (decision 0470): dates, spaces and the register
      new Forbidden("an ISO date inside Chinese text (write 2026年12月7日)", Pattern.compile("(?<![“\\d])\\d{4}-\\d{2}-\\d{2}")),
      new Forbidden("所属集群 for the cluster a PO serves (use 所服务集群)", Pattern.compile("所属集群")),
      // decision 0629: an activity's title is its 活动名称 (the JSON field stays title)
      new Forbidden("标题 of an activity (use 活动名称)", Pattern.compile("活动的?标题|标题（活动")));

  /** Forms an English text avoids (decision 0470): a count written “finding(s)”, the old awkward verdict wording. */
  private static final List<Forbidden> ENGLISH = List.of(
      new Forbidden("a count written with “(s)” (write 1 finding, 2 findings)", Pattern.compile("(?<!http)(?<=[a-z])\\(s\\)")),
      new Forbidden("“The scores alone rate …” (write “Rating on the scores alone: …”)", Pattern.compile("scores alone rate")),
      new Forbidden("an ISO date inside English prose (write 7 December 2026)", Pattern.compile("\\b(on|by|until|from|to|since|before|after) \\d{4}-\\d{2}-\\d{2}")),
      // review stop 26 item 13: one spelling, the glossary's (TERMS-zh.md: promotion organization); rule ids keep theirs
      new Forbidden("“organisation” (the glossary writes organization)", Pattern.compile("(?<![-\\w])[Oo]rganis(?:ation|ational)")),
      new Forbidden("“landed projects”, a calque (write projects brought to the cluster)", Pattern.compile("landed project")),
      new Forbidden("“members” for 成员单位 in a measure (write member units)", Pattern.compile("share of members|cluster's members|to all members")),
      new Forbidden("a code identifier after an operation's words (write the words alone)", Pattern.compile("\" \\([A-Z][a-z]+[A-Z][A-Za-z]+\\)")),
      // decision 0629: 集群发展促进组织 is “PO” in English, or the full term where a reader meets it with no context
      new Forbidden("“promotion organization” short of the full term (write PO, or cluster development promotion organization)",
          Pattern.compile("(?i)(?<!development )promotion organi[sz]ation")),
      new Forbidden("“organization” alone for a PO (write PO)",
          Pattern.compile("\\b(?:[Tt]he|[Tt]his|that|[Aa]nother|each|every|its|its own|an|one|own) organi[sz]ations?\\b")));

  /** Every forbidden form in {@code text}, an English text the software shows; empty when there is none. */
  public static List<String> englishProblems(String text) {
    List<String> out = new ArrayList<>();
    for (Forbidden f : ENGLISH) {
      Matcher m = f.pattern().matcher(text);
      if (m.find()) {
        out.add(f.name() + " at “" + around(text, m.start()) + "”");
      }
    }
    return out;
  }

  private static final Pattern ENGLISH_SPAN = Pattern.compile("<span>[^<\\p{IsHan}]*</span>");
  private static final Pattern MARKUP = Pattern.compile("<[^>]*>");
  private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
  /** Quoted material — an input's syntax, a name, a quotation — is what it quotes. */
  private static final Pattern QUOTED = Pattern.compile("“[^”]*”|《[^》]*》");
  /** A space beside a number or a comparison sign inside Chinese text (decision 0470): 满分100%, 总分≥80. */
  private static final Pattern SPACED = Pattern.compile("\\p{IsHan} [\\d≥≤]|\\d%? \\p{IsHan}|\\p{IsHan}[≥≤] |[≥≤] \\d");
  /** A space between a quotation mark and Chinese text (decision 0565): “X” 不是可选值 is written “X”不是可选值. */
  private static final Pattern SPACED_QUOTE = Pattern.compile("” \\p{IsHan}|\\p{IsHan} “");
  private static final Pattern HALF_WIDTH = Pattern.compile("\\p{IsHan}[,;:!?()]|[,;:!?()]\\p{IsHan}");
  private static final Pattern IDENTIFIER = Pattern.compile("\\b[A-Za-z]*[a-z][A-Z][A-Za-z]*\\b|\\b[a-z]{3,}\\b");
  private static final Set<String> ASCII_WORDS = Set.of("http", "https", "application", "none", "true", "false", "clustergov");
  /**
   * An enum constant inside Chinese text (decision 0525: evidence printed BOARD_OF_SUPERVISORS, LEADING:0): words joined
   * by underscores, or a capitalised word of four letters or more that is not a format's name.
   */
  private static final Pattern CONSTANT = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{4,}\\b");
  private static final Set<String> FORMATS = Set.of("XLSX", "HTTP", "HTTPS", "HTML", "UTF", "YYYY");
  /**
   * An ASCII word inside Chinese text, outside quotation marks, written against the Chinese or set apart by spaces between
   * Chinese on both sides (a bilingual label's English after “ · ”, a space or a full stop is its companion, not inside the Chinese) (review stop
   * 28 PR3: 请求体不是有效的JSON, 不是指引中的条款：Art.99, 不能与 Authorization 请求头). Java's {@code \b} counts a Han
   * character as a word character, so a word glued to Chinese (有效的JSON（) has no boundary and the patterns above missed
   * it: this one looks only at the letters around it.
   */
  private static final Pattern ASCII_WORD = Pattern.compile(
      "(?<=[\\p{IsHan}：（）、，；])[A-Za-z]{2,}(?![A-Za-z])|(?<![A-Za-z])[A-Za-z]{2,}(?=[\\p{IsHan}：（）、，。；])"
          + "|(?<=\\p{IsHan} )[A-Za-z]{2,}(?= \\p{IsHan})");
  /**
   * The ASCII words a Chinese text may carry unquoted: a file's type the reader picks in a spreadsheet program (CSV, XLSX,
   * UTF-8), a standard's code (GB/T 2260), a character set's name, a web address's scheme and the placeholders of a date.
   * A protocol's format (JSON) or scheme (Bearer) is the client software's, not the reader's: the Chinese says what is
   * asked in words and leaves the name to the header or the English.
   */
  private static final Set<String> ASCII_ALLOWED = Set.of("CSV", "XLSX", "UTF", "YAML", "GB", "ASCII", "http", "https", "YYYY", "MM",
      "DD", "true", "false", "none", "zh", "en");
  /** A scheme or method named in ASCII and called a 方式 (“Bearer”方式): say what is asked instead (review stop 28 PR3). */
  private static final Pattern ASCII_SCHEME = Pattern.compile("“[A-Za-z][\\w-]*”方式");

  /**
   * A record's id inside Chinese text, quoted or not (issue 20: 有效的自律措施：“measure-000001”): a lower-case word or
   * words joined by hyphens, then a hyphen and a number, as every store numbers its records (activity-000010,
   * inspection-000005#1). The text names the record by its title or name instead.
   */
  private static final Pattern RECORD_ID = Pattern.compile("(?<![A-Za-z0-9/.-])[a-z]+(?:-[a-z]+)*-\\d+(?:#\\d+)?(?![A-Za-z0-9-])");

  private static final Pattern PARENTHESISED = Pattern.compile("\\([^)]*\\)|（[^）]*）");
  private static final Pattern ENGLISH_RUN = Pattern.compile("[A-Za-z']{2,}(?: [A-Za-z']{1,}){2,}");

  /**
   * Whether {@code text} is a Chinese text rather than an English one citing a Chinese term: it has Han characters
   * outside brackets and no run of three English words.
   */
  public static boolean isChinese(String text) {
    return HAN.matcher(PARENTHESISED.matcher(text).replaceAll("")).find() && !ENGLISH_RUN.matcher(text).find();
  }

  /** Every forbidden form in {@code text}, a text the software shows; empty when there is none. */
  public static List<String> problems(String text) {
    List<String> out = new ArrayList<>();
    // a page's bilingual label carries its English in a span: the companion, not part of the Chinese text
    text = MARKUP.matcher(ENGLISH_SPAN.matcher(text).replaceAll(" ")).replaceAll(" ");
    if (!HAN.matcher(text).find()) {
      return out;
    }
    for (Forbidden f : TERMS) {
      Matcher m = f.pattern().matcher(text);
      if (m.find()) {
        out.add(f.name() + " at “" + around(text, m.start()) + "”");
      }
    }
    if (isChinese(text)) {
      String own = QUOTED.matcher(text).replaceAll("“”");
      Matcher h = HALF_WIDTH.matcher(own);
      if (h.find()) {
        out.add("half-width punctuation in Chinese at “" + around(own, h.start()) + "”");
      }
      Matcher sp = SPACED.matcher(own);
      if (sp.find()) {
        out.add("a space beside a number inside Chinese text at “" + around(own, sp.start()) + "”");
      }
      Matcher sq = SPACED_QUOTE.matcher(text);
      if (sq.find()) {
        out.add("a space beside a quotation mark inside Chinese text at “" + around(text, sq.start()) + "”");
      }
      Matcher record = RECORD_ID.matcher(text);
      if (record.find()) {
        out.add("record id “" + record.group() + "” in Chinese text (name the record by its title)");
      }
      Matcher constant = CONSTANT.matcher(own);
      while (constant.find()) {
        if (!FORMATS.contains(constant.group())) {
          out.add("enum constant “" + constant.group() + "” in Chinese text");
          break;
        }
      }
      Matcher id = IDENTIFIER.matcher(own);
      while (id.find()) {
        if (!ASCII_WORDS.contains(id.group())) {
          out.add("English identifier “" + id.group() + "” in Chinese text");
          break;
        }
      }
      Matcher word = ASCII_WORD.matcher(own);
      // one report of a word: an identifier, a constant or a record id found above is not reported again
      boolean said = out.stream().anyMatch(p -> p.startsWith("English identifier") || p.startsWith("enum constant")
          || p.startsWith("record id"));
      while (!said && word.find()) {
        if (!ASCII_ALLOWED.contains(word.group())) {
          out.add("ASCII word “" + word.group() + "” in Chinese text, outside quotation marks");
          break;
        }
      }
      Matcher scheme = ASCII_SCHEME.matcher(text);
      if (scheme.find()) {
        out.add("a scheme named in ASCII in Chinese text at “" + around(text, scheme.start()) + "” (say what is asked)");
      }
    }
    return out;
  }

  /**
   * Every forbidden form in {@code zh}, the Chinese of an evidence line (label：value), which is Chinese whatever its
   * value holds: besides {@link #problems}, English words left in it outside quotation marks and any record id — the
   * problems a rule gave in English only (issue 20: 未按公开收费标准收取的费用：in-1: schedule fee-9 is not published).
   */
  public static List<String> lineProblems(String zh) {
    List<String> out = new ArrayList<>(problems(zh));
    String own = QUOTED.matcher(zh).replaceAll("“”");
    Matcher english = ENGLISH_RUN.matcher(own);
    if (english.find()) {
      out.add("English words “" + english.group() + "” in a Chinese line");
    }
    Matcher record = RECORD_ID.matcher(zh);
    if (record.find() && out.stream().noneMatch(p -> p.startsWith("record id"))) {
      out.add("record id “" + record.group() + "” in Chinese text (name the record by its title)");
    }
    return out;
  }

  private static final String NUMERALS = "〇一二三四五六七八九";
  private static final Pattern CHINESE_CLAUSE = Pattern.compile("第([一二三四五六七八九十]{1,3})条(?:第[（(]([一二三四五六七八九十]{1,3})[）)]项)?");
  private static final Pattern ENGLISH_CLAUSE = Pattern.compile("Art\\.\\s?(\\d+)(\\((\\d+)\\))?");
  private static final Pattern NUMBER = Pattern.compile("\\d+(?:\\.\\d+)?");
  private static final Pattern CHINESE_DATE = Pattern.compile("(\\d{4})年(\\d{1,2})月(\\d{1,2})日");
  private static final List<String> MONTHS = List.of("January", "February", "March", "April", "May", "June", "July", "August",
      "September", "October", "November", "December");
  private static final Pattern ENGLISH_DATE = Pattern.compile("\\b(\\d{1,2}) (" + String.join("|", MONTHS) + ") (\\d{4})\\b");

  /** The clauses a text cites, as {@code Art.N} or {@code Art.N(M)}, in either language's form. */
  public static Set<String> clauses(String text) {
    Set<String> out = new TreeSet<>();
    Matcher zh = CHINESE_CLAUSE.matcher(text);
    while (zh.find()) {
      out.add("Art." + number(zh.group(1)) + (zh.group(2) == null ? "" : "(" + number(zh.group(2)) + ")"));
    }
    Matcher en = ENGLISH_CLAUSE.matcher(text);
    while (en.find()) {
      out.add("Art." + en.group(1) + (en.group(3) == null ? "" : "(" + en.group(3) + ")"));
    }
    return out;
  }

  /** The numbers written in digits in a text, its clause citations aside. */
  public static Set<String> numbers(String text) {
    // a date names the same numbers in both languages: 2026年12月7日 ≡ 7 December 2026
    text = CHINESE_DATE.matcher(text).replaceAll("$1 $2 $3");
    Matcher d = ENGLISH_DATE.matcher(text);
    StringBuilder dated = new StringBuilder();
    while (d.find()) {
      d.appendReplacement(dated, d.group(3) + " " + (MONTHS.indexOf(d.group(2)) + 1) + " " + d.group(1));
    }
    text = d.appendTail(dated).toString();
    String rest = ENGLISH_CLAUSE.matcher(CHINESE_CLAUSE.matcher(text).replaceAll(" ")).replaceAll(" ");
    Set<String> out = new TreeSet<>();
    NUMBER.matcher(rest).results().forEach(r -> out.add(r.group()));
    return out;
  }

  /** How the Chinese and English of one message differ in the numbers and clauses they name; empty when they agree. */
  public static List<String> mismatch(String zh, String en) {
    List<String> out = new ArrayList<>();
    if (!clauses(zh).equals(clauses(en))) {
      out.add("clauses " + clauses(zh) + " in Chinese, " + clauses(en) + " in English");
    }
    if (!numbers(zh).equals(numbers(en))) {
      out.add("numbers " + numbers(zh) + " in Chinese, " + numbers(en) + " in English");
    }
    return out;
  }

  static int number(String numeral) {
    int ten = numeral.indexOf('十');
    if (ten < 0) {
      return NUMERALS.indexOf(numeral.charAt(0));
    }
    int tens = ten == 0 ? 1 : NUMERALS.indexOf(numeral.charAt(0));
    int units = ten == numeral.length() - 1 ? 0 : NUMERALS.indexOf(numeral.charAt(ten + 1));
    return tens * 10 + units;
  }

  private static String around(String text, int at) {
    return text.substring(Math.max(0, at - 8), Math.min(text.length(), at + 10));
  }
}
