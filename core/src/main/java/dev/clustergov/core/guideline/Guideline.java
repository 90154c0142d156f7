package dev.clustergov.core.guideline;

import dev.clustergov.core.kernel.Violation;
import io.vavr.Tuple;
import io.vavr.collection.LinkedHashMap;
import io.vavr.collection.List;
import io.vavr.collection.Map;
import io.vavr.collection.Seq;
import io.vavr.control.Option;
import io.vavr.control.Validation;

/**
 * The guideline (指引) as a catalogue: 《先进制造业集群发展促进组织建设指引》, CCID, December 2023 —
 * six chapters, 31 articles, their items and points. Every rule and finding cites a clause of it.
 */
public final class Guideline {

  private Guideline() {}

  /**
   * The guideline's title, for the first mention on a page or in a report: in Chinese in 《》 where it is cited, in English
   * as the project's source gives it (建设 is building; 发展 stays inside the organizations' own name).
   */
  /**
   * Art.26's principle, 谁主管、谁负责, in the one English rendering the guideline's catalogue and GUIDELINE.md give it:
   * whoever is in charge is responsible (review stop 28 E2: the 403s said “who supervises is responsible”). Every text that
   * names the principle takes it from here.
   */
  public static final dev.clustergov.core.kernel.Text IN_CHARGE_IS_RESPONSIBLE =
      dev.clustergov.core.kernel.Text.of("谁主管、谁负责", "whoever is in charge is responsible");

  /** 落实“谁主管、谁负责” · Whoever is in charge is responsible — how a rule's or guard's message opens on the principle. */
  public static String principleZh() {
    return "落实“" + IN_CHARGE_IS_RESPONSIBLE.zh() + "”";
  }

  /** The principle opening an English sentence: Whoever is in charge is responsible. */
  public static String principleEn() {
    String en = IN_CHARGE_IS_RESPONSIBLE.en();
    return Character.toUpperCase(en.charAt(0)) + en.substring(1);
  }

  public static final dev.clustergov.core.kernel.Text TITLE = dev.clustergov.core.kernel.Text.of("先进制造业集群发展促进组织建设指引",
      "Guideline for Building Advanced Manufacturing Cluster Development Promotion Organizations");

  private static final Map<Citation, Clause> CLAUSES =
      LinkedHashMap.ofEntries(Catalogue.ARTICLES.flatMap(Article::clauses).map(c -> Tuple.of(c.citation(), c)));

  /** All 31 articles, in order. */
  public static Seq<Article> articles() {
    return Catalogue.ARTICLES;
  }

  public static Seq<Article> articles(Chapter chapter) {
    return Catalogue.ARTICLES.filter(a -> a.chapter() == chapter);
  }

  public static Option<Article> article(int number) {
    return Catalogue.ARTICLES.find(a -> a.number() == number);
  }

  public static Option<Clause> clause(Citation citation) {
    return citation == null ? Option.none() : CLAUSES.get(citation);
  }

  public static boolean contains(Citation citation) {
    return clause(citation).isDefined();
  }

  /**
   * Every clause of the guideline, in its order: each article, then its items, each item followed
   * by its points. One line per clause of the traceability table.
   */
  public static Seq<Citation> clauses() {
    return List.ofAll(CLAUSES.keySet());
  }

  /** Parses a citation in either spelling and refuses one that names no clause of the guideline. */
  public static Validation<Violation, Clause> resolve(String raw) {
    return Citation.parse(raw).flatMap(c -> clause(c).toValidation(() -> unknown(raw, c)));
  }

  /**
   * A clause of the guideline, in either spelling, that the catalogue has (e.g. {@code Art.8(2).1} or {@code 第八条第二款第一项}),
   * reported under {@code field} as {@code not-a-clause} otherwise: the factory an adapter parses a command's clause with
   * (decision 0390).
   */
  public static Validation<Violation, Citation> citation(String field, String raw) {
    var parsed = Citation.parse(raw);
    if (parsed.isValid() && contains(parsed.get())) {
      return Validation.valid(parsed.get());
    }
    // the guideline as 《指引》 and no clause id in ASCII inside Chinese: the clause in its Chinese form when it has one, the
    // value as sent in the English (review stop 28 PR2)
    return Validation.invalid(parsed.isValid() ? notInTheGuideline(field, parsed.get())
        : Violation.of(field, "not-a-clause", "该项所列条款在《指引》中不存在",
            field + " is not a clause of the guideline: " + Citation.echo(raw == null ? "" : raw.strip())));
  }

  /**
   * A clause that is written well but that the guideline does not have, under {@code field}: 该项所列条款（第八条第（九）项）在
   * 《指引》中不存在 — the adapter names the field (“依据”第1项所列条款…).
   */
  public static Violation notInTheGuideline(String field, Citation c) {
    return Violation.of(field, "not-a-clause", "该项所列条款（" + c.formatChinese() + "）在《指引》中不存在",
        field + " names " + c.format() + ", which is not a clause of the guideline");
  }

  private static Violation unknown(String raw, Citation c) {
    String shown = Citation.echo(raw.strip());
    return Violation.of("citation", "unknown-clause",
        "所列条款（" + c.formatChinese() + "）在《指引》中不存在",
        "'" + shown + "' (" + c.format() + ") names no clause of the guideline");
  }
}
