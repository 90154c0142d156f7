package dev.clustergov.core.rules;

import dev.clustergov.core.finance.Period;
import dev.clustergov.core.guideline.Citation;
import dev.clustergov.core.kernel.Dates;
import dev.clustergov.core.kernel.Labelled;
import dev.clustergov.core.kernel.Language;
import dev.clustergov.core.kernel.Money;
import dev.clustergov.core.kernel.RegionCode;
import dev.clustergov.core.kernel.RegionNames;
import dev.clustergov.core.kernel.Text;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One fact a rule used to reach its outcome (证据): a name and the value it saw. The value is taken when first asked
 * for, not when the rule runs: most outcomes are read only for pass or fail (a what-if, a lifecycle step that passes),
 * and making the text of every rule's evidence was most of an assessment's cost (decision 0331). The value given must
 * not change afterwards — rules give immutable values or fresh local ones. Equal when name and text are equal.
 *
 * <p>{@link #name()} and {@link #value()} are the stable key and text of the JSON (API clients read them); what a
 * person reads is {@link #line()}: the name's label from {@link EvidenceLabels} and the value in words — an enum by
 * its label, a date as 2026年12月7日 · 7 December 2026, money in 元 · yuan, a region by its name (decision 0525).
 */
public final class Evidence {
  private final String name;
  private Supplier<?> source;
  private Object raw;
  private volatile String value;
  /** What this evidence's name means here, when the name's table label does not fit (null: the table's). */
  private final Text meaning;

  public Evidence(String name, String value) {
    this.name = Objects.requireNonNull(name, "name");
    this.raw = Objects.requireNonNull(value, "value");
    this.value = value;
    this.meaning = null;
  }

  private Evidence(String name, Supplier<?> source, Text meaning) {
    this.name = Objects.requireNonNull(name, "name");
    this.source = Objects.requireNonNull(source, "value");
    this.meaning = meaning;
  }

  private Evidence(String name, Supplier<?> source) {
    this(name, source, null);
  }

  /**
   * Evidence whose name is a key shared by facts that mean different things — {@code from} is a date's start and the
   * lifecycle's current stage — read under {@code label} here: the JSON keeps the key, a person reads 当前状态.
   */
  public static Evidence labelled(String name, Text label, Object value) {
    return new Evidence(name, () -> value, Objects.requireNonNull(label, "label"));
  }

  /** {@code value}'s text ({@code String.valueOf}; a {@link Text} by its English), made when first read. */
  public static Evidence of(String name, Object value) {
    return new Evidence(name, () -> value);
  }

  /**
   * A value whose stable text (what the JSON has always said, e.g. {@code 2023 due 2024-05-31: OVERDUE 276 days}) is not
   * what a person reads: the value to say in words beside it (a {@link Text}, or a value {@link #words()} says).
   */
  public record Said(String text, Object words) {
    public Said {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(words, "words");
    }

    @Override
    public String toString() {
      return text;
    }
  }

  /** A {@link Said} value: {@code text} for the JSON, {@code zh} and {@code en} for a person. */
  public static Said said(String text, String zh, String en) {
    return new Said(text, Text.of(zh, en));
  }

  /**
   * A record as a person names it (issue 20): its id stays the stable text of the JSON ({@code activity-000010}); the
   * words give its title or name — “产业对接会” · “产业对接会” — never the id inside Chinese.
   */
  public static Said record(String id, String title) {
    return new Said(id, Text.of("“" + title + "”", "“" + title + "”"));
  }

  /**
   * A record whose title may repeat, named by its title and its day: “产业对接会”（2025年6月1日） · “产业对接会” (1 June 2025);
   * its id stays the stable text of the JSON.
   */
  public static Said record(String id, String title, LocalDate on) {
    return new Said(id, Text.of("“" + title + "”（" + Dates.zh(on) + "）", "“" + title + "” (" + Dates.en(on) + ")"));
  }

  /**
   * A document (an agreement, a convention, a system) by its title and the day it was adopted or signed: 《》 in Chinese, as a
   * document is named in 公文, quotes in English (review stop 27 item 17); the id stays the JSON's text.
   */
  public static Said document(String id, String title, LocalDate on) {
    return new Said(id, Text.of("《" + title + "》（" + Dates.zh(on) + "）", "“" + title + "” (" + Dates.en(on) + ")"));
  }

  /** The text of what {@code value} gives, computed only when first read: for evidence costly to gather. */
  public static Evidence lazily(String name, Supplier<?> value) {
    return new Evidence(name, value);
  }

  /** The stable key (JSON), e.g. {@code policyMinimum}. */
  public String name() {
    return name;
  }

  /** The stable text of the value (JSON): ISO dates, enum constants, plain amounts. */
  public String value() {
    String v = value;
    if (v == null) {
      synchronized (this) {
        v = value;
        if (v == null) {
          raw = source.get();
          v = stable(raw);
          value = v;
          source = null;
        }
      }
    }
    return v;
  }

  private synchronized Object raw() {
    value();
    return raw;
  }

  /** What the name means, in both languages (政策规定的最低数 · policy minimum); the name itself only if unlabelled. */
  public Text label() {
    return meaning != null ? meaning : EvidenceLabels.label(name).orElse(Text.of(name, name));
  }

  /** The value in words, in both languages. */
  public Text words() {
    Object v = raw();
    return Text.of(words(v, Language.ZH), words(v, Language.EN));
  }

  /** The line a person reads: 政策规定的最低数：3 · policy minimum: 3. */
  public Text line() {
    Text l = label();
    Text w = words();
    return Text.of(l.zh() + "：" + w.zh(), l.en() + ": " + w.en());
  }

  /**
   * The stable text of a value: {@code String.valueOf}, except that a {@link Text} gives its English, a {@link Said} its
   * text, an {@link Optional} its value or {@code none}, and a collection of those its elements' (so a rule may give a
   * value in words and keep the text the JSON has always had).
   */
  private static String stable(Object v) {
    if (v instanceof Text t) {
      return t.en();
    }
    if (v instanceof Optional<?> o) {
      return o.map(Evidence::stable).orElse("none");
    }
    if (v instanceof Collection<?> c) {
      return c.stream().map(Evidence::stable).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(v);
  }

  /** The words the rules give for nothing, as the stable text: none, or an empty text. */
  private static final java.util.Set<String> NOTHING = java.util.Set.of("none", "");
  /**
   * One token of Latin letters, digits and signs, no space and no Han: a record's id (activity-000010,
   * inspection-000005#1), a credit code, an address, a command's name — quoted inside Chinese text.
   */
  private static final Pattern TOKEN = Pattern.compile("(?=.*[A-Za-z])[\\x21-\\x7E]+");
  /** An actor as the guards name it ({@code Actor.label()}: authority:authority-1, member:org-1/某公司, public). */
  private static final java.util.Map<String, Text> ACTORS = java.util.Map.of(
      "authority", Text.of("工业和信息化主管部门", "supervising authority"),
      "evaluator", Text.of("第三方评价机构", "third-party evaluator"),
      "secretariat", Text.of("集群发展促进组织秘书处", "secretariat of the PO"),
      "member", Text.of("成员单位", "member unit"),
      "public", Text.of("社会公众", "the public"),
      "host", Text.of("宿主系统", "host system"));
  private static final Pattern ACTOR = Pattern.compile("(authority|evaluator|secretariat|member|public|host)(?::(.+))?");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern ISO_RANGE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})\\.\\.(\\d{4}-\\d{2}-\\d{2})");

  static String words(Object v, Language lang) {
    boolean zh = lang == Language.ZH;
    if (v == null) {
      return zh ? "无" : "none";
    }
    if (v instanceof Text t) {
      return t.in(lang);
    }
    if (v instanceof Said said) {
      return words(said.words(), lang);
    }
    if (v instanceof dev.clustergov.core.policy.PolicySource p) {
      return source(p, lang);
    }
    if (v instanceof dev.clustergov.core.policy.Parameter<?> p) {
      // the parameter by what it sets, its key (what a policy pack writes) only in the English (decision 0565)
      return zh ? p.description().zh().replaceFirst("（格式：.*）$", "")
          : p.description().en().replaceFirst(" \\([^()]*:[^()]*\\)$", "") + " (" + p.key() + ")";
    }
    if (v instanceof Optional<?> o) {
      return o.isEmpty() ? (zh ? "无" : "none") : words(o.get(), lang);
    }
    if (v instanceof LocalDate d) {
      return zh ? Dates.zh(d) : Dates.en(d);
    }
    if (v instanceof Period p) {
      return range(p.from(), p.to(), lang);
    }
    if (v instanceof Money m) {
      return zh ? m.grouped() + "元" : m.grouped() + " yuan";
    }
    if (v instanceof BigDecimal b) {
      return b.toPlainString();
    }
    if (v instanceof Boolean b) {
      return zh ? (b ? "是" : "否") : (b ? "yes" : "no");
    }
    if (v instanceof RegionCode r) {
      return RegionNames.name(r).in(lang);
    }
    if (v instanceof Citation c) {
      return zh ? c.formatChinese() : c.format();
    }
    if (v instanceof CommandName c) {
      // the operation in words, never its identifier inside Chinese (decision 0565)
      return zh ? "“" + c.words().zh() + "”" : c.words().en();
    }
    if (v instanceof Enum<?> e) {
      return Labelled.of(e).map(t -> t.in(lang)).orElse(e.name());
    }
    if (v instanceof Iterable<?> c) {
      java.util.List<String> each = new java.util.ArrayList<>();
      c.forEach(x -> each.add(words(x, lang)));
      return each.isEmpty() ? (zh ? "无" : "none") : list(each, lang);
    }
    if (v instanceof java.util.Map<?, ?> m && m.isEmpty()) {
      return zh ? "无" : "none";
    }
    if (v instanceof Map<?, ?> m) {
      return m.entrySet().stream().map(x -> words(x.getKey(), lang) + (zh ? "：" : ": ") + words(x.getValue(), lang))
              .collect(Collectors.joining(zh ? "；" : "; "));
    }
    if (v instanceof String s) {
      return string(s, lang);
    }
    // an id type (OrganizationId, ActivityId …) gives its value as its text
    return string(String.valueOf(v), lang);
  }

  /**
   * Items said as one list: 、 between them in Chinese, a comma in English — unless an item has a comma of its own
   * (2024年度报告，披露期限为2025年5月31日，逾期25天披露), when every item is set off by 「；」 · “; ”, or the list could not be
   * read back (review stop 28 R2).
   */
  static String list(java.util.List<String> items, Language lang) {
    boolean zh = lang == Language.ZH;
    boolean comma = items.stream().anyMatch(i -> zh ? i.contains("，") || i.contains("、") : i.contains(","));
    return String.join(comma ? (zh ? "；" : "; ") : (zh ? "、" : ", "), items);
  }

  /** A text a rule made from dates or clauses (2026-01-01..2026-12-31, Art.18(2)) in words; any other text as it is. */
  private static String string(String s, Language lang) {
    boolean zh = lang == Language.ZH;
    if (NOTHING.contains(s)) {
      return zh ? "无" : "none";
    }
    if (s.contains("; ")) {
      java.util.List<String> each = new java.util.ArrayList<>();
      for (String part : s.split("; ")) {
        each.add(string(part, lang));
      }
      return String.join(zh ? "；" : "; ", each);
    }
    var r = ISO_RANGE.matcher(s);
    if (r.matches()) {
      return range(LocalDate.parse(r.group(1)), LocalDate.parse(r.group(2)), lang);
    }
    if (ISO_DATE.matcher(s).matches()) {
      try {
        return words(LocalDate.parse(s), lang);
      } catch (DateTimeParseException e) {
        return s;
      }
    }
    if (s.startsWith("Art.")) {
      return Citation.parse(s).map(c -> words(c, lang)).getOrElse(s);
    }
    var actor = ACTOR.matcher(s);
    if (actor.matches()) {
      Text kind = ACTORS.get(actor.group(1));
      // a member unit by the name it acts under (member:org-1/某公司); any other party by what it is — its id is the
      // JSON's, never inside Chinese (decision 0600); a guard that knows the party's name says it (Guard.Names)
      String who = actor.group(2);
      String name = who == null || !actor.group(1).equals("member") ? null : who.substring(who.indexOf('/') + 1);
      return name == null ? kind.in(lang) : zh ? kind.zh() + "“" + name + "”" : kind.en() + " " + name;
    }
    if (TOKEN.matcher(s).matches()) {
      // a record's id, a code, an address, a command's name: what it is, quoted inside Chinese (decision 0410)
      return zh ? "“" + s + "”" : s;
    }
    return s;
  }

  /** A pack in words, as {@link dev.clustergov.core.policy.PolicySource#words} says it (review stop 28, P6). */
  private static String source(dev.clustergov.core.policy.PolicySource p, Language lang) {
    return p.words().in(lang);
  }

  private static String range(LocalDate from, LocalDate to, Language lang) {
    return lang == Language.ZH ? Dates.zh(from) + "至" + Dates.zh(to) : Dates.en(from) + " to " + Dates.en(to);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Evidence e && name.equals(e.name) && value().equals(e.value());
  }

  @Override
  public int hashCode() {
    return 31 * name.hashCode() + value().hashCode();
  }

  @Override
  public String toString() {
    return name + "=" + value();
  }
}
